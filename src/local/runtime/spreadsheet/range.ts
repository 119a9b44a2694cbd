/**
 * Range: a rectangle of one sheet, with fixed coordinates (like the real object, it does not move
 * when rows are inserted above it).
 *
 * Sources: Range reference; production errors "The number of rows in the data does not match the
 * number of rows in the range. The data has X but the range has Y." (and the same for columns),
 * "Your input contains more than the maximum of 50000 characters in a single cell.",
 * "The parameters (…) don't match the method signature for SpreadsheetApp.Range.setValues.".
 * setValue on a multi-cell range writes every cell (Range.setValue reference). Formulas are stored,
 * never evaluated (cell.ts).
 */
import { SPEC } from '../kernel';
import { isDateLike } from '../realm';
import type { Implements } from '../types';
import { signatureMessage } from '../utilities/utilities';
import { toA1 } from './a1';
import { FilterImpl, type ProtectionImpl, protect } from './attached';
import { type Cell, fromScriptValue, instantFromSerial, type Scalar, serialFromInstant } from './cell';
import type { DataValidationImpl } from './data-validation';
import { ruleDate } from './data-validation';
import {
  ARBITRARY_RANGE_METADATA,
  addMetadata,
  DeveloperMetadataFinderImpl,
  type DeveloperMetadataImpl,
  locationOfRange,
  metadataAt,
} from './developer-metadata';
import { type OpenBounds, type SheetsEnv, sheetsSpec } from './env';
import { contains, type GridRange, intersects } from './grid-range';
import type { SheetModel, SpreadsheetModel } from './model';
import { AUTOMATIC_FORMAT, displayValue, isDateFormat } from './number-format';
import type { SheetImpl } from './sheet';

type R = GoogleAppsScript.Spreadsheet.Range;

export const MAX_CELL_CHARS = 50_000;
const RANGE_SPEC = sheetsSpec('Range');

type Grid<T> = T[][];

export class RangeImpl
  implements
    Implements<
      R,
      | 'activate'
      | 'addDeveloperMetadata'
      | 'breakApart'
      | 'canEdit'
      | 'clear'
      | 'clearContent'
      | 'clearDataValidations'
      | 'clearFormat'
      | 'clearNote'
      | 'createDeveloperMetadataFinder'
      | 'createFilter'
      | 'getA1Notation'
      | 'getBackground'
      | 'getBackgrounds'
      | 'getCell'
      | 'getColumn'
      | 'getDataValidation'
      | 'getDataValidations'
      | 'getDeveloperMetadata'
      | 'getDisplayValue'
      | 'getDisplayValues'
      | 'getFilter'
      | 'getFontColor'
      | 'getFontColors'
      | 'getFontWeight'
      | 'getFontWeights'
      | 'getFormula'
      | 'getFormulas'
      | 'getGridId'
      | 'getHeight'
      | 'getLastColumn'
      | 'getLastRow'
      | 'getMergedRanges'
      | 'getNote'
      | 'getNotes'
      | 'getNumColumns'
      | 'getNumRows'
      | 'getNumberFormat'
      | 'getNumberFormats'
      | 'getRow'
      | 'getRowIndex'
      | 'getSheet'
      | 'getValue'
      | 'getValues'
      | 'getWidth'
      | 'isBlank'
      | 'isEndColumnBounded'
      | 'isEndRowBounded'
      | 'isPartOfMerge'
      | 'isStartColumnBounded'
      | 'isStartRowBounded'
      | 'merge'
      | 'mergeAcross'
      | 'mergeVertically'
      | 'offset'
      | 'protect'
      | 'setBackground'
      | 'setBackgrounds'
      | 'setDataValidation'
      | 'setDataValidations'
      | 'setFontColor'
      | 'setFontColors'
      | 'setFontWeight'
      | 'setFontWeights'
      | 'setFormula'
      | 'setFormulas'
      | 'setHorizontalAlignment'
      | 'setNote'
      | 'setNotes'
      | 'setNumberFormat'
      | 'setNumberFormats'
      | 'setValue'
      | 'setValues'
      | 'setWrap'
      | 'copyTo'
    >
{
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

  _grid(): GridRange {
    return {
      sheetId: this._sheet.id,
      row: this._row,
      col: this._col,
      numRows: this._numRows,
      numCols: this._numCols,
    };
  }

  #fail(message: string): never {
    return this._env.kernel.fail(message);
  }

  #map<T>(fn: (cell: Cell | undefined, row: number, col: number) => T): Grid<T> {
    const out: Grid<T> = [];
    for (let r = 0; r < this._numRows; r++) {
      const line: T[] = [];
      for (let c = 0; c < this._numCols; c++)
        line.push(fn(this._sheet.cell(this._row + r, this._col + c), this._row + r, this._col + c));
      out.push(line);
    }
    return out;
  }

  #each(fn: (cell: Cell, r: number, c: number) => void): void {
    for (let r = 0; r < this._numRows; r++) {
      for (let c = 0; c < this._numCols; c++)
        fn(this._sheet.cellForWrite(this._row + r, this._col + c), r, c);
    }
  }

  /** Checks a 2-D argument against the range's shape with the production messages. */
  #shape(method: string, data: unknown): unknown[][] {
    if (!Array.isArray(data) || data.some((row) => !Array.isArray(row)))
      this.#fail(signatureMessage(`SpreadsheetApp.Range.${method}`, [data]));
    const rows = data as unknown[][];
    if (rows.length !== this._numRows) {
      this.#fail(
        `The number of rows in the data does not match the number of rows in the range. The data has ${rows.length} but the range has ${this._numRows}.`,
      );
    }
    for (const row of rows) {
      if (row.length !== this._numCols) {
        this.#fail(
          `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this._numCols}.`,
        );
      }
    }
    return rows;
  }

  /** A stored value as getValues returns it: date-formatted numbers become Dates. */
  _read(cell: Cell | undefined): Scalar | Date {
    if (!cell) return '';
    if (typeof cell.value === 'number' && isDateFormat(cell.format))
      return new Date(instantFromSerial(cell.value, this._ss.timeZone));
    return cell.value;
  }

  #a1At(r: number, c: number): string {
    return toA1(this._row + r, this._col + c, 1, 1);
  }

  /** Writes script values (setValue/setValues/appendRow semantics), all-or-nothing. */
  _write(values: readonly (readonly unknown[])[]): void {
    const planned = values.map((row, r) =>
      row.map((v, c) => {
        const cell = this._sheet.cell(this._row + r, this._col + c);
        const w = fromScriptValue(v, cell?.format, this._ss.timeZone, this._ss.locale, isDateLike);
        if (typeof w.value === 'string' && w.value.length > MAX_CELL_CHARS)
          this.#fail(
            `Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`,
          );
        const rule = cell?.validation as DataValidationImpl | undefined;
        if (rule && !rule.getAllowInvalid() && w.formula === undefined) {
          const isDate = typeof w.value === 'number' && isDateFormat(w.format ?? cell?.format);
          const toSerial = ruleDate((ms) => serialFromInstant(ms, this._ss.timeZone));
          if (
            !rule._accepts(w.value, isDate, toSerial, (range) =>
              range
                .getValues()
                .flat()
                .filter((x): x is Scalar => !isDateLike(x)),
            )
          ) {
            this.#fail(
              `The data you entered in cell ${this.#a1At(r, c)} violates the data validation rules set on this cell.`,
            );
          }
        }
        return w;
      }),
    );
    planned.forEach((row, r) => {
      row.forEach((w, c) => {
        const cell = this._sheet.cellForWrite(this._row + r, this._col + c);
        cell.value = w.value;
        if (w.formula === undefined) delete cell.formula;
        else cell.formula = w.formula;
        if (w.format !== undefined && !isDateFormat(cell.format)) cell.format = w.format;
      });
    });
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
      this.#fail('The coordinates of the range are outside the dimensions of the sheet.');
    return new RangeImpl(this._env, this._ss, this._sheet, this._row + row - 1, this._col + column - 1, 1, 1);
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): RangeImpl {
    const row = this._row + rowOffset;
    const col = this._col + columnOffset;
    const nr = numRows ?? this._numRows;
    const nc = numColumns ?? this._numCols;
    if (row < 1 || col < 1 || row + nr - 1 > this._sheet.maxRows || col + nc - 1 > this._sheet.maxColumns) {
      this.#fail('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new RangeImpl(this._env, this._ss, this._sheet, row, col, nr, nc);
  }

  activate(): RangeImpl {
    this._ss.activeSheetId = this._sheet.id;
    this._ss.activeRange = this._grid();
    return this;
  }

  // ---- values ----

  getValue(): unknown {
    return this._read(this._sheet.cell(this._row, this._col));
  }

  getValues(): unknown[][] {
    return this.#map((cell) => this._read(cell));
  }

  getDisplayValue(): string {
    const cell = this._sheet.cell(this._row, this._col);
    return cell ? displayValue(cell.value, cell.format) : '';
  }

  getDisplayValues(): string[][] {
    return this.#map((cell) => (cell ? displayValue(cell.value, cell.format) : ''));
  }

  isBlank(): boolean {
    return this.#map((cell) => !cell || (cell.value === '' && cell.formula === undefined)).every((row) =>
      row.every(Boolean),
    );
  }

  setValue(value: unknown): RangeImpl {
    this._write(
      Array.from({ length: this._numRows }, () => Array.from({ length: this._numCols }, () => value)),
    );
    return this;
  }

  setValues(values: unknown[][]): RangeImpl {
    this._write(this.#shape('setValues', values));
    return this;
  }

  getFormula(): string {
    return this._sheet.cell(this._row, this._col)?.formula ?? '';
  }

  getFormulas(): string[][] {
    return this.#map((cell) => cell?.formula ?? '');
  }

  setFormula(formula: string): RangeImpl {
    return this.setFormulas(
      Array.from({ length: this._numRows }, () => Array.from({ length: this._numCols }, () => formula)),
    );
  }

  setFormulas(formulas: string[][]): RangeImpl {
    const rows = this.#shape('setFormulas', formulas);
    this.#each((cell, r, c) => {
      const f = String(rows[r]?.[c] ?? '');
      if (f === '') {
        delete cell.formula;
        cell.value = '';
      } else if (f.startsWith('=')) {
        cell.formula = f;
        cell.value = '';
      } else {
        delete cell.formula;
        cell.value = fromScriptValue(f, cell.format, this._ss.timeZone, this._ss.locale, isDateLike).value;
      }
    });
    return this;
  }

  // ---- formats ----

  getNumberFormat(): string {
    return this._sheet.cell(this._row, this._col)?.format ?? AUTOMATIC_FORMAT;
  }

  getNumberFormats(): string[][] {
    return this.#map((cell) => cell?.format ?? AUTOMATIC_FORMAT);
  }

  setNumberFormat(numberFormat: string): RangeImpl {
    this.#each((cell) => {
      cell.format = String(numberFormat);
    });
    return this;
  }

  setNumberFormats(numberFormats: string[][]): RangeImpl {
    const rows = this.#shape('setNumberFormats', numberFormats);
    this.#each((cell, r, c) => {
      cell.format = String(rows[r]?.[c]);
    });
    return this;
  }

  getBackground(): string {
    return this._sheet.cell(this._row, this._col)?.background ?? '#ffffff';
  }

  getBackgrounds(): string[][] {
    return this.#map((cell) => cell?.background ?? '#ffffff');
  }

  setBackground(color: string | null): RangeImpl {
    this.#each((cell) => {
      if (color === null) delete cell.background;
      else cell.background = String(color);
    });
    return this;
  }

  setBackgrounds(color: (string | null)[][]): RangeImpl {
    const rows = this.#shape('setBackgrounds', color);
    this.#each((cell, r, c) => {
      const v = rows[r]?.[c];
      if (v === null || v === undefined) delete cell.background;
      else cell.background = String(v);
    });
    return this;
  }

  getFontColor(): string {
    return this._sheet.cell(this._row, this._col)?.fontColor ?? '#000000';
  }

  getFontColors(): string[][] {
    return this.#map((cell) => cell?.fontColor ?? '#000000');
  }

  setFontColor(color: string | null): RangeImpl {
    this.#each((cell) => {
      if (color === null) delete cell.fontColor;
      else cell.fontColor = String(color);
    });
    return this;
  }

  setFontColors(colors: unknown[][]): RangeImpl {
    const rows = this.#shape('setFontColors', colors);
    this.#each((cell, r, c) => {
      const v = rows[r]?.[c];
      if (v === null || v === undefined) delete cell.fontColor;
      else cell.fontColor = String(v);
    });
    return this;
  }

  getFontWeight(): 'normal' | 'bold' {
    return (this._sheet.cell(this._row, this._col)?.fontWeight as 'bold' | undefined) ?? 'normal';
  }

  getFontWeights(): ('normal' | 'bold')[][] {
    return this.#map((cell) => (cell?.fontWeight as 'bold' | undefined) ?? 'normal');
  }

  setFontWeight(fontWeight: 'normal' | 'bold' | null): RangeImpl {
    this.#each((cell) => {
      if (fontWeight === null || fontWeight === 'normal') delete cell.fontWeight;
      else cell.fontWeight = fontWeight;
    });
    return this;
  }

  setFontWeights(fontWeights: ('normal' | 'bold' | null)[][]): RangeImpl {
    const rows = this.#shape('setFontWeights', fontWeights);
    this.#each((cell, r, c) => {
      const v = rows[r]?.[c];
      if (v === 'bold') cell.fontWeight = v;
      else delete cell.fontWeight;
    });
    return this;
  }

  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): RangeImpl {
    this.#each((cell) => {
      if (alignment === null || alignment === 'normal') delete cell.horizontalAlignment;
      else cell.horizontalAlignment = alignment;
    });
    return this;
  }

  setWrap(isWrapEnabled: boolean): RangeImpl {
    this.#each((cell) => {
      cell.wrap = isWrapEnabled;
    });
    return this;
  }

  // ---- notes ----

  getNote(): string {
    return this._sheet.cell(this._row, this._col)?.note ?? '';
  }

  getNotes(): string[][] {
    return this.#map((cell) => cell?.note ?? '');
  }

  setNote(note: string | null): RangeImpl {
    this.#each((cell) => {
      if (note === null || note === '') delete cell.note;
      else cell.note = String(note);
    });
    return this;
  }

  setNotes(notes: (string | null)[][]): RangeImpl {
    const rows = this.#shape('setNotes', notes);
    this.#each((cell, r, c) => {
      const v = rows[r]?.[c];
      if (v === null || v === undefined || v === '') delete cell.note;
      else cell.note = String(v);
    });
    return this;
  }

  clearNote(): RangeImpl {
    this.#each((cell) => {
      delete cell.note;
    });
    return this;
  }

  // ---- validation ----

  getDataValidation(): DataValidationImpl | null {
    return (this._sheet.cell(this._row, this._col)?.validation as DataValidationImpl | undefined) ?? null;
  }

  getDataValidations(): (DataValidationImpl | null)[][] {
    return this.#map((cell) => (cell?.validation as DataValidationImpl | undefined) ?? null);
  }

  setDataValidation(rule: DataValidationImpl | null): RangeImpl {
    this.#each((cell) => {
      if (rule === null) delete cell.validation;
      else cell.validation = rule;
    });
    return this;
  }

  setDataValidations(rules: (DataValidationImpl | null)[][]): RangeImpl {
    const rows = this.#shape('setDataValidations', rules);
    this.#each((cell, r, c) => {
      const v = rows[r]?.[c];
      if (v === null || v === undefined) delete cell.validation;
      else cell.validation = v;
    });
    return this;
  }

  clearDataValidations(): RangeImpl {
    return this.setDataValidation(null);
  }

  // ---- clearing ----

  clear(options?: {
    commentsOnly?: boolean;
    contentsOnly?: boolean;
    formatOnly?: boolean;
    validationsOnly?: boolean;
    skipFilteredRows?: boolean;
  }): RangeImpl {
    const o = options ?? {};
    const any = o.commentsOnly || o.contentsOnly || o.formatOnly || o.validationsOnly;
    const contents = !any || o.contentsOnly;
    const formats = !any || o.formatOnly;
    this.#each((cell) => {
      if (contents) {
        cell.value = '';
        delete cell.formula;
      }
      if (formats) clearFormats(cell);
      if (o.commentsOnly) delete cell.note;
      if (o.validationsOnly) delete cell.validation;
    });
    return this;
  }

  clearContent(): RangeImpl {
    return this.clear({ contentsOnly: true });
  }

  clearFormat(): RangeImpl {
    return this.clear({ formatOnly: true });
  }

  // ---- merges ----

  merge(): RangeImpl {
    const g = this._grid();
    if (this._sheet.merges.some((m) => intersects(m, g) && !contains(g, m)))
      this.#fail('You must select all cells in a merged range to merge or unmerge them.');
    this._sheet.merges = this._sheet.merges.filter((m) => !contains(g, m));
    this._sheet.merges.push(g);
    this.#each((cell, r, c) => {
      if (r > 0 || c > 0) {
        cell.value = '';
        delete cell.formula;
      }
    });
    return this;
  }

  mergeAcross(): RangeImpl {
    for (let r = 0; r < this._numRows; r++)
      new RangeImpl(this._env, this._ss, this._sheet, this._row + r, this._col, 1, this._numCols).merge();
    return this;
  }

  mergeVertically(): RangeImpl {
    for (let c = 0; c < this._numCols; c++)
      new RangeImpl(this._env, this._ss, this._sheet, this._row, this._col + c, this._numRows, 1).merge();
    return this;
  }

  breakApart(): RangeImpl {
    const g = this._grid();
    this._sheet.merges = this._sheet.merges.filter((m) => !intersects(m, g));
    return this;
  }

  isPartOfMerge(): boolean {
    const g = this._grid();
    return this._sheet.merges.some((m) => intersects(m, g));
  }

  getMergedRanges(): RangeImpl[] {
    const g = this._grid();
    return this._sheet.merges
      .filter((m) => intersects(m, g))
      .map((m) => new RangeImpl(this._env, this._ss, this._sheet, m.row, m.col, m.numRows, m.numCols));
  }

  // ---- attached objects ----

  createFilter(): FilterImpl {
    if (this._sheet.filter) this.#fail("You can't create a filter in a sheet that already has a filter.");
    this._sheet.filter = { range: this._grid(), criteria: new Map() };
    return new FilterImpl(this._env, this._ss, this._sheet, this._sheet.filter);
  }

  getFilter(): FilterImpl | null {
    const f = this._sheet.filter;
    return f && intersects(f.range, this._grid())
      ? new FilterImpl(this._env, this._ss, this._sheet, f)
      : null;
  }

  protect(): ProtectionImpl {
    return protect(this._env, this._ss, this._sheet, 'RANGE', this._grid());
  }

  addDeveloperMetadata(key: string, valueOrVisibility?: unknown, visibility?: unknown): RangeImpl {
    const location = locationOfRange(this._grid(), this._sheet);
    if (!location) this.#fail(ARBITRARY_RANGE_METADATA);
    const args = [key, valueOrVisibility, visibility].slice(
      0,
      visibility !== undefined ? 3 : valueOrVisibility !== undefined ? 2 : 1,
    );
    addMetadata(this._env, this._ss, location as NonNullable<typeof location>, args);
    return this;
  }

  getDeveloperMetadata(): DeveloperMetadataImpl[] {
    const location = locationOfRange(this._grid(), this._sheet);
    return location ? metadataAt(this._env, this._ss, location) : [];
  }

  createDeveloperMetadataFinder(): DeveloperMetadataFinderImpl {
    return new DeveloperMetadataFinderImpl(this._env, this._ss, { kind: 'range', range: this._grid() });
  }

  // ---- copy and sort ----

  /** Copies values, formulas and formats (or only one of them) to the top-left of `destination`. */
  copyTo(
    destination: RangeImpl,
    options?: { formatOnly?: boolean; contentsOnly?: boolean } | string,
    _transposed?: boolean,
  ): void {
    const o = typeof options === 'object' && options !== null ? options : {};
    const source = this.#map((cell) => (cell ? { ...cell } : undefined));
    source.forEach((row, r) => {
      row.forEach((cell, c) => {
        const target = destination._sheet.cellForWrite(destination._row + r, destination._col + c);
        if (!o.formatOnly) {
          target.value = cell?.value ?? '';
          if (cell?.formula === undefined) delete target.formula;
          else target.formula = cell.formula;
        }
        if (!o.contentsOnly) {
          clearFormats(target);
          if (cell) copyFormats(cell, target);
        }
      });
    });
  }

  /** Sorts the range's rows by one column (absolute column number). */
  _sortRows(column: number, ascending: boolean): void {
    const idx = column - this._col;
    const rows = Array.from(
      { length: this._numRows },
      (_x, r) =>
        this._sheet.rows[this._row + r - 1]?.slice(this._col - 1, this._col - 1 + this._numCols) ?? [],
    );
    const key = (row: (Cell | undefined)[]): Scalar => row[idx]?.value ?? '';
    rows.sort((a, b) => compareCells(key(a), key(b)) * (ascending ? 1 : -1));
    rows.forEach((row, r) => {
      const target = this._sheet.rows[this._row + r - 1] ?? [];
      this._sheet.rows[this._row + r - 1] = target;
      for (let c = 0; c < this._numCols; c++) target[this._col - 1 + c] = row[c];
    });
  }

  sort(sortSpecObj: unknown): RangeImpl {
    const specs = (Array.isArray(sortSpecObj) ? sortSpecObj : [sortSpecObj]).map((s) =>
      typeof s === 'number'
        ? { column: s, ascending: true }
        : {
            column: Number((s as { column: number }).column),
            ascending: (s as { ascending?: boolean }).ascending !== false,
          },
    );
    for (const s of [...specs].reverse()) this._sortRows(s.column, s.ascending);
    return this;
  }
}

/** Sheets sort order: numbers < text < booleans, blanks last. */
export function compareCells(a: Scalar, b: Scalar): number {
  const rank = (v: Scalar): number =>
    v === '' ? 3 : typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2;
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b));
}

function clearFormats(cell: Cell): void {
  delete cell.format;
  delete cell.background;
  delete cell.fontColor;
  delete cell.fontWeight;
  delete cell.fontStyle;
  delete cell.horizontalAlignment;
  delete cell.wrap;
}

function copyFormats(from: Cell, to: Cell): void {
  if (from.format !== undefined) to.format = from.format;
  if (from.background !== undefined) to.background = from.background;
  if (from.fontColor !== undefined) to.fontColor = from.fontColor;
  if (from.fontWeight !== undefined) to.fontWeight = from.fontWeight;
  if (from.horizontalAlignment !== undefined) to.horizontalAlignment = from.horizontalAlignment;
}
