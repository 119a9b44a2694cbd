/**
 * What the office's file had that the runtime does not model, kept beside the model so the checked
 * workbook loses nothing: every cell's full style (font name and size, underline, borders, vertical
 * alignment, indent, theme colours, protection), error cells (#REF!, #N/A as errors, not text), and
 * each tab's page setup, header and footer, view (zoom, grid lines) and default row height.
 *
 * Kept by the model's own Cell and SheetModel objects (a WeakMap): a cell that moves when Kamnot
 * inserts its columns keeps its style, and a cell Kamnot creates has none. For what the model does
 * hold (number format, bold, italic, font colour, background, horizontal alignment, wrap), the
 * model wins as soon as it differs from what was read: that is a change Kamnot or a test made.
 */
import type ExcelJS from 'exceljs';
import type { Cell } from '../runtime/spreadsheet/cell';
import type { SheetModel } from '../runtime/spreadsheet/model';
import { isAutomatic } from '../runtime/spreadsheet/number-format';
import { argbOf, type ReadFormats } from './styles';

export interface KeptCell {
  readonly style: Partial<ExcelJS.Style>;
  /** What was read into the model from this style: a model value still equal to it is unchanged. */
  readonly read: ReadFormats;
  /** The error value of an error cell ('#REF!'): written back as an error while the cell still shows it. */
  readonly error?: string;
}

/** One cell's kept style, by its place in the file (1-based). */
export interface KeptCellSpec extends KeptCell {
  readonly row: number;
  readonly col: number;
}

export interface KeptSheet {
  readonly pageSetup?: Partial<ExcelJS.PageSetup>;
  readonly headerFooter?: Partial<ExcelJS.HeaderFooter>;
  readonly view?: Partial<ExcelJS.WorksheetView>;
  readonly properties?: Partial<ExcelJS.WorksheetProperties>;
}

export interface Kept {
  readonly cells: WeakMap<Cell, KeptCell>;
  readonly sheets: WeakMap<SheetModel, KeptSheet>;
}

export const nothingKept = (): Kept => ({ cells: new WeakMap(), sheets: new WeakMap() });

const EXCEL_ERRORS = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A']);

/** The error of an error cell as ExcelJS reads it, or undefined. */
export function errorOf(value: ExcelJS.CellValue): string | undefined {
  if (value && typeof value === 'object' && 'error' in value) {
    const error = String((value as ExcelJS.CellErrorValue).error);
    return EXCEL_ERRORS.has(error) ? error : undefined;
  }
  return undefined;
}

/** A tab's page and view settings worth keeping (the runtime keeps frozen panes and widths itself). */
export function keptSheetOf(ws: ExcelJS.Worksheet): KeptSheet {
  const view = ws.views?.[0];
  const {
    state: _s,
    xSplit: _x,
    ySplit: _y,
    topLeftCell: _t,
    ...rest
  } = (view ?? {}) as Partial<ExcelJS.WorksheetViewFrozen>;
  return {
    pageSetup: { ...ws.pageSetup },
    headerFooter: { ...ws.headerFooter },
    view: rest,
    properties: {
      ...(ws.properties.defaultRowHeight ? { defaultRowHeight: ws.properties.defaultRowHeight } : {}),
      ...(ws.properties.showGridLines === false ? { showGridLines: false } : {}),
    },
  };
}

const same = (a: unknown, b: unknown) => (a ?? undefined) === (b ?? undefined);

/**
 * The style to write for a model cell: the kept style, with what the model changed since it was read.
 * Undefined when the cell has no kept style (the caller uses the model's own).
 */
export function keptStyle(cell: Cell, kept: KeptCell | undefined): Partial<ExcelJS.Style> | undefined {
  if (!kept) return undefined;
  const style: Partial<ExcelJS.Style> = { ...kept.style };
  const read = kept.read;
  if (!same(cell.format, read.format)) {
    if (isAutomatic(cell.format)) delete style.numFmt;
    else style.numFmt = cell.format as string;
  }
  const font: Partial<ExcelJS.Font> = { ...(kept.style.font ?? {}) };
  if (!same(cell.fontWeight, read.fontWeight)) font.bold = cell.fontWeight === 'bold';
  if (!same(cell.fontStyle, read.fontStyle)) font.italic = cell.fontStyle === 'italic';
  if (!same(cell.fontColor, read.fontColor)) {
    const argb = argbOf(cell.fontColor);
    if (argb) font.color = { argb };
    else delete font.color;
  }
  if (Object.keys(font).length > 0) style.font = font as ExcelJS.Font;
  if (!same(cell.background, read.background)) {
    const argb = argbOf(cell.background);
    if (argb) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb } };
    else delete style.fill;
  }
  const alignment: Partial<ExcelJS.Alignment> = { ...(kept.style.alignment ?? {}) };
  if (!same(cell.horizontalAlignment, read.horizontalAlignment)) {
    const h = cell.horizontalAlignment;
    if (h === 'left' || h === 'center' || h === 'right') alignment.horizontal = h;
    else delete alignment.horizontal;
  }
  if (!same(cell.wrap, read.wrap)) alignment.wrapText = cell.wrap === true;
  if (Object.keys(alignment).length > 0) style.alignment = alignment as ExcelJS.Alignment;
  return style;
}
