/**
 * The first link of RangeImpl (range.ts): the rectangle's coordinates, the cell walks and the shape
 * check every 2-D setter shares, and geometry (A1 notation, sizes, bounds, getCell, offset,
 * activate). The chain, one file per area of the Range reference: range-base → range-values →
 * range-formats → range-notes-validation → range-attached → range.ts.
 *
 * Sources: Range reference; production errors "The number of rows in the data does not match the
 * number of rows in the range. The data has X but the range has Y." (and the same for columns),
 * "The parameters (…) don't match the method signature for SpreadsheetApp.Range.setValues.",
 * "The coordinates of the range are outside the dimensions of the sheet.".
 */
import { SPEC } from '../kernel';
import { signatureMessage } from '../utilities/utilities';
import { toA1 } from './a1';
import type { Cell } from './cell';
import { type OpenBounds, type SheetsEnv, sheetsSpec } from './env';
import type { GridRange } from './grid-range';
import type { SheetModel, SpreadsheetModel } from './model';
import type { RangeImpl } from './range';
import type { SheetImpl } from './sheet';

const RANGE_SPEC = sheetsSpec('Range');

export type Grid<T> = T[][];

export abstract class RangeBase {
  readonly [SPEC] = RANGE_SPEC;

  constructor(
    readonly _env: SheetsEnv,
    readonly _ss: SpreadsheetModel,
    readonly _sheet: SheetModel,
    readonly _row: number,
    readonly _col: number,
    readonly _numRows: number,
    readonly _numCols: number,
    readonly _open: OpenBounds = {},
  ) {}

  /** Another range of the same sheet (RangeImpl builds itself; the links cannot name it). */
  protected abstract _range(row: number, col: number, numRows: number, numCols: number): RangeImpl;

  _grid(): GridRange {
    return {
      sheetId: this._sheet.id,
      row: this._row,
      col: this._col,
      numRows: this._numRows,
      numCols: this._numCols,
    };
  }

  protected _fail(message: string): never {
    return this._env.kernel.fail(message);
  }

  protected _map<T>(fn: (cell: Cell | undefined, row: number, col: number) => T): Grid<T> {
    const out: Grid<T> = [];
    for (let r = 0; r < this._numRows; r++) {
      const line: T[] = [];
      for (let c = 0; c < this._numCols; c++)
        line.push(fn(this._sheet.cell(this._row + r, this._col + c), this._row + r, this._col + c));
      out.push(line);
    }
    return out;
  }

  protected _each(fn: (cell: Cell, r: number, c: number) => void): void {
    for (let r = 0; r < this._numRows; r++) {
      for (let c = 0; c < this._numCols; c++)
        fn(this._sheet.cellForWrite(this._row + r, this._col + c), r, c);
    }
  }

  /** Checks a 2-D argument against the range's shape with the production messages. */
  protected _shape(method: string, data: unknown): unknown[][] {
    if (!Array.isArray(data) || data.some((row) => !Array.isArray(row)))
      this._fail(signatureMessage(`SpreadsheetApp.Range.${method}`, [data]));
    const rows = data as unknown[][];
    if (rows.length !== this._numRows) {
      this._fail(
        `The number of rows in the data does not match the number of rows in the range. The data has ${rows.length} but the range has ${this._numRows}.`,
      );
    }
    for (const row of rows) {
      if (row.length !== this._numCols) {
        this._fail(
          `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this._numCols}.`,
        );
      }
    }
    return rows;
  }

  // ---- geometry ----

  getA1Notation(): string {
    return toA1(
      this._row,
      this._col,
      this._numRows,
      this._numCols,
      this._open.rows,
      this._open.cols,
      this._open.endRow,
    );
  }

  getRow(): number {
    return this._row;
  }

  getRowIndex(): number {
    return this._row;
  }

  getColumn(): number {
    return this._col;
  }

  getNumRows(): number {
    return this._numRows;
  }

  getNumColumns(): number {
    return this._numCols;
  }

  getHeight(): number {
    return this._numRows;
  }

  getWidth(): number {
    return this._numCols;
  }

  getLastRow(): number {
    return this._row + this._numRows - 1;
  }

  getLastColumn(): number {
    return this._col + this._numCols - 1;
  }

  getGridId(): number {
    return this._sheet.id;
  }

  getSheet(): SheetImpl {
    return this._env.make.sheet(this._ss, this._sheet);
  }

  isStartRowBounded(): boolean {
    return !this._open.rows;
  }

  isEndRowBounded(): boolean {
    return !this._open.rows && !this._open.endRow;
  }

  isStartColumnBounded(): boolean {
    return !this._open.cols;
  }

  isEndColumnBounded(): boolean {
    return !this._open.cols;
  }

  canEdit(): boolean {
    return true;
  }

  getCell(row: number, column: number): RangeImpl {
    if (row < 1 || column < 1 || row > this._numRows || column > this._numCols)
      this._fail('The coordinates of the range are outside the dimensions of the sheet.');
    return this._range(this._row + row - 1, this._col + column - 1, 1, 1);
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): RangeImpl {
    const row = this._row + rowOffset;
    const col = this._col + columnOffset;
    const nr = numRows ?? this._numRows;
    const nc = numColumns ?? this._numCols;
    if (row < 1 || col < 1 || row + nr - 1 > this._sheet.maxRows || col + nc - 1 > this._sheet.maxColumns) {
      this._fail('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return this._range(row, col, nr, nc);
  }

  activate(): this {
    this._ss.activeSheetId = this._sheet.id;
    this._ss.activeRange = this._grid();
    this._ss.selection = [this._ss.activeRange];
    return this;
  }
}
