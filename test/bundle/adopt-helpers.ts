// The officer's side of adoption in the offline runtime: the workbook with the office's tabs, the
// sidebar calls, and cell-by-cell views of a tab to compare before and after.
import { columnLetters, columnNumber } from '../../src/core/cells';
import type {
  AdoptionProposal,
  AdoptionResult,
  AdoptionView,
  AdoptOptions,
  StopResult,
} from '../../src/gas/sidebar-api/public';
import type { Runtime } from '../../src/local/runtime';
import { dress, type OfficeTab } from './adopt-tab-shape';
import { load } from './harness';

const SIDEBAR = { kind: 'sidebar' } as const;
/** Tue 8 Dec 2569, after the office's reminder hour (08:00). */
export const START = '2026-12-08T09:30:00+07:00';

export function office(tabs: readonly OfficeTab[], start = START): Runtime {
  const runtime = load({
    spreadsheet: { timeZone: 'Asia/Bangkok', locale: 'th_TH', sheets: tabs.map((t) => t.seed) },
    start,
    deployment: 'bound',
    user: 'somchai@example.org',
  });
  for (const t of tabs) dress(runtime, t);
  return runtime;
}

export function gidOf(runtime: Runtime, name: string): number {
  return runtime.spreadsheet.snapshotSheet(name).id;
}

export function propose(
  runtime: Runtime,
  gid: number | null,
  procedureId: string | null = null,
): AdoptionView {
  return runtime.callIn(SIDEBAR, 'proposeAdoption', gid, procedureId) as AdoptionView;
}

export function proposalFor(runtime: Runtime, tab: OfficeTab): AdoptionProposal {
  const view = propose(runtime, gidOf(runtime, tab.seed.name), tab.procedureId);
  return view.proposal!;
}

export const mappingOf = (p: AdoptionProposal): Record<string, string | null> =>
  Object.fromEntries(p.fields.map((f) => [f.key, f.column]));

export function adopt(
  runtime: Runtime,
  p: AdoptionProposal,
  mapping: Record<string, string | null> = mappingOf(p),
  options: AdoptOptions = {},
): AdoptionResult {
  return runtime.callIn(SIDEBAR, 'adoptTab', p.gid, p.procedureId, mapping, options) as AdoptionResult;
}

export function stop(runtime: Runtime, gid: number, confirm = false): StopResult {
  return runtime.callIn(SIDEBAR, 'stopTracking', gid, confirm) as StopResult;
}

const letters = (a1: string) => /^([A-Z]+)(\d+)$/.exec(a1)!;

/**
 * Every cell of the office's columns 1..width, keyed by its address before adoption: after adoption
 * a column at or right of `insertedAt` (1-based) is read `count` columns further right.
 */
export function officeCells(
  runtime: Runtime,
  name: string,
  width: number,
  moved: { insertedAt: number; count: number } | null = null,
): Record<string, unknown> {
  const cells = runtime.spreadsheet.snapshotSheet(name).cells;
  const out: Record<string, unknown> = {};
  for (const [a1, cell] of Object.entries(cells)) {
    const [, col, row] = letters(a1);
    let c = columnNumber(col!);
    if (moved && c >= moved.insertedAt) {
      if (c < moved.insertedAt + moved.count) continue; // Kamnot's block
      c -= moved.count;
    }
    if (c <= width) out[`${columnLetters(c)}${row}`] = cell;
  }
  return out;
}

/** A column's values from `first` to `last` (1-based rows), as the sheet holds them. */
export function column(
  runtime: Runtime,
  name: string,
  letter: string,
  first: number,
  last: number,
): unknown[] {
  return runtime.spreadsheet.values(name, `${letter}${first}:${letter}${last}`).map((r) => r[0]);
}

/** The header cell texts of a row, by letter. */
export function headerRow(runtime: Runtime, name: string, row: number): Record<string, string> {
  const values = runtime.spreadsheet.values(name, `A${row}:Z${row}`)[0]!;
  const out: Record<string, string> = {};
  values.forEach((v, i) => {
    if (v !== '') out[columnLetters(i + 1)] = String(v);
  });
  return out;
}
