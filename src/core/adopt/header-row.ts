/**
 * Finding the header row of a tab an office built by hand: title rows above it ("ทะเบียนคุมการลา
 * ปีงบประมาณ 2569", merged across the width, or a lone cell), sometimes a two-row header (a merged
 * "วันที่เสร็จ" over "ขั้นที่ 1", "ขั้นที่ 2"), then data with blank rows in it and blank rows after it.
 */
import { fromThaiDigits } from '../dates/names';
import { parseDateText } from '../dates/parse';
import { cellAt, type Grid, headerText, isBlankCell, isBlankRow, type MergedRange, rowWidth } from './grid';
import { looksLikeDate } from './sniff';
import { isKnownHeaderWord } from './synonyms';

export interface HeaderRow {
  /** 0-based grid row of the header; the top row of a two-row header. */
  readonly row: number;
  /** 1, or 2 for a group row over a sub-header row. */
  readonly rows: 1 | 2;
  /** Header text of each column, a group label and its sub-label joined by a space. */
  readonly labels: readonly string[];
  /** Text of the title rows above the header: the register's own name, the year. */
  readonly titles: readonly string[];
  readonly firstDataRow: number;
  /** Last row holding any value at or after `firstDataRow`; `firstDataRow - 1` when there is none. */
  readonly lastDataRow: number;
  /** One past the last column holding a value at or below the header. */
  readonly width: number;
}

/** Rows looked at for the header: titles are few, and a header lower than this is not one. */
const HEADER_SCAN_ROWS = 15;
const MAX_HEADER_TEXT = 60;

/** A cell that reads as a header: short text, not a number, a date or an email. */
function isHeaderCell(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const text = value.trim();
  if (text === '' || text.length > MAX_HEADER_TEXT || text.startsWith('#') || text.includes('@'))
    return false;
  const t = fromThaiDigits(text);
  if (/^-?[\d,.]+$/.test(t)) return false;
  return !looksLikeDate(t) && !parseDateText(t).ok;
}

/** A title row's text, its cells joined. */
function rowText(grid: Grid, row: number): string {
  const r: readonly unknown[] = Array.isArray(grid[row]) ? grid[row]! : [];
  return r
    .map(headerText)
    .filter((t) => t !== '')
    .join(' ');
}

function filledCount(grid: Grid, row: number): number {
  const r = grid[row];
  if (!Array.isArray(r)) return 0;
  let n = 0;
  for (const v of r) if (!isBlankCell(v)) n++;
  return n;
}

function mergesIn(merges: readonly MergedRange[], row: number): MergedRange[] {
  return merges.filter((m) => m.row === row && m.columns > 1);
}

/** One cell alone, or a merge spanning most of the width: the register's title, not its header. */
function isTitleRow(grid: Grid, row: number, width: number, merges: readonly MergedRange[]): boolean {
  const filled = filledCount(grid, row);
  if (filled === 1) return true;
  return mergesIn(merges, row).some((m) => m.columns >= Math.max(3, width * 0.6));
}

/** How header-like a row is: its header cells, with a bonus for words registers use. */
function headerScore(grid: Grid, row: number): number {
  const r = grid[row];
  if (!Array.isArray(r)) return 0;
  let cells = 0;
  let known = 0;
  const seen = new Set<string>();
  for (const v of r) {
    if (!isHeaderCell(v)) continue;
    const text = (v as string).trim();
    if (seen.has(text)) continue;
    seen.add(text);
    cells++;
    if (isKnownHeaderWord(text)) known++;
  }
  return cells + 0.5 * known;
}

/** A row beneath the header that holds values, not more headers. */
function dataFollows(grid: Grid, row: number): boolean {
  for (let r = row + 1; r < Math.min(grid.length, row + 8); r++) {
    const r0 = grid[r];
    if (!Array.isArray(r0) || isBlankRow(grid, r)) continue;
    return r0.some((v) => !isBlankCell(v) && !isHeaderCell(v));
  }
  return false;
}

/**
 * The header row, or null when no row in the first rows has two header-like cells (one for a
 * one-column tab). Ties go to the upper row: data sits below its header.
 */
export function findHeaderRow(grid: Grid, merges: readonly MergedRange[] = []): HeaderRow | null {
  if (!Array.isArray(grid)) return null;
  const scan = Math.min(grid.length, HEADER_SCAN_ROWS);
  let width = 0;
  for (let r = 0; r < grid.length; r++) width = Math.max(width, rowWidth(grid, r));
  const titles: string[] = [];
  let best = -1;
  let bestScore = 0;
  for (let r = 0; r < scan; r++) {
    if (isBlankRow(grid, r)) continue;
    if (isTitleRow(grid, r, width, merges) && width > 1) continue;
    const cells = headerScore(grid, r);
    const data = dataFollows(grid, r);
    // A one-column tab's header is one cell: only data beneath tells it from a lone title.
    const enough = width > 1 ? cells >= 2 : cells >= 1 && data;
    const score = cells + (data ? 1 : 0);
    if (enough && score > bestScore) {
      best = r;
      bestScore = score;
    }
  }
  if (best < 0) return null;
  for (let r = 0; r < best; r++) {
    const text = rowText(grid, r);
    if (text) titles.push(text);
  }
  return extent(grid, best, isSubHeaderRow(grid, best, merges) ? 2 : 1, titles, merges);
}

/** The header the officer pointed at (0-based row), for when the guess was wrong. */
export function headerAt(grid: Grid, row: number, merges: readonly MergedRange[] = []): HeaderRow | null {
  if (!Array.isArray(grid) || !Number.isInteger(row) || row < 0 || row >= grid.length) return null;
  const titles: string[] = [];
  for (let r = 0; r < row; r++) {
    const text = rowText(grid, r);
    if (text) titles.push(text);
  }
  return extent(grid, row, 1, titles, merges);
}

function extent(
  grid: Grid,
  row: number,
  rows: 1 | 2,
  titles: readonly string[],
  merges: readonly MergedRange[],
): HeaderRow {
  const firstDataRow = row + rows;
  let lastDataRow = firstDataRow - 1;
  for (let r = grid.length - 1; r >= firstDataRow; r--) {
    if (!isBlankRow(grid, r)) {
      lastDataRow = r;
      break;
    }
  }
  let width = 0;
  for (let r = row; r <= Math.max(lastDataRow, firstDataRow - 1); r++)
    width = Math.max(width, rowWidth(grid, r));
  return {
    row,
    rows,
    labels: labels(grid, row, rows, width, merges),
    titles,
    firstDataRow,
    lastDataRow,
    width,
  };
}

/** The column a merged group label of `row` starts at, for a column under it; null when none covers it. */
function groupAnchor(grid: Grid, row: number, column: number, merges: readonly MergedRange[]): number | null {
  for (const m of mergesIn(merges, row))
    if (column >= m.column && column < m.column + m.columns) return m.column;
  if (merges.length > 0) return null;
  // No merge information: the nearest label to the left, when the cells between are blank.
  for (let c = column; c >= 0; c--) if (!isBlankCell(cellAt(grid, row, c))) return c;
  return null;
}

/**
 * Row `row + 1` is a sub-header when it holds only header cells, each under a group label (a merge,
 * or a label followed by blanks), and data follows it.
 */
function isSubHeaderRow(grid: Grid, row: number, merges: readonly MergedRange[]): boolean {
  const sub = grid[row + 1];
  if (!Array.isArray(sub)) return false;
  let cells = 0;
  let underBlank = 0;
  for (let c = 0; c < sub.length; c++) {
    const v = sub[c];
    if (isBlankCell(v)) continue;
    if (!isHeaderCell(v)) return false;
    cells++;
    const above = cellAt(grid, row, c);
    const anchor = groupAnchor(grid, row, c, merges);
    if (anchor === null) return false;
    const groupHasBlank = isBlankCell(above) || isBlankCell(cellAt(grid, row, c + 1)) || anchor !== c;
    if (!groupHasBlank) return false;
    if (isBlankCell(above)) underBlank++;
  }
  return cells >= 2 && underBlank >= 1 && dataFollows(grid, row + 1);
}

function labels(
  grid: Grid,
  row: number,
  rows: 1 | 2,
  width: number,
  merges: readonly MergedRange[],
): string[] {
  const out: string[] = [];
  for (let c = 0; c < width; c++) {
    let top = headerText(cellAt(grid, row, c));
    if (rows === 1) {
      out.push(top);
      continue;
    }
    const sub = headerText(cellAt(grid, row + 1, c));
    if (top === '' && sub !== '') {
      const anchor = groupAnchor(grid, row, c, merges);
      top = anchor === null ? '' : headerText(cellAt(grid, row, anchor));
    }
    out.push([top, sub].filter((t) => t !== '').join(' '));
  }
  return out;
}
