/**
 * Clearing and sorting a range's cells.
 *
 * Source: Range reference (clear options, sort). The sort order (numbers < text < booleans, blanks
 * last) is modelled.
 */
import type { Cell, Scalar } from './cell';
import { clearFormats } from './range-formats';
import { eachCell, type Rect } from './rect';

export interface ClearOptions {
  readonly commentsOnly?: boolean;
  readonly contentsOnly?: boolean;
  readonly formatOnly?: boolean;
  readonly validationsOnly?: boolean;
  readonly skipFilteredRows?: boolean;
}

export function clear(r: Rect, o: ClearOptions = {}): void {
  const any = o.commentsOnly || o.contentsOnly || o.formatOnly || o.validationsOnly;
  const contents = !any || o.contentsOnly;
  const formats = !any || o.formatOnly;
  eachCell(r, (cell) => {
    if (contents) {
      cell.value = '';
      delete cell.formula;
    }
    if (formats) clearFormats(cell);
    if (o.commentsOnly) delete cell.note;
    if (o.validationsOnly) delete cell.validation;
  });
}

/** Sheets sort order: numbers < text < booleans, blanks last. */
function compareCells(a: Scalar, b: Scalar): number {
  const rank = (v: Scalar): number =>
    v === '' ? 3 : typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2;
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b));
}

/** Sorts the rectangle's rows by one column (absolute column number). */
export function sortRows(r: Rect, column: number, ascending: boolean): void {
  const { _sheet: sheet } = r;
  const idx = column - r._col;
  const rows = Array.from(
    { length: r._numRows },
    (_x, i) => sheet.rows[r._row + i - 1]?.slice(r._col - 1, r._col - 1 + r._numCols) ?? [],
  );
  const key = (row: (Cell | undefined)[]): Scalar => row[idx]?.value ?? '';
  rows.sort((a, b) => compareCells(key(a), key(b)) * (ascending ? 1 : -1));
  rows.forEach((row, i) => {
    const target = sheet.rows[r._row + i - 1] ?? [];
    sheet.rows[r._row + i - 1] = target;
    for (let j = 0; j < r._numCols; j++) target[r._col - 1 + j] = row[j];
  });
}
