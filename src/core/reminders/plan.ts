/**
 * Plans one working day's reminders: which digests to send, to whom, with what in them. Pure: the
 * ledger comes in as a view, and the caller writes intents, sends and records outcomes.
 */
import { isWorkingDay, type WorkCalendar } from '../calendar/work-calendar';
import { type Day, isoFromDay } from '../dates/civil';
import type { CaseState } from '../engine/types';
import { type Msg, msg } from '../i18n/msg';
import { digestIdOf, emailKey, reminderKey } from './keys';
import { type LedgerView, lastEscalationDay, statusOf } from './ledger';
import { findSupervisor, nameKey, resolvePerson } from './people';
import { digestRecorded, EMPTY_SENT_RECORD, escalationRecorded, type SentRecord } from './sent-record';
import type {
  CaseView,
  DigestEntry,
  DigestItem,
  MovedNotice,
  Person,
  PlannedDigest,
  Reminder,
  ReminderIdentity,
  ReminderPlan,
  ReminderSettings,
  Stage,
} from './types';

/** The states a person is reminded of; every other state (on hold, done…) never produces a reminder. */
export function stageOf(state: CaseState): Exclude<Stage, 'escalation'> | null {
  return state === 'due-soon' || state === 'due-today' || state === 'overdue' || state === 'uncertain'
    ? state
    : null;
}

/** Whole calendar days, at least 1: a blank or broken setting falls back to the weekly cadence. */
export function escalationCadence(days: number): number {
  return Number.isFinite(days) && days >= 1 ? Math.floor(days) : 7;
}

// A case that cannot be told yet comes after what is certainly due: it may be late, it may not.
const TIER: Record<Stage, number> = {
  escalation: 3,
  overdue: 3,
  'due-today': 2,
  'due-soon': 1,
  uncertain: 1,
};
const ORDER: Record<Stage, number> = {
  escalation: 0,
  overdue: 0,
  'due-today': 1,
  'due-soon': 2,
  uncertain: 3,
};

/** Escalations and overdue before due today before due soon; within a tier, the longest overdue first. */
function urgencyOf(entries: readonly DigestEntry[]): number {
  let tier = 0;
  let late = 0;
  for (const { reminder, case: c } of entries) {
    tier = Math.max(tier, TIER[reminder.stage]);
    if (TIER[reminder.stage] === 3)
      late = Math.max(late, c.daysLeft !== null && c.daysLeft < 0 ? -c.daysLeft : 1);
  }
  return tier * 1_000_000 + Math.min(late, 999_999);
}

const cmp = (a: string | number, b: string | number): number => (a < b ? -1 : a > b ? 1 : 0);

function compareEntries(a: DigestEntry, b: DigestEntry): number {
  return (
    cmp(a.case.register.name, b.case.register.name) ||
    cmp(a.case.register.key, b.case.register.key) ||
    cmp(nameKey(a.assignee.name), nameKey(b.assignee.name)) ||
    cmp(ORDER[a.reminder.stage], ORDER[b.reminder.stage]) ||
    cmp(a.case.daysLeft ?? Number.MAX_SAFE_INTEGER, b.case.daysLeft ?? Number.MAX_SAFE_INTEGER) ||
    cmp(a.case.row, b.case.row)
  );
}

function grouped(section: DigestItem['section'], entries: DigestEntry[]): DigestItem[] {
  const items: DigestItem[] = [];
  for (const entry of [...entries].sort(compareEntries)) {
    const last = items[items.length - 1];
    if (last && last.register.key === entry.case.register.key) (last.entries as DigestEntry[]).push(entry);
    else items.push({ section, register: entry.case.register, entries: [entry] });
  }
  return items;
}

function reminderOf(id: ReminderIdentity, to: string): Reminder {
  return {
    key: reminderKey(id),
    register: id.register,
    caseId: id.caseId,
    step: id.step,
    stage: id.stage,
    day: id.day,
    to: to.trim(),
  };
}

interface Bucket {
  readonly to: Person;
  readonly own: DigestEntry[];
  readonly team: DigestEntry[];
  readonly moved: MovedNotice[];
}

interface Problems {
  /** A problem named once, however often it comes up. */
  add(m: Msg): void;
  /** A problem of one case, merged with the others of the same cause. */
  at(cause: string, base: Msg, c: CaseView): void;
  all(): Msg[];
}

function problemList(): Problems {
  const list: Msg[] = [];
  const byCause = new Map<string, { base: Msg; places: Msg[] }>();
  return {
    add(m) {
      if (!list.some((p) => p.th === m.th && p.en === m.en)) list.push(m);
    },
    at(cause, base, c) {
      const g = byCause.get(cause) ?? { base, places: [] };
      g.places.push(msg(`${c.register.name} แถว ${c.row}`, `${c.register.name} row ${c.row}`));
      byCause.set(cause, g);
    },
    all() {
      const merged = [...byCause.values()].map(({ base, places }) => {
        const shown = places.slice(0, 5);
        const more = places.length > shown.length ? ', …' : '';
        return msg(
          `${base.th} (${places.length} เรื่อง: ${shown.map((p) => p.th).join(', ')}${more})`,
          `${base.en} (${places.length} case(s): ${shown.map((p) => p.en).join(', ')}${more})`,
        );
      });
      return [...merged, ...list];
    },
  };
}

/** Two rows are the same case (a row pasted twice): same subject and assignee, whitespace aside. */
function sameCase(a: CaseView, b: CaseView): boolean {
  const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
  return norm(a.subject) === norm(b.subject) && norm(a.assignee) === norm(b.assignee);
}

/**
 * `record`: the compact record kept beside the ledger (sent-record.ts): what it says went out counts
 * as sent even when the ledger tab lost it. `notices`: cases whose due date a calendar change moved,
 * not yet told; each goes into its assignee's digest, and a date moved later does not bring back the
 * stages already reminded for the old one.
 */
export function planReminders(
  cases: readonly CaseView[],
  people: readonly Person[],
  settings: ReminderSettings,
  today: Day,
  calendar: WorkCalendar,
  ledger: LedgerView,
  record: SentRecord = EMPTY_SENT_RECORD,
  notices: readonly MovedNotice[] = [],
): ReminderPlan {
  if (!isWorkingDay(calendar, today)) return { digests: [], problems: [] };
  const day = isoFromDay(today);
  const problems = problemList();
  const covered = calendar.coveredDays;
  if (covered && (today < covered.first || today > covered.last)) {
    problems.add(
      msg(
        `ปฏิทิน ${calendar.name} ไม่มีวันหยุดของปีนี้: ส่งแจ้งเตือนทุกวันจันทร์–ศุกร์ เพิ่มวันหยุดในแท็บ Holidays`,
        `calendar ${calendar.name} has no holidays for this year: reminders go out every weekday; add them in the Holidays tab`,
      ),
    );
  }
  const every = escalationCadence(settings.escalationEveryDays);
  const buckets = new Map<string, Bucket>();
  const bucketOf = (person: Person): Bucket => {
    const id = emailKey(person.email);
    let bucket = buckets.get(id);
    if (!bucket) {
      bucket = { to: person, own: [], team: [], moved: [] };
      buckets.set(id, bucket);
    }
    return bucket;
  };
  const firstRow = new Map<string, CaseView>();
  // Stages already reminded for a date a calendar change moved later: not again for the new date.
  const told = new Set<string>();
  for (const n of notices) {
    if (n.after <= n.before) continue;
    for (const stage of n.stagesSent)
      told.add(`${n.register.key}|${n.identity}|${n.step?.id ?? ''}|${stage}|${n.after}`);
  }
  for (const n of notices) {
    const who = resolvePerson(n.assignee, people);
    if (who.ok) bucketOf(who.person).moved.push(n);
  }

  for (const c of cases) {
    const stage = stageOf(c.state);
    if (!stage) continue;
    const caseId = c.caseId.trim();
    if (caseId === '') {
      problems.at('no-id', msg('ไม่ได้ส่งแจ้งเตือน: ไม่มีรหัสเรื่อง', 'reminder not sent: no case ID'), c);
      continue;
    }
    const who = resolvePerson(c.assignee, people);
    if (!who.ok) {
      const why = msg(`ไม่ได้ส่งแจ้งเตือน: ${who.msg.th}`, `reminder not sent: ${who.msg.en}`);
      problems.at(`${who.reason}|${nameKey(c.assignee)}`, why, c);
      continue;
    }
    const step = (c.step?.id ?? '').trim();
    let base = { register: c.register.key, caseId: (c.identity ?? caseId).trim() || caseId, step, day };
    let own = reminderOf({ ...base, stage }, who.person.email);
    const first = firstRow.get(own.key);
    if (first && !sameCase(first, c)) {
      // A row copied with its id and start, made into another case: its own identity, and it is reminded.
      base = { ...base, caseId: `${base.caseId}#${c.subject.trim().replace(/\s+/g, ' ').toLowerCase()}` };
      own = reminderOf({ ...base, stage }, who.person.email);
    }
    const same = firstRow.get(own.key);
    if (same) {
      // The same case twice (a row pasted twice): remind once, and say which row was left out.
      problems.add(
        msg(
          `รหัสเรื่อง ${caseId} ซ้ำกันในแท็บ ${c.register.name} (แถว ${same.row} และ ${c.row}): แจ้งเตือนเฉพาะแถว ${same.row}`,
          `case ID ${caseId} appears twice in ${c.register.name} (rows ${same.row} and ${c.row}): only row ${same.row} is reminded`,
        ),
      );
      continue;
    }
    firstRow.set(own.key, c);
    if (told.has(`${c.register.key}|${base.caseId}|${step}|${stage}|${c.due}`)) continue;
    bucketOf(who.person).own.push({ reminder: own, case: c, assignee: who.person });

    if (!settings.escalation || stage !== 'overdue') continue;
    const boss = findSupervisor(who.person, people);
    if (!boss.ok) {
      if (boss.reason !== 'none') {
        problems.at(
          `boss|${emailKey(who.person.email)}`,
          msg(`ไม่ได้แจ้งผู้บังคับบัญชา: ${boss.msg.th}`, `supervisor not told: ${boss.msg.en}`),
          c,
        );
      }
      continue;
    }
    // Breach day, then every `every` calendar days from the last one that went out: a skipped day
    // (weekend, holiday, a run that did not happen) only delays it to the next working day.
    const thread = { ...base, to: boss.person.email };
    const last = Math.max(
      lastEscalationDay(ledger, thread) ?? -Infinity,
      escalationRecorded(record, thread) ?? -Infinity,
    );
    if (last !== -Infinity && today - last < every) continue;
    const escalation = reminderOf({ ...base, stage: 'escalation', to: boss.person.email }, boss.person.email);
    bucketOf(boss.person).team.push({ reminder: escalation, case: c, assignee: who.person });
  }

  const digests: PlannedDigest[] = [];
  for (const id of [...buckets.keys()].sort()) {
    const bucket = buckets.get(id)!;
    const digestId = digestIdOf(bucket.to.email, day);
    // Unconfirmed intents are never planned again; naming them is the mail stage's job (see unconfirmedToReport).
    const fresh = (entries: DigestEntry[]) =>
      entries.filter((e) => {
        const s = statusOf(ledger, e.reminder.key);
        return s !== 'sent' && s !== 'unconfirmed'; // 'failed' and never tried go (again)
      });
    const own = fresh(bucket.own);
    const team = fresh(bucket.team);
    const email = bucket.to.email.trim();
    const moved = bucket.moved;
    if (own.length + team.length + moved.length === 0) continue;
    if (ledger.delivered.has(digestId) || digestRecorded(record, day, digestId)) {
      // One digest per person per day: what came up after today's mail waits for the next one.
      problems.add(
        msg(
          `${email} ได้รับสรุปของวันที่ ${day} แล้ว: อีก ${own.length + team.length} รายการจะอยู่ในสรุปของวันทำการถัดไป`,
          `${email} already had the digest of ${day}: ${own.length + team.length} more item(s) will be in the next working day's digest`,
        ),
      );
      continue;
    }
    const items = [...grouped('own', own), ...grouped('team', team)];
    const entries = items.flatMap((i) => i.entries);
    digests.push({
      to: bucket.to,
      lang: bucket.to.lang ?? settings.lang,
      digestId,
      reminders: entries.map((e) => e.reminder), // in the order the mail shows them
      items,
      urgency: urgencyOf(entries),
      ...(moved.length > 0 ? { moved } : {}),
    });
  }
  return { digests, problems: problems.all() };
}
