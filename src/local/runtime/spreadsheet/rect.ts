/**
 * The rectangle a Range stands for, and what every concern module (range-values, range-formats,
 * range-notes, range-attached, range-edit) does with it: walk its cells, check a 2-D argument
 * against its shape with the production messages.
 *
 * Sources: Range reference; production errors "The number of rows in the data does not match the
 * number of rows in the range. The data has X but the range has Y." (and the same for columns),
 * "The parameters (…) don't match the method signature for SpreadsheetApp.Range.setValues.".
 */
import { signatureMessage } from '../utilities/utilities';
import type { Cell } from './cell';
import type { OpenBounds, SheetsEnv } from './env';
import type { GridRange } from './grid-range';
import type { SheetModel, SpreadsheetModel } from './model';

export type Grid<T> = T[][];

export interface Rect {
  readonly _env: SheetsEnv;
  readonly _ss: SpreadsheetModel;
  readonly _sheet: SheetModel;
  readonly _row: number;
  readonly _col: number;
  readonly _numRows: number;
  readonly _numCols: number;
  readonly _open: OpenBounds;
}

export function gridOf(r: Rect): GridRange {
  return { sheetId: r._sheet.id, row: r._row, col: r._col, numRows: r._numRows, numCols: r._numCols };
}

export function fail(r: Rect, message: string): never {
  return r._env.kernel.fail(message);
}

/** The stored cell at the rectangle's top-left corner (what the singular getters read). */
export const topLeft = (r: Rect): Cell | undefined => r._sheet.cell(r._row, r._col);

export function mapCells<T>(r: Rect, fn: (cell: Cell | undefined, row: number, col: number) => T): Grid<T> {
  const out: Grid<T> = [];
  for (let i = 0; i < r._numRows; i++) {
    const line: T[] = [];
    for (let j = 0; j < r._numCols; j++)
      line.push(fn(r._sheet.cell(r._row + i, r._col + j), r._row + i, r._col + j));
    out.push(line);
  }
  return out;
}

/** Every cell, created when missing; `i`, `j` are 0-based within the rectangle. */
export function eachCell(r: Rect, fn: (cell: Cell, i: number, j: number) => void): void {
  for (let i = 0; i < r._numRows; i++)
    for (let j = 0; j < r._numCols; j++) fn(r._sheet.cellForWrite(r._row + i, r._col + j), i, j);
}

/** A 2-D argument of a setter checked against the rectangle's shape. */
export function shaped(r: Rect, method: string, data: unknown): unknown[][] {
  if (!Array.isArray(data) || data.some((row) => !Array.isArray(row)))
    fail(r, signatureMessage(`SpreadsheetApp.Range.${method}`, [data]));
  const rows = data as unknown[][];
  if (rows.length !== r._numRows)
    fail(
      r,
      `The number of rows in the data does not match the number of rows in the range. The data has ${rows.length} but the range has ${r._numRows}.`,
    );
  for (const row of rows)
    if (row.length !== r._numCols)
      fail(
        r,
        `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${r._numCols}.`,
      );
  return rows;
}

/** `value` in every cell, as setValue/setNote/… on a multi-cell range write it. */
export const filled = <T>(r: Rect, value: T): T[][] =>
  Array.from({ length: r._numRows }, () => Array.from({ length: r._numCols }, () => value));
