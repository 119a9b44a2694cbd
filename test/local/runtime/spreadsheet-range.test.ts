import { describe, expect, it } from 'vitest';
import { createEnvironment } from '../../../src/local/runtime';

const make = () =>
  createEnvironment({
    scriptTimeZone: 'Asia/Bangkok',
    spreadsheet: {
      timeZone: 'Asia/Bangkok',
      sheets: [
        {
          name: 'Cases',
          values: [
            ['id', 'due'],
            [1, { date: '2024-01-15' }],
          ],
        },
      ],
    },
  });

describe('Range values', () => {
  it('checks the shape of setValues with the production messages', () => {
    const sheet = make().gas.SpreadsheetApp.getActive().getSheetByName('Cases');
    const r = sheet?.getRange('A1:B2');
    expect(() => r?.setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => r?.setValues([[1, 2], [3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    expect(() => r?.setValues('x' as unknown as unknown[][])).toThrow(
      "The parameters (String) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
  });

  it('reads what a script writes as Sheets reads typed input', () => {
    const env = make();
    const r = env.gas.SpreadsheetApp.getActiveSheet().getRange('A3:H3');
    r.setValues([['=SUM(A1:A2)', "'=not a formula", '123', '-abc', 'TRUE', '2024-02-01', 'text', null]]);
    expect(r.getFormulas()).toEqual([['=SUM(A1:A2)', '', '', '=-abc', '', '', '', '']]);
    expect(r.getValues()).toEqual([
      ['', '=not a formula', 123, '#ERROR!', true, new Date('2024-01-31T17:00:00Z'), 'text', ''],
    ]);
    env.spreadsheet.setComputed('Cases', 'A3', 1);
    expect(r.getCell(1, 1).getValue()).toBe(1);
    const plain = env.gas.SpreadsheetApp.getActiveSheet().getRange('A4');
    plain.setNumberFormat('@').setValue('2024-02-01');
    expect(plain.getValue()).toBe('2024-02-01');
  });

  it('stores Dates as serials in the spreadsheet zone and formats them for display', () => {
    const env = make();
    const ss = env.gas.SpreadsheetApp.getActive();
    const cell = ss.getRange('Cases!C2');
    cell.setValue(new Date('2024-01-15T03:04:05Z'));
    expect(cell.getValue()).toEqual(new Date('2024-01-15T03:04:05Z'));
    expect(cell.getDisplayValue()).toBe('1/15/2024 10:04:05');
    cell.setNumberFormat('yyyy-mm-dd');
    expect(cell.getDisplayValue()).toBe('2024-01-15');
    cell.setNumberFormat('d/m/yyyy');
    expect(cell.getDisplayValue()).toBe('15/1/2024');
    cell.setNumberFormat('dd mmm yyyy hh:mm');
    expect(cell.getDisplayValue()).toBe('15 Jan 2024 10:04');
    // The stored wall clock stays; its instant follows the spreadsheet's zone.
    ss.setSpreadsheetTimeZone('UTC');
    expect(cell.getValue()).toEqual(new Date('2024-01-15T10:04:05Z'));
    expect(ss.getRange('Cases!B2').getValue()).toEqual(new Date('2024-01-15T00:00:00Z'));
    cell.setNumberFormat('0.00');
    expect(typeof cell.getValue()).toBe('number');
  });

  it('formats numbers through their number format', () => {
    const r = make().gas.SpreadsheetApp.getActiveSheet().getRange('D1:G1');
    r.setValues([[1234.5, 0.5, -3, 7]]);
    r.setNumberFormats([['#,##0.00', '0%', '0;(0)', '0000']]);
    expect(r.getDisplayValues()).toEqual([['1,234.50', '50%', '(3)', '0007']]);
    expect(r.getNumberFormats()).toEqual([['#,##0.00', '0%', '0;(0)', '0000']]);
    expect(r.offset(1, 0).getNumberFormat()).toBe('General');
  });

  it('refuses cells over 50,000 characters', () => {
    const r = make().gas.SpreadsheetApp.getActiveSheet().getRange('A9');
    expect(() => r.setValue('x'.repeat(50_001))).toThrow(
      'Your input contains more than the maximum of 50000 characters in a single cell.',
    );
  });
});

describe('Range geometry', () => {
  it('validates coordinates like Apps Script', () => {
    const sheet = make().gas.SpreadsheetApp.getActiveSheet();
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(1001, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange('A1:B2:C3')).toThrow('Range not found');
    expect(() => sheet.getRange('Nope!A1')).toThrow('Range not found');
  });

  it('writes A1 notation back, including open ranges', () => {
    const sheet = make().gas.SpreadsheetApp.getActiveSheet();
    expect(sheet.getRange('B:C').getA1Notation()).toBe('B:C');
    expect(sheet.getRange('2:3').getA1Notation()).toBe('2:3');
    expect(sheet.getRange('A2:C').getA1Notation()).toBe('A2:C');
    expect(sheet.getRange('A2:C').getNumRows()).toBe(999);
    expect(sheet.getRange(2, 1, 3, 2).getA1Notation()).toBe('A2:B4');
    expect(sheet.getRange('$B$2').offset(1, 1, 2, 2).getA1Notation()).toBe('C3:D4');
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:B2');
    expect(sheet.getRange('B:C').isEndRowBounded()).toBe(false);
  });
});

describe('notes, colours, validation, merges, filters', () => {
  it('keeps notes and backgrounds per cell', () => {
    const r = make().gas.SpreadsheetApp.getActiveSheet().getRange('A1:B1');
    r.setNotes([['Case id', null]]);
    r.setBackground('#eeeeee');
    expect(r.getNotes()).toEqual([['Case id', '']]);
    expect(r.getBackgrounds()).toEqual([['#eeeeee', '#eeeeee']]);
    r.clearNote();
    expect(r.getNote()).toBe('');
    r.clearFormat();
    expect(r.getBackground()).toBe('#ffffff');
  });

  it('builds data validation rules and enforces reject-input rules on writes', () => {
    const env = make();
    const app = env.gas.SpreadsheetApp;
    const sheet = app.getActiveSheet();
    const list = app
      .newDataValidation()
      .requireValueInList(['open', 'done'])
      .setAllowInvalid(false)
      .setHelpText('Pick one')
      .build();
    sheet.getRange('C2:C3').setDataValidation(list);
    expect(list.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(list.getCriteriaValues()).toEqual([['open', 'done'], true]);
    sheet.getRange('C2').setValue('open');
    expect(() => sheet.getRange('C3').setValue('maybe')).toThrow(
      'The data you entered in cell C3 violates the data validation rules set on this cell.',
    );
    const date = app.newDataValidation().requireDate().build();
    sheet.getRange('B2').setDataValidation(date);
    sheet.getRange('B2').setValue('not a date'); // allowInvalid defaults to true: accepted, flagged in the UI only
    const rules = sheet.getRange('B2:C2').getDataValidations();
    expect(rules[0]?.[0]?.getCriteriaType()).toBe('DATE_IS_VALID_DATE');
    expect(rules[0]?.[1]?.getHelpText()).toBe('Pick one');
    const between = app.newDataValidation().requireNumberBetween(1, 5).setAllowInvalid(false).build();
    sheet.getRange('D2').setDataValidation(between);
    expect(() => sheet.getRange('D2').setValue(9)).toThrow(/violates the data validation rules/);
    const inRange = app.newDataValidation().requireValueInRange(sheet.getRange('A1:A2')).build();
    expect(inRange.getCriteriaValues()[0].getA1Notation()).toBe('A1:A2');
    expect(env.spreadsheet.cell('Cases', 'C2').validation).toEqual({
      criteria: 'VALUE_IN_LIST',
      values: [['open', 'done'], true],
      allowInvalid: false,
      helpText: 'Pick one',
    });
  });

  it('merges and filters', () => {
    const sheet = make().gas.SpreadsheetApp.getActiveSheet();
    sheet.getRange('A5:C5').merge();
    expect(sheet.getRange('B5').isPartOfMerge()).toBe(true);
    expect(sheet.getRange('A6').isPartOfMerge()).toBe(false);
    sheet.getRange('A5:C5').breakApart();
    expect(sheet.getRange('B5').isPartOfMerge()).toBe(false);
    const filter = sheet.getRange('A1:B2').createFilter();
    expect(sheet.getFilter()?.getRange().getA1Notation()).toBe('A1:B2');
    expect(() => sheet.getRange('A1:B2').createFilter()).toThrow(
      "You can't create a filter in a sheet that already has a filter.",
    );
    filter.remove();
    expect(sheet.getFilter()).toBeNull();
  });

  it('clears contents but keeps formats, or everything', () => {
    const sheet = make().gas.SpreadsheetApp.getActiveSheet();
    const r = sheet.getRange('A1:B2');
    r.setBackground('#ff0000');
    r.clearContent();
    expect(r.getValues()).toEqual([
      ['', ''],
      ['', ''],
    ]);
    expect(r.getBackground()).toBe('#ff0000');
    expect(sheet.getLastRow()).toBe(0);
    expect(r.isBlank()).toBe(true);
  });
});
