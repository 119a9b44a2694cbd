/**
 * A second, compact record of what was sent, kept where officers cannot edit it (the script's
 * document properties), beside the `_sent` ledger they can: the digests of the last day mail went out
 * (one per person per day) and the last day of each escalation thread. If the ledger tab is deleted,
 * cleared or sorted, nobody is mailed twice in a day and no supervisor is told again before the
 * cadence. Entries are hashes: the record stays small whatever the addresses and ids are.
 */
import type { Day } from '../dates/civil';
import { hash36 } from '../procedures/ids';
import { escalationThread } from './keys';

export interface SentRecord {
  /** The ISO day `digests` belongs to; null before the first mail. */
  readonly day: string | null;
  /** Hashes of the digest ids that went out (or may have) on `day`. */
  readonly digests: ReadonlySet<string>;
  /** Hash of an escalation thread → the last day it went out. */
  readonly escalations: ReadonlyMap<string, Day>;
}

export const EMPTY_SENT_RECORD: SentRecord = { day: null, digests: new Set(), escalations: new Map() };

/** The record as stored; an unreadable or foreign text is an empty record (the ledger still counts). */
export function readSentRecord(text: string | null): SentRecord {
  if (!text) return EMPTY_SENT_RECORD;
  try {
    const o = JSON.parse(text) as { d?: unknown; g?: unknown; e?: unknown };
    const day = typeof o.d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(o.d) ? o.d : null;
    const digests = Array.isArray(o.g) ? o.g.filter((h): h is string => typeof h === 'string') : [];
    const escalations = new Map<string, Day>();
    if (o.e && typeof o.e === 'object') {
      for (const [h, d] of Object.entries(o.e as Record<string, unknown>))
        if (typeof d === 'number' && Number.isInteger(d)) escalations.set(h, d);
    }
    return { day, digests: new Set(day ? digests : []), escalations };
  } catch {
    return EMPTY_SENT_RECORD;
  }
}

export function sentRecordText(record: SentRecord): string {
  return JSON.stringify({
    d: record.day,
    g: [...record.digests],
    e: Object.fromEntries(record.escalations),
  });
}

/** True when the record says this digest (a `digestIdOf` value) already went out. */
export function digestRecorded(record: SentRecord, day: string, digestId: string): boolean {
  return record.day === day && record.digests.has(hash36(digestId));
}

export function escalationRecorded(
  record: SentRecord,
  thread: { readonly register: string; readonly caseId: string; readonly step: string; readonly to: string },
): Day | null {
  return (
    record.escalations.get(
      hash36(escalationThread(thread.register, thread.caseId, thread.step, thread.to)),
    ) ?? null
  );
}

/**
 * The record with one more digest (and its escalations) of `day`. Digests of earlier days are dropped
 * (only today's can repeat); escalations older than `keepDays` too (none is waited on that long).
 */
export function withDigest(
  record: SentRecord,
  day: string,
  today: Day,
  digestId: string,
  escalations: readonly {
    readonly register: string;
    readonly caseId: string;
    readonly step: string;
    readonly to: string;
  }[],
  keepDays: number,
): SentRecord {
  const digests = new Set(record.day === day ? record.digests : []);
  digests.add(hash36(digestId));
  const kept = new Map([...record.escalations].filter(([, d]) => today - d < keepDays));
  for (const t of escalations) kept.set(hash36(escalationThread(t.register, t.caseId, t.step, t.to)), today);
  return { day, digests, escalations: kept };
}
