/**
 * Ranges of a sheet: getRange in its A1 and numeric forms, with the production checks.
 *
 * Sources: Sheet reference; production errors "The coordinates of the range are outside the
 * dimensions of the sheet.", "The starting row of the range is too small." / "…column…", "The number
 * of rows in the range must be at least 1." / "…columns…", "Range not found".
 */
import { signatureMessage } from '../utilities/utilities';
import { parseA1 } from './a1';
import type { OpenBounds, SheetsEnv } from './env';
import type { SheetModel, SpreadsheetModel } from './model';
import { RangeImpl } from './range';

const OUTSIDE = 'The coordinates of the range are outside the dimensions of the sheet.';

/** A range of `sheet` from A1 notation ("B2:C3", "C:C", "4:4", "A2:C", "'Other sheet'!A1"). */
export function rangeFromA1(env: SheetsEnv, ss: SpreadsheetModel, sheet: SheetModel, a1: string): RangeImpl {
  const ref = parseA1(String(a1));
  if (!ref) env.kernel.fail('Range not found');
  let target = sheet;
  if (ref.sheetName !== undefined && ref.sheetName !== sheet.name) {
    const other = ss.sheetByName(ref.sheetName);
    if (!other) env.kernel.fail('Range not found');
    target = other;
  }
  const openRows = ref.row === undefined;
  const openCols = ref.col === undefined;
  const row = ref.row ?? 1;
  const col = ref.col ?? 1;
  const endRow = ref.endRow ?? target.maxRows;
  const endCol = ref.endCol ?? target.maxColumns;
  if (endRow > target.maxRows || endCol > target.maxColumns) env.kernel.fail(OUTSIDE);
  const open: OpenBounds = {
    rows: openRows,
    cols: openCols,
    endRow: !openRows && !openCols && ref.endRow === undefined,
  };
  return new RangeImpl(env, ss, target, row, col, endRow - row + 1, endCol - col + 1, open);
}

/** getRange(row, column[, numRows[, numColumns]]) with the production checks. */
export function rangeAt(
  env: SheetsEnv,
  ss: SpreadsheetModel,
  sheet: SheetModel,
  args: readonly [unknown, unknown?, unknown?, unknown?],
): RangeImpl {
  const [row, column, numRows, numColumns] = args;
  if (typeof row !== 'number' || typeof column !== 'number')
    env.kernel.fail(
      signatureMessage(
        'SpreadsheetApp.Sheet.getRange',
        args.filter((x) => x !== undefined),
      ),
    );
  const nr = (numRows as number | undefined) ?? 1;
  const nc = (numColumns as number | undefined) ?? 1;
  for (const v of [row, column, nr, nc])
    if (!Number.isInteger(v)) env.kernel.fail(`Cannot convert '${v}' to int.`);
  if (row < 1) env.kernel.fail('The starting row of the range is too small.');
  if (column < 1) env.kernel.fail('The starting column of the range is too small.');
  if (nr < 1) env.kernel.fail('The number of rows in the range must be at least 1.');
  if (nc < 1) env.kernel.fail('The number of columns in the range must be at least 1.');
  if (row + nr - 1 > sheet.maxRows || column + nc - 1 > sheet.maxColumns) env.kernel.fail(OUTSIDE);
  return new RangeImpl(env, ss, sheet, row, column, nr, nc);
}
