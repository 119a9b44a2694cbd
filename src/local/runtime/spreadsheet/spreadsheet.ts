/**
 * Spreadsheet: the workbook.
 *
 * Sources: Spreadsheet reference — insertSheet(name, index) with a 0-based index makes the new sheet
 * active; getRangeByName returns null when absent; setSpreadsheetTimeZone changes how stored date
 * serials map to instants (getValues), not the serials themselves; getSpreadsheetLocale gives the
 * locale code (en_US, th_TH…) the workbook reads typed dates and numbers by (File → Settings → Locale).
 * Production errors:
 * "A sheet with the name \"X\" already exists. Please enter another name."; deleting the last sheet
 * fails ("You can't remove all the sheets in a document." — wording not verified). Named ranges
 * (setNamedRange, getNamedRanges, getRangeByName, and NamedRange's getName/getRange/setRange/remove in
 * attached.ts) as brucemcpherson/gas-fakes test/testsheetsrange.js runs them against live Apps Script;
 * Kamnot keeps KAMNOT_HOLIDAYS with them (src/gas/workbook/holidays-tab.ts).
 */
import { SPEC } from '../kernel';
import { isValidIanaZone } from '../time-zone';
import type { Implements } from '../types';
import { parseA1 } from './a1';
import { checkNamedRangeName, NamedRangeImpl, ProtectionImpl } from './attached';
import {
  addMetadata,
  DeveloperMetadataFinderImpl,
  type DeveloperMetadataImpl,
  givenArgs,
  metadataAt,
} from './developer-metadata';
import { type SheetsEnv, sheetsSpec } from './env';
import { SheetModel, type SpreadsheetModel } from './model';
import { RangeImpl } from './range';
import { duplicateSheetName, SheetImpl } from './sheet';

type SS = GoogleAppsScript.Spreadsheet.Spreadsheet;

const SPREADSHEET_SPEC = sheetsSpec('Spreadsheet');
export const NEW_SHEET_ROWS = 1000;
export const NEW_SHEET_COLUMNS = 26;

export class SpreadsheetImpl
  implements
    Implements<
      SS,
      | 'addDeveloperMetadata'
      | 'createDeveloperMetadataFinder'
      | 'deleteSheet'
      | 'getActiveRange'
      | 'getActiveSheet'
      | 'getDeveloperMetadata'
      | 'getId'
      | 'getName'
      | 'getNamedRanges'
      | 'getProtections'
      | 'getRange'
      | 'getRangeByName'
      | 'getSheetById'
      | 'getSheetByName'
      | 'getSheets'
      | 'getSpreadsheetTimeZone'
      | 'getUrl'
      | 'insertSheet'
      | 'setNamedRange'
      | 'setSpreadsheetTimeZone'
      | 'toast'
    >
{
  readonly [SPEC] = SPREADSHEET_SPEC;

  constructor(
    readonly _env: SheetsEnv,
    readonly _ss: SpreadsheetModel,
  ) {}

  #sheet(model: SheetModel): SheetImpl {
    return new SheetImpl(this._env, this._ss, model);
  }

  getId(): string {
    return this._ss.id;
  }

  getName(): string {
    return this._ss.name;
  }

  getUrl(): string {
    return this._ss.url;
  }

  getSpreadsheetTimeZone(): string {
    return this._ss.timeZone;
  }

  setSpreadsheetTimeZone(timezone: string): void {
    if (!isValidIanaZone(timezone)) this._env.kernel.fail(`Invalid argument: timezone`);
    this._ss.timeZone = timezone;
  }

  getSpreadsheetLocale(): string {
    return this._ss.locale;
  }

  getSheets(): SheetImpl[] {
    return this._ss.sheets.map((s) => this.#sheet(s));
  }

  getSheetByName(name: string): SheetImpl | null {
    const s = this._ss.sheetByName(String(name));
    return s ? this.#sheet(s) : null;
  }

  getSheetById(id: number): SheetImpl | null {
    const s = this._ss.sheetById(id);
    return s ? this.#sheet(s) : null;
  }

  getActiveSheet(): SheetImpl {
    return this.#sheet(this._ss.activeSheet());
  }

  /** The selection's active range on the active sheet; A1 when the active sheet has none. */
  getActiveRange(): RangeImpl | null {
    const sheet = this._ss.activeSheet();
    const a = this._ss.activeRange;
    if (!a || a.sheetId !== sheet.id) return new RangeImpl(this._env, this._ss, sheet, 1, 1, 1, 1);
    return new RangeImpl(this._env, this._ss, sheet, a.row, a.col, a.numRows, a.numCols);
  }

  /** getRange("Sheet!A1:B2"), or A1 on the active sheet. */
  getRange(a1Notation: string): RangeImpl {
    const ref = parseA1(String(a1Notation));
    if (!ref) this._env.kernel.fail('Range not found');
    const sheet = ref?.sheetName === undefined ? this._ss.activeSheet() : this._ss.sheetByName(ref.sheetName);
    if (!sheet) this._env.kernel.fail('Range not found');
    return this.#sheet(sheet as SheetModel)._rangeFromA1(a1Notation);
  }

  /**
   * insertSheet() / (index) / (name) / (name, index) / (…, options) — index is 0-based. The new sheet
   * becomes the active one. `options.template` copies the template's cells.
   */
  insertSheet(a?: unknown, b?: unknown, c?: unknown): SheetImpl {
    const args = [a, b, c].filter((x) => x !== undefined);
    const name = typeof args[0] === 'string' ? (args.shift() as string) : undefined;
    const index = typeof args[0] === 'number' ? (args.shift() as number) : undefined;
    const options = (args[0] as { template?: SheetImpl } | undefined) ?? {};
    const finalName = name ?? this.#freeName();
    if (finalName.trim() === '') this._env.kernel.fail('Sheet names cannot be blank.');
    if (this._ss.sheets.some((s) => s.name.toLowerCase() === finalName.toLowerCase()))
      this._env.kernel.fail(duplicateSheetName(finalName));
    if (index !== undefined && (index < 0 || index > this._ss.sheets.length))
      this._env.kernel.fail('Invalid argument: sheetIndex');
    const model = new SheetModel(this._env.nextSheetId(), finalName, NEW_SHEET_ROWS, NEW_SHEET_COLUMNS);
    const template = options.template?._sheet;
    if (template) {
      model.maxRows = template.maxRows;
      model.maxColumns = template.maxColumns;
      model.rows = template.rows.map((row) => row?.map((cell) => (cell ? { ...cell } : undefined)) ?? []);
      model.frozenRows = template.frozenRows;
      model.frozenColumns = template.frozenColumns;
    }
    this._ss.sheets.splice(index ?? this._ss.sheets.length, 0, model);
    this._ss.activeSheetId = model.id;
    this._ss.activeRange = undefined;
    return this.#sheet(model);
  }

  #freeName(): string {
    for (let n = this._ss.sheets.length + 1; ; n++) {
      const candidate = `Sheet${n}`;
      if (!this._ss.sheetByName(candidate)) return candidate;
    }
  }

  deleteSheet(sheet: SheetImpl): void {
    if (this._ss.sheets.length <= 1) this._env.kernel.fail("You can't remove all the sheets in a document.");
    this._ss.removeSheet(sheet._sheet);
  }

  // ---- named ranges ----

  setNamedRange(name: string, range: RangeImpl): void {
    const existing = this._ss.namedRanges.find((n) => n.name === name);
    if (existing) {
      existing.range = range._grid();
      return;
    }
    checkNamedRangeName(this._env, this._ss, name);
    this._ss.namedRanges.push({ name, range: range._grid() });
  }

  getNamedRanges(): NamedRangeImpl[] {
    return this._ss.namedRanges.map((n) => new NamedRangeImpl(this._env, this._ss, n));
  }

  getRangeByName(name: string): RangeImpl | null {
    const n = this._ss.namedRanges.find((x) => x.name === name);
    return n ? new NamedRangeImpl(this._env, this._ss, n).getRange() : null;
  }

  // ---- protections ----

  getProtections(type: string): ProtectionImpl[] {
    return this._ss.sheets.flatMap((s) =>
      s.protections.filter((p) => p.type === type).map((p) => new ProtectionImpl(this._env, this._ss, s, p)),
    );
  }

  // ---- developer metadata ----

  addDeveloperMetadata(key: string, valueOrVisibility?: unknown, visibility?: unknown): SpreadsheetImpl {
    addMetadata(this._env, this._ss, { type: 'SPREADSHEET' }, givenArgs(key, valueOrVisibility, visibility));
    return this;
  }

  getDeveloperMetadata(): DeveloperMetadataImpl[] {
    return metadataAt(this._env, this._ss, { type: 'SPREADSHEET' });
  }

  createDeveloperMetadataFinder(): DeveloperMetadataFinderImpl {
    return new DeveloperMetadataFinderImpl(this._env, this._ss, { kind: 'spreadsheet' });
  }

  // ---- ui ----

  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this._env.ui.toast(String(msg), title ?? '', timeoutSeconds ?? 5);
  }
}
