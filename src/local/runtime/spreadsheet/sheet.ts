/**
 * Sheet: one tab of the spreadsheet.
 *
 * Sources: Sheet reference; production errors "A sheet with the name \"X\" already exists. Please
 * enter another name.", "The coordinates of the range are outside the dimensions of the sheet.",
 * "The starting row of the range is too small." / "…column…", "The number of rows in the range must
 * be at least 1." / "…columns…", "Range not found", "Those rows are out of bounds.",
 * "Sorry, it is not possible to delete all non-frozen rows.". Inserted rows/columns take the formats
 * and validation of the row/column they are inserted next to (as Sheets does when inserting).
 */
import { SPEC } from '../kernel';
import type { Implements } from '../types';
import { signatureMessage } from '../utilities/utilities';
import { parseA1 } from './a1';
import { FilterImpl, NamedRangeImpl, ProtectionImpl, protect } from './attached';
import { ConditionalFormatRuleImpl } from './conditional-format';
import {
  addMetadata,
  DeveloperMetadataFinderImpl,
  type DeveloperMetadataImpl,
  metadataAt,
} from './developer-metadata';
import { type OpenBounds, type SheetsEnv, sheetsSpec } from './env';
import type { SheetModel, SpreadsheetModel } from './model';
import { RangeImpl } from './range';
import type { SpreadsheetImpl } from './spreadsheet';

type SH = GoogleAppsScript.Spreadsheet.Sheet;

const SHEET_SPEC = sheetsSpec('Sheet');
export const DEFAULT_COLUMN_WIDTH = 100;
export const DEFAULT_ROW_HEIGHT = 21;

export function duplicateSheetName(name: string): string {
  return `A sheet with the name "${name}" already exists. Please enter another name.`;
}

export class SheetImpl
  implements
    Implements<
      SH,
      | 'activate'
      | 'addDeveloperMetadata'
      | 'appendRow'
      | 'clear'
      | 'clearConditionalFormatRules'
      | 'clearContents'
      | 'clearFormats'
      | 'clearNotes'
      | 'createDeveloperMetadataFinder'
      | 'deleteColumn'
      | 'deleteColumns'
      | 'deleteRow'
      | 'deleteRows'
      | 'getActiveCell'
      | 'getActiveRange'
      | 'getColumnWidth'
      | 'getConditionalFormatRules'
      | 'getCurrentCell'
      | 'getDataRange'
      | 'getDeveloperMetadata'
      | 'getFilter'
      | 'getFrozenColumns'
      | 'getFrozenRows'
      | 'getIndex'
      | 'getLastColumn'
      | 'getLastRow'
      | 'getMaxColumns'
      | 'getMaxRows'
      | 'getName'
      | 'getNamedRanges'
      | 'getParent'
      | 'getProtections'
      | 'getRange'
      | 'getRowHeight'
      | 'getSheetId'
      | 'getSheetName'
      | 'getSheetValues'
      | 'getTabColor'
      | 'getType'
      | 'hideColumns'
      | 'hideRows'
      | 'hideSheet'
      | 'insertColumnAfter'
      | 'insertColumnBefore'
      | 'insertColumns'
      | 'insertColumnsAfter'
      | 'insertColumnsBefore'
      | 'insertRowAfter'
      | 'insertRowBefore'
      | 'insertRows'
      | 'insertRowsAfter'
      | 'insertRowsBefore'
      | 'isColumnHiddenByUser'
      | 'isRowHiddenByUser'
      | 'isSheetHidden'
      | 'protect'
      | 'setActiveRange'
      | 'setActiveSelection'
      | 'setColumnWidth'
      | 'setColumnWidths'
      | 'setConditionalFormatRules'
      | 'setFrozenColumns'
      | 'setFrozenRows'
      | 'setName'
      | 'setRowHeight'
      | 'setTabColor'
      | 'showColumns'
      | 'showRows'
      | 'showSheet'
      | 'sort'
      | 'autoResizeColumns'
    >
{
  readonly [SPEC] = SHEET_SPEC;

  constructor(
    readonly _env: SheetsEnv,
    readonly _ss: SpreadsheetModel,
    readonly _sheet: SheetModel,
  ) {}

  #fail(message: string): never {
    return this._env.kernel.fail(message);
  }

  #range(row: number, col: number, numRows: number, numCols: number, open?: OpenBounds): RangeImpl {
    return new RangeImpl(this._env, this._ss, this._sheet, row, col, numRows, numCols, open);
  }

  // ---- identity ----

  getName(): string {
    return this._sheet.name;
  }

  getSheetName(): string {
    return this._sheet.name;
  }

  setName(name: string): SheetImpl {
    const n = String(name);
    if (n.trim() === '') this.#fail('Sheet names cannot be blank.');
    if (this._ss.sheets.some((s) => s !== this._sheet && s.name.toLowerCase() === n.toLowerCase()))
      this.#fail(duplicateSheetName(n));
    this._sheet.name = n;
    return this;
  }

  getSheetId(): number {
    return this._sheet.id;
  }

  getIndex(): number {
    return this._ss.sheets.indexOf(this._sheet) + 1;
  }

  getParent(): SpreadsheetImpl {
    return this._env.make.spreadsheet(this._ss);
  }

  getType(): string {
    return 'GRID';
  }

  activate(): SheetImpl {
    this._ss.activeSheetId = this._sheet.id;
    this._ss.activeRange = undefined;
    this._sheet.hidden = false;
    return this;
  }

  getTabColor(): string | null {
    return this._sheet.tabColor;
  }

  setTabColor(color: string | null): SheetImpl {
    this._sheet.tabColor = color;
    return this;
  }

  // ---- size ----

  getLastRow(): number {
    return this._sheet.lastRow();
  }

  getLastColumn(): number {
    return this._sheet.lastColumn();
  }

  getMaxRows(): number {
    return this._sheet.maxRows;
  }

  getMaxColumns(): number {
    return this._sheet.maxColumns;
  }

  // ---- ranges ----

  /** getRange(a1) | getRange(row, column[, numRows[, numColumns]]) with the production checks. */
  getRange(a: string | number, column?: number, numRows?: number, numColumns?: number): RangeImpl {
    if (typeof a === 'string') return this._rangeFromA1(a);
    if (typeof a !== 'number' || typeof column !== 'number')
      this.#fail(
        signatureMessage(
          'SpreadsheetApp.Sheet.getRange',
          [a, column, numRows, numColumns].filter((x) => x !== undefined),
        ),
      );
    const nr = numRows ?? 1;
    const nc = numColumns ?? 1;
    for (const v of [a, column, nr, nc])
      if (!Number.isInteger(v)) this.#fail(`Cannot convert '${v}' to int.`);
    if (a < 1) this.#fail('The starting row of the range is too small.');
    if ((column as number) < 1) this.#fail('The starting column of the range is too small.');
    if (nr < 1) this.#fail('The number of rows in the range must be at least 1.');
    if (nc < 1) this.#fail('The number of columns in the range must be at least 1.');
    if (a + nr - 1 > this._sheet.maxRows || (column as number) + nc - 1 > this._sheet.maxColumns) {
      this.#fail('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return this.#range(a, column as number, nr, nc);
  }

  _rangeFromA1(a1: string): RangeImpl {
    const ref = parseA1(String(a1));
    if (!ref) this.#fail('Range not found');
    const r = ref as NonNullable<typeof ref>;
    let sheet = this._sheet;
    if (r.sheetName !== undefined && r.sheetName !== sheet.name) {
      const other = this._ss.sheetByName(r.sheetName);
      if (!other) this.#fail('Range not found');
      sheet = other as SheetModel;
    }
    const openRows = r.row === undefined;
    const openCols = r.col === undefined;
    const row = r.row ?? 1;
    const col = r.col ?? 1;
    const endRow = r.endRow ?? sheet.maxRows;
    const endCol = r.endCol ?? sheet.maxColumns;
    if (endRow > sheet.maxRows || endCol > sheet.maxColumns)
      this.#fail('The coordinates of the range are outside the dimensions of the sheet.');
    const open: OpenBounds = {
      rows: openRows,
      cols: openCols,
      endRow: !openRows && !openCols && r.endRow === undefined,
    };
    return new RangeImpl(this._env, this._ss, sheet, row, col, endRow - row + 1, endCol - col + 1, open);
  }

  getDataRange(): RangeImpl {
    return this.#range(1, 1, Math.max(1, this._sheet.lastRow()), Math.max(1, this._sheet.lastColumn()));
  }

  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    const nr = numRows === -1 ? this._sheet.lastRow() - startRow + 1 : numRows;
    const nc = numColumns === -1 ? this._sheet.lastColumn() - startColumn + 1 : numColumns;
    return this.getRange(startRow, startColumn, nr, nc).getValues();
  }

  getActiveRange(): RangeImpl | null {
    const a = this._ss.activeRange;
    if (!a || a.sheetId !== this._sheet.id)
      return this._ss.activeSheetId === this._sheet.id ? this.#range(1, 1, 1, 1) : null;
    return this.#range(a.row, a.col, a.numRows, a.numCols);
  }

  getActiveCell(): RangeImpl {
    const a = this.getActiveRange();
    return a ? this.#range(a._row, a._col, 1, 1) : this.#range(1, 1, 1, 1);
  }

  getCurrentCell(): RangeImpl | null {
    const a = this.getActiveRange();
    return a ? this.#range(a._row, a._col, 1, 1) : null;
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

  // ---- rows and columns ----

  #checkRows(position: number, howMany = 1): void {
    if (!Number.isInteger(position) || position < 1 || position + howMany - 1 > this._sheet.maxRows)
      this.#fail('Those rows are out of bounds.');
  }

  #checkColumns(position: number, howMany = 1): void {
    if (!Number.isInteger(position) || position < 1 || position + howMany - 1 > this._sheet.maxColumns)
      this.#fail('Those columns are out of bounds.');
  }

  #count(howMany: number): number {
    if (!Number.isInteger(howMany) || howMany < 1)
      this.#fail('The number of rows or columns to insert must be at least 1.');
    return howMany;
  }

  insertRowsAfter(afterPosition: number, howMany: number): SheetImpl {
    this.#checkRows(afterPosition);
    this._ss.insert(this._sheet, 'ROWS', afterPosition + 1, this.#count(howMany), afterPosition);
    return this;
  }

  insertRowsBefore(beforePosition: number, howMany: number): SheetImpl {
    this.#checkRows(beforePosition);
    this._ss.insert(this._sheet, 'ROWS', beforePosition, this.#count(howMany), beforePosition);
    return this;
  }

  insertRowAfter(afterPosition: number): SheetImpl {
    return this.insertRowsAfter(afterPosition, 1);
  }

  insertRowBefore(beforePosition: number): SheetImpl {
    return this.insertRowsBefore(beforePosition, 1);
  }

  insertRows(rowIndex: number, numRows = 1): void {
    this.insertRowsBefore(rowIndex, numRows);
  }

  deleteRows(rowPosition: number, howMany: number): void {
    this.#checkRows(rowPosition, howMany);
    if (this._sheet.maxRows - howMany <= this._sheet.frozenRows)
      this.#fail('Sorry, it is not possible to delete all non-frozen rows.');
    this._ss.delete(this._sheet, 'ROWS', rowPosition, howMany);
  }

  deleteRow(rowPosition: number): SheetImpl {
    this.deleteRows(rowPosition, 1);
    return this;
  }

  insertColumnsAfter(afterPosition: number, howMany: number): SheetImpl {
    this.#checkColumns(afterPosition);
    this._ss.insert(this._sheet, 'COLUMNS', afterPosition + 1, this.#count(howMany), afterPosition);
    return this;
  }

  insertColumnsBefore(beforePosition: number, howMany: number): SheetImpl {
    this.#checkColumns(beforePosition);
    this._ss.insert(this._sheet, 'COLUMNS', beforePosition, this.#count(howMany), beforePosition);
    return this;
  }

  insertColumnAfter(afterPosition: number): SheetImpl {
    return this.insertColumnsAfter(afterPosition, 1);
  }

  insertColumnBefore(beforePosition: number): SheetImpl {
    return this.insertColumnsBefore(beforePosition, 1);
  }

  insertColumns(columnIndex: number, numColumns = 1): void {
    this.insertColumnsBefore(columnIndex, numColumns);
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    this.#checkColumns(columnPosition, howMany);
    if (this._sheet.maxColumns - howMany <= this._sheet.frozenColumns)
      this.#fail('Sorry, it is not possible to delete all non-frozen columns.');
    this._ss.delete(this._sheet, 'COLUMNS', columnPosition, howMany);
  }

  deleteColumn(columnPosition: number): SheetImpl {
    this.deleteColumns(columnPosition, 1);
    return this;
  }

  /** Writes a row after the last row with content, growing the sheet if needed. */
  appendRow(rowContents: unknown[]): SheetImpl {
    if (!Array.isArray(rowContents))
      this.#fail(signatureMessage('SpreadsheetApp.Sheet.appendRow', [rowContents]));
    const row = this._sheet.lastRow() + 1;
    if (row > this._sheet.maxRows) this._ss.insert(this._sheet, 'ROWS', this._sheet.maxRows + 1, 1);
    if (rowContents.length > this._sheet.maxColumns)
      this._ss.insert(
        this._sheet,
        'COLUMNS',
        this._sheet.maxColumns + 1,
        rowContents.length - this._sheet.maxColumns,
      );
    if (rowContents.length > 0) this.#range(row, 1, 1, rowContents.length)._write([rowContents]);
    return this;
  }

  getFrozenRows(): number {
    return this._sheet.frozenRows;
  }

  setFrozenRows(rows: number): void {
    if (rows >= this._sheet.maxRows) this.#fail("You can't freeze all visible rows on the sheet.");
    this._sheet.frozenRows = rows;
  }

  getFrozenColumns(): number {
    return this._sheet.frozenColumns;
  }

  setFrozenColumns(columns: number): void {
    if (columns >= this._sheet.maxColumns) this.#fail("You can't freeze all visible columns on the sheet.");
    this._sheet.frozenColumns = columns;
  }

  getColumnWidth(columnPosition: number): number {
    return this._sheet.columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }

  setColumnWidth(columnPosition: number, width: number): SheetImpl {
    this.#checkColumns(columnPosition);
    this._sheet.columnWidths.set(columnPosition, width);
    return this;
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): SheetImpl {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.setColumnWidth(c, width);
    return this;
  }

  autoResizeColumns(_startColumn: number, _numColumns: number): SheetImpl {
    return this;
  }

  getRowHeight(rowPosition: number): number {
    return this._sheet.rowHeights.get(rowPosition) ?? DEFAULT_ROW_HEIGHT;
  }

  setRowHeight(rowPosition: number, height: number): SheetImpl {
    this.#checkRows(rowPosition);
    this._sheet.rowHeights.set(rowPosition, height);
    return this;
  }

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

  // ---- visibility ----

  hideSheet(): SheetImpl {
    if (this._ss.sheets.filter((s) => !s.hidden && s !== this._sheet).length === 0)
      this.#fail("You can't hide all the sheets in a document.");
    this._sheet.hidden = true;
    return this;
  }

  showSheet(): SheetImpl {
    this._sheet.hidden = false;
    return this;
  }

  isSheetHidden(): boolean {
    return this._sheet.hidden;
  }

  // ---- clearing, sorting ----

  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): SheetImpl {
    this.#range(1, 1, this._sheet.maxRows, this._sheet.maxColumns).clear(options);
    return this;
  }

  clearContents(): SheetImpl {
    return this.clear({ contentsOnly: true });
  }

  clearFormats(): SheetImpl {
    return this.clear({ formatOnly: true });
  }

  clearNotes(): SheetImpl {
    this.#range(1, 1, this._sheet.maxRows, this._sheet.maxColumns).clearNote();
    return this;
  }

  sort(columnPosition: number, ascending = true): SheetImpl {
    const first = this._sheet.frozenRows + 1;
    const last = this._sheet.lastRow();
    if (last >= first)
      this.#range(first, 1, last - first + 1, Math.max(1, this._sheet.lastColumn()))._sortRows(
        columnPosition,
        ascending,
      );
    return this;
  }

  // ---- conditional formats ----

  getConditionalFormatRules(): ConditionalFormatRuleImpl[] {
    return this._sheet.conditionalFormats.map(
      (m) =>
        new ConditionalFormatRuleImpl({
          condition: m.condition,
          format: m.format,
          ranges: m.ranges.map((g) => {
            const sheet = this._ss.sheetById(g.sheetId) ?? this._sheet;
            return new RangeImpl(this._env, this._ss, sheet, g.row, g.col, g.numRows, g.numCols);
          }),
        }),
    );
  }

  setConditionalFormatRules(rules: ConditionalFormatRuleImpl[]): void {
    this._sheet.conditionalFormats = rules.map((r) => r._toModel());
  }

  clearConditionalFormatRules(): void {
    this._sheet.conditionalFormats = [];
  }

  // ---- protections, filters, named ranges ----

  protect(): ProtectionImpl {
    return protect(this._env, this._ss, this._sheet, 'SHEET', this._sheet.whole());
  }

  getProtections(type: string): ProtectionImpl[] {
    return this._sheet.protections
      .filter((p) => p.type === type)
      .map((p) => new ProtectionImpl(this._env, this._ss, this._sheet, p));
  }

  getFilter(): FilterImpl | null {
    return this._sheet.filter ? new FilterImpl(this._env, this._ss, this._sheet, this._sheet.filter) : null;
  }

  getNamedRanges(): NamedRangeImpl[] {
    return this._ss.namedRanges
      .filter((n) => n.range.sheetId === this._sheet.id)
      .map((n) => new NamedRangeImpl(this._env, this._ss, n));
  }

  // ---- developer metadata ----

  addDeveloperMetadata(key: string, valueOrVisibility?: unknown, visibility?: unknown): SheetImpl {
    const args = [key, valueOrVisibility, visibility].slice(
      0,
      visibility !== undefined ? 3 : valueOrVisibility !== undefined ? 2 : 1,
    );
    addMetadata(this._env, this._ss, { type: 'SHEET', sheetId: this._sheet.id }, args);
    return this;
  }

  getDeveloperMetadata(): DeveloperMetadataImpl[] {
    return metadataAt(this._env, this._ss, { type: 'SHEET', sheetId: this._sheet.id });
  }

  createDeveloperMetadataFinder(): DeveloperMetadataFinderImpl {
    return new DeveloperMetadataFinderImpl(this._env, this._ss, { kind: 'sheet', sheetId: this._sheet.id });
  }
}
