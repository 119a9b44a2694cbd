/**
 * Range merges and the objects attached to a range (a link of RangeImpl, see range-base.ts): merged
 * ranges, the sheet's filter, protection, developer metadata.
 *
 * Source: Range reference. Merging keeps the top-left value and clears the others (modelled).
 * Metadata rules: developer-metadata.ts; filters and protections: attached.ts.
 */
import { FilterImpl, type ProtectionImpl, protect } from './attached';
import {
  ARBITRARY_RANGE_METADATA,
  addMetadata,
  DeveloperMetadataFinderImpl,
  type DeveloperMetadataImpl,
  locationOfRange,
  metadataAt,
} from './developer-metadata';
import { contains, intersects } from './grid-range';
import type { RangeImpl } from './range';
import { RangeNotesAndValidation } from './range-notes-validation';

export abstract class RangeAttached extends RangeNotesAndValidation {
  // ---- merges ----

  merge(): this {
    const g = this._grid();
    if (this._sheet.merges.some((m) => intersects(m, g) && !contains(g, m)))
      this._fail('You must select all cells in a merged range to merge or unmerge them.');
    this._sheet.merges = this._sheet.merges.filter((m) => !contains(g, m));
    this._sheet.merges.push(g);
    this._each((cell, r, c) => {
      if (r > 0 || c > 0) {
        cell.value = '';
        delete cell.formula;
      }
    });
    return this;
  }

  mergeAcross(): this {
    for (let r = 0; r < this._numRows; r++) this._range(this._row + r, this._col, 1, this._numCols).merge();
    return this;
  }

  mergeVertically(): this {
    for (let c = 0; c < this._numCols; c++) this._range(this._row, this._col + c, this._numRows, 1).merge();
    return this;
  }

  breakApart(): this {
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
      .map((m) => this._range(m.row, m.col, m.numRows, m.numCols));
  }

  // ---- filter and protection ----

  createFilter(): FilterImpl {
    if (this._sheet.filter) this._fail("You can't create a filter in a sheet that already has a filter.");
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

  // ---- developer metadata ----

  addDeveloperMetadata(key: string, valueOrVisibility?: unknown, visibility?: unknown): this {
    const location = locationOfRange(this as unknown as RangeImpl);
    if (!location) this._fail(ARBITRARY_RANGE_METADATA);
    const args = [key, valueOrVisibility, visibility].slice(
      0,
      visibility !== undefined ? 3 : valueOrVisibility !== undefined ? 2 : 1,
    );
    addMetadata(this._env, this._ss, location as NonNullable<typeof location>, args);
    return this;
  }

  getDeveloperMetadata(): DeveloperMetadataImpl[] {
    const location = locationOfRange(this as unknown as RangeImpl);
    return location ? metadataAt(this._env, this._ss, location) : [];
  }

  createDeveloperMetadataFinder(): DeveloperMetadataFinderImpl {
    return new DeveloperMetadataFinderImpl(this._env, this._ss, { kind: 'range', range: this._grid() });
  }
}
