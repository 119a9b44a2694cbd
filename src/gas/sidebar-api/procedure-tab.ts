/**
 * One procedure's rows in the Procedures tab, read and replaced as a block. Columns are found by their
 * header (officers may move them or add their own); the rows of every other procedure are never
 * written, and a procedure's rows end up contiguous, where its first row was (or at the end).
 */
import { type ParsedTab, parseProceduresTab } from '../../core/procedures/parse-tab';
import { readVersion } from '../../core/procedures/read-cells';
import { locateColumns, TAB_COLUMNS, type TabKey, tabHeaderText } from '../../core/procedures/tab-layout';
import type { TabRow } from '../../core/procedures/to-rows';
import type { Sheet } from '../workbook/services';

export interface TabSnapshot {
  readonly values: unknown[][];
  readonly parsed: ParsedTab;
}

export function snapshot(sheet: Sheet): TabSnapshot {
  const values = sheet.getDataRange().getValues();
  return { values, parsed: parseProceduresTab(values) };
}

/** The sheet rows (1-based) that hold a procedure, valid or not. */
export function rowsOfId(parsed: ParsedTab, id: string): readonly number[] {
  return (
    parsed.procedures.find((p) => p.procedure.id === id)?.rows ??
    parsed.rejected.find((r) => r.id === id)?.rows ??
    []
  );
}

/** Every id the tab uses (valid or not), for new ids that must not collide. */
export function tabIds(parsed: ParsedTab): string[] {
  return [...parsed.procedures.map((p) => p.procedure.id), ...parsed.rejected.map((r) => r.id)];
}

/** Sheet rows → the same cells in `TAB_COLUMNS` order (missing columns read as blank). */
export function inTabOrder(values: readonly (readonly unknown[])[], rows: readonly number[]): unknown[][] {
  const { at } = locateColumns(values[0] ?? []);
  return rows.map((r) =>
    TAB_COLUMNS.map((c) => (at[c.key] === undefined ? '' : values[r - 1]?.[at[c.key]!])),
  );
}

/** Header positions of every tab column; a missing one is added at the right, so nothing typed is lost. */
function columnPositions(sheet: Sheet, header: readonly unknown[]): number[] {
  const at: Partial<Record<TabKey, number>> = { ...locateColumns(header).at };
  const missing = TAB_COLUMNS.filter((c) => at[c.key] === undefined);
  if (missing.length > 0) {
    const first = header.length + 1;
    const short = first + missing.length - 1 - sheet.getMaxColumns();
    if (short > 0) sheet.insertColumnsAfter(sheet.getMaxColumns(), short);
    sheet.getRange(1, first, 1, missing.length).setValues([missing.map(tabHeaderText)]);
    missing.forEach((c, i) => {
      at[c.key] = first - 1 + i;
    });
  }
  return TAB_COLUMNS.map((c) => at[c.key]!);
}

/** Consecutive runs of row numbers: [start, length][], top first. */
function runsOf(rows: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const r of [...rows].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === r) last[1]++;
    else runs.push([r, 1]);
  }
  return runs;
}

/**
 * Replaces the procedure `id`'s rows with `rows` (in `TAB_COLUMNS` order), or appends them when the tab
 * has none. The Version cells keep the number the tab had, so the settle that follows reads the same
 * history. Returns that number (null when none was written).
 */
export function putProcedure(sheet: Sheet, id: string, rows: readonly TabRow[]): number | null {
  const { values, parsed } = snapshot(sheet);
  const positions = columnPositions(sheet, values[0] ?? []);
  const old = rowsOfId(parsed, id);
  const stepAt = TAB_COLUMNS.findIndex((c) => c.key === 'step');
  const versionAt = TAB_COLUMNS.findIndex((c) => c.key === 'version');
  const versions = old
    .map((r) => readVersion(String(values[r - 1]?.[positions[versionAt]!] ?? '')))
    .filter((v): v is number => v !== null);
  const version = versions.length > 0 ? Math.max(...versions) : null;
  // The office's own columns between Kamnot's keep what they held for the same step number.
  const oldByStep = new Map(
    old.map((r) => [String(values[r - 1]?.[positions[stepAt]!] ?? ''), values[r - 1]!]),
  );
  const lo = Math.min(...positions);
  const hi = Math.max(...positions);
  const block = rows.map((row) => {
    const before = oldByStep.get(String(row[stepAt])) ?? [];
    const out = Array.from({ length: hi - lo + 1 }, (_, i) => before[lo + i] ?? '');
    positions.forEach((p, i) => {
      out[p - lo] = i === versionAt ? (version ?? '') : row[i]!;
    });
    return out;
  });
  const runs = runsOf(old);
  let start: number;
  if (runs.length === 0) {
    start = sheet.getLastRow() + 1;
    const short = start + block.length - 1 - sheet.getMaxRows();
    if (short > 0) sheet.insertRowsAfter(sheet.getMaxRows(), short);
  } else {
    // Rows typed elsewhere in the tab join the first block: bottom first, so row numbers above hold.
    for (const [first, length] of runs.slice(1).reverse()) sheet.deleteRows(first, length);
    const [first, length] = runs[0]!;
    start = first;
    if (block.length > length) sheet.insertRowsAfter(first + length - 1, block.length - length);
    else if (block.length < length) sheet.deleteRows(first + block.length, length - block.length);
  }
  if (block.length > 0) sheet.getRange(start, lo + 1, block.length, hi - lo + 1).setValues(block);
  return version;
}
