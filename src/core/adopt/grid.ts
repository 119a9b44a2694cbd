/**
 * The tab as the adopt core sees it: the values of the sheet from A1 (one array per row, ragged rows
 * allowed) and, optionally, its merged ranges. Row and column indexes are 0-based; messages show
 * A1-style references so an officer can find the cell.
 */
import { columnLetters } from '../cells';
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

/** What a header or title cell says: its text trimmed, a number or TRUE/FALSE as written, '' for anything else. */
export function headerText(value: unknown): string {
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

/** "C12" for row 11, column 2 (0-based). */
export function a1(row: number, column: number): string {
  return `${columnLetters(column + 1)}${row + 1}`;
}

/** True when the grid is an array of arrays: anything else is treated as an empty tab, never thrown at. */
export function isGrid(value: unknown): value is Grid {
  return Array.isArray(value);
}
