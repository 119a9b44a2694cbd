/**
 * Sheet structure (a link of SheetImpl, see sheet-base.ts): inserting and deleting rows and columns,
 * frozen rows and columns, row heights and column widths, hidden rows and columns.
 *
 * Sources: Sheet reference; production errors "Those rows are out of bounds.", "Sorry, it is not
 * possible to delete all non-frozen rows.". Inserted rows/columns take the formats and validation of
 * the row/column they are inserted next to (as Sheets does when inserting; model.ts).
 */
import { SheetRanges } from './sheet-ranges';

export const DEFAULT_COLUMN_WIDTH = 100;
export const DEFAULT_ROW_HEIGHT = 21;

export class SheetStructure extends SheetRanges {
  #checkRows(position: number, howMany = 1): void {
    if (!Number.isInteger(position) || position < 1 || position + howMany - 1 > this._sheet.maxRows)
      this._fail('Those rows are out of bounds.');
  }

  #checkColumns(position: number, howMany = 1): void {
    if (!Number.isInteger(position) || position < 1 || position + howMany - 1 > this._sheet.maxColumns)
      this._fail('Those columns are out of bounds.');
  }

  #count(howMany: number): number {
    if (!Number.isInteger(howMany) || howMany < 1)
      this._fail('The number of rows or columns to insert must be at least 1.');
    return howMany;
  }

  // ---- rows ----

  insertRowsAfter(afterPosition: number, howMany: number): this {
    this.#checkRows(afterPosition);
    this._ss.insert(this._sheet, 'ROWS', afterPosition + 1, this.#count(howMany), afterPosition);
    return this;
  }

  insertRowsBefore(beforePosition: number, howMany: number): this {
    this.#checkRows(beforePosition);
    this._ss.insert(this._sheet, 'ROWS', beforePosition, this.#count(howMany), beforePosition);
    return this;
  }

  insertRowAfter(afterPosition: number): this {
    return this.insertRowsAfter(afterPosition, 1);
  }

  insertRowBefore(beforePosition: number): this {
    return this.insertRowsBefore(beforePosition, 1);
  }

  insertRows(rowIndex: number, numRows = 1): void {
    this.insertRowsBefore(rowIndex, numRows);
  }

  deleteRows(rowPosition: number, howMany: number): void {
    this.#checkRows(rowPosition, howMany);
    if (this._sheet.maxRows - howMany <= this._sheet.frozenRows)
      this._fail('Sorry, it is not possible to delete all non-frozen rows.');
    this._ss.delete(this._sheet, 'ROWS', rowPosition, howMany);
  }

  deleteRow(rowPosition: number): this {
    this.deleteRows(rowPosition, 1);
    return this;
  }

  // ---- columns ----

  insertColumnsAfter(afterPosition: number, howMany: number): this {
    this.#checkColumns(afterPosition);
    this._ss.insert(this._sheet, 'COLUMNS', afterPosition + 1, this.#count(howMany), afterPosition);
    return this;
  }

  insertColumnsBefore(beforePosition: number, howMany: number): this {
    this.#checkColumns(beforePosition);
    this._ss.insert(this._sheet, 'COLUMNS', beforePosition, this.#count(howMany), beforePosition);
    return this;
  }

  insertColumnAfter(afterPosition: number): this {
    return this.insertColumnsAfter(afterPosition, 1);
  }

  insertColumnBefore(beforePosition: number): this {
    return this.insertColumnsBefore(beforePosition, 1);
  }

  insertColumns(columnIndex: number, numColumns = 1): void {
    this.insertColumnsBefore(columnIndex, numColumns);
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    this.#checkColumns(columnPosition, howMany);
    if (this._sheet.maxColumns - howMany <= this._sheet.frozenColumns)
      this._fail('Sorry, it is not possible to delete all non-frozen columns.');
    this._ss.delete(this._sheet, 'COLUMNS', columnPosition, howMany);
  }

  deleteColumn(columnPosition: number): this {
    this.deleteColumns(columnPosition, 1);
    return this;
  }

  // ---- frozen rows and columns ----

  getFrozenRows(): number {
    return this._sheet.frozenRows;
  }

  setFrozenRows(rows: number): void {
    if (rows >= this._sheet.maxRows) this._fail("You can't freeze all visible rows on the sheet.");
    this._sheet.frozenRows = rows;
  }

  getFrozenColumns(): number {
    return this._sheet.frozenColumns;
  }

  setFrozenColumns(columns: number): void {
    if (columns >= this._sheet.maxColumns) this._fail("You can't freeze all visible columns on the sheet.");
    this._sheet.frozenColumns = columns;
  }

  // ---- sizes ----

  getColumnWidth(columnPosition: number): number {
    return this._sheet.columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }

  setColumnWidth(columnPosition: number, width: number): this {
    this.#checkColumns(columnPosition);
    this._sheet.columnWidths.set(columnPosition, width);
    return this;
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.setColumnWidth(c, width);
    return this;
  }

  autoResizeColumns(_startColumn: number, _numColumns: number): this {
    return this;
  }

  getRowHeight(rowPosition: number): number {
    return this._sheet.rowHeights.get(rowPosition) ?? DEFAULT_ROW_HEIGHT;
  }

  setRowHeight(rowPosition: number, height: number): this {
    this.#checkRows(rowPosition);
    this._sheet.rowHeights.set(rowPosition, height);
    return this;
  }

  // ---- hidden rows and columns ----

  hideRows(rowIndex: number, numRows = 1): void {
    this.#checkRows(rowIndex, numRows);
    for (let r = rowIndex; r < rowIndex + numRows; r++) this._sheet.hiddenRows.add(r);
  }

  showRows(rowIndex: number, numRows = 1): void {
    for (let r = rowIndex; r < rowIndex + numRows; r++) this._sheet.hiddenRows.delete(r);
  }

  isRowHiddenByUser(rowPosition: number): boolean {
    return this._sheet.hiddenRows.has(rowPosition);
  }

  hideColumns(columnIndex: number, numColumns = 1): void {
    this.#checkColumns(columnIndex, numColumns);
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this._sheet.hiddenColumns.add(c);
  }

  showColumns(columnIndex: number, numColumns = 1): void {
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this._sheet.hiddenColumns.delete(c);
  }

  isColumnHiddenByUser(columnPosition: number): boolean {
    return this._sheet.hiddenColumns.has(columnPosition);
  }
}
