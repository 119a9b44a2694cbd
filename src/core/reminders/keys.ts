/**
 * Stable text keys for the `_sent` ledger. A key is the reminder's identity joined by `|`, each part
 * escaped (`\` → `\\`, `|` → `\|`) so that any case id or step id round-trips. It starts with the ISO
 * day, so a key written into a cell can never start a formula.
 */
import { type ReminderIdentity, STAGES, type Stage } from './types';

const STAGE_SET: ReadonlySet<string> = new Set<string>(STAGES);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

const escapePart = (part: string): string => part.replace(/\\/g, '\\\\').replace(/\|/g, '\\|');

function joinParts(parts: readonly string[]): string {
  return parts.map(escapePart).join('|');
}

/** The inverse of `joinParts`; null when a backslash escapes nothing. */
function splitParts(text: string): string[] | null {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\') {
      const next = text[i + 1];
      if (next !== '\\' && next !== '|') return null;
      current += next;
      i++;
    } else if (c === '|') {
      parts.push(current);
      current = '';
    } else current += c;
  }
  parts.push(current);
  return parts;
}

/** Emails compare case-insensitively: the key must not change when the People tab's casing does. */
export const emailKey = (email: string): string => email.trim().toLowerCase();

export function reminderKey(id: ReminderIdentity): string {
  // Trimmed: a stray space in a case id must not make a second identity for the same case.
  const parts = [id.day, id.stage, id.register.trim(), id.caseId.trim(), id.step.trim()];
  if (id.stage === 'escalation') parts.push(emailKey(id.to ?? ''));
  return joinParts(parts);
}

/** A key read back from the ledger; null when it is not one Kamnot wrote. */
export function parseReminderKey(key: string): ReminderIdentity | null {
  const parts = splitParts(key.trim());
  if (!parts) return null;
  const [day, stage, register, caseId, step, to] = parts;
  if (day === undefined || !ISO_DAY.test(day) || stage === undefined || !STAGE_SET.has(stage)) return null;
  if (register === undefined || caseId === undefined || step === undefined) return null;
  const escalation = stage === 'escalation';
  if (parts.length !== (escalation ? 6 : 5)) return null;
  const base = { day, stage: stage as Stage, register, caseId, step };
  return escalation ? { ...base, to: to ?? '' } : base;
}

/**
 * A case as the ledger knows it: its id and the ISO day it started ('' when it has none), so that a
 * case under a reused or copied id is another case. `#…` may follow (plan.ts: a copied row made into
 * another case).
 */
export function caseIdentity(caseId: string, startIso: string): string {
  const id = caseId.trim();
  return id === '' ? '' : `${id}@${startIso}`;
}

/** The case id an identity was made from (identities of older ledgers are plain case ids). */
export function caseIdOfIdentity(identity: string): string {
  const match = /^([\s\S]*)@(\d{4}-\d{2}-\d{2})?(#[\s\S]*)?$/.exec(identity);
  return match ? match[1]! : identity;
}

/** One digest per recipient per day: the id every ledger row of that mail carries. */
export function digestIdOf(email: string, day: string): string {
  return joinParts([day, emailKey(email)]);
}

/** The escalations of one overdue step to one supervisor: their cadence is counted per thread. */
export function escalationThread(register: string, caseId: string, step: string, to: string): string {
  return joinParts([register, caseId, step, emailKey(to)]);
}
