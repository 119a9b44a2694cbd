// Contracts: the writes the Report tab, its print dialog and a moved header's record rely on, each fact
// with its source (see contract.ts and docs/apps-script-fidelity.md).
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
      timeZone: 'Asia/Bangkok',
      locale: 'th_TH',
      sheets: [
        {
          name: 'Report',
          values: [
            ['a', 1],
            ['b', 2],
          ],
        },
      ],
    },
    start: '2026-11-23T02:00:00Z',
  });
  const ss = env.gas.SpreadsheetApp.getActive()!;
  return { env, ss, sheet: ss.getSheetByName('Report')! };
}

describe('formats written as grids, a cleared sheet, column widths', () => {
  contract(
    ['Range.setNumberFormats', 'Range.setFontWeights', 'Range.setBackgrounds'],
    {
      relies:
        'a grid of number formats, font weights or colours the shape of the range sets each cell (null resets one); a grid of another shape throws',
      sources: [
        'https://developers.google.com/apps-script/reference/spreadsheet/range#setNumberFormats(Object)',
        'https://developers.google.com/apps-script/reference/spreadsheet/range#setFontWeights(Object)',
        'https://developers.google.com/apps-script/reference/spreadsheet/range#setBackgrounds(String)',
      ],
    },
    () => {
      const { env, sheet } = workbook();
      const range = sheet.getRange(1, 1, 2, 2);
      range.setNumberFormats([
        ['@', '0'],
        ['@', '0.0'],
      ]);
      range.setFontWeights([
        ['bold', null],
        ['normal', 'bold'],
      ]);
      range.setBackgrounds([
        ['#eeeeee', null],
        [null, '#ffcccc'],
      ]);
      expect(range.getNumberFormats()).toEqual([
        ['@', '0'],
        ['@', '0.0'],
      ]);
      const weight = (a1: string) => env.spreadsheet.cell('Report', a1).fontWeight ?? 'normal';
      expect(['A1', 'B1', 'A2', 'B2'].map(weight)).toEqual(['bold', 'normal', 'normal', 'bold']);
      expect(range.getBackgrounds()).toEqual([
        ['#eeeeee', '#ffffff'],
        ['#ffffff', '#ffcccc'],
      ]);
      expect(() => range.setFontWeights([['bold']])).toThrow();
    },
  );

  contract(
    ['Sheet.clear', 'Sheet.setColumnWidth'],
    {
      relies: 'clear() empties every cell of the sheet, values and formats; a column width is set in pixels',
      sources: [
        'https://developers.google.com/apps-script/reference/spreadsheet/sheet#clear()',
        'https://developers.google.com/apps-script/reference/spreadsheet/sheet#setColumnWidth(Integer,Integer)',
      ],
    },
    () => {
      const { env, sheet } = workbook();
      sheet.getRange('A1').setFontWeight('bold');
      sheet.clear();
      expect(sheet.getRange('A1:B2').getValues()).toEqual([
        ['', ''],
        ['', ''],
      ]);
      expect(env.spreadsheet.cell('Report', 'A1').fontWeight).toBeUndefined();
      sheet.setColumnWidth(2, 240);
      expect(sheet.getColumnWidth(2)).toBe(240);
    },
  );
});

describe('the print dialog and a binding updated in place', () => {
  contract(
    ['HtmlService.createHtmlOutput', 'HtmlOutput.setWidth', 'HtmlOutput.setHeight', 'Ui.showModalDialog'],
    {
      relies:
        'an HtmlOutput from a string, sized in pixels, shown as a modal dialog with the title given; the dialog needs script.container.ui and no time-driven run may show one',
      sources: [
        'https://developers.google.com/apps-script/reference/html/html-service#createHtmlOutput(String)',
        'https://developers.google.com/apps-script/reference/html/html-output#setWidth(Integer)',
        'https://developers.google.com/apps-script/reference/base/ui#showModalDialog(Object,String)',
      ],
    },
    () => {
      const { env } = workbook();
      const html = env.gas.HtmlService.createHtmlOutput('<p>รายงาน</p>').setWidth(880).setHeight(680);
      env.gas.SpreadsheetApp.getUi().showModalDialog(html, 'รายงาน / Report');
      expect(env.ui.dialogs.map((d) => [d.title, d.content, d.width, d.height])).toEqual([
        ['รายงาน / Report', '<p>รายงาน</p>', 880, 680],
      ]);
      expect(() =>
        env.run({ kind: 'time-driven' }, () => env.gas.SpreadsheetApp.getUi().showModalDialog(html, 'x')),
      ).toThrow(/Cannot call SpreadsheetApp.getUi\(\) from this context/);
    },
  );

  contract(
    ['DeveloperMetadata.setValue'],
    {
      relies: 'a metadata value is changed in place, and finders see the new value',
      sources: [
        'https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata#setValue(String)',
        'gas-fakes test/testsheetsdeveloper.js',
      ],
    },
    () => {
      const { ss, sheet } = workbook();
      sheet.addDeveloperMetadata('kamnot.register', 'p1');
      sheet.getDeveloperMetadata()[0]!.setValue('{"p":"p1","h":3}');
      const [found] = ss.createDeveloperMetadataFinder().withKey('kamnot.register').find();
      expect(found!.getValue()).toBe('{"p":"p1","h":3}');
    },
  );
});
