/**
 * The first link of SheetImpl (sheet.ts): the sheet's identity (name, id, index, tab colour), its
 * size, and whether it is shown. The chain, one file per area of the Sheet reference: sheet-base →
 * sheet-ranges → sheet-structure → sheet-attached → sheet.ts.
 *
 * Sources: Sheet reference; production error "A sheet with the name \"X\" already exists. Please
 * enter another name.".
 */
import { SPEC } from '../kernel';
import { type OpenBounds, type SheetsEnv, sheetsSpec } from './env';
import type { SheetModel, SpreadsheetModel } from './model';
import { RangeImpl } from './range';
import type { SpreadsheetImpl } from './spreadsheet';

const SHEET_SPEC = sheetsSpec('Sheet');

export function duplicateSheetName(name: string): string {
  return `A sheet with the name "${name}" already exists. Please enter another name.`;
}

export class SheetBase {
  readonly [SPEC] = SHEET_SPEC;

  constructor(
    readonly _env: SheetsEnv,
    readonly _ss: SpreadsheetModel,
    readonly _sheet: SheetModel,
  ) {}

  protected _fail(message: string): never {
    return this._env.kernel.fail(message);
  }

  protected _range(row: number, col: number, numRows: number, numCols: number, open?: OpenBounds): RangeImpl {
    return new RangeImpl(this._env, this._ss, this._sheet, row, col, numRows, numCols, open);
  }

  // ---- identity ----

  getName(): string {
    return this._sheet.name;
  }

  getSheetName(): string {
    return this._sheet.name;
  }

  setName(name: string): this {
    const n = String(name);
    if (n.trim() === '') this._fail('Sheet names cannot be blank.');
    if (this._ss.sheets.some((s) => s !== this._sheet && s.name.toLowerCase() === n.toLowerCase()))
      this._fail(duplicateSheetName(n));
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

  activate(): this {
    this._ss.activeSheetId = this._sheet.id;
    this._ss.activeRange = undefined;
    this._ss.selection = [];
    this._sheet.hidden = false;
    return this;
  }

  getTabColor(): string | null {
    return this._sheet.tabColor;
  }

  setTabColor(color: string | null): this {
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

  // ---- visibility ----

  hideSheet(): this {
    if (this._ss.sheets.filter((s) => !s.hidden && s !== this._sheet).length === 0)
      this._fail("You can't hide all the sheets in a document.");
    this._sheet.hidden = true;
    return this;
  }

  showSheet(): this {
    this._sheet.hidden = false;
    return this;
  }

  isSheetHidden(): boolean {
    return this._sheet.hidden;
  }
}
