// Contracts: the Spreadsheet service as Kamnot uses it, each fact with its source (see contract.ts and
// docs/apps-script-fidelity.md). Calls go through env.gas: counted, permission-checked, scope-checked.
import { describe, expect } from 'vitest';
import { createEnvironment, SCOPES } from '../../../src/local/runtime';
import { contract } from './contract';

const MANIFEST = {
  timeZone: 'Asia/Bangkok',
  oauthScopes: [SCOPES.currentOnly, SCOPES.containerUi, SCOPES.sendMail, SCOPES.scriptApp, SCOPES.email],
};

function workbook() {
  const env = createEnvironment({
    manifest: MANIFEST,
    spreadsheet: {
      name: 'ทะเบียน',
      timeZone: 'Asia/Bangkok',
      locale: 'th_TH',
      sheets: [
        {
          name: 'Cases',
          values: [
            ['id', 'name', 'start'],
            ['K-1', 'a', { date: '2026-11-23' }],
            ['K-2', 'b', ''],
          ],
        },
        { name: 'Other' },
      ],
    },
    start: '2026-11-23T02:00:00Z',
  });
  const ss = env.gas.SpreadsheetApp.getActive()!;
  const sheet = ss.getSheetByName('Cases')!;
  return { env, ss, sheet };
}

describe('SpreadsheetApp and Spreadsheet', () => {
  contract(
    [
      'SpreadsheetApp.getActive',
      'Spreadsheet.getSheets',
      'Spreadsheet.getSheetByName',
      'Spreadsheet.getName',
      'Spreadsheet.getUrl',
      'Spreadsheet.getSpreadsheetTimeZone',
      'Spreadsheet.getActiveSheet',
    ],
    {
      relies:
        'a bound script gets its workbook from getActive() (null where there is none); sheets by name (null when absent), in tab order; the URL and the spreadsheet’s own zone',
      sources: [
        'https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#getActive()',
        'https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSheetByName(String)',
        'gas-fakes test/testsheets.js',
      ],
    },
    () => {
      const { ss } = workbook();
      expect(ss.getSheets().map((s) => s.getName())).toEqual(['Cases', 'Other']);
      expect(ss.getSheetByName('Nope')).toBeNull();
      expect(ss.getName()).toBe('ทะเบียน');
      expect(ss.getUrl()).toMatch(/^https:\/\/docs\.google\.com\/spreadsheets\/d\/[\w-]+\/edit$/);
      expect(ss.getSpreadsheetTimeZone()).toBe('Asia/Bangkok');
      expect(ss.getActiveSheet().getName()).toBe('Cases');
      const none = createEnvironment({ timeDrivenActiveSpreadsheet: 'null' });
      expect(none.run({ kind: 'time-driven' }, () => none.gas.SpreadsheetApp.getActive())).toBeNull();
    },
  );

  contract(
    ['Spreadsheet.insertSheet', 'Spreadsheet.getRange', 'Spreadsheet.toast', 'SpreadsheetApp.flush'],
    {
      relies:
        'insertSheet(name) adds a 1,000 × 26 sheet and refuses a duplicate name; getRange takes "Sheet!A1"; toast shows a message; flush applies pending writes',
      sources: [
        'https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertSheet(String)',
        'https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#toast(String,String)',
        'https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush()',
      ],
    },
    () => {
      const { env, ss } = workbook();
      const fresh = ss.insertSheet('New');
      expect([fresh.getMaxRows(), fresh.getMaxColumns()]).toEqual([1000, 26]);
      expect(() => ss.insertSheet('New')).toThrow(/already exists/);
      expect(ss.getRange("'Cases'!B2").getValues()).toEqual([['a']]);
      ss.toast('ok', 'Kamnot');
      env.gas.SpreadsheetApp.flush();
      expect(env.ui.toasts.map((t) => t.message)).toEqual(['ok']);
    },
  );
});

describe('Sheet', () => {
  contract(
    [
      'Sheet.getName',
      'Sheet.getSheetId',
      'Sheet.getParent',
      'Sheet.getLastRow',
      'Sheet.getLastColumn',
      'Sheet.getMaxRows',
      'Sheet.getMaxColumns',
      'Sheet.getDataRange',
    ],
    {
      relies:
        'a sheet’s name and stable id (gid); last row/column with content vs the grid’s size; getDataRange is A1 to the last row and column with content',
      sources: [
        'https://developers.google.com/apps-script/reference/spreadsheet/sheet#getLastRow()',
        'https://developers.google.com/apps-script/reference/spreadsheet/sheet#getDataRange()',
        'gas-fakes test/testsheets.js',
      ],
    },
    () => {
      const { ss, sheet } = workbook();
      expect(sheet.getName()).toBe('Cases');
      expect(sheet.getSheetId()).toBe(ss.getSheetByName('Cases')!.getSheetId());
      expect(sheet.getParent().getName()).toBe('ทะเบียน');
      expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([3, 3]);
      expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
      expect(sheet.getDataRange().getA1Notation()).toBe('A1:C3');
    },
  );

  contract(
    ['Sheet.getRange', 'Sheet.getRangeList', 'RangeList.activate', 'Sheet.activate'],
    {
      relies:
        'getRange(row, column, rows, columns) and A1 forms ("C:C" is a whole column); a range past the grid is refused; a range list selects several ranges at once',
      sources: [
        'https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRange(Integer,Integer,Integer,Integer)',
        'https://developers.google.com/apps-script/reference/spreadsheet/range-list#activate()',
        'gas-fakes test/testsheetsdeveloper.js',
      ],
    },
    () => {
      const { env, sheet } = workbook();
      expect(sheet.getRange(2, 1, 2, 2).getA1Notation()).toBe('A2:B3');
      expect(sheet.getRange('C:C').getA1Notation()).toBe('C:C');
      expect(() => sheet.getRange(1, 1, 1001, 1)).toThrow(/outside the dimensions of the sheet/);
      sheet.getRangeList(['A2:C2', 'A3:C3']).activate();
      expect(env.spreadsheet.selection()).toEqual({ sheet: 'Cases', ranges: ['A2:C2', 'A3:C3'] });
      env.gas.SpreadsheetApp.getActive()!.getSheetByName('Other')!.activate();
      expect(env.spreadsheet.selection().sheet).toBe('Other');
    },
  );

  contract(
    [
      'Sheet.insertRowsAfter',
      'Sheet.insertColumnsAfter',
      'Sheet.insertColumnsBefore',
      'Sheet.deleteRow',
      'Sheet.deleteRows',
      'Sheet.deleteColumns',
    ],
    {
      relies:
        'inserting or deleting rows and columns moves the cells (and what is attached to them) and changes the grid’s size; out-of-bounds positions are refused',
      sources: [
        'https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertColumnsBefore(Integer,Integer)',
        'https://developers.google.com/apps-script/reference/spreadsheet/sheet#deleteRows(Integer,Integer)',
        'https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.developerMetadata',
      ],
    },
    () => {
      const { env, sheet } = workbook();
      sheet.insertColumnsBefore(1, 1);
      expect(env.spreadsheet.values('Cases', 'A2:B2')).toEqual([['', 'K-1']]);
      sheet.deleteColumns(1, 1);
      sheet.insertColumnsAfter(26, 2);
      sheet.insertRowsAfter(1000, 10);
      expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1010, 28]);
      sheet.deleteRow(2);
      expect(env.spreadsheet.values('Cases', 'A2:A2')).toEqual([['K-2']]);
      sheet.deleteRows(2, 1);
      expect(sheet.getLastRow()).toBe(1);
      expect(() => sheet.deleteRows(2000, 1)).toThrow(/out of bounds/);
    },
  );

  contract(
    ['Sheet.setFrozenRows', 'Sheet.hideColumns', 'Sheet.hideSheet'],
    {
      relies:
        'a frozen header row; a hidden column keeps its values; the last visible sheet cannot be hidden',
      sources: [
        'https://developers.google.com/apps-script/reference/spreadsheet/sheet#setFrozenRows(Integer)',
        'https://developers.google.com/apps-script/reference/spreadsheet/sheet#hideSheet()',
      ],
    },
    () => {
      const { env, ss, sheet } = workbook();
      sheet.setFrozenRows(1);
      sheet.hideColumns(3);
      expect(env.spreadsheet.snapshotSheet('Cases').frozenRows).toBe(1);
      expect(sheet.getRange('C2').getValues()[0]![0]).toBeInstanceOf(Object);
      ss.getSheetByName('Other')!.hideSheet();
      expect(() => sheet.hideSheet()).toThrow(/hide all the sheets/);
    },
  );
});

describe('Range values', () => {
  contract(
    ['Range.getValues', 'Range.setValues', 'Range.setValue'],
    {
      relies:
        'getValues gives a date cell as a Date at midnight of the spreadsheet’s zone; setValues needs exactly the range’s shape and reads strings as if typed ("=x" a formula, "22 Nov 2026" a date) unless the cell is plain text (@)',
      sources: [
        'https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object)',
        'https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption',
        'gas-fakes test/testsheetsvalues.js',
      ],
    },
    () => {
      const { sheet } = workbook();
      const start = sheet.getRange('C2').getValues()[0]![0] as Date;
      expect(start.toISOString()).toBe('2026-11-22T17:00:00.000Z');
      expect(() => sheet.getRange('A2:B2').setValues([['x']])).toThrow(
        /number of columns in the data does not match/,
      );
      const cell = sheet.getRange('D2');
      cell.setValue('22 Nov 2026');
      expect(cell.getValues()[0]![0]).toBeInstanceOf(Date);
      cell.setValue('22 พ.ย. 2569');
      expect(cell.getValues()[0]![0]).toBeInstanceOf(Date);
      cell.setNumberFormat('@');
      cell.setValues([['22 พ.ย. 2569']]);
      expect(cell.getValues()).toEqual([['22 พ.ย. 2569']]);
    },
  );

  contract(
    [
      'Range.getFormulas',
      'Range.getNote',
      'Range.getNotes',
      'Range.setNote',
      'Range.setNotes',
      'Range.clearContent',
    ],
    {
      relies:
        'formulas read as their text ("" for a value); notes per cell, "" for none; clearContent keeps notes and formats',
      sources: [
        'https://developers.google.com/apps-script/reference/spreadsheet/range#getFormulas()',
        'https://developers.google.com/apps-script/reference/spreadsheet/range#setNotes(Object)',
        'https://developers.google.com/apps-script/reference/spreadsheet/range#clearContent()',
      ],
    },
    () => {
      const { sheet } = workbook();
      const r = sheet.getRange('E2:F2');
      r.setValues([['=1+1', 'text']]);
      expect(r.getFormulas()).toEqual([['=1+1', '']]);
      r.setNotes([['n1', '']]);
      sheet.getRange('F2').setNote('n2');
      expect(r.getNotes()).toEqual([['n1', 'n2']]);
      expect(sheet.getRange('E2').getNote()).toBe('n1');
      r.setNumberFormat('@');
      r.clearContent();
      expect(r.getValues()).toEqual([['', '']]);
      expect(r.getNotes()).toEqual([['n1', 'n2']]);
    },
  );

  contract(
    [
      'Range.getRow',
      'Range.getColumn',
      'Range.getLastRow',
      'Range.getNumRows',
      'Range.getNumColumns',
      'Range.getA1Notation',
      'Range.getSheet',
      'Range.getMergedRanges',
    ],
    {
      relies:
        'a range’s position and size, 1-based; its A1 notation; its sheet; the merged ranges it touches (none by default)',
      sources: [
        'https://developers.google.com/apps-script/reference/spreadsheet/range#getA1Notation()',
        'https://developers.google.com/apps-script/reference/spreadsheet/range#getMergedRanges()',
        'gas-fakes test/testsheetsdeveloper.js',
      ],
    },
    () => {
      const { sheet } = workbook();
      const r = sheet.getRange(2, 3, 4, 5);
      expect([r.getRow(), r.getColumn(), r.getLastRow(), r.getNumRows(), r.getNumColumns()]).toEqual([
        2, 3, 5, 4, 5,
      ]);
      expect(r.getA1Notation()).toBe('C2:G5');
      expect(r.getSheet().getName()).toBe('Cases');
      expect(r.getMergedRanges()).toEqual([]);
    },
  );
});

describe('Range formats and validation', () => {
  contract(
    [
      'Range.setNumberFormat',
      'Range.setBackground',
      'Range.setFontWeight',
      'Range.setWrap',
      'Range.clearFormat',
    ],
    {
      relies:
        'number formats ("@" plain text, "yyyy-mm-dd"), background, weight and wrap per cell; clearFormat drops them and keeps values',
      sources: [
        'https://developers.google.com/apps-script/reference/spreadsheet/range#setNumberFormat(String)',
        'https://developers.google.com/sheets/api/guides/formats',
        'gas-fakes test/testsheets.js',
      ],
    },
    () => {
      const { env, sheet } = workbook();
      const r = sheet.getRange('A2:B2');
      r.setNumberFormat('@').setBackground('#f1f3f4').setFontWeight('bold').setWrap(true);
      expect(env.spreadsheet.cell('Cases', 'A2')).toMatchObject({
        format: '@',
        background: '#f1f3f4',
        fontWeight: 'bold',
      });
      r.clearFormat();
      expect(env.spreadsheet.cell('Cases', 'A2')).toEqual({ value: 'K-1' });
    },
  );

  contract(
    [
      'SpreadsheetApp.newDataValidation',
      'DataValidationBuilder.requireDate',
      'DataValidationBuilder.requireValueInList',
      'DataValidationBuilder.requireValueInRange',
      'DataValidationBuilder.setAllowInvalid',
      'DataValidationBuilder.setHelpText',
      'DataValidationBuilder.build',
      'Range.setDataValidation',
      'Range.clearDataValidations',
    ],
    {
      relies:
        'a rule with allowInvalid true only warns: any value can still be written; a null-free clear removes the rule',
      sources: [
        'https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#setAllowInvalid(Boolean)',
        'https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#requireValueInList(String,Boolean)',
        'gas-fakes test/testsheetsdatavalidations.js',
      ],
    },
    () => {
      const { env, ss, sheet } = workbook();
      const app = env.gas.SpreadsheetApp;
      const date = app.newDataValidation().setAllowInvalid(true).requireDate().setHelpText('a date').build();
      const list = app
        .newDataValidation()
        .setAllowInvalid(false)
        .requireValueInList(['1', '2'], true)
        .build();
      const range = app.newDataValidation().requireValueInRange(ss.getRange('Cases!A2:A3'), true).build();
      sheet.getRange('C2:C3').setDataValidation(date);
      sheet.getRange('C2').setValue('not a date');
      expect(sheet.getRange('C2').getValues()).toEqual([['not a date']]);
      sheet.getRange('D2').setDataValidation(list);
      expect(() => sheet.getRange('D2').setValue('3')).toThrow(/violates the data validation rules/);
      sheet.getRange('E2').setDataValidation(range);
      sheet.getRange('C2:E2').clearDataValidations();
      expect(env.spreadsheet.cell('Cases', 'D2').validation).toBeUndefined();
    },
  );

  contract(
    [
      'SpreadsheetApp.newConditionalFormatRule',
      'ConditionalFormatRuleBuilder.whenFormulaSatisfied',
      'ConditionalFormatRuleBuilder.setBackground',
      'ConditionalFormatRuleBuilder.setRanges',
      'ConditionalFormatRuleBuilder.build',
      'Sheet.setConditionalFormatRules',
      'Sheet.getConditionalFormatRules',
      'ConditionalFormatRule.getBooleanCondition',
      'BooleanCondition.getCriteriaValues',
    ],
    {
      relies:
        'setConditionalFormatRules replaces the sheet’s whole list; a custom-formula rule reads back with the formula as its first criteria value',
      sources: [
        'https://developers.google.com/apps-script/reference/spreadsheet/sheet#setConditionalFormatRules(ConditionalFormatRule)',
        'https://developers.google.com/apps-script/reference/spreadsheet/boolean-condition#getCriteriaValues()',
        'gas-fakes test/testconditionalformat.js',
      ],
    },
    () => {
      const { env, sheet } = workbook();
      const rule = env.gas.SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied('=$C2<TODAY()')
        .setBackground('#f4c7c3')
        .setRanges([sheet.getRange('A2:C3')])
        .build();
      sheet.setConditionalFormatRules([rule, rule]);
      sheet.setConditionalFormatRules([rule]);
      const rules = sheet.getConditionalFormatRules();
      expect(rules).toHaveLength(1);
      expect(rules[0]!.getBooleanCondition()!.getCriteriaValues()).toEqual(['=$C2<TODAY()']);
    },
  );

  contract(
    [
      'Range.protect',
      'Protection.setDescription',
      'Protection.setWarningOnly',
      'Sheet.getProtections',
      'Protection.getDescription',
      'Protection.remove',
    ],
    {
      relies:
        'a range protection found again by its description among the sheet’s RANGE protections, and removed',
      sources: [
        'https://developers.google.com/apps-script/reference/spreadsheet/protection#setWarningOnly(Boolean)',
        'https://developers.google.com/apps-script/reference/spreadsheet/sheet#getProtections(ProtectionType)',
      ],
    },
    () => {
      const { env, sheet } = workbook();
      sheet.getRange('C:C').protect().setDescription('Kamnot').setWarningOnly(true);
      const found = sheet.getProtections(env.gas.SpreadsheetApp.ProtectionType.RANGE);
      expect(found.map((p) => p.getDescription())).toEqual(['Kamnot']);
      found[0]!.remove();
      expect(sheet.getProtections(env.gas.SpreadsheetApp.ProtectionType.RANGE)).toEqual([]);
    },
  );
});

describe('developer metadata', () => {
  contract(
    ['Range.addDeveloperMetadata', 'Sheet.addDeveloperMetadata'],
    {
      relies:
        'metadata goes on a sheet or on rows/columns addressed as such ("G:G", "8:8"); any other range, even one spanning the sheet, is refused as an arbitrary range',
      sources: [
        'https://developers.google.com/apps-script/reference/spreadsheet/range#addDeveloperMetadata(String,String)',
        'gas-fakes test/testsheetsdeveloper.js',
      ],
    },
    () => {
      const { env, sheet } = workbook();
      const arbitrary = /Adding developer metadata to arbitrary ranges is not currently supported/;
      for (const r of [
        sheet.getRange('B2:D4'),
        sheet.getRange('F2:F5'),
        sheet.getRange('A1'),
        sheet.getRange(1, 7, 1000, 1),
      ])
        expect(() => r.addDeveloperMetadata('k', 'v')).toThrow(arbitrary);
      sheet.getRange('G:G').addDeveloperMetadata('col', 'g');
      sheet.getRange('8:8').addDeveloperMetadata('row', '8');
      sheet.addDeveloperMetadata('sheet', 's');
      expect(env.spreadsheet.metadata().map((m) => m.location)).toEqual([
        'COLUMN Cases!G:G',
        'ROW Cases!8:8',
        'SHEET Cases',
      ]);
    },
  );

  contract(
    [
      'Sheet.getDeveloperMetadata',
      'Sheet.createDeveloperMetadataFinder',
      'Spreadsheet.createDeveloperMetadataFinder',
      'DeveloperMetadataFinder.withKey',
      'DeveloperMetadataFinder.find',
      'DeveloperMetadata.getKey',
      'DeveloperMetadata.getValue',
      'DeveloperMetadata.getLocation',
      'DeveloperMetadataLocation.getColumn',
      'DeveloperMetadataLocation.getSheet',
      'DeveloperMetadata.remove',
    ],
    {
      relies:
        'a sheet’s own metadata; finders by key over the spreadsheet or a sheet (its columns included); a column’s metadata moves with the column when others are inserted; remove deletes it',
      sources: [
        'https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-finder#find()',
        'https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.developerMetadata',
        'gas-fakes test/testsheetsdeveloper.js',
      ],
    },
    () => {
      const { ss, sheet } = workbook();
      sheet.addDeveloperMetadata('kamnot.register', 'p1');
      sheet.getRange('C:C').addDeveloperMetadata('kamnot.column', 'start');
      expect(sheet.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()])).toEqual([
        ['kamnot.register', 'p1'],
      ]);
      const [binding] = ss.createDeveloperMetadataFinder().withKey('kamnot.register').find();
      expect(binding!.getLocation().getSheet()!.getName()).toBe('Cases');
      sheet.insertColumnsBefore(1, 2);
      const [column] = sheet.createDeveloperMetadataFinder().withKey('kamnot.column').find();
      expect(column!.getLocation().getColumn()!.getColumn()).toBe(5);
      column!.remove();
      expect(sheet.createDeveloperMetadataFinder().withKey('kamnot.column').find()).toEqual([]);
    },
  );
});
