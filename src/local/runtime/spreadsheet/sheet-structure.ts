/**
 * A sheet's structure: inserting and deleting rows and columns (the model moves everything attached
 * to them), frozen rows, and the checks Sheets makes.
 *
 * Sources: Sheet reference; production errors "Those rows are out of bounds.", "Sorry, it is not
 * possible to delete all non-frozen rows.". Inserted rows/columns take the formats and validation of
 * the row/column they are inserted next to (as Sheets does when inserting; model.ts).
 */
import type { Dimension } from './grid-range';
import type { SheetModel, SpreadsheetModel } from './model';

export const DEFAULT_COLUMN_WIDTH = 100;

type Fail = (message: string) => never;

const sizeOf = (sheet: SheetModel, dim: Dimension): number =>
  dim === 'ROWS' ? sheet.maxRows : sheet.maxColumns;

export function checkSpan(
  sheet: SheetModel,
  dim: Dimension,
  position: number,
  howMany: number,
  fail: Fail,
): void {
  if (!Number.isInteger(position) || position < 1 || position + howMany - 1 > sizeOf(sheet, dim))
    fail(`Those ${dim === 'ROWS' ? 'rows' : 'columns'} are out of bounds.`);
}

/** Inserts `howMany` rows/columns before `before`, formatted like `like` (the neighbour). */
export function insert(
  ss: SpreadsheetModel,
  sheet: SheetModel,
  dim: Dimension,
  at: { readonly position: number; readonly after: boolean },
  howMany: number,
  fail: Fail,
): void {
  checkSpan(sheet, dim, at.position, 1, fail);
  if (!Number.isInteger(howMany) || howMany < 1)
    fail('The number of rows or columns to insert must be at least 1.');
  ss.insert(sheet, dim, at.after ? at.position + 1 : at.position, howMany, at.position);
}

export function remove(
  ss: SpreadsheetModel,
  sheet: SheetModel,
  dim: Dimension,
  position: number,
  howMany: number,
  fail: Fail,
): void {
  checkSpan(sheet, dim, position, howMany, fail);
  const frozen = dim === 'ROWS' ? sheet.frozenRows : sheet.frozenColumns;
  if (sizeOf(sheet, dim) - howMany <= frozen)
    fail(`Sorry, it is not possible to delete all non-frozen ${dim === 'ROWS' ? 'rows' : 'columns'}.`);
  ss.delete(sheet, dim, position, howMany);
}
