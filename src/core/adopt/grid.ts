/**
 * The tab as the adopt core sees it: the values of the sheet from A1 (one array per row, ragged rows
 * allowed) and, optionally, its merged ranges. Row and column indexes are 0-based; messages show
 * A1-style references so an officer can find the cell.
 */
import { isBlank } from '../dates/parse';

export type Grid = readonly (readonly unknown[])[];

/** A merged range, 0-based, as the sheet reports it. */
export interface MergedRange {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

export function cellAt(grid: Grid, row: number, column: number): unknown {
  const r = grid[row];
  return Array.isArray(r) ? r[column] : undefined;
}

export function isBlankCell(value: unknown): boolean {
  return isBlank(value);
}

/** The row's cells as trimmed text ('' for blank): what a header cell says. */
export function cellText(value: unknown): string {
  if (isBlank(value)) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/** One past the last non-blank column of a row. */
export function rowWidth(grid: Grid, row: number): number {
  const r = grid[row];
  if (!Array.isArray(r)) return 0;
  for (let c = r.length - 1; c >= 0; c--) if (!isBlank(r[c])) return c + 1;
  return 0;
}

export function isBlankRow(grid: Grid, row: number): boolean {
  return rowWidth(grid, row) === 0;
}

/** Column letters as the sheet shows them: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(column: number): string {
  let n = Math.max(0, Math.floor(column)) + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "C12" for row 11, column 2 (0-based). */
export function a1(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
}

/** True when the grid is an array of arrays: anything else is treated as an empty tab, never thrown at. */
export function isGrid(value: unknown): value is Grid {
  return Array.isArray(value);
}
