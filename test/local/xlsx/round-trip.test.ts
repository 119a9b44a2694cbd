// The demo office after a run → .xlsx → read back into the runtime: the same tabs, values (dates as
// dates), formulas with their results, formats, notes, validation, colour rules, ids, and the same
// binding, rebuilt from the headers alone. The file itself is checked with ExcelJS: real dates,
// the rules Excel and LibreOffice colour rows with, the `_kamnot` sheet very hidden.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Runtime, SpreadsheetSnapshot } from '../../../src/local/runtime';
import { BINDING_SHEET } from '../../../src/local/xlsx/binding-sheet';
import { type Demo, demo, load, xlsxName, xlsxOf } from './fixture';

let original: Demo;
let bytes: Buffer;
let back: Runtime;
let before: SpreadsheetSnapshot;
let after: SpreadsheetSnapshot;

beforeAll(async () => {
  original = demo();
  // A formula with the result Sheets computed, and a time of day: both must survive.
  original.runtime.spreadsheet.edit('Sheet1', 'A1:B1', [
    ['=DUEDATE(DATE(2026,12,1),10)', '2026-12-08 13:45'],
  ]);
  original.runtime.spreadsheet.setComputed('Sheet1', 'A1', 46379);
  original.runtime.spreadsheet.range('Sheet1', 'A1').setNumberFormat('yyyy-mm-dd');
  before = original.runtime.spreadsheet.snapshot();
  bytes = await xlsxOf(original.runtime);
  back = (await load(bytes)).runtime;
  after = back.spreadsheet.snapshot();
});

const registerTab = () => original.workbook.registers[0]!.tab;

describe('a workbook written to .xlsx and read back', () => {
  it('writing leaves the model as it was', () => {
    expect(original.runtime.spreadsheet.snapshot()).toEqual(before);
  });

  it('has every tab in order with its id, size, frozen rows, hidden state and columns', () => {
    const shape = (s: SpreadsheetSnapshot) =>
      s.sheets.map(
        ({ name, id, index, maxRows, maxColumns, frozenRows, frozenColumns, hidden, columnWidths }) => ({
          name,
          id,
          index,
          maxRows,
          maxColumns,
          frozenRows,
          frozenColumns,
          hidden,
          columnWidths,
        }),
      );
    expect(shape(after)).toEqual(shape(before));
    expect(after.name).toBe(before.name);
    const hidden = (r: Runtime) => [...r.model.sheetByName(registerTab())!.hiddenColumns];
    expect(hidden(back)).toEqual(hidden(original.runtime));
    expect(hidden(back)).toHaveLength(1);
  });

  it('has the same cells: values, formulas, number formats, notes, backgrounds, bold, validation', () => {
    for (const sheet of before.sheets) {
      const read = after.sheets.find((s) => s.name === sheet.name)!;
      expect({ tab: sheet.name, cells: read.cells }).toEqual({ tab: sheet.name, cells: sheet.cells });
    }
    expect(back.spreadsheet.cell('Sheet1', 'A1')).toMatchObject({
      formula: '=DUEDATE(DATE(2026,12,1),10)',
      value: { date: '2026-12-23' },
    });
    expect(back.spreadsheet.cell('Sheet1', 'B1').value).toEqual({ date: '2026-12-08T13:45:00' });
  });

  it('reads date cells as dates in Bangkok with their number format', () => {
    const tab = registerTab();
    const due = original.workbook.registers[0]!.columns.state; // the due date is two columns left of the state
    const col = String.fromCharCode(due.charCodeAt(0) - 2);
    const values = back.spreadsheet.values(tab, `${col}2:${col}3`);
    expect(values[0]![0]).toBeInstanceOf(Date);
    expect(values).toEqual(original.runtime.spreadsheet.values(tab, `${col}2:${col}3`));
    expect(back.spreadsheet.numberFormats(tab, `${col}2`)).toEqual([['yyyy-mm-dd']]);
    expect(back.spreadsheet.displayValues(tab, `${col}2:${col}3`)).toEqual(
      original.runtime.spreadsheet.displayValues(tab, `${col}2:${col}3`),
    );
  });

  it('keeps the header notes and the problem notes Kamnot put on rows', () => {
    const tab = registerTab();
    expect(back.spreadsheet.notes(tab, 'A1:E1')).toEqual(original.runtime.spreadsheet.notes(tab, 'A1:E1'));
    expect(back.spreadsheet.notes(tab, 'A1')[0]![0]).toContain('Kamnot fills it in');
    const flagged = before.sheets.flatMap((s) =>
      Object.values(s.cells).filter((c) => c.note?.includes('31 มิ.ย.')),
    );
    expect(flagged).toHaveLength(1);
  });

  it('keeps the colour rules of every register, in order', () => {
    for (const r of original.workbook.registers) {
      const rules = after.sheets.find((s) => s.name === r.tab)!.conditionalFormats;
      expect(rules).toEqual(before.sheets.find((s) => s.name === r.tab)!.conditionalFormats);
      expect(rules.map((x) => (x.format as { background?: string }).background)).toEqual([
        '#f4c7c3',
        '#fce8b2',
        '#fff2cc',
      ]);
    }
  });

  it('binds every register again from its headers: the metadata createRegister gave, and nothing else', () => {
    const kept = (r: Runtime) =>
      r.spreadsheet
        .metadata()
        .map((m) => `${m.key} ${m.value} ${m.location}`)
        .sort();
    expect(kept(back)).toEqual(kept(original.runtime));
    expect(kept(back).filter((m) => m.startsWith('kamnot.register'))).toHaveLength(10);
  });
});

describe('the .xlsx file itself', () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
  });

  it('holds dates as dates with the cell number format, and notes as comments', () => {
    const ws = wb.getWorksheet(xlsxName(original.runtime, registerTab()))!;
    const row = ws.getRow(1).values as unknown[];
    const col = row.indexOf('ครบกำหนด (วันที่) / Due (date)');
    const cell = ws.getCell(2, col);
    expect(cell.value).toBeInstanceOf(Date);
    expect(cell.numFmt).toBe('yyyy-mm-dd');
    expect(ws.getColumn(col).hidden).toBe(true);
    expect(ws.getCell(1, 1).note).toContain('Kamnot fills it in');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('colours rows with formula rules on TODAY() and solid fills, the first rule first', () => {
    const ws = wb.getWorksheet(xlsxName(original.runtime, registerTab()))!;
    const blocks = (
      ws as unknown as { conditionalFormattings: { ref: string; rules: ExcelJS.ExpressionRuleType[] }[] }
    ).conditionalFormattings;
    expect(blocks).toHaveLength(1);
    const rules = blocks[0]!.rules;
    expect(rules.map((r) => [r.type, r.priority])).toEqual([
      ['expression', 1],
      ['expression', 2],
      ['expression', 3],
    ]);
    expect(String(rules[0]!.formulae![0])).toMatch(/^AND\(ISNUMBER\(\$[A-Z]+2\), \$[A-Z]+2 < TODAY\(\)\)$/);
    const fill = rules[0]!.style!.fill as ExcelJS.FillPattern;
    expect([fill.pattern, fill.bgColor?.argb, fill.fgColor?.argb]).toEqual(['solid', 'FFF4C7C3', 'FFF4C7C3']);
  });

  it('names tabs as Excel allows, keeps the full names in the very hidden _kamnot sheet', () => {
    for (const ws of wb.worksheets) expect(ws.name.length).toBeLessThanOrEqual(31);
    const binding = wb.getWorksheet(BINDING_SHEET)!;
    expect(binding.state).toBe('veryHidden');
    const texts = (binding.getSheetValues() as unknown[][]).flat().map(String);
    expect(texts).toContain(registerTab());
  });
});
