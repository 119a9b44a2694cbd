/**
 * The `_sent` ledger: one row per reminder per step of sending it. A run writes `intent` rows for a
 * digest under the document lock, sends the mail, then writes `sent` (or `failed` when sending threw).
 * Reading it back, an intent with no outcome after it means the run died in between: the mail may
 * have gone, so that reminder counts as sent and is never sent again — and is reported.
 * Rows may come in any order (someone sorted the sheet) and may be garbage: never throw on them.
 */
import * as z from 'zod/mini';
import { escapeFormula, isDateValue } from '../cells';
import { type Day, dayFromIso } from '../dates/civil';
import { instantMs } from './instant';
import { escalationThread, parseReminderKey } from './keys';
import type { PlannedDigest } from './types';

const LEDGER_STATUSES = ['intent', 'sent', 'failed'] as const;
export type LedgerRowStatus = (typeof LEDGER_STATUSES)[number];

export interface LedgerRow {
  readonly key: string;
  readonly to: string;
  readonly digestId: string;
  readonly status: LedgerRowStatus;
  /** ISO instant text, given by the caller (the script's clock). */
  readonly at: string;
  readonly note?: string;
}

/** The `_sent` tab's columns, in order. */
const LEDGER_COLUMNS = ['key', 'to', 'digestId', 'status', 'at', 'note'] as const;

const text = z.pipe(
  z.union([z.string(), z.number()]),
  z.transform((v) => String(v).trim()),
);
const LedgerRowSchema = z.object({
  key: text.check(z.minLength(1)),
  to: z._default(text, ''),
  digestId: z._default(text, ''),
  status: z.pipe(
    z.pipe(
      z.string(),
      z.transform((v) => v.trim().toLowerCase()),
    ),
    z.enum(LEDGER_STATUSES),
  ),
  at: z._default(text, ''),
  note: z.optional(text),
});

/** A row as the sheet holds it (cells in `LEDGER_COLUMNS` order); null for a blank or garbage row. */
export function ledgerRowFromCells(cells: readonly unknown[]): LedgerRow | null {
  const value = (i: number) => {
    const v = cells[i];
    // A sheet may turn the instant text into a date: take it back as ISO text.
    if (isDateValue(v)) {
      const t = (v as Date).getTime();
      return Number.isNaN(t) ? undefined : (v as Date).toISOString();
    }
    return v === null || v === '' ? undefined : v;
  };
  const raw = Object.fromEntries(LEDGER_COLUMNS.map((c, i) => [c, value(i)]));
  return readRow(raw);
}

export function ledgerCellsOf(row: LedgerRow): string[] {
  // An address or an error message can start with '-' or '=': written as text, never as a formula.
  return [row.key, escapeFormula(row.to), row.digestId, row.status, row.at, escapeFormula(row.note ?? '')];
}

function readRow(raw: unknown): LedgerRow | null {
  const parsed = LedgerRowSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { note, ...rest } = parsed.data;
  return note ? { ...rest, note } : rest;
}

/** The rows a run writes for one digest: `intent` before sending, `sent` or `failed` after. */
export function ledgerRowsFor(
  digest: PlannedDigest,
  status: LedgerRowStatus,
  at: string,
  note?: string,
): LedgerRow[] {
  return digest.reminders.map((r) => ({
    key: r.key,
    to: r.to,
    digestId: digest.digestId,
    status,
    at,
    ...(note ? { note } : {}),
  }));
}

/** What the ledger says of one reminder: absent means never tried. */
export type LedgerStatus = 'sent' | 'unconfirmed' | 'failed';

export interface LedgerView {
  readonly status: ReadonlyMap<string, LedgerStatus>;
  /** Digests that went out (or may have): their recipient has had today's mail. */
  readonly delivered: ReadonlySet<string>;
  /** By `escalationThread`: the day of the latest escalation sent or possibly sent. */
  readonly lastEscalation: ReadonlyMap<string, Day>;
  /** The intent rows no outcome followed, for the report. */
  readonly unconfirmed: readonly LedgerRow[];
  /** Rows ignored as blank or unreadable. */
  readonly ignored: number;
}

export const EMPTY_LEDGER: LedgerView = {
  status: new Map(),
  delivered: new Set(),
  lastEscalation: new Map(),
  unconfirmed: [],
  ignored: 0,
};

interface Timed {
  readonly row: LedgerRow;
  /** Null when `at` is unreadable: such a row can never be shown to come after another. */
  readonly ms: number | null;
  readonly index: number;
}

/** Same instant: the later row in the sheet wins (a frozen clock); a sorted sheet only matters then. */
function after(outcome: Timed, intent: Timed): boolean {
  if (outcome.ms === null || intent.ms === null) return false;
  return outcome.ms > intent.ms || (outcome.ms === intent.ms && outcome.index > intent.index);
}

export function ledgerView(rows: readonly unknown[]): LedgerView {
  const byKey = new Map<string, Timed[]>();
  let ignored = 0;
  rows.forEach((raw, index) => {
    const row = Array.isArray(raw) ? ledgerRowFromCells(raw) : readRow(raw);
    if (!row) {
      ignored++;
      return;
    }
    const list = byKey.get(row.key) ?? [];
    list.push({ row, ms: instantMs(row.at), index });
    byKey.set(row.key, list);
  });

  const status = new Map<string, LedgerStatus>();
  const delivered = new Set<string>();
  const lastEscalation = new Map<string, Day>();
  const unconfirmed: LedgerRow[] = [];
  for (const [key, list] of byKey) {
    const sent = list.filter((t) => t.row.status === 'sent');
    const outcomes = list.filter((t) => t.row.status !== 'intent');
    const open = list.filter(
      (t) =>
        t.row.status === 'intent' && !outcomes.some((o) => o.row.digestId === t.row.digestId && after(o, t)),
    );
    let s: LedgerStatus | undefined;
    if (sent.length > 0) s = 'sent';
    else if (open.length > 0) s = 'unconfirmed';
    else if (outcomes.length > 0) s = 'failed';
    if (!s) continue;
    status.set(key, s);
    if (s === 'failed') continue;
    for (const t of sent.length > 0 ? sent : open) if (t.row.digestId) delivered.add(t.row.digestId);
    if (s === 'unconfirmed') unconfirmed.push(...open.map((t) => t.row));
    const id = parseReminderKey(key);
    const day = id && dayFromIso(id.day);
    if (id && id.stage === 'escalation' && day !== null) {
      const thread = escalationThread(id.register, id.caseId, id.step, id.to ?? '');
      lastEscalation.set(thread, Math.max(day, lastEscalation.get(thread) ?? day));
    }
  }
  return { status, delivered, lastEscalation, unconfirmed, ignored };
}

export function statusOf(view: LedgerView, key: string): LedgerStatus | undefined {
  return view.status.get(key);
}

export function lastEscalationDay(
  view: LedgerView,
  thread: { readonly register: string; readonly caseId: string; readonly step: string; readonly to: string },
): Day | null {
  return (
    view.lastEscalation.get(escalationThread(thread.register, thread.caseId, thread.step, thread.to)) ?? null
  );
}
