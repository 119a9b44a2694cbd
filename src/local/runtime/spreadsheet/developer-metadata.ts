/**
 * Developer metadata: key/value pairs attached to the spreadsheet, a sheet, or whole rows/columns,
 * which follow their rows and columns when others are inserted or deleted (model.ts).
 *
 * Sources: DeveloperMetadata, DeveloperMetadataFinder, Range.createDeveloperMetadataFinder
 * references ("metadata is only within the scope of the range if it's wholly contained within that
 * range … onIntersectingLocations() considers intersecting locations"). Error for other ranges:
 * "Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may
 * only be added to the top-level spreadsheet, an individual sheet, or an entire row or column."
 * The error is live-verified (gas-fakes test/testsheetsdeveloper.js: "B2:D4", "B6:D6", "F2:F5" and
 * "A1" throw it, "8:8" and "G:G" take metadata). A range with explicit row and column counts that
 * happens to span the sheet (getRange(1, c, maxRows, 1)) is reported rejected too; the strict
 * reading is modelled: only rows and columns addressed as such ("C:C", "4:4") take metadata.
 * Both visibilities are visible here (a single project).
 */
import { SPEC } from '../kernel';
import type { Implements } from '../types';
import { type SheetsEnv, sheetsSpec } from './env';
import { contains, type GridRange, intersects } from './grid-range';
import type { MetadataLocation, MetadataModel, MetadataVisibility, SpreadsheetModel } from './model';
import type { RangeImpl } from './range';
import { gridOf, type Rect } from './rect';
import type { SheetImpl } from './sheet';

type DM = GoogleAppsScript.Spreadsheet.DeveloperMetadata;
type DMF = GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;
type DML = GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation;

export const ARBITRARY_RANGE_METADATA =
  'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.';

const DM_SPEC = sheetsSpec('DeveloperMetadata');
const DMF_SPEC = sheetsSpec('DeveloperMetadataFinder');
const DML_SPEC = sheetsSpec('DeveloperMetadataLocation');

const VISIBILITIES = ['DOCUMENT', 'PROJECT'];

/** addDeveloperMetadata(key[, value | visibility][, visibility]) as the arguments given. */
export function givenArgs(key: string, second?: unknown, third?: unknown): unknown[] {
  return [key, second, third].slice(0, third !== undefined ? 3 : second !== undefined ? 2 : 1);
}

/** addDeveloperMetadata(key[, value][, visibility]) → its parts. */
function metadataArgs(args: readonly unknown[]): {
  key: string;
  value: string | null;
  visibility: MetadataVisibility;
} {
  const [key, second, third] = args;
  if (args.length === 2 && typeof second === 'string' && VISIBILITIES.includes(second)) {
    return { key: String(key), value: null, visibility: second as MetadataVisibility };
  }
  return {
    key: String(key),
    value: second === undefined || second === null ? null : String(second),
    visibility: third === undefined ? 'DOCUMENT' : (String(third) as MetadataVisibility),
  };
}

export function addMetadata(
  env: SheetsEnv,
  ss: SpreadsheetModel,
  location: MetadataLocation,
  args: readonly unknown[],
): MetadataModel {
  const { key, value, visibility } = metadataArgs(args);
  const m: MetadataModel = { id: env.nextMetadataId(), key, value, visibility, location };
  ss.metadata.push(m);
  return m;
}

/**
 * The metadata location of a range addressed as whole rows ("4:4", open columns) or whole columns
 * ("C:C", open rows), or undefined for any other range, whatever its extent.
 */
export function metadataLocation(r: Rect): MetadataLocation | undefined {
  const grid = gridOf(r);
  if (r._open.cols) return { type: 'ROW', range: grid };
  if (r._open.rows) return { type: 'COLUMN', range: grid };
  return undefined;
}

export class DeveloperMetadataLocationImpl
  implements Implements<DML, 'getLocationType' | 'getRow' | 'getColumn' | 'getSheet'>
{
  readonly [SPEC] = DML_SPEC;
  constructor(
    private readonly env: SheetsEnv,
    private readonly ss: SpreadsheetModel,
    private readonly location: MetadataLocation,
  ) {}

  getLocationType(): string {
    return this.location.type;
  }

  #range(type: 'ROW' | 'COLUMN'): RangeImpl | null {
    const loc = this.location;
    if (loc.type !== type) return null;
    const sheet = this.ss.sheetById(loc.range.sheetId);
    if (!sheet) return null;
    const r = loc.range;
    return this.env.make.range(
      this.ss,
      sheet,
      r.row,
      r.col,
      r.numRows,
      r.numCols,
      type === 'ROW' ? { cols: true } : { rows: true },
    );
  }

  getRow(): RangeImpl | null {
    return this.#range('ROW');
  }

  getColumn(): RangeImpl | null {
    return this.#range('COLUMN');
  }

  getSheet(): SheetImpl | null {
    const loc = this.location;
    const id =
      loc.type === 'SHEET' ? loc.sheetId : loc.type === 'SPREADSHEET' ? undefined : loc.range.sheetId;
    const sheet = id === undefined ? undefined : this.ss.sheetById(id);
    return sheet ? this.env.make.sheet(this.ss, sheet) : null;
  }
}

export class DeveloperMetadataImpl
  implements
    Implements<DM, 'getId' | 'getKey' | 'getValue' | 'getLocation' | 'setValue' | 'remove' | 'moveToSheet'>
{
  readonly [SPEC] = DM_SPEC;
  constructor(
    private readonly env: SheetsEnv,
    private readonly ss: SpreadsheetModel,
    readonly _id: number,
  ) {}

  #m(): MetadataModel {
    const m = this.ss.metadata.find((x) => x.id === this._id);
    if (!m) this.env.kernel.fail(`No developer metadata with id ${this._id} exists.`);
    return m as MetadataModel;
  }

  getId(): number {
    return this.#m().id;
  }

  getKey(): string {
    return this.#m().key;
  }

  getValue(): string | null {
    return this.#m().value;
  }

  getLocation(): DeveloperMetadataLocationImpl {
    return new DeveloperMetadataLocationImpl(this.env, this.ss, this.#m().location);
  }

  setValue(value: string): DeveloperMetadataImpl {
    this.#m().value = value === null || value === undefined ? null : String(value);
    return this;
  }

  remove(): void {
    const m = this.#m();
    this.ss.metadata = this.ss.metadata.filter((x) => x !== m);
  }

  moveToSheet(sheet: SheetImpl): DeveloperMetadataImpl {
    this.#m().location = { type: 'SHEET', sheetId: sheet._sheet.id };
    return this;
  }
}

/** Where a finder looks. */
export type FinderScope =
  | { readonly kind: 'spreadsheet' }
  | { readonly kind: 'sheet'; readonly sheetId: number }
  | { readonly kind: 'range'; readonly range: GridRange };

export class DeveloperMetadataFinderImpl
  implements
    Implements<DMF, 'find' | 'onIntersectingLocations' | 'withKey' | 'withLocationType' | 'withValue'>
{
  readonly [SPEC] = DMF_SPEC;
  #intersecting = false;
  #key: string | undefined;
  #value: string | undefined;
  #type: string | undefined;

  constructor(
    private readonly env: SheetsEnv,
    private readonly ss: SpreadsheetModel,
    private readonly scope: FinderScope,
  ) {}

  #inScope(m: MetadataModel): boolean {
    const s = this.scope;
    if (s.kind === 'spreadsheet') return true;
    const loc = m.location;
    if (s.kind === 'sheet') {
      if (loc.type === 'SHEET') return loc.sheetId === s.sheetId;
      if (loc.type === 'ROW' || loc.type === 'COLUMN') return loc.range.sheetId === s.sheetId;
      return false;
    }
    if (loc.type !== 'ROW' && loc.type !== 'COLUMN') return false;
    return this.#intersecting ? intersects(s.range, loc.range) : contains(s.range, loc.range);
  }

  find(): DeveloperMetadataImpl[] {
    return this.ss.metadata
      .filter(
        (m) =>
          this.#inScope(m) &&
          (this.#key === undefined || m.key === this.#key) &&
          (this.#value === undefined || m.value === this.#value) &&
          (this.#type === undefined || m.location.type === this.#type),
      )
      .map((m) => new DeveloperMetadataImpl(this.env, this.ss, m.id));
  }

  onIntersectingLocations(): DeveloperMetadataFinderImpl {
    this.#intersecting = true;
    return this;
  }

  withKey(key: string): DeveloperMetadataFinderImpl {
    this.#key = key;
    return this;
  }

  withLocationType(locationType: string): DeveloperMetadataFinderImpl {
    this.#type = locationType;
    return this;
  }

  withValue(value: string): DeveloperMetadataFinderImpl {
    this.#value = value;
    return this;
  }
}

/** Metadata exactly at a location (getDeveloperMetadata of spreadsheet / sheet / range). */
export function metadataAt(
  env: SheetsEnv,
  ss: SpreadsheetModel,
  where: MetadataLocation,
): DeveloperMetadataImpl[] {
  return ss.metadata
    .filter((m) => {
      const loc = m.location;
      if (loc.type !== where.type) return false;
      if (loc.type === 'SPREADSHEET') return true;
      if (loc.type === 'SHEET') return where.type === 'SHEET' && loc.sheetId === where.sheetId;
      const w = where as { range: GridRange };
      const r = loc.range;
      return (
        r.sheetId === w.range.sheetId &&
        r.row === w.range.row &&
        r.col === w.range.col &&
        r.numRows === w.range.numRows &&
        r.numCols === w.range.numCols
      );
    })
    .map((m) => new DeveloperMetadataImpl(env, ss, m.id));
}
