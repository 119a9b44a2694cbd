/**
 * Sheet ranges (a link of SheetImpl, see sheet-base.ts): getRange in its A1 and numeric forms, the
 * data range, the active range and cell.
 *
 * Sources: Sheet reference; production errors "The coordinates of the range are outside the
 * dimensions of the sheet.", "The starting row of the range is too small." / "…column…", "The number
 * of rows in the range must be at least 1." / "…columns…", "Range not found".
 */
import { signatureMessage } from '../utilities/utilities';
import { parseA1 } from './a1';
import type { OpenBounds } from './env';
import type { SheetModel } from './model';
import { RangeImpl } from './range';
import { RangeListImpl } from './range-list';
import { SheetBase } from './sheet-base';

export class SheetRanges extends SheetBase {
  /** getRange(a1) | getRange(row, column[, numRows[, numColumns]]) with the production checks. */
  getRange(a: string | number, column?: number, numRows?: number, numColumns?: number): RangeImpl {
    if (typeof a === 'string') return this._rangeFromA1(a);
    if (typeof a !== 'number' || typeof column !== 'number')
      this._fail(
        signatureMessage(
          'SpreadsheetApp.Sheet.getRange',
          [a, column, numRows, numColumns].filter((x) => x !== undefined),
        ),
      );
    const nr = numRows ?? 1;
    const nc = numColumns ?? 1;
    for (const v of [a, column, nr, nc])
      if (!Number.isInteger(v)) this._fail(`Cannot convert '${v}' to int.`);
    if (a < 1) this._fail('The starting row of the range is too small.');
    if ((column as number) < 1) this._fail('The starting column of the range is too small.');
    if (nr < 1) this._fail('The number of rows in the range must be at least 1.');
    if (nc < 1) this._fail('The number of columns in the range must be at least 1.');
    if (a + nr - 1 > this._sheet.maxRows || (column as number) + nc - 1 > this._sheet.maxColumns) {
      this._fail('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return this._range(a, column as number, nr, nc);
  }

  _rangeFromA1(a1: string): RangeImpl {
    const ref = parseA1(String(a1));
    if (!ref) this._fail('Range not found');
    const r = ref as NonNullable<typeof ref>;
    let sheet = this._sheet;
    if (r.sheetName !== undefined && r.sheetName !== sheet.name) {
      const other = this._ss.sheetByName(r.sheetName);
      if (!other) this._fail('Range not found');
      sheet = other as SheetModel;
    }
    const openRows = r.row === undefined;
    const openCols = r.col === undefined;
    const row = r.row ?? 1;
    const col = r.col ?? 1;
    const endRow = r.endRow ?? sheet.maxRows;
    const endCol = r.endCol ?? sheet.maxColumns;
    if (endRow > sheet.maxRows || endCol > sheet.maxColumns)
      this._fail('The coordinates of the range are outside the dimensions of the sheet.');
    const open: OpenBounds = {
      rows: openRows,
      cols: openCols,
      endRow: !openRows && !openCols && r.endRow === undefined,
    };
    return new RangeImpl(this._env, this._ss, sheet, row, col, endRow - row + 1, endCol - col + 1, open);
  }

  /** A1 ranges of this sheet, as one list (to select them together). */
  getRangeList(a1Notations: string[]): RangeListImpl {
    if (!Array.isArray(a1Notations) || a1Notations.length === 0)
      this._fail(signatureMessage('SpreadsheetApp.Sheet.getRangeList', [a1Notations]));
    return new RangeListImpl(
      this._ss,
      a1Notations.map((a1) => this._rangeFromA1(String(a1))),
    );
  }

  getDataRange(): RangeImpl {
    return this._range(1, 1, Math.max(1, this._sheet.lastRow()), Math.max(1, this._sheet.lastColumn()));
  }

  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    const nr = numRows === -1 ? this._sheet.lastRow() - startRow + 1 : numRows;
    const nc = numColumns === -1 ? this._sheet.lastColumn() - startColumn + 1 : numColumns;
    return this.getRange(startRow, startColumn, nr, nc).getValues();
  }

  // ---- active range ----

  getActiveRange(): RangeImpl | null {
    const a = this._ss.activeRange;
    if (!a || a.sheetId !== this._sheet.id)
      return this._ss.activeSheetId === this._sheet.id ? this._range(1, 1, 1, 1) : null;
    return this._range(a.row, a.col, a.numRows, a.numCols);
  }

  getActiveCell(): RangeImpl {
    const a = this.getActiveRange();
    return a ? this._range(a._row, a._col, 1, 1) : this._range(1, 1, 1, 1);
  }

  getCurrentCell(): RangeImpl | null {
    const a = this.getActiveRange();
    return a ? this._range(a._row, a._col, 1, 1) : null;
  }

  setActiveRange(range: RangeImpl): RangeImpl {
    range.activate();
    return range;
  }

  setActiveSelection(range: RangeImpl | string): RangeImpl {
    const r = typeof range === 'string' ? this._rangeFromA1(range) : range;
    r.activate();
    return r;
  }
}
