/**
 * Writing Kamnot's columns back: only the cells that changed, one setValues per contiguous run of
 * changed rows per contiguous group of Kamnot's columns. Never a call per cell.
 */
import { isDateValue } from '../../core/cells';
import type { Sheet } from '../workbook/services';

/** Runs of consecutive numbers: [2,3,4,9] → [[2,4],[9,9]]. */
export function runsOf(sorted: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const n of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[1] === n - 1) last[1] = n;
    else runs.push([n, n]);
  }
  return runs;
}

export function sameCell(a: unknown, b: unknown): boolean {
  if (isDateValue(a) || isDateValue(b)) {
    return isDateValue(a) && isDateValue(b) && a.getTime() === b.getTime();
  }
  return (
    a === b || ((a === '' || a === null || a === undefined) && (b === '' || b === null || b === undefined))
  );
}

/** A register's data rows as read: the sheet, the sheet row the first of them is on, their values. */
export interface DataRows {
  readonly sheet: Sheet;
  readonly firstRow: number;
  readonly values: readonly (readonly unknown[])[];
}

/**
 * `wanted[r][k]` is the value for data row r (0 = sheet row `rows.firstRow`) of Kamnot column k, which
 * sits at sheet column `columns[k]` (0-based).
 * - 'span' (Kamnot's own columns): one write per group of adjacent columns, from the first changed
 *   row to the last; rows in between get back what they hold. Changed rows are scattered among
 *   closed cases, so writing each run of rows would cost a call per row.
 * - 'runs' (cells in the office's columns, i.e. new case ids): only the changed cells, one write per
 *   run of consecutive rows, so nothing typed is ever rewritten.
 */
export function writeChanged(
  rows: DataRows,
  columns: readonly number[],
  wanted: ReadonlyMap<number, readonly unknown[]>,
  mode: 'span' | 'runs' = 'span',
): { cells: number; writes: number } {
  const { sheet, firstRow, values: current } = rows;
  let cells = 0;
  let writes = 0;
  const order = columns.map((c, k) => [c, k] as const).sort((a, b) => a[0] - b[0]);
  for (const [first, last] of runsOf(order.map(([c]) => c))) {
    const ks = order.filter(([c]) => c >= first && c <= last).map(([, k]) => k);
    const changed = [...wanted.keys()]
      .filter((r) => ks.some((k) => !sameCell(current[r]?.[columns[k]!], wanted.get(r)![k])))
      .sort((a, b) => a - b);
    if (changed.length === 0) continue;
    const blocks =
      mode === 'span' ? [[changed[0]!, changed[changed.length - 1]!] as [number, number]] : runsOf(changed);
    for (const [top, bottom] of blocks) {
      const block: unknown[][] = [];
      for (let r = top; r <= bottom; r++) {
        const row = wanted.get(r);
        block.push(ks.map((k) => (row ? row[k] : (current[r]?.[columns[k]!] ?? ''))));
      }
      sheet.getRange(top + firstRow, first + 1, block.length, ks.length).setValues(block);
      cells += block.length * ks.length;
      writes++;
    }
  }
  return { cells, writes };
}
