/**
 * Sheet: one tab of the spreadsheet. One class for the Apps Script type; ranges come from
 * sheet-ranges.ts, structural changes go through sheet-structure.ts and the model (which moves what
 * is attached to rows and columns), metadata through developer-metadata.ts.
 *
 * Sources: Sheet reference; production errors "A sheet with the name \"X\" already exists. Please
 * enter another name.", "You can't hide all the sheets in a document.". appendRow growing the sheet
 * when the row does not fit is modelled.
 */
import { SPEC } from '../kernel';
import type { Implements } from '../types';
import { signatureMessage } from '../utilities/utilities';
import { FilterImpl, ProtectionImpl, protect } from './attached';
import { ConditionalFormatRuleImpl } from './conditional-format';
import {
  addMetadata,
  DeveloperMetadataFinderImpl,
  type DeveloperMetadataImpl,
  givenArgs,
  metadataAt,
} from './developer-metadata';
import { type SheetsEnv, sheetsSpec } from './env';
import type { Dimension } from './grid-range';
import type { SheetModel, SpreadsheetModel } from './model';
import { RangeImpl } from './range';
import { clear } from './range-edit';
import { RangeListImpl } from './range-list';
import { writeValues } from './range-values';
import { rangeAt, rangeFromA1 } from './sheet-ranges';
import { checkSpan, DEFAULT_COLUMN_WIDTH, insert, remove } from './sheet-structure';
import type { SpreadsheetImpl } from './spreadsheet';

const SHEET_SPEC = sheetsSpec('Sheet');

export function duplicateSheetName(name: string): string {
  return `A sheet with the name "${name}" already exists. Please enter another name.`;
}

export class SheetImpl
  implements
    Implements<
      GoogleAppsScript.Spreadsheet.Sheet,
      | 'activate'
      | 'addDeveloperMetadata'
      | 'appendRow'
      | 'clear'
      | 'createDeveloperMetadataFinder'
      | 'deleteColumn'
      | 'deleteColumns'
      | 'deleteRow'
      | 'deleteRows'
      | 'getColumnWidth'
      | 'getConditionalFormatRules'
      | 'getDataRange'
      | 'getDeveloperMetadata'
      | 'getFilter'
      | 'getFrozenRows'
      | 'getIndex'
      | 'getLastColumn'
      | 'getLastRow'
      | 'getMaxColumns'
      | 'getMaxRows'
      | 'getName'
      | 'getParent'
      | 'getProtections'
      | 'getRange'
      | 'getRangeList'
      | 'getSheetId'
      | 'hideColumns'
      | 'hideRows'
      | 'hideSheet'
      | 'insertColumnAfter'
      | 'insertColumnBefore'
      | 'insertColumnsAfter'
      | 'insertColumnsBefore'
      | 'insertRowAfter'
      | 'insertRowsAfter'
      | 'insertRowsBefore'
      | 'isRowHiddenByUser'
      | 'isSheetHidden'
      | 'protect'
      | 'setColumnWidth'
      | 'setConditionalFormatRules'
      | 'setFrozenRows'
      | 'setName'
    >
{
  readonly [SPEC] = SHEET_SPEC;

  constructor(
    readonly _env: SheetsEnv,
    readonly _ss: SpreadsheetModel,
    readonly _sheet: SheetModel,
  ) {}

  readonly #fail = (message: string): never => this._env.kernel.fail(message);

  _rangeFromA1(a1: string): RangeImpl {
    return rangeFromA1(this._env, this._ss, this._sheet, a1);
  }

  // ---- identity and visibility ----

  getName(): string {
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

  activate(): SheetImpl {
    this._ss.activeSheetId = this._sheet.id;
    this._ss.activeRange = undefined;
    this._ss.selection = [];
    this._sheet.hidden = false;
    return this;
  }

  hideSheet(): SheetImpl {
    if (this._ss.sheets.filter((s) => !s.hidden && s !== this._sheet).length === 0)
      this.#fail("You can't hide all the sheets in a document.");
    this._sheet.hidden = true;
    return this;
  }

  isSheetHidden(): boolean {
    return this._sheet.hidden;
  }

  // ---- size and ranges (sheet-ranges.ts) ----

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

  getRange(a: string | number, column?: number, numRows?: number, numColumns?: number): RangeImpl {
    if (typeof a === 'string') return this._rangeFromA1(a);
    return rangeAt(this._env, this._ss, this._sheet, [a, column, numRows, numColumns]);
  }

  getRangeList(a1Notations: string[]): RangeListImpl {
    if (!Array.isArray(a1Notations) || a1Notations.length === 0)
      this.#fail(signatureMessage('SpreadsheetApp.Sheet.getRangeList', [a1Notations]));
    return new RangeListImpl(
      this._ss,
      a1Notations.map((a1) => this._rangeFromA1(String(a1))),
    );
  }

  getDataRange(): RangeImpl {
    return rangeAt(this._env, this._ss, this._sheet, [
      1,
      1,
      Math.max(1, this._sheet.lastRow()),
      Math.max(1, this._sheet.lastColumn()),
    ]);
  }

  /** Writes a row after the last row with content, growing the sheet if needed. */
  appendRow(rowContents: unknown[]): SheetImpl {
    if (!Array.isArray(rowContents))
      this.#fail(signatureMessage('SpreadsheetApp.Sheet.appendRow', [rowContents]));
    const sheet = this._sheet;
    const row = sheet.lastRow() + 1;
    if (row > sheet.maxRows) this._ss.insert(sheet, 'ROWS', sheet.maxRows + 1, 1);
    if (rowContents.length > sheet.maxColumns)
      this._ss.insert(sheet, 'COLUMNS', sheet.maxColumns + 1, rowContents.length - sheet.maxColumns);
    if (rowContents.length > 0)
      writeValues(new RangeImpl(this._env, this._ss, sheet, row, 1, 1, rowContents.length), [rowContents]);
    return this;
  }

  // ---- structure (sheet-structure.ts) ----

  #insert(dim: Dimension, position: number, after: boolean, howMany: number): SheetImpl {
    insert(this._ss, this._sheet, dim, { position, after }, howMany, this.#fail);
    return this;
  }

  insertRowsAfter(afterPosition: number, howMany: number): SheetImpl {
    return this.#insert('ROWS', afterPosition, true, howMany);
  }

  insertRowsBefore(beforePosition: number, howMany: number): SheetImpl {
    return this.#insert('ROWS', beforePosition, false, howMany);
  }

  insertRowAfter(afterPosition: number): SheetImpl {
    return this.#insert('ROWS', afterPosition, true, 1);
  }

  insertColumnsAfter(afterPosition: number, howMany: number): SheetImpl {
    return this.#insert('COLUMNS', afterPosition, true, howMany);
  }

  insertColumnsBefore(beforePosition: number, howMany: number): SheetImpl {
    return this.#insert('COLUMNS', beforePosition, false, howMany);
  }

  insertColumnAfter(afterPosition: number): SheetImpl {
    return this.#insert('COLUMNS', afterPosition, true, 1);
  }

  insertColumnBefore(beforePosition: number): SheetImpl {
    return this.#insert('COLUMNS', beforePosition, false, 1);
  }

  deleteRows(rowPosition: number, howMany: number): void {
    remove(this._ss, this._sheet, 'ROWS', rowPosition, howMany, this.#fail);
  }

  deleteRow(rowPosition: number): SheetImpl {
    this.deleteRows(rowPosition, 1);
    return this;
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    remove(this._ss, this._sheet, 'COLUMNS', columnPosition, howMany, this.#fail);
  }

  deleteColumn(columnPosition: number): SheetImpl {
    this.deleteColumns(columnPosition, 1);
    return this;
  }

  getFrozenRows(): number {
    return this._sheet.frozenRows;
  }

  setFrozenRows(rows: number): void {
    if (rows >= this._sheet.maxRows) this.#fail("You can't freeze all visible rows on the sheet.");
    this._sheet.frozenRows = rows;
  }

  getColumnWidth(columnPosition: number): number {
    return this._sheet.columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }

  /** Contents and formats of every cell go; notes and validation stay (Sheet reference, clear()). */
  clear(): SheetImpl {
    clear(new RangeImpl(this._env, this._ss, this._sheet, 1, 1, this._sheet.maxRows, this._sheet.maxColumns));
    return this;
  }

  setColumnWidth(columnPosition: number, width: number): SheetImpl {
    checkSpan(this._sheet, 'COLUMNS', columnPosition, 1, this.#fail);
    this._sheet.columnWidths.set(columnPosition, width);
    return this;
  }

  hideRows(rowIndex: number, numRows = 1): void {
    checkSpan(this._sheet, 'ROWS', rowIndex, numRows, this.#fail);
    for (let r = rowIndex; r < rowIndex + numRows; r++) this._sheet.hiddenRows.add(r);
  }

  isRowHiddenByUser(rowPosition: number): boolean {
    return this._sheet.hiddenRows.has(rowPosition);
  }

  hideColumns(columnIndex: number, numColumns = 1): void {
    checkSpan(this._sheet, 'COLUMNS', columnIndex, numColumns, this.#fail);
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this._sheet.hiddenColumns.add(c);
  }

  // ---- rules, protections, filter, metadata ----

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

  addDeveloperMetadata(key: string, valueOrVisibility?: unknown, visibility?: unknown): SheetImpl {
    const args = givenArgs(key, valueOrVisibility, visibility);
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
