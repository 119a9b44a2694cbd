/**
 * What the hourly run left in a workbook checked from .xlsx, read the way an officer would look at
 * it: each register's states (from Kamnot's state column, found by its column metadata), the notes
 * Kamnot put on rows, and the digests it sent (from the outbox and the `_sent` ledger).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { columnLetters } from '../../core/cells';
import type { CaseState } from '../../core/engine/types';
import type { Msg } from '../../core/i18n/msg';
import { notedProblems } from '../../core/register/computed';
import { readBinding } from '../../gas/run/registers';
import { COLUMN_KEY, REGISTER_KEY } from '../../gas/workbook/register-tab';
import { type DigestSummary, digests, readLedger, stateFromCell } from '../demo/inspect';
import type { Runtime } from '../runtime';

interface RowProblems {
  readonly tab: string;
  /** 1-based sheet row. */
  readonly row: number;
  readonly caseId: string;
  /** Thai / English each, as the note on the state cell holds them. */
  readonly problems: readonly Msg[];
}

export interface RegisterResult {
  readonly tab: string;
  readonly cases: number;
  readonly byState: ReadonlyMap<CaseState | null, number>;
  /** One entry per flagged row. */
  readonly problems: readonly RowProblems[];
  /** Rows holding something but no case (a totals row, a section title): 1-based sheet rows. */
  readonly notCases: readonly number[];
}

/** Every layout key bound on the tab → its 1-based column, from the column metadata the binding put there. */
function columnsOf(runtime: Runtime, tab: string): Map<string, number> {
  const sheet = runtime.model.sheetByName(tab);
  const out = new Map<string, number>();
  if (!sheet) return out;
  for (const m of runtime.model.metadata)
    if (
      m.key === COLUMN_KEY &&
      m.value &&
      m.location.type === 'COLUMN' &&
      m.location.range.sheetId === sheet.id
    )
      out.set(m.value, m.location.range.col);
  return out;
}

/** The register's header row (1-based): below the titles of an adopted tab. */
function headerRowOf(runtime: Runtime, tab: string): number {
  const sheet = runtime.model.sheetByName(tab);
  const m = runtime.model.metadata.find(
    (x) => x.key === REGISTER_KEY && x.location.type === 'SHEET' && x.location.sheetId === sheet?.id,
  );
  return readBinding(m?.value ?? null).headerRow;
}

const blank = (v: unknown) => v === '' || v === null || v === undefined;

export function registerResult(runtime: Runtime, tab: string): RegisterResult {
  const byState = new Map<CaseState | null, number>();
  const problems: RowProblems[] = [];
  const notCases: number[] = [];
  const columns = columnsOf(runtime, tab);
  const stateColumn = columns.get('kamnot:state');
  const idColumn = columns.get('case-id');
  const header = headerRowOf(runtime, tab);
  const last = runtime.model.sheetByName(tab)?.lastRow() ?? 0;
  if (stateColumn === undefined || last <= header) return { tab, cases: 0, byState, problems, notCases };
  const kamnot = new Set([...columns].filter(([key]) => key.startsWith('kamnot:')).map(([, c]) => c - 1));
  const values = runtime.spreadsheet.values(tab).slice(header, last);
  const letter = columnLetters(stateColumn);
  const notes = runtime.spreadsheet.notes(tab, `${letter}${header + 1}:${letter}${last}`);
  let cases = 0;
  values.forEach((row, i) => {
    const sheetRow = header + 1 + i;
    const text = String(row[stateColumn - 1] ?? '').trim();
    if (text === '') {
      if (row.some((v, c) => !kamnot.has(c) && !blank(v))) notCases.push(sheetRow);
      return;
    }
    cases++;
    const { state } = stateFromCell(text);
    byState.set(state, (byState.get(state) ?? 0) + 1);
    const noted = notedProblems(notes[i]?.[0] ?? '');
    if (noted.length > 0)
      problems.push({
        tab,
        row: sheetRow,
        caseId: idColumn === undefined ? '' : String(row[idColumn - 1] ?? ''),
        problems: noted,
      });
  });
  return { tab, cases, byState, problems, notCases };
}

/** Reminders the ledger already held for `day` before this run: they are not sent twice. */
export function sentBefore(runtime: Runtime, day: string, sentNow: readonly DigestSummary[]): number {
  const now = sentNow.reduce((n, d) => n + d.total, 0);
  const all = readLedger(runtime).filter((e) => e.status === 'sent' && e.day === day).length;
  return Math.max(0, all - now);
}

/** Writes each digest as `<dir>/<n>-<recipient>.html` (the folder is emptied first); returns the paths. */
export function writeDigests(dir: string, sent: readonly DigestSummary[]): string[] {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return sent.map((d, i) => {
    const file = join(dir, `${i + 1}-${d.to.replace(/[^A-Za-z0-9@._-]/g, '_')}.html`);
    writeFileSync(file, d.mail.htmlBody ?? d.mail.body);
    return file;
  });
}

export { digests };
