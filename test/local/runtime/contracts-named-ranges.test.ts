// Contracts: named ranges, as Kamnot keeps KAMNOT_HOLIDAYS over the Holidays tab's date column
// (src/gas/workbook/holidays-tab.ts). Each fact with its source (see contract.ts).
import { describe, expect } from 'vitest';
import { createEnvironment, SCOPES } from '../../../src/local/runtime';
import { contract } from './contract';

function workbook() {
  const env = createEnvironment({
    manifest: { timeZone: 'Asia/Bangkok', oauthScopes: [SCOPES.currentOnly] },
    spreadsheet: { timeZone: 'Asia/Bangkok', sheets: [{ name: 'Holidays' }, { name: 'Other' }] },
    start: '2026-11-23T02:00:00Z',
  });
  const ss = env.gas.SpreadsheetApp.getActive()!;
  return { env, ss, sheet: ss.getSheetByName('Holidays')! };
}

describe('named ranges', () => {
  contract(
    ['Spreadsheet.setNamedRange', 'Spreadsheet.getNamedRanges', 'NamedRange.getName', 'NamedRange.getRange'],
    {
      relies:
        'setNamedRange names a range of a sheet; getNamedRanges lists every named range of the workbook, each with its name and its range (sheet and A1 notation); getRangeByName finds it by name',
      sources: [
        'https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#setNamedRange(String,Range)',
        'https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getNamedRanges()',
        'https://developers.google.com/apps-script/reference/spreadsheet/named-range',
        'gas-fakes test/testsheetsrange.js',
      ],
    },
    () => {
      const { ss, sheet } = workbook();
      expect(ss.getNamedRanges()).toEqual([]);
      ss.setNamedRange('KAMNOT_HOLIDAYS', sheet.getRange(2, 1, 999, 1));
      ss.setNamedRange('other', ss.getSheetByName('Other')!.getRange('C1:E2'));
      const listed = ss
        .getNamedRanges()
        .map((n) => `${n.getName()}: ${n.getRange().getSheet().getName()}!${n.getRange().getA1Notation()}`);
      expect(listed.sort()).toEqual(['KAMNOT_HOLIDAYS: Holidays!A2:A1000', 'other: Other!C1:E2']);
      expect(ss.getRangeByName('KAMNOT_HOLIDAYS')!.getA1Notation()).toBe('A2:A1000');
    },
  );

  contract(
    ['NamedRange.setRange'],
    {
      relies:
        'setRange points an existing named range at another range, keeping its name; rows inserted after a named range’s last row are not in it (so Kamnot sets it again when the tab grew)',
      sources: [
        'https://developers.google.com/apps-script/reference/spreadsheet/named-range#setRange(Range)',
        'gas-fakes test/testsheetsrange.js',
      ],
    },
    () => {
      const { ss, sheet } = workbook();
      ss.setNamedRange('KAMNOT_HOLIDAYS', sheet.getRange(2, 1, sheet.getMaxRows() - 1, 1));
      sheet.insertRowsAfter(sheet.getMaxRows(), 5);
      const named = ss.getNamedRanges().find((n) => n.getName() === 'KAMNOT_HOLIDAYS')!;
      expect(named.getRange().getA1Notation()).toBe('A2:A1000');
      named.setRange(sheet.getRange(2, 1, sheet.getMaxRows() - 1, 1));
      expect(ss.getRangeByName('KAMNOT_HOLIDAYS')!.getA1Notation()).toBe('A2:A1005');
      expect(ss.getNamedRanges().map((n) => n.getName())).toEqual(['KAMNOT_HOLIDAYS']);
    },
  );
});
