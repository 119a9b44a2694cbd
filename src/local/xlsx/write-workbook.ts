/**
 * The runtime's spreadsheet model → an .xlsx file (ExcelJS): every tab in order with its values
 * (dates as date serials with the cell's number format, which is what a date is in xlsx), formulas
 * with their last result, number formats, bold / italic / colours / backgrounds, alignment, frozen
 * rows and columns, column widths, hidden rows, columns and tabs, merges, the filter range, notes as
 * comments, data validation and conditional formatting (validation.ts, conditional-formats.ts).
 * What xlsx has no place for (full tab names, sheet ids, developer metadata) goes into the very
 * hidden `_kamnot` sheet (binding-sheet.ts). Protections are left out: Excel has no warning-only
 * protection, and a hard one would stop the office typing.
 */
import ExcelJS from 'exceljs';
import { quoteSheetName, toA1 } from '../runtime/spreadsheet/a1';
import type { Cell } from '../runtime/spreadsheet/cell';
import type { DataValidationImpl } from '../runtime/spreadsheet/data-validation';
import type { SheetModel, SpreadsheetModel } from '../runtime/spreadsheet/model';
import type { RangeImpl } from '../runtime/spreadsheet/range';
import { BINDING_SHEET, bindingRows } from './binding-sheet';
import { writeConditionalFormats } from './conditional-formats';
import { type Kept, keptStyle } from './kept-styles';
import { excelSheetNames } from './sheet-names';
import { argbOf, PX_PER_CHAR, SHEETS_COLUMN_PX, styleOf } from './styles';
import { excelValidation } from './validation';

export interface WriteResult {
  readonly bytes: Buffer;
  /** The name each tab has in the file (Excel cuts names at 31 characters), in order. */
  readonly sheetNames: readonly string[];
  /** What could not be written, Thai / English. */
  readonly warnings: readonly string[];
}

export interface WriteOptions {
  /** Called before each tab is written (for progress on large workbooks). */
  readonly onSheet?: (index: number, total: number, name: string) => void;
  /** Only these tabs, and no binding sheet: a file to read, not a workbook to check again (the report). */
  readonly only?: readonly string[];
  /** What the file read had beyond the model (fonts, borders, error cells, page setup): written back. */
  readonly kept?: Kept;
}

const EXCEL_ERRORS = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A']);
/** Excel refuses longer text in a cell. */
const EXCEL_TEXT_MAX = 32_767;

type DataValidations = { add(address: string, validation: ExcelJS.DataValidation): void };

function resultOf(value: Cell['value']): ExcelJS.CellFormulaValue['result'] {
  if (typeof value === 'string' && EXCEL_ERRORS.has(value)) return { error: value as ExcelJS.ErrorValue };
  return value === '' ? undefined : value;
}

function cellValue(cell: Cell, cut: () => void): ExcelJS.CellValue {
  if (cell.formula !== undefined) {
    const result = resultOf(cell.value);
    return { formula: cell.formula.replace(/^=/, ''), ...(result === undefined ? {} : { result }) };
  }
  if (typeof cell.value === 'string' && cell.value.length > EXCEL_TEXT_MAX) {
    cut();
    return cell.value.slice(0, EXCEL_TEXT_MAX);
  }
  // Dates stay serial numbers: with the cell's date format that is exactly an xlsx date.
  return cell.value === '' ? null : cell.value;
}

/** One validation block per run of cells in a column sharing the same rule. */
function writeValidations(
  sheet: SheetModel,
  ws: ExcelJS.Worksheet,
  rangeRef: (r: RangeImpl) => string | undefined,
  skipped: Set<string>,
): void {
  const dv = (ws as unknown as { dataValidations: DataValidations }).dataValidations;
  const columns = sheet.rows.reduce((most, r) => Math.max(most, r?.length ?? 0), 0);
  for (let c = 1; c <= columns; c++) {
    let start = 0;
    let rule: DataValidationImpl | undefined;
    const flush = (end: number) => {
      if (!rule) return;
      const excel = excelValidation(rule, rangeRef);
      if (excel) dv.add(toA1(start, c, end - start, 1), excel);
      else skipped.add(rule.getCriteriaType());
    };
    for (let r = 1; r <= sheet.rows.length + 1; r++) {
      const here = sheet.cell(r, c)?.validation as DataValidationImpl | undefined;
      if (here === rule) continue;
      flush(r);
      rule = here;
      start = r;
    }
  }
}

function writeSheet(
  sheet: SheetModel,
  ws: ExcelJS.Worksheet,
  rangeRef: (r: RangeImpl) => string | undefined,
  warnings: string[],
  kept: Kept | undefined,
): void {
  let cutCells = 0;
  sheet.rows.forEach((row, r) => {
    row?.forEach((cell, c) => {
      if (!cell) return;
      const had = kept?.cells.get(cell);
      // An error cell of the file that still shows its error is that error again, not its text.
      const value: ExcelJS.CellValue =
        had?.error !== undefined && cell.formula === undefined && cell.value === had.error
          ? { error: had.error as ExcelJS.ErrorValue }
          : cellValue(cell, () => cutCells++);
      const style = keptStyle(cell, had) ?? styleOf(cell);
      if (value === null && !style && cell.note === undefined) return;
      const xc = ws.getCell(r + 1, c + 1);
      if (value !== null) xc.value = value;
      if (style && Object.keys(style).length > 0) xc.style = style;
      if (cell.note) xc.note = cell.note;
    });
  });
  if (cutCells > 0)
    warnings.push(
      `แท็บ "${sheet.name}": ตัดข้อความยาวเกิน 32,767 ตัวอักษร ${cutCells} ช่อง / ` +
        `tab "${sheet.name}": ${cutCells} cell(s) cut to Excel's 32,767 characters`,
    );
  for (const [col, px] of sheet.columnWidths) ws.getColumn(col).width = px / PX_PER_CHAR;
  for (const col of sheet.hiddenColumns) {
    const column = ws.getColumn(col);
    column.hidden = true;
    // ExcelJS would give a hidden column a width of 9; the sheet's default keeps it what it was.
    if (column.width === undefined) column.width = SHEETS_COLUMN_PX / PX_PER_CHAR;
  }
  for (const [row, px] of sheet.rowHeights) ws.getRow(row).height = px * 0.75;
  for (const row of sheet.hiddenRows) ws.getRow(row).hidden = true;
  for (const m of sheet.merges) ws.mergeCells(m.row, m.col, m.row + m.numRows - 1, m.col + m.numCols - 1);
  if (sheet.filter) {
    const f = sheet.filter.range;
    ws.autoFilter = toA1(f.row, f.col, f.numRows, f.numCols);
  }
  const skippedRules = new Set<string>();
  writeValidations(sheet, ws, rangeRef, skippedRules);
  for (const type of writeConditionalFormats(ws, sheet.conditionalFormats))
    skippedRules.add(`format ${type}`);
  if (skippedRules.size > 0)
    warnings.push(
      `แท็บ "${sheet.name}": กฎที่ Excel ไม่มีเทียบเท่า ไม่ได้บันทึก / ` +
        `tab "${sheet.name}": rules Excel has no equivalent for were left out: ${[...skippedRules].join(', ')}`,
    );
}

/** Writes `model` as .xlsx bytes. The model is only read. */
export async function writeWorkbook(
  model: SpreadsheetModel,
  options: WriteOptions = {},
): Promise<WriteResult> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Kamnot';
  wb.title = model.name;
  const only = options.only;
  const sheets = only ? model.sheets.filter((s) => only.includes(s.name)) : model.sheets;
  const names = excelSheetNames([...sheets.map((s) => s.name), BINDING_SHEET]);
  const xlsxName = new Map(sheets.map((s, i) => [s.id, names[i] as string]));
  const rangeRef = (range: RangeImpl): string | undefined => {
    const g = range._grid();
    const name = xlsxName.get(g.sheetId);
    if (name === undefined) return undefined;
    const a1 = toA1(g.row, g.col, g.numRows, g.numCols).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
    return `${quoteSheetName(name)}!${a1}`;
  };
  const warnings: string[] = [];
  sheets.forEach((sheet, i) => {
    options.onSheet?.(i, sheets.length, sheet.name);
    const frozen = sheet.frozenRows > 0 || sheet.frozenColumns > 0;
    const tabColor = argbOf(sheet.tabColor ?? undefined);
    const had = options.kept?.sheets.get(sheet);
    const ws = wb.addWorksheet(names[i], {
      state: sheet.hidden ? 'hidden' : 'visible',
      views: [
        {
          ...had?.view,
          ...(frozen ? { state: 'frozen', xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows } : {}),
        } as Partial<ExcelJS.WorksheetView>,
      ],
      properties: {
        defaultColWidth: SHEETS_COLUMN_PX / PX_PER_CHAR,
        ...had?.properties,
        ...(tabColor ? { tabColor: { argb: tabColor } } : {}),
      },
      ...(had?.pageSetup ? { pageSetup: had.pageSetup } : {}),
      ...(had?.headerFooter ? { headerFooter: had.headerFooter } : {}),
    });
    writeSheet(sheet, ws, rangeRef, warnings, options.kept);
  });
  if (!only) {
    const binding = wb.addWorksheet(names[names.length - 1], { state: 'veryHidden' });
    for (const row of bindingRows(model, names)) binding.addRow(row);
  }
  // Excel opens on a visible tab: the active one when it is visible, else the first visible.
  const visible = sheets.map((s) => !s.hidden);
  const active = sheets.indexOf(model.activeSheet());
  const activeTab = visible[active] ? active : Math.max(0, visible.indexOf(true));
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab, visibility: 'visible' }];
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  return { bytes, sheetNames: names.slice(0, -1), warnings };
}
