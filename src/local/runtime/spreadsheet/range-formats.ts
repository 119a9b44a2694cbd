/**
 * Range formats: number formats, backgrounds, font colours and weights, wrap; and what clear and
 * inserted rows drop or copy.
 *
 * Source: Range reference. What an unformatted cell reports (background "#ffffff", weight "normal",
 * number format "General") and null resetting a format are modelled.
 */
import type { Cell } from './cell';
import { AUTOMATIC_FORMAT } from './number-format';
import { eachCell, type Grid, mapCells, type Rect, shaped } from './rect';

type Style = 'format' | 'background' | 'fontColor' | 'fontWeight';

const DEFAULTS: Readonly<Record<Style, string>> = {
  format: AUTOMATIC_FORMAT,
  background: '#ffffff',
  fontColor: '#000000',
  fontWeight: 'normal',
};

/** A style of every cell, its default where the cell has none. */
export const stylesOf = (r: Rect, style: Style): Grid<string> =>
  mapCells(r, (cell) => cell?.[style] ?? DEFAULTS[style]);

/** Sets a style on every cell; null (or the default weight) removes it. */
export function setStyle(r: Rect, style: Style, value: string | null): void {
  eachCell(r, (cell) => {
    if (value === null || (style === 'fontWeight' && value === 'normal')) delete cell[style];
    else cell[style] = String(value);
  });
}

/** A style per cell (setNumberFormats, setBackgrounds…), shape-checked. */
export function setStyles(r: Rect, method: string, style: Style, values: unknown): void {
  const rows = shaped(r, method, values);
  eachCell(r, (cell, i, j) => {
    const v = rows[i]?.[j];
    if (v === null || v === undefined) delete cell[style];
    else cell[style] = String(v);
  });
}

export function setWrap(r: Rect, wrap: boolean): void {
  eachCell(r, (cell) => {
    cell.wrap = wrap;
  });
}

/** Drops every format of a cell (clear with formatOnly). */
export function clearFormats(cell: Cell): void {
  delete cell.format;
  delete cell.background;
  delete cell.fontColor;
  delete cell.fontWeight;
  delete cell.fontStyle;
  delete cell.horizontalAlignment;
  delete cell.wrap;
}
