/**
 * Cell formats between the runtime's model and ExcelJS: number format, bold / italic, font colour,
 * background, horizontal alignment and wrap. Colours are '#rrggbb' in the model (what Sheets'
 * getBackground returns) and ARGB 'FFRRGGBB' in the file.
 */
import type ExcelJS from 'exceljs';
import type { Cell } from '../runtime/spreadsheet/cell';
import { isAutomatic } from '../runtime/spreadsheet/number-format';

/** '#rgb' or '#rrggbb' → 'FFRRGGBB'; undefined for anything else (CSS names, rgb()). */
export function argbOf(css: string | undefined): string | undefined {
  if (css === undefined) return undefined;
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(css.trim())?.[1];
  if (!hex) return undefined;
  const six = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  return `FF${six.toUpperCase()}`;
}

/** 'FFRRGGBB' (or 'RRGGBB') → '#rrggbb'; undefined for theme or indexed colours, which need the theme. */
export function cssOf(color: Partial<ExcelJS.Color> | undefined): string | undefined {
  const argb = color?.argb;
  if (typeof argb !== 'string') return undefined;
  const six = /^(?:[0-9a-f]{2})?([0-9a-f]{6})$/i.exec(argb)?.[1];
  return six ? `#${six.toLowerCase()}` : undefined;
}

/** The ExcelJS style of a model cell, or undefined when it has no format of its own. */
export function styleOf(cell: Cell): Partial<ExcelJS.Style> | undefined {
  const style: Partial<ExcelJS.Style> = {};
  if (!isAutomatic(cell.format)) style.numFmt = cell.format as string;
  const font: Partial<ExcelJS.Font> = {};
  if (cell.fontWeight === 'bold') font.bold = true;
  if (cell.fontStyle === 'italic') font.italic = true;
  const color = argbOf(cell.fontColor);
  if (color) font.color = { argb: color };
  if (Object.keys(font).length > 0) style.font = font;
  const fill = argbOf(cell.background);
  if (fill) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
  const alignment: Partial<ExcelJS.Alignment> = {};
  const h = cell.horizontalAlignment;
  if (h === 'left' || h === 'center' || h === 'right') alignment.horizontal = h;
  if (cell.wrap) alignment.wrapText = true;
  if (Object.keys(alignment).length > 0) style.alignment = alignment;
  return Object.keys(style).length > 0 ? style : undefined;
}

/** The model's formats of a cell read from a file (only what differs from a blank cell). */
export interface ReadFormats {
  format?: string;
  background?: string;
  fontColor?: string;
  fontWeight?: string;
  fontStyle?: string;
  horizontalAlignment?: string;
  wrap?: boolean;
}

export function formatsOf(cell: ExcelJS.Cell): ReadFormats {
  const out: ReadFormats = {};
  const numFmt = cell.numFmt;
  if (typeof numFmt === 'string' && !isAutomatic(numFmt)) out.format = numFmt;
  const fill = cell.fill;
  if (fill?.type === 'pattern' && fill.pattern === 'solid') {
    const bg = cssOf(fill.fgColor);
    // White is what an unformatted cell shows: keeping it would only add noise.
    if (bg && bg !== '#ffffff') out.background = bg;
  }
  const font = cell.font;
  if (font?.bold) out.fontWeight = 'bold';
  if (font?.italic) out.fontStyle = 'italic';
  const color = cssOf(font?.color);
  if (color && color !== '#000000') out.fontColor = color;
  const h = cell.alignment?.horizontal;
  if (h === 'left' || h === 'center' || h === 'right') out.horizontalAlignment = h;
  if (cell.alignment?.wrapText) out.wrap = true;
  return out;
}

/** Sheets measures widths in pixels, Excel in characters of the default font (about 7 px each). */
export const PX_PER_CHAR = 7;
/** Sheets' default column width (px), written as the sheet's default so Excel looks the same. */
export const SHEETS_COLUMN_PX = 100;
