/**
 * What the hourly run left in a workbook checked from .xlsx, read the way an officer would look at
 * it: each register's states (from Kamnot's state column, found by its column metadata), the notes
 * Kamnot put on rows, and the digests it sent (from the outbox and the `_sent` ledger).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CaseState } from '../../core/engine/types';
import { COLUMN_KEY } from '../../gas/workbook/register-tab';
import { type DigestSummary, digests, readLedger, stateFromCell } from '../demo/inspect';
import type { Runtime } from '../runtime';
import { columnToLetters } from '../runtime/spreadsheet/a1';

export interface RegisterResult {
  readonly tab: string;
  readonly cases: number;
  readonly byState: ReadonlyMap<CaseState | null, number>;
  /** "tab row 4 (K-2): the problem", one per flagged row. */
  readonly problems: readonly string[];
}

/** 1-based column of a layout key on a tab, from the column metadata the binding put there. */
export function columnOfKey(runtime: Runtime, tab: string, key: string): number | undefined {
  const sheet = runtime.model.sheetByName(tab);
  if (!sheet) return undefined;
  for (const m of runtime.model.metadata)
    if (
      m.key === COLUMN_KEY &&
      m.value === key &&
      m.location.type === 'COLUMN' &&
      m.location.range.sheetId === sheet.id
    )
      return m.location.range.col;
  return undefined;
}

export function registerResult(runtime: Runtime, tab: string): RegisterResult {
  const byState = new Map<CaseState | null, number>();
  const problems: string[] = [];
  const stateColumn = columnOfKey(runtime, tab, 'kamnot:state');
  const idColumn = columnOfKey(runtime, tab, 'case-id');
  const last = runtime.model.sheetByName(tab)?.lastRow() ?? 0;
  if (stateColumn === undefined || last < 2) return { tab, cases: 0, byState, problems };
  const letter = columnToLetters(stateColumn);
  const states = runtime.spreadsheet.values(tab, `${letter}2:${letter}${last}`);
  const notes = runtime.spreadsheet.notes(tab, `${letter}2:${letter}${last}`);
  const ids =
    idColumn === undefined
      ? []
      : runtime.spreadsheet.values(tab, `${columnToLetters(idColumn)}2:${columnToLetters(idColumn)}${last}`);
  let cases = 0;
  states.forEach((row, i) => {
    const text = String(row[0] ?? '').trim();
    if (text === '') return;
    cases++;
    const { state } = stateFromCell(text);
    byState.set(state, (byState.get(state) ?? 0) + 1);
    const note = notes[i]?.[0] ?? '';
    if (note !== '') {
      const detail = note.replace(/^[^\n]*\n• /, '').replace(/\n• /g, '; ');
      problems.push(`${tab} แถว/row ${i + 2} (${String(ids[i]?.[0] ?? '')}): ${detail}`);
    }
  });
  return { tab, cases, byState, problems };
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
