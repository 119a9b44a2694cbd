/**
 * One procedure's rows in the Procedures tab, read and replaced as a block. Columns are found by their
 * header (officers may move them or add their own); the rows of every other procedure are never
 * written, and a procedure's rows end up contiguous, where its first row was (or at the end).
 */
import { type ParsedTab, parseProceduresTab } from '../../core/procedures/parse-tab';
import { readVersion } from '../../core/procedures/read-cells';
import { locateColumns, TAB_COLUMNS, type TabKey, tabHeaderText } from '../../core/procedures/tab-layout';
import type { TabRow } from '../../core/procedures/to-rows';
import { runsOf } from '../run/write-back';
import type { Sheet } from '../workbook/services';
import { safeCell } from '../workbook/write-cells';

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

/** The formulas of the office's columns in the procedure's old rows (one read), by sheet row. */
function officeFormulas(
  sheet: Sheet,
  old: readonly number[],
  lo: number,
  hi: number,
  needed: boolean,
): Map<number, string[]> {
  const out = new Map<number, string[]>();
  if (!needed || old.length === 0) return out;
  const top = Math.min(...old);
  const block = sheet.getRange(top, lo + 1, Math.max(...old) - top + 1, hi - lo + 1).getFormulas();
  for (const r of old) out.set(r, block[r - top] ?? []);
  return out;
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
  // The office's own columns between Kamnot's keep what they held for the same step number: formulas
  // as formulas, text as text. They are written only where a step's row moved.
  const lo = Math.min(...positions);
  const hi = Math.max(...positions);
  const kamnot = new Set(positions);
  const office = Array.from({ length: hi - lo + 1 }, (_, i) => lo + i).filter((c) => !kamnot.has(c));
  const sourceOf = new Map(old.map((r) => [String(values[r - 1]?.[positions[stepAt]!] ?? ''), r]));
  const formulas = officeFormulas(sheet, old, lo, hi, office.length > 0);
  const runs = runsOf([...old].sort((a, b) => a - b)).map(
    ([first, last]) => [first, last - first + 1] as const,
  );
  let start: number;
  if (runs.length === 0) {
    start = sheet.getLastRow() + 1;
    const short = start + rows.length - 1 - sheet.getMaxRows();
    if (short > 0) sheet.insertRowsAfter(sheet.getMaxRows(), short);
  } else {
    // Rows typed elsewhere in the tab join the first block: bottom first, so row numbers above hold.
    for (const [first, length] of runs.slice(1).reverse()) sheet.deleteRows(first, length);
    const [first, length] = runs[0]!;
    start = first;
    if (rows.length > length) sheet.insertRowsAfter(first + length - 1, rows.length - length);
    else if (rows.length < length) sheet.deleteRows(first + rows.length, length - rows.length);
  }
  if (rows.length === 0) return version;
  // Kamnot's columns: one write per group of adjacent columns.
  const order = positions.map((p, i) => [p, i] as const).sort((a, b) => a[0] - b[0]);
  for (const [from, to] of runsOf(order.map(([p]) => p))) {
    const ks = order.filter(([p]) => p >= from && p <= to).map(([, i]) => i);
    const block = rows.map((row) => ks.map((i) => (i === versionAt ? (version ?? '') : safeCell(row[i]!))));
    sheet.getRange(start, from + 1, rows.length, to - from + 1).setValues(block);
  }
  // The office's columns, for the rows whose step now sits on another row (or is new).
  rows.forEach((row, i) => {
    const source = sourceOf.get(String(row[stepAt]));
    if (source === start + i || office.length === 0) return;
    for (const [from, to] of runsOf(office)) {
      const cells = [];
      for (let c = from; c <= to; c++) {
        const formula = source === undefined ? '' : (formulas.get(source)?.[c - lo] ?? '');
        cells.push(formula || (source === undefined ? '' : safeCell(values[source - 1]?.[c] ?? '')));
      }
      sheet.getRange(start + i, from + 1, 1, to - from + 1).setValues([cells]);
    }
  });
  return version;
}
