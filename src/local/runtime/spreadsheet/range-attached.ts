/**
 * What is attached to a range rather than to its cells: merges, the sheet's filter, protection,
 * developer metadata.
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
  metadataAt,
  metadataLocation,
} from './developer-metadata';
import { contains, type GridRange, intersects } from './grid-range';
import { eachCell, fail, gridOf, type Rect } from './rect';

export function merge(r: Rect): void {
  const g = gridOf(r);
  if (r._sheet.merges.some((m) => intersects(m, g) && !contains(g, m)))
    fail(r, 'You must select all cells in a merged range to merge or unmerge them.');
  r._sheet.merges = r._sheet.merges.filter((m) => !contains(g, m));
  r._sheet.merges.push(g);
  eachCell(r, (cell, i, j) => {
    if (i > 0 || j > 0) {
      cell.value = '';
      delete cell.formula;
    }
  });
}

export function breakApart(r: Rect): void {
  const g = gridOf(r);
  r._sheet.merges = r._sheet.merges.filter((m) => !intersects(m, g));
}

export const mergesTouching = (r: Rect): GridRange[] =>
  r._sheet.merges.filter((m) => intersects(m, gridOf(r)));

export function createFilter(r: Rect): FilterImpl {
  if (r._sheet.filter) fail(r, "You can't create a filter in a sheet that already has a filter.");
  r._sheet.filter = { range: gridOf(r), criteria: new Map() };
  return new FilterImpl(r._env, r._ss, r._sheet, r._sheet.filter);
}

export const protectRange = (r: Rect): ProtectionImpl => protect(r._env, r._ss, r._sheet, 'RANGE', gridOf(r));

/** addDeveloperMetadata(key[, value][, visibility]) on rows or columns addressed as such. */
export function addRangeMetadata(r: Rect, args: readonly unknown[]): void {
  const location = metadataLocation(r);
  if (!location) fail(r, ARBITRARY_RANGE_METADATA);
  addMetadata(r._env, r._ss, location, args);
}

export function rangeMetadata(r: Rect): DeveloperMetadataImpl[] {
  const location = metadataLocation(r);
  return location ? metadataAt(r._env, r._ss, location) : [];
}

export const rangeFinder = (r: Rect): DeveloperMetadataFinderImpl =>
  new DeveloperMetadataFinderImpl(r._env, r._ss, { kind: 'range', range: gridOf(r) });
