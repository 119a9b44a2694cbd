/**
 * Range: a rectangle of one sheet, with fixed coordinates (like the real object, it does not move
 * when rows are inserted above it).
 *
 * RangeImpl is a chain of classes, one file per area of the Range reference:
 * - range-base.ts: coordinates, the shape checks of 2-D setters, geometry (A1, offset, getCell);
 * - range-values.ts: values, display values, formulas, the write path (size limit, validation);
 * - range-formats.ts: number formats, backgrounds, fonts, alignment, wrap;
 * - range-notes-validation.ts: notes and data validation rules;
 * - range-attached.ts: merges, filter, protection, developer metadata;
 * - this file: clearing, copying and sorting, and the check of the whole surface against the real
 *   Range's signatures.
 *
 * Source: Range reference (clear options, copyTo, sort). The sort order (numbers < text < booleans,
 * blanks last) is modelled.
 */
import type { Implements } from '../types';
import type { Cell, Scalar } from './cell';
import { RangeAttached } from './range-attached';
import { clearFormats, copyFormats } from './range-formats';

export { MAX_CELL_CHARS } from './range-values';

type R = GoogleAppsScript.Spreadsheet.Range;

export class RangeImpl
  extends RangeAttached
  implements
    Implements<
      R,
      | 'activate'
      | 'addDeveloperMetadata'
      | 'breakApart'
      | 'canEdit'
      | 'clear'
      | 'clearContent'
      | 'clearDataValidations'
      | 'clearFormat'
      | 'clearNote'
      | 'createDeveloperMetadataFinder'
      | 'createFilter'
      | 'getA1Notation'
      | 'getBackground'
      | 'getBackgrounds'
      | 'getCell'
      | 'getColumn'
      | 'getDataValidation'
      | 'getDataValidations'
      | 'getDeveloperMetadata'
      | 'getDisplayValue'
      | 'getDisplayValues'
      | 'getFilter'
      | 'getFontColor'
      | 'getFontColors'
      | 'getFontWeight'
      | 'getFontWeights'
      | 'getFormula'
      | 'getFormulas'
      | 'getGridId'
      | 'getHeight'
      | 'getLastColumn'
      | 'getLastRow'
      | 'getMergedRanges'
      | 'getNote'
      | 'getNotes'
      | 'getNumColumns'
      | 'getNumRows'
      | 'getNumberFormat'
      | 'getNumberFormats'
      | 'getRow'
      | 'getRowIndex'
      | 'getSheet'
      | 'getValue'
      | 'getValues'
      | 'getWidth'
      | 'isBlank'
      | 'isEndColumnBounded'
      | 'isEndRowBounded'
      | 'isPartOfMerge'
      | 'isStartColumnBounded'
      | 'isStartRowBounded'
      | 'merge'
      | 'mergeAcross'
      | 'mergeVertically'
      | 'offset'
      | 'protect'
      | 'setBackground'
      | 'setBackgrounds'
      | 'setDataValidation'
      | 'setDataValidations'
      | 'setFontColor'
      | 'setFontColors'
      | 'setFontWeight'
      | 'setFontWeights'
      | 'setFormula'
      | 'setFormulas'
      | 'setHorizontalAlignment'
      | 'setNote'
      | 'setNotes'
      | 'setNumberFormat'
      | 'setNumberFormats'
      | 'setValue'
      | 'setValues'
      | 'setWrap'
      | 'copyTo'
    >
{
  protected override _range(row: number, col: number, numRows: number, numCols: number): RangeImpl {
    return new RangeImpl(this._env, this._ss, this._sheet, row, col, numRows, numCols);
  }

  // ---- clearing ----

  clear(options?: {
    commentsOnly?: boolean;
    contentsOnly?: boolean;
    formatOnly?: boolean;
    validationsOnly?: boolean;
    skipFilteredRows?: boolean;
  }): RangeImpl {
    const o = options ?? {};
    const any = o.commentsOnly || o.contentsOnly || o.formatOnly || o.validationsOnly;
    const contents = !any || o.contentsOnly;
    const formats = !any || o.formatOnly;
    this._each((cell) => {
      if (contents) {
        cell.value = '';
        delete cell.formula;
      }
      if (formats) clearFormats(cell);
      if (o.commentsOnly) delete cell.note;
      if (o.validationsOnly) delete cell.validation;
    });
    return this;
  }

  clearContent(): RangeImpl {
    return this.clear({ contentsOnly: true });
  }

  clearFormat(): RangeImpl {
    return this.clear({ formatOnly: true });
  }

  // ---- copy and sort ----

  /** Copies values, formulas and formats (or only one of them) to the top-left of `destination`. */
  copyTo(
    destination: RangeImpl,
    options?: { formatOnly?: boolean; contentsOnly?: boolean } | string,
    _transposed?: boolean,
  ): void {
    const o = typeof options === 'object' && options !== null ? options : {};
    const source = this._map((cell) => (cell ? { ...cell } : undefined));
    source.forEach((row, r) => {
      row.forEach((cell, c) => {
        const target = destination._sheet.cellForWrite(destination._row + r, destination._col + c);
        if (!o.formatOnly) {
          target.value = cell?.value ?? '';
          if (cell?.formula === undefined) delete target.formula;
          else target.formula = cell.formula;
        }
        if (!o.contentsOnly) {
          clearFormats(target);
          if (cell) copyFormats(cell, target);
        }
      });
    });
  }

  /** Sorts the range's rows by one column (absolute column number). */
  _sortRows(column: number, ascending: boolean): void {
    const idx = column - this._col;
    const rows = Array.from(
      { length: this._numRows },
      (_x, r) =>
        this._sheet.rows[this._row + r - 1]?.slice(this._col - 1, this._col - 1 + this._numCols) ?? [],
    );
    const key = (row: (Cell | undefined)[]): Scalar => row[idx]?.value ?? '';
    rows.sort((a, b) => compareCells(key(a), key(b)) * (ascending ? 1 : -1));
    rows.forEach((row, r) => {
      const target = this._sheet.rows[this._row + r - 1] ?? [];
      this._sheet.rows[this._row + r - 1] = target;
      for (let c = 0; c < this._numCols; c++) target[this._col - 1 + c] = row[c];
    });
  }

  sort(sortSpecObj: unknown): RangeImpl {
    const specs = (Array.isArray(sortSpecObj) ? sortSpecObj : [sortSpecObj]).map((s) =>
      typeof s === 'number'
        ? { column: s, ascending: true }
        : {
            column: Number((s as { column: number }).column),
            ascending: (s as { ascending?: boolean }).ascending !== false,
          },
    );
    for (const s of [...specs].reverse()) this._sortRows(s.column, s.ascending);
    return this;
  }
}

/** Sheets sort order: numbers < text < booleans, blanks last. */
export function compareCells(a: Scalar, b: Scalar): number {
  const rank = (v: Scalar): number =>
    v === '' ? 3 : typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2;
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b));
}
