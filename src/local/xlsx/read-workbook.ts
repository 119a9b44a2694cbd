/**
 * An .xlsx file → a seed for the offline runtime (values, dates in the spreadsheet's zone, formulas
 * with their cached results, number formats, notes, backgrounds, frozen rows, hidden tabs) plus the
 * extras applied once the runtime exists (sheet-extras.ts). Tab names and sheet ids come back from
 * the `_kamnot` sheet when the file has one; developer metadata other than Kamnot's binding too.
 * Kamnot's binding is never taken from it: recognise.ts finds registers by their headers.
 */
import ExcelJS from 'exceljs';
import { columnNumber } from '../../core/cells';
import { COLUMN_KEY, REGISTER_KEY } from '../../gas/workbook/register-tab';
import { toA1 } from '../runtime/spreadsheet/a1';
import type { MetadataSeed, SeedValue, SheetSeed, SpreadsheetSeed } from '../runtime/spreadsheet/seed';
import { isValidIanaZone } from '../runtime/time-zone';
import { BINDING_SHEET, parseBinding, type StoredBinding, type StoredSheet } from './binding-sheet';
import { readConditionalFormats } from './conditional-formats';
import { errorOf, type KeptCellSpec, keptSheetOf } from './kept-styles';
import { readCell } from './read-cells';
import { repairPackage } from './repair-package';
import type { FontSpec, SheetExtras } from './sheet-extras';
import { formatsOf, PX_PER_CHAR } from './styles';
import { type ValidationSpec, validationSpec } from './validation';

export const DEFAULT_ZONE = 'Asia/Bangkok';

export interface ReadOptions {
  /** The spreadsheet's zone, in which date cells are read. Default: what `_kamnot` kept, else Asia/Bangkok. */
  readonly timeZone?: string;
  /** Default: what `_kamnot` kept, else th_TH (typed d/m/yyyy is day first). */
  readonly locale?: string;
  /** The spreadsheet's name when the file has none (e.g. the file name). */
  readonly name?: string;
  readonly onSheet?: (index: number, total: number, name: string) => void;
}

export interface ReadResult {
  readonly seed: SpreadsheetSeed;
  readonly extras: readonly SheetExtras[];
  /** What the `_kamnot` sheet held, when the file has one. */
  readonly stored: StoredBinding | undefined;
  /** Name of each tab in the file → its name in the seed. */
  readonly names: ReadonlyMap<string, string>;
  readonly warnings: readonly string[];
}

type Grid<T> = (T | undefined)[][];

function put<T>(grid: Grid<T>, r: number, c: number, value: T): void {
  let row = grid[r];
  if (!row) {
    row = [];
    grid[r] = row;
  }
  row[c] = value;
}

/** Excel keeps one rule object per block; runs of cells sharing it become A1 ranges, column by column. */
function validationBlocks(
  ws: ExcelJS.Worksheet,
  skipped: Set<string>,
): { ref: string; rule: ValidationSpec }[] {
  const model = (ws as unknown as { dataValidations?: { model?: Record<string, ExcelJS.DataValidation> } })
    .dataValidations?.model;
  const cells = new Map<ExcelJS.DataValidation, { row: number; col: number }[]>();
  for (const [address, dv] of Object.entries(model ?? {})) {
    if (!dv) continue;
    const m = /^([A-Z]+)(\d+)$/.exec(address);
    if (!m) continue;
    let list = cells.get(dv);
    if (!list) {
      list = [];
      cells.set(dv, list);
    }
    list.push({ row: Number(m[2]), col: columnNumber(m[1] as string) });
  }
  const out: { ref: string; rule: ValidationSpec }[] = [];
  for (const [dv, list] of cells) {
    const rule = validationSpec(dv);
    if (!rule) {
      skipped.add(`validation ${dv.type}`);
      continue;
    }
    list.sort((a, b) => a.col - b.col || a.row - b.row);
    let start = list[0]!;
    let prev = start;
    for (const here of [...list.slice(1), undefined]) {
      if (here && here.col === prev.col && here.row === prev.row + 1) {
        prev = here;
        continue;
      }
      out.push({ ref: toA1(start.row, start.col, prev.row - start.row + 1, 1), rule });
      if (here) start = prev = here;
    }
  }
  return out;
}

function readSheet(
  ws: ExcelJS.Worksheet,
  name: string,
  stored: StoredSheet | undefined,
  timeZone: string,
  warnings: string[],
): { seed: SheetSeed; extras: SheetExtras } {
  const values: Grid<SeedValue> = [];
  const formulas: Grid<string> = [];
  const formats: Grid<string> = [];
  const notes: Grid<string> = [];
  const backgrounds: Grid<string> = [];
  const fonts: FontSpec[] = [];
  const kept: KeptCellSpec[] = [];
  const rowHeights: [number, number][] = [];
  let lastRow = 0;
  let lastCol = 0;
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.findRow(r);
    if (!row) continue;
    // Excel keeps heights in points; the model in pixels (as Sheets does).
    if (row.height && row.height !== ws.properties.defaultRowHeight)
      rowHeights.push([r, Math.round(row.height / 0.75)]);
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const read = readCell(cell, timeZone);
      const own = formatsOf(cell);
      const { format, background, ...font } = own;
      const error = cell.formula ? undefined : errorOf(cell.value);
      if (error !== undefined || Object.keys(cell.style ?? {}).length > 0)
        kept.push({ row: r, col: c, style: cell.style, read: own, ...(error ? { error } : {}) });
      if (read.value !== undefined) put(values, r - 1, c - 1, read.value);
      if (read.formula !== undefined) put(formulas, r - 1, c - 1, read.formula);
      if (read.note !== undefined) put(notes, r - 1, c - 1, read.note);
      if (format !== undefined) put(formats, r - 1, c - 1, format);
      if (background !== undefined) put(backgrounds, r - 1, c - 1, background);
      if (Object.keys(font).length > 0) fonts.push({ row: r, col: c, ...font });
      if (read.value !== undefined || read.formula !== undefined || format || background || read.note) {
        lastRow = Math.max(lastRow, r);
        lastCol = Math.max(lastCol, c);
      }
    });
  }
  const view = ws.views?.[0] as Partial<ExcelJS.WorksheetViewFrozen> | undefined;
  const frozen = view?.state === 'frozen';
  const columns = ws.columns ?? [];
  const defaultWidth = ws.properties.defaultColWidth;
  const columnWidths: [number, number][] = [];
  const hiddenColumns: number[] = [];
  columns.forEach((column, i) => {
    if (column.hidden) hiddenColumns.push(i + 1);
    const width = column.width;
    if (width !== undefined && width !== defaultWidth)
      columnWidths.push([i + 1, Math.round(width * PX_PER_CHAR)]);
  });
  const hiddenRows: number[] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.hidden) hiddenRows.push(r);
  });
  const skipped = new Set<string>();
  const cf: string[] = [];
  const conditionalFormats = readConditionalFormats(ws, cf);
  for (const type of cf) skipped.add(`format ${type}`);
  const validations = validationBlocks(ws, skipped);
  if (skipped.size > 0)
    warnings.push(
      `แท็บ "${name}": กฎที่รันไทม์ไม่รองรับ ไม่ได้อ่าน / tab "${name}": rules the runtime does not model were skipped: ${[...skipped].join(', ')}`,
    );
  const merges = Object.values(
    (ws as unknown as { _merges?: Record<string, { range: string }> })._merges ?? {},
  );
  const filter = ws.autoFilter;
  const seed: SheetSeed = {
    name,
    ...(stored?.id === undefined ? {} : { id: stored.id }),
    values,
    formulas,
    formats,
    notes,
    backgrounds,
    // Without `_kamnot`'s size the seed gives what Sheets gives an import: at least 1,000 × 26.
    ...(stored?.maxRows === undefined ? {} : { maxRows: Math.max(stored.maxRows, lastRow) }),
    ...(stored?.maxColumns === undefined ? {} : { maxColumns: Math.max(stored.maxColumns, lastCol) }),
    frozenRows: frozen ? (view?.ySplit ?? 0) : 0,
    hidden: ws.state !== 'visible',
  };
  const extras: SheetExtras = {
    name,
    frozenColumns: frozen ? (view?.xSplit ?? 0) : 0,
    columnWidths,
    hiddenColumns,
    hiddenRows,
    fonts,
    kept,
    keptSheet: keptSheetOf(ws),
    rowHeights,
    merges: merges.map((m) => m.range),
    filter: typeof filter === 'string' ? filter : undefined,
    conditionalFormats,
    validations,
  };
  return { seed, extras };
}

/** Metadata the `_kamnot` sheet kept, other than Kamnot's binding (which recognise.ts rebuilds). */
function otherMetadata(
  stored: StoredBinding | undefined,
  names: ReadonlyMap<string, string>,
): MetadataSeed[] {
  const out: MetadataSeed[] = [];
  for (const m of stored?.metadata ?? []) {
    if (m.key === REGISTER_KEY || m.key === COLUMN_KEY) continue;
    const sheet = m.sheet === undefined ? undefined : names.get(m.sheet);
    if (m.sheet !== undefined && sheet === undefined) continue;
    const visibility = m.visibility === 'PROJECT' ? 'PROJECT' : 'DOCUMENT';
    const [kind, span] = m.location.split(' ');
    out.push({
      key: m.key,
      value: m.value,
      visibility,
      ...(sheet === undefined ? {} : { sheet }),
      ...(kind === 'ROWS' && span ? { rows: span } : {}),
      ...(kind === 'COLUMNS' && span ? { columns: span } : {}),
    });
  }
  return out;
}

/** Reads .xlsx bytes. Throws ExcelJS's error for a file it cannot read (callers word it). */
export async function readWorkbook(bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadResult> {
  const wb = new ExcelJS.Workbook();
  // Absolute part names and parts where ExcelJS does not look (openpyxl's comments) are valid OPC.
  const repaired = (await repairPackage(bytes)).bytes;
  // A private copy: ExcelJS never sees (or could change) the caller's bytes.
  const copy = repaired.buffer.slice(
    repaired.byteOffset,
    repaired.byteOffset + repaired.byteLength,
  ) as ArrayBuffer;
  await wb.xlsx.load(copy);
  const bindingSheet = wb.worksheets.find((ws) => ws.name === BINDING_SHEET);
  const stored = bindingSheet
    ? parseBinding(
        Array.from(bindingSheet.getSheetValues(), (row) => (Array.isArray(row) ? row.slice(1) : [])),
      )
    : undefined;
  const keptZone = stored?.spreadsheet?.timeZone;
  const timeZone = options.timeZone ?? (keptZone && isValidIanaZone(keptZone) ? keptZone : DEFAULT_ZONE);
  const worksheets = wb.worksheets.filter((ws) => ws !== bindingSheet);
  const names = new Map<string, string>();
  const taken = new Set<string>();
  for (const ws of worksheets) {
    const kept = stored?.sheets.find((s) => s.xlsxName === ws.name)?.name;
    const name = kept && !taken.has(kept) ? kept : ws.name;
    names.set(ws.name, name);
    taken.add(name);
  }
  const warnings: string[] = [];
  const sheets: SheetSeed[] = [];
  const extras: SheetExtras[] = [];
  const usedIds = new Set<number>();
  worksheets.forEach((ws, i) => {
    const name = names.get(ws.name) as string;
    options.onSheet?.(i, worksheets.length, name);
    let kept = stored?.sheets.find((s) => s.xlsxName === ws.name);
    // A sheet id must stay unique (a tab copied in Excel has none; the first tab defaults to 0).
    if (kept?.id !== undefined && usedIds.has(kept.id)) kept = { ...kept, id: undefined };
    if (kept?.id !== undefined) usedIds.add(kept.id);
    const read = readSheet(ws, name, kept, timeZone, warnings);
    sheets.push(read.seed);
    extras.push(read.extras);
  });
  if (sheets[0] && sheets[0].id === undefined && usedIds.has(0))
    sheets[0] = { ...sheets[0], id: Math.max(...usedIds) + 1 };
  const seed: SpreadsheetSeed = {
    name: stored?.spreadsheet?.name || wb.title || options.name || 'Workbook',
    timeZone,
    locale: options.locale ?? (stored?.spreadsheet?.locale || 'th_TH'),
    sheets,
    metadata: otherMetadata(stored, names),
  };
  return { seed, extras, stored, names, warnings };
}
