/**
 * Range formats (a link of RangeImpl, see range-base.ts): number formats, backgrounds, font colours
 * and weights, horizontal alignment, wrap; and the helpers clear/copyTo use to drop or copy them.
 *
 * Source: Range reference. What an unformatted cell reports (background "#ffffff", font colour
 * "#000000", weight "normal", number format AUTOMATIC_FORMAT) and null resetting a format are
 * modelled.
 */
import type { Cell } from './cell';
import { AUTOMATIC_FORMAT } from './number-format';
import { RangeValues } from './range-values';

export abstract class RangeFormats extends RangeValues {
  // ---- number formats ----

  getNumberFormat(): string {
    return this._sheet.cell(this._row, this._col)?.format ?? AUTOMATIC_FORMAT;
  }

  getNumberFormats(): string[][] {
    return this._map((cell) => cell?.format ?? AUTOMATIC_FORMAT);
  }

  setNumberFormat(numberFormat: string): this {
    this._each((cell) => {
      cell.format = String(numberFormat);
    });
    return this;
  }

  setNumberFormats(numberFormats: string[][]): this {
    const rows = this._shape('setNumberFormats', numberFormats);
    this._each((cell, r, c) => {
      cell.format = String(rows[r]?.[c]);
    });
    return this;
  }

  // ---- backgrounds ----

  getBackground(): string {
    return this._sheet.cell(this._row, this._col)?.background ?? '#ffffff';
  }

  getBackgrounds(): string[][] {
    return this._map((cell) => cell?.background ?? '#ffffff');
  }

  setBackground(color: string | null): this {
    this._each((cell) => {
      if (color === null) delete cell.background;
      else cell.background = String(color);
    });
    return this;
  }

  setBackgrounds(color: (string | null)[][]): this {
    const rows = this._shape('setBackgrounds', color);
    this._each((cell, r, c) => {
      const v = rows[r]?.[c];
      if (v === null || v === undefined) delete cell.background;
      else cell.background = String(v);
    });
    return this;
  }

  // ---- fonts ----

  getFontColor(): string {
    return this._sheet.cell(this._row, this._col)?.fontColor ?? '#000000';
  }

  getFontColors(): string[][] {
    return this._map((cell) => cell?.fontColor ?? '#000000');
  }

  setFontColor(color: string | null): this {
    this._each((cell) => {
      if (color === null) delete cell.fontColor;
      else cell.fontColor = String(color);
    });
    return this;
  }

  setFontColors(colors: unknown[][]): this {
    const rows = this._shape('setFontColors', colors);
    this._each((cell, r, c) => {
      const v = rows[r]?.[c];
      if (v === null || v === undefined) delete cell.fontColor;
      else cell.fontColor = String(v);
    });
    return this;
  }

  getFontWeight(): 'normal' | 'bold' {
    return (this._sheet.cell(this._row, this._col)?.fontWeight as 'bold' | undefined) ?? 'normal';
  }

  getFontWeights(): ('normal' | 'bold')[][] {
    return this._map((cell) => (cell?.fontWeight as 'bold' | undefined) ?? 'normal');
  }

  setFontWeight(fontWeight: 'normal' | 'bold' | null): this {
    this._each((cell) => {
      if (fontWeight === null || fontWeight === 'normal') delete cell.fontWeight;
      else cell.fontWeight = fontWeight;
    });
    return this;
  }

  setFontWeights(fontWeights: ('normal' | 'bold' | null)[][]): this {
    const rows = this._shape('setFontWeights', fontWeights);
    this._each((cell, r, c) => {
      const v = rows[r]?.[c];
      if (v === 'bold') cell.fontWeight = v;
      else delete cell.fontWeight;
    });
    return this;
  }

  // ---- alignment and wrap ----

  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): this {
    this._each((cell) => {
      if (alignment === null || alignment === 'normal') delete cell.horizontalAlignment;
      else cell.horizontalAlignment = alignment;
    });
    return this;
  }

  setWrap(isWrapEnabled: boolean): this {
    this._each((cell) => {
      cell.wrap = isWrapEnabled;
    });
    return this;
  }
}

/** Drops every format of a cell (clear with formatOnly, copyTo before copying formats). */
export function clearFormats(cell: Cell): void {
  delete cell.format;
  delete cell.background;
  delete cell.fontColor;
  delete cell.fontWeight;
  delete cell.fontStyle;
  delete cell.horizontalAlignment;
  delete cell.wrap;
}

/** Copies the formats copyTo carries from one cell to another. */
export function copyFormats(from: Cell, to: Cell): void {
  if (from.format !== undefined) to.format = from.format;
  if (from.background !== undefined) to.background = from.background;
  if (from.fontColor !== undefined) to.fontColor = from.fontColor;
  if (from.fontWeight !== undefined) to.fontWeight = from.fontWeight;
  if (from.horizontalAlignment !== undefined) to.horizontalAlignment = from.horizontalAlignment;
}
