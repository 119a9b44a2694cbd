/**
 * A rectangle of a sheet (1-based, like Apps Script) and how it moves when rows or columns are
 * inserted or deleted: ranges after the change shift, ranges spanning it grow or shrink, ranges
 * entirely deleted disappear. This is how Sheets keeps developer metadata, named ranges,
 * conditional-format ranges, protections and merges attached to their rows.
 */

export interface GridRange {
  readonly sheetId: number;
  readonly row: number;
  readonly col: number;
  readonly numRows: number;
  readonly numCols: number;
}

export type Dimension = 'ROWS' | 'COLUMNS';

/** Span [start, start+count) after inserting `n` at position `at` (the first new index). */
function spanAfterInsert(start: number, count: number, at: number, n: number): [number, number] {
  if (start >= at) return [start + n, count];
  if (start + count > at) return [start, count + n];
  return [start, count];
}

/** Span after deleting [at, at+n); undefined when nothing is left. */
function spanAfterDelete(start: number, count: number, at: number, n: number): [number, number] | undefined {
  const end = start + count;
  const delEnd = at + n;
  const removedBefore = Math.max(0, Math.min(delEnd, start) - at);
  const removedInside = Math.max(0, Math.min(end, delEnd) - Math.max(start, at));
  const newCount = count - removedInside;
  if (newCount <= 0) return undefined;
  return [start - removedBefore, newCount];
}

export function insertInto(r: GridRange, dim: Dimension, at: number, n: number): GridRange {
  if (dim === 'ROWS') {
    const [row, numRows] = spanAfterInsert(r.row, r.numRows, at, n);
    return { ...r, row, numRows };
  }
  const [col, numCols] = spanAfterInsert(r.col, r.numCols, at, n);
  return { ...r, col, numCols };
}

export function deleteFrom(r: GridRange, dim: Dimension, at: number, n: number): GridRange | undefined {
  if (dim === 'ROWS') {
    const s = spanAfterDelete(r.row, r.numRows, at, n);
    return s && { ...r, row: s[0], numRows: s[1] };
  }
  const s = spanAfterDelete(r.col, r.numCols, at, n);
  return s && { ...r, col: s[0], numCols: s[1] };
}

export function intersects(a: GridRange, b: GridRange): boolean {
  return (
    a.sheetId === b.sheetId &&
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.col < b.col + b.numCols &&
    b.col < a.col + a.numCols
  );
}

export function contains(outer: GridRange, inner: GridRange): boolean {
  return (
    outer.sheetId === inner.sheetId &&
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.numRows <= outer.row + outer.numRows &&
    inner.col + inner.numCols <= outer.col + outer.numCols
  );
}
