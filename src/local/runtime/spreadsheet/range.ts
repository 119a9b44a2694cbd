/**
 * Range: a rectangle of one sheet, with fixed coordinates (like the real object, it does not move
 * when rows are inserted above it). One class for the Apps Script type; each method is one hop to
 * the module of its concern over the spreadsheet model: values and formulas (range-values.ts),
 * formats (range-formats.ts), notes and validation (range-notes.ts), merges, filter, protection and
 * developer metadata (range-attached.ts), clearing and sorting (range-edit.ts).
 *
 * Source: Range reference; "The coordinates of the range are outside the dimensions of the sheet."
 * is the production error for a cell or offset past the grid.
 */
import { SPEC } from '../kernel';
import type { Implements } from '../types';
import { toA1 } from './a1';
import type { ProtectionImpl } from './attached';
import type { DataValidationImpl } from './data-validation';
import {
  type DeveloperMetadataFinderImpl,
  type DeveloperMetadataImpl,
  givenArgs,
} from './developer-metadata';
import { type OpenBounds, type SheetsEnv, sheetsSpec } from './env';
import type { GridRange } from './grid-range';
import type { SheetModel, SpreadsheetModel } from './model';
import * as attached from './range-attached';
import { clear, sortRows } from './range-edit';
import { setStyle, setStyles, setWrap, stylesOf } from './range-formats';
import type { RangeMethod } from './range-methods';
import { notesOf, setNoteGrid, setNotes, setValidation, validationsOf } from './range-notes';
import { displayValuesOf, formulasOf, isBlank, readCell, valuesOf, writeValues } from './range-values';
import { fail, filled, gridOf, type Rect, shaped, topLeft } from './rect';
import type { SheetImpl } from './sheet';

const RANGE_SPEC = sheetsSpec('Range');

export class RangeImpl implements Rect, Implements<GoogleAppsScript.Spreadsheet.Range, RangeMethod> {
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

  #range(row: number, col: number, numRows: number, numCols: number): RangeImpl {
    return new RangeImpl(this._env, this._ss, this._sheet, row, col, numRows, numCols);
  }

  _grid(): GridRange {
    return gridOf(this);
  }

  /** Writes script values as setValue/setValues/appendRow do (also how tests simulate typing). */
  _write(values: readonly (readonly unknown[])[]): void {
    writeValues(this, values);
  }

  _sortRows(column: number, ascending: boolean): void {
    sortRows(this, column, ascending);
  }

  // ---- geometry ----

  getA1Notation(): string {
    const o = this._open;
    return toA1(this._row, this._col, this._numRows, this._numCols, o.rows, o.cols, o.endRow);
  }

  getRow(): number {
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

  getLastRow(): number {
    return this._row + this._numRows - 1;
  }

  isEndRowBounded(): boolean {
    return !this._open.rows && !this._open.endRow;
  }

  getSheet(): SheetImpl {
    return this._env.make.sheet(this._ss, this._sheet);
  }

  getCell(row: number, column: number): RangeImpl {
    if (row < 1 || column < 1 || row > this._numRows || column > this._numCols)
      fail(this, 'The coordinates of the range are outside the dimensions of the sheet.');
    return this.#range(this._row + row - 1, this._col + column - 1, 1, 1);
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): RangeImpl {
    const row = this._row + rowOffset;
    const col = this._col + columnOffset;
    const nr = numRows ?? this._numRows;
    const nc = numColumns ?? this._numCols;
    if (row < 1 || col < 1 || row + nr - 1 > this._sheet.maxRows || col + nc - 1 > this._sheet.maxColumns)
      fail(this, 'The coordinates of the range are outside the dimensions of the sheet.');
    return this.#range(row, col, nr, nc);
  }

  activate(): RangeImpl {
    this._ss.activeSheetId = this._sheet.id;
    this._ss.activeRange = this._grid();
    this._ss.selection = [this._ss.activeRange];
    return this;
  }

  // ---- values (range-values.ts) ----

  getValue(): unknown {
    return readCell(this._ss, topLeft(this));
  }

  getValues(): unknown[][] {
    return valuesOf(this);
  }

  getDisplayValue(): string {
    return displayValuesOf(this)[0]![0]!;
  }

  getDisplayValues(): string[][] {
    return displayValuesOf(this);
  }

  getFormulas(): string[][] {
    return formulasOf(this);
  }

  isBlank(): boolean {
    return isBlank(this);
  }

  setValue(value: unknown): RangeImpl {
    writeValues(this, filled(this, value));
    return this;
  }

  setValues(values: unknown[][]): RangeImpl {
    writeValues(this, shaped(this, 'setValues', values));
    return this;
  }

  clearContent(): RangeImpl {
    clear(this, { contentsOnly: true });
    return this;
  }

  // ---- formats (range-formats.ts) ----

  getNumberFormat(): string {
    return stylesOf(this, 'format')[0]![0]!;
  }

  getNumberFormats(): string[][] {
    return stylesOf(this, 'format');
  }

  setNumberFormat(numberFormat: string): RangeImpl {
    setStyle(this, 'format', String(numberFormat));
    return this;
  }

  setNumberFormats(numberFormats: string[][]): RangeImpl {
    setStyles(this, 'setNumberFormats', 'format', numberFormats);
    return this;
  }

  /** A grid of colours (null resets a cell), the range's shape (Range reference, setBackgrounds). */
  setBackgrounds(color: (string | null)[][]): RangeImpl {
    setStyles(this, 'setBackgrounds', 'background', color);
    return this;
  }

  /** A grid of 'bold' / 'normal' (null resets), the range's shape (Range reference, setFontWeights). */
  setFontWeights(fontWeights: (string | null)[][]): RangeImpl {
    setStyles(this, 'setFontWeights', 'fontWeight', fontWeights);
    return this;
  }

  getBackground(): string {
    return stylesOf(this, 'background')[0]![0]!;
  }

  getBackgrounds(): string[][] {
    return stylesOf(this, 'background');
  }

  setBackground(color: string | null): RangeImpl {
    setStyle(this, 'background', color);
    return this;
  }

  setFontColor(color: string | null): RangeImpl {
    setStyle(this, 'fontColor', color);
    return this;
  }

  setFontWeight(fontWeight: 'normal' | 'bold' | null): RangeImpl {
    setStyle(this, 'fontWeight', fontWeight);
    return this;
  }

  setWrap(isWrapEnabled: boolean): RangeImpl {
    setWrap(this, isWrapEnabled);
    return this;
  }

  clearFormat(): RangeImpl {
    clear(this, { formatOnly: true });
    return this;
  }

  // ---- notes and validation (range-notes.ts) ----

  getNote(): string {
    return notesOf(this)[0]![0]!;
  }

  getNotes(): string[][] {
    return notesOf(this);
  }

  setNote(note: string | null): RangeImpl {
    setNotes(this, () => note);
    return this;
  }

  setNotes(notes: (string | null)[][]): RangeImpl {
    setNoteGrid(this, notes);
    return this;
  }

  clearNote(): RangeImpl {
    setNotes(this, () => null);
    return this;
  }

  getDataValidation(): DataValidationImpl | null {
    return validationsOf(this)[0]![0]!;
  }

  getDataValidations(): (DataValidationImpl | null)[][] {
    return validationsOf(this);
  }

  setDataValidation(rule: DataValidationImpl | null): RangeImpl {
    setValidation(this, rule);
    return this;
  }

  clearDataValidations(): RangeImpl {
    setValidation(this, null);
    return this;
  }

  // ---- merges, filter, protection, metadata (range-attached.ts) ----

  merge(): RangeImpl {
    attached.merge(this);
    return this;
  }

  breakApart(): RangeImpl {
    attached.breakApart(this);
    return this;
  }

  isPartOfMerge(): boolean {
    return attached.mergesTouching(this).length > 0;
  }

  getMergedRanges(): RangeImpl[] {
    return attached.mergesTouching(this).map((m) => this.#range(m.row, m.col, m.numRows, m.numCols));
  }

  createFilter(): ReturnType<typeof attached.createFilter> {
    return attached.createFilter(this);
  }

  protect(): ProtectionImpl {
    return attached.protectRange(this);
  }

  addDeveloperMetadata(key: string, valueOrVisibility?: unknown, visibility?: unknown): RangeImpl {
    attached.addRangeMetadata(this, givenArgs(key, valueOrVisibility, visibility));
    return this;
  }

  getDeveloperMetadata(): DeveloperMetadataImpl[] {
    return attached.rangeMetadata(this);
  }

  createDeveloperMetadataFinder(): DeveloperMetadataFinderImpl {
    return attached.rangeFinder(this);
  }
}
