/**
 * Reading the demo workbook back after a run, the way an officer would look at it: the state Kamnot
 * wrote on each row (and its note), the mail that went out and what each digest held (from the
 * `_sent` ledger), and the run record the run appended to `_log`.
 */
import { CASE_STATES, type CaseState } from '../../core/engine/types';
import { STATE_LABELS } from '../../core/register/computed';
import { caseIdOfIdentity, parseReminderKey } from '../../core/reminders/keys';
import type { Stage } from '../../core/reminders/types';
import type { RunRecord } from '../../gas/run/hourly';
import type { Runtime, SentMail } from '../runtime';
import type { DemoCase, DemoRegister, DemoWorkbook } from './workbook';

export interface RowState {
  readonly register: DemoRegister;
  /** 1-based sheet row. */
  readonly row: number;
  readonly case: DemoCase;
  /** The case id on the row (typed, or the one Kamnot gave). */
  readonly caseId: string;
  /** The state Kamnot wrote, or null when the cell holds no state it knows. */
  readonly state: CaseState | null;
  /** The state cell carries ⚠: Kamnot found a problem on the row. */
  readonly flagged: boolean;
  /** The note on the state cell: the problems, or ''. */
  readonly note: string;
  /** Kamnot's "due" column (BE text). */
  readonly due: string;
}

const BY_TEXT = new Map<string, CaseState>(
  CASE_STATES.flatMap((s) => [
    [STATE_LABELS[s].th, s],
    [STATE_LABELS[s].en, s],
  ]),
);

/** A state cell's text ("เกินกำหนด ⚠") back to the state. */
export function stateFromCell(text: unknown): { state: CaseState | null; flagged: boolean } {
  const raw = String(text ?? '').trim();
  const flagged = raw.endsWith('⚠');
  const label = raw.replace(/\s*⚠$/, '').trim();
  return { state: BY_TEXT.get(label) ?? null, flagged };
}

/** Every demo row's state as the last run wrote it. */
export function readStates(runtime: Runtime, workbook: DemoWorkbook): RowState[] {
  const out: RowState[] = [];
  for (const register of workbook.registers) {
    const last = register.cases.length + 1;
    if (register.cases.length === 0) continue;
    const { state: stateColumn } = register.columns;
    const values = runtime.spreadsheet.values(register.tab, `A2:${stateColumn}${last}`);
    const notes = runtime.spreadsheet.notes(register.tab, `${stateColumn}2:${stateColumn}${last}`);
    register.cases.forEach((c, i) => {
      const row = values[i] ?? [];
      const { state, flagged } = stateFromCell(row[row.length - 1]);
      out.push({
        register,
        row: i + 2,
        case: c,
        caseId: String(row[0] ?? ''),
        state,
        flagged,
        note: notes[i]?.[0] ?? '',
        // Kamnot's columns: step, due (text), due (date), days left, state.
        due: String(row[row.length - 4] ?? ''),
      });
    });
  }
  return out;
}

export interface LedgerEntry {
  readonly key: string;
  readonly to: string;
  readonly digestId: string;
  readonly status: string;
  readonly stage: Stage | null;
  readonly day: string;
  readonly register: string;
  readonly caseId: string;
}

/** The `_sent` ledger's rows. */
export function readLedger(runtime: Runtime): LedgerEntry[] {
  return runtime.spreadsheet
    .values('_sent')
    .slice(1)
    .filter((r) => String(r[0] ?? '') !== '')
    .map((r) => {
      const key = String(r[0]);
      const id = parseReminderKey(key);
      return {
        key,
        to: String(r[1] ?? ''),
        digestId: String(r[2] ?? ''),
        status: String(r[3] ?? ''),
        stage: id?.stage ?? null,
        day: id?.day ?? '',
        register: id?.register ?? '',
        caseId: caseIdOfIdentity(id?.caseId ?? ''),
      };
    });
}

export interface DigestSummary {
  readonly mail: SentMail;
  readonly to: string;
  /** Items by stage: the person's own cases (due soon, due today, overdue) and their team's (escalation). */
  readonly items: Readonly<Record<Stage, number>>;
  readonly total: number;
}

/** What each sent mail held, from the ledger rows marked sent for its recipient on its day. */
export function digests(runtime: Runtime, day: string): DigestSummary[] {
  const sent = readLedger(runtime).filter((e) => e.status === 'sent' && e.day === day);
  return runtime.outbox.map((mail) => {
    const to = mail.to.join(', ');
    const items: Record<Stage, number> = {
      'due-soon': 0,
      'due-today': 0,
      overdue: 0,
      escalation: 0,
      uncertain: 0,
    };
    for (const e of sent)
      if (e.to.toLowerCase() === to.toLowerCase() && e.stage) items[e.stage] = (items[e.stage] ?? 0) + 1;
    return { mail, to, items, total: Object.values(items).reduce((a, b) => a + b, 0) };
  });
}

/** A run record as _log holds it (JSON): the run's own record with its start and end. */
export type LoggedRun = RunRecord & { readonly started?: string; readonly ended?: string };

/** The record of the last run in `_log`, or null. */
export function lastRun(runtime: Runtime): LoggedRun | null {
  const rows = runtime.spreadsheet.values('_log');
  for (let i = rows.length - 1; i > 0; i--) {
    const row = rows[i]!;
    if (String(row[1] ?? '').startsWith('run:')) return JSON.parse(String(row[2])) as LoggedRun;
  }
  return null;
}
