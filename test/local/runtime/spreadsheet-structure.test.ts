import { describe, expect, it } from 'vitest';
import { createEnvironment, diffSnapshots } from '../../../src/local/runtime';

const make = () =>
  createEnvironment({
    scriptTimeZone: 'Asia/Bangkok',
    spreadsheet: {
      name: 'Register',
      timeZone: 'Asia/Bangkok',
      sheets: [
        {
          name: 'Cases',
          values: [
            ['id', 'state'],
            ['c1', 'open'],
            ['c2', 'done'],
            ['c3', 'open'],
          ],
          frozenRows: 1,
        },
        { name: 'People' },
      ],
      metadata: [
        { key: 'kamnot.register', value: 'study-leave', sheet: 'Cases' },
        { key: 'kamnot.case', value: 'c2', sheet: 'Cases', rows: '3' },
        { key: 'kamnot.column', value: 'state', sheet: 'Cases', columns: 'B' },
        { key: 'kamnot.schema', value: '1' },
      ],
    },
  });

describe('developer metadata', () => {
  it('follows its row when rows are inserted or deleted above it, and dies with its row', () => {
    const env = make();
    const sheet = env.gas.SpreadsheetApp.getActive().getSheetByName('Cases');
    if (!sheet) throw new Error('no sheet');
    const find = () => sheet.createDeveloperMetadataFinder().withKey('kamnot.case').find();
    expect(find()[0]?.getLocation().getRow()?.getA1Notation()).toBe('3:3');
    sheet.insertRowsBefore(2, 2);
    expect(find()[0]?.getLocation().getRow()?.getRow()).toBe(5);
    expect(sheet.getRange('A5').getValue()).toBe('c2');
    sheet.insertRowsAfter(5, 1);
    expect(find()[0]?.getLocation().getRow()?.getRow()).toBe(5);
    sheet.deleteRows(2, 2);
    expect(find()[0]?.getLocation().getRow()?.getRow()).toBe(3);
    sheet.deleteRow(3);
    expect(find()).toEqual([]);
    expect(env.spreadsheet.metadata().map((m) => m.key)).toEqual([
      'kamnot.register',
      'kamnot.column',
      'kamnot.schema',
    ]);
  });

  it('follows its column; a column stays whole when rows are added at the end', () => {
    const env = make();
    const sheet = env.gas.SpreadsheetApp.getActive().getSheetByName('Cases');
    if (!sheet) throw new Error('no sheet');
    sheet.insertColumnsBefore(1, 1);
    sheet.insertRowsAfter(sheet.getMaxRows(), 10);
    const [m] = sheet.createDeveloperMetadataFinder().withKey('kamnot.column').find();
    expect(m?.getLocation().getColumn()?.getA1Notation()).toBe('C:C');
    expect(m?.getLocation().getLocationType()).toBe('COLUMN');
    expect(env.spreadsheet.metadata().find((x) => x.key === 'kamnot.column')?.location).toBe(
      'COLUMN Cases!C:C',
    );
  });

  it('is found by key, value, type and scope; range finders need containment unless intersecting', () => {
    const env = make();
    const ss = env.gas.SpreadsheetApp.getActive();
    const sheet = ss.getSheetByName('Cases');
    if (!sheet) throw new Error('no sheet');
    expect(ss.getDeveloperMetadata().map((m) => m.getKey())).toEqual(['kamnot.schema']);
    expect(sheet.getDeveloperMetadata().map((m) => m.getValue())).toEqual(['study-leave']);
    const ROW = env.gas.SpreadsheetApp.DeveloperMetadataLocationType.ROW;
    expect(ss.createDeveloperMetadataFinder().withLocationType(ROW).find()).toHaveLength(1);
    expect(sheet.getRange('A1:D5').createDeveloperMetadataFinder().find()).toHaveLength(0);
    expect(
      sheet
        .getRange('1:5')
        .createDeveloperMetadataFinder()
        .find()
        .map((m) => m.getKey()),
    ).toEqual(['kamnot.case']);
    expect(
      sheet.getRange('A1:D5').createDeveloperMetadataFinder().onIntersectingLocations().find(),
    ).toHaveLength(2);
    sheet.getRange('5:5').addDeveloperMetadata('kamnot.case', 'c4');
    expect(sheet.getRange('5:5').getDeveloperMetadata()[0]?.getValue()).toBe('c4');
    expect(() => sheet.getRange('A1:B2').addDeveloperMetadata('x')).toThrow(
      'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.',
    );
  });

  it('survives a renamed tab, can be moved, changed and removed', () => {
    const env = make();
    const ss = env.gas.SpreadsheetApp.getActive();
    ss.getSheetByName('Cases')?.setName('ลาศึกษาต่อ');
    const [m] = ss.createDeveloperMetadataFinder().withKey('kamnot.register').withValue('study-leave').find();
    expect(m?.getLocation().getSheet()?.getName()).toBe('ลาศึกษาต่อ');
    m?.setValue('transfer').moveToSheet(ss.getSheetByName('People') as GoogleAppsScript.Spreadsheet.Sheet);
    expect(ss.getSheetByName('People')?.getDeveloperMetadata()[0]?.getValue()).toBe('transfer');
    m?.remove();
    expect(ss.createDeveloperMetadataFinder().withKey('kamnot.register').find()).toEqual([]);
  });
});

describe('Sheet structure', () => {
  it('inserts rows with the formats of their neighbour and refuses impossible deletions', () => {
    const env = make();
    const sheet = env.gas.SpreadsheetApp.getActive().getSheetByName('Cases');
    if (!sheet) throw new Error('no sheet');
    sheet.getRange('A2:B2').setBackground('#d9ead3');
    sheet.insertRowsAfter(2, 1);
    expect(sheet.getRange('A3:B3').getBackgrounds()).toEqual([['#d9ead3', '#d9ead3']]);
    expect(sheet.getRange('A3').getValue()).toBe('');
    expect(sheet.getMaxRows()).toBe(1001);
    expect(() => sheet.deleteRows(1001, 2)).toThrow('Those rows are out of bounds.');
    expect(() => sheet.deleteRows(2, 1000)).toThrow(
      'Sorry, it is not possible to delete all non-frozen rows.',
    );
    expect(sheet.getFrozenRows()).toBe(1);
    sheet.insertRowsBefore(1, 1);
    expect(sheet.getFrozenRows()).toBe(2);
  });

  it('appends after the last row with content, growing the sheet when full', () => {
    const env = createEnvironment({
      spreadsheet: { sheets: [{ name: 'Log', maxRows: 2, maxColumns: 2, values: [['at', 'what']] }] },
    });
    const sheet = env.gas.SpreadsheetApp.getActiveSheet();
    sheet.appendRow(['t1', 'a']);
    sheet.appendRow(['t2', 'b', 'extra']);
    expect(sheet.getMaxRows()).toBe(3);
    expect(sheet.getMaxColumns()).toBe(3);
    expect(env.spreadsheet.values('Log')).toEqual([
      ['at', 'what', ''],
      ['t1', 'a', ''],
      ['t2', 'b', 'extra'],
    ]);
  });

  it('manages sheets: insert with the real duplicate-name error, order, activation, deletion', () => {
    const env = make();
    const ss = env.gas.SpreadsheetApp.getActive();
    const settings = ss.insertSheet('Settings', 0);
    expect(settings.getIndex()).toBe(1);
    expect(ss.getActiveSheet().getName()).toBe('Settings');
    expect(() => ss.insertSheet('cases')).toThrow(
      'A sheet with the name "cases" already exists. Please enter another name.',
    );
    expect(() => ss.getSheetByName('People')?.setName('Settings')).toThrow(/already exists/);
    expect(ss.getSheetById(settings.getSheetId())?.getName()).toBe('Settings');
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Settings', 'Cases', 'People']);
    const log = ss.insertSheet();
    expect(log.getName()).toBe('Sheet4');
    log.hideSheet();
    expect(log.isSheetHidden()).toBe(true);
    ss.deleteSheet(log);
    ss.deleteSheet(settings);
    ss.deleteSheet(ss.getSheetByName('People') as GoogleAppsScript.Spreadsheet.Sheet);
    expect(() => ss.deleteSheet(ss.getSheets()[0] as GoogleAppsScript.Spreadsheet.Sheet)).toThrow(
      "You can't remove all the sheets in a document.",
    );
  });

  it('keeps conditional formats, protections and named ranges attached to their rows', () => {
    const env = make();
    const app = env.gas.SpreadsheetApp;
    const ss = app.getActive();
    const sheet = ss.getSheetByName('Cases');
    if (!sheet) throw new Error('no sheet');
    const rule = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=$B2="open"')
      .setBackground('#f4cccc')
      .setFontColor('#990000')
      .setRanges([sheet.getRange('A2:B4')])
      .build();
    sheet.setConditionalFormatRules([rule]);
    const protection = sheet.getRange('A1:B1').protect().setDescription('Kamnot header').setWarningOnly(true);
    ss.setNamedRange('kamnot_cases', sheet.getRange('A2:B4'));
    sheet.insertRowsBefore(2, 1);
    const [stored] = sheet.getConditionalFormatRules();
    expect(stored?.getRanges().map((r) => r.getA1Notation())).toEqual(['A3:B5']);
    expect(stored?.getBooleanCondition()?.getCriteriaType()).toBe('CUSTOM_FORMULA');
    expect(stored?.getBooleanCondition()?.getCriteriaValues()).toEqual(['=$B2="open"']);
    expect(stored?.getBooleanCondition()?.getBackground()).toBe('#f4cccc');
    expect(sheet.getProtections(app.ProtectionType.RANGE)[0]?.isWarningOnly()).toBe(true);
    expect(protection.getRange().getA1Notation()).toBe('A1:B1');
    expect(ss.getRangeByName('kamnot_cases')?.getA1Notation()).toBe('A3:B5');
    expect(ss.getRangeByName('nope')).toBeNull();
    const sheetProtection = sheet.protect().setWarningOnly(true);
    expect(sheetProtection.getProtectionType()).toBe('SHEET');
    expect(ss.getProtections(app.ProtectionType.SHEET)).toHaveLength(1);
  });

  it('column widths, frozen rows, hidden rows', () => {
    const sheet = make().gas.SpreadsheetApp.getActiveSheet();
    sheet.setColumnWidth(2, 240);
    expect(sheet.getColumnWidth(2)).toBe(240);
    expect(sheet.getColumnWidth(3)).toBe(100);
    sheet.setFrozenRows(2);
    expect(sheet.getFrozenRows()).toBe(2);
    expect(() => sheet.setFrozenRows(1000)).toThrow("You can't freeze all visible rows on the sheet.");
    sheet.hideRows(3);
    expect(sheet.isRowHiddenByUser(3)).toBe(true);
  });
});

describe('snapshots', () => {
  it('capture the whole state and diff readably', () => {
    const env = make();
    const before = env.spreadsheet.snapshotSheet('Cases');
    expect(before.cells.A2).toEqual({ value: 'c1' });
    env.gas.SpreadsheetApp.getActive().getRange('Cases!B2').setValue('done').setNote('closed by Kamnot');
    const after = env.spreadsheet.snapshotSheet('Cases');
    expect(diffSnapshots(before, after)).toEqual([
      'cells.B2.value: "open" → "done"',
      'cells.B2.note: undefined → "closed by Kamnot"',
    ]);
    const whole = env.spreadsheet.snapshot();
    expect(whole.sheets.map((s) => s.name)).toEqual(['Cases', 'People']);
    expect(whole.metadata.map((m) => m.key)).toEqual(['kamnot.schema']);
    expect(env.spreadsheet.values('Cases', 'A1:B2')).toEqual([
      ['id', 'state'],
      ['c1', 'done'],
    ]);
  });

  it('show dates as civil dates in the spreadsheet zone', () => {
    const env = createEnvironment({
      spreadsheet: {
        timeZone: 'Asia/Bangkok',
        sheets: [{ name: 'S', values: [[{ date: '2567-01-01' }, new Date('2024-01-15T17:00:00Z')]] }],
      },
    });
    const snap = env.spreadsheet.snapshotSheet('S');
    expect(snap.cells.A1?.value).toEqual({ date: '2567-01-01' });
    expect(snap.cells.B1?.value).toEqual({ date: '2024-01-16' });
  });
});
