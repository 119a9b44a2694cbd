// Randomized fault tests of the reminders (DESIGN.md §4 "Exactly once"): the built bundle runs hour
// after hour over several days while runs throw after the k-th mail, are killed after n service calls
// or at a random instant, find the lock held by another run, or get a small quota; between runs the
// register is re-sorted and gets blank rows and new cases, and the ledger is re-sorted. Afterwards
// every mail is checked against an independent model (fault-model.ts) of who should have been told
// what: no reminder twice, none lost, except those a kill left unconfirmed, each of which the ledger
// and the log show. A reminder twice or lost fails the scenario at once; a wrong word in a mail or in
// the log is collected and fails the test after all the scenarios ran. The last two tests are the
// smallest cases of what the property found.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnLetters } from '../../src/core/cells';
import type { Runtime } from '../../src/local/runtime';
import {
  bangkok,
  type DayNo,
  dayOf,
  daysLeft,
  daysLeftText,
  instant,
  isoOf,
  isWorkingDay,
  item,
  type Lang,
  linesOf,
  type MailLine,
  type ModelCase,
  type ModelPerson,
  NOTICE_DAYS,
  noticeDue,
  REMINDER_HOUR,
  required,
  type Stage,
  shortDate,
  typedDate,
} from './fault-model';
import { load } from './harness';

const PROCEDURE = '003-resignation-leaving-service';
const FIRST_DAY = dayOf('2026-12-01');
const RECEIVED = '1/11/2569';
const SENT = '2/11/2569';
const MAX_CASES = 15;
const HOUR = 3_600_000;

/** The chain: three officers, a group head, the director (top). */
const STAFF = [
  { email: 'somchai@example.org', name: 'สมชาย ใจดี', boss: 3 },
  { email: 'somying@example.org', name: 'สมหญิง รักงาน', boss: 3 },
  { email: 'anan@example.org', name: 'Anan Ketkaew', boss: 4 },
  { email: 'head@example.org', name: 'หัวหน้า กลุ่มบริหารงานบุคคล', boss: 4 },
  { email: 'director@example.org', name: 'ผู้อำนวยการ', boss: null },
] as const;

// ---------------------------------------------------------------------------------------------------
// Scenarios

interface CaseSpec {
  readonly who: number;
  readonly byName: boolean;
  /** Due around window start + offset: the requested date is that plus NOTICE_DAYS. */
  readonly offset: number;
}

type Fault =
  | { readonly kind: 'none' }
  | { readonly kind: 'throwAfterMails'; readonly k: number }
  /** `at` of a run's calls; or, with `mail`, that many calls into the mail phase (intent, flush, send, confirm). */
  | { readonly kind: 'killAfterCalls'; readonly at: number; readonly mail: number | null }
  | { readonly kind: 'killAt'; readonly at: number }
  | { readonly kind: 'holdLock' }
  | { readonly kind: 'quota'; readonly n: number };

type Mutation =
  | { readonly kind: 'resort'; readonly seed: number }
  | { readonly kind: 'blank'; readonly at: number }
  | { readonly kind: 'insert'; readonly spec: CaseSpec; readonly at: number }
  | { readonly kind: 'shuffle-ledger'; readonly seed: number };

interface RunSpec {
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly fault: Fault;
  readonly before: readonly Mutation[];
}

interface Scenario {
  readonly start: number;
  readonly days: number;
  readonly langs: readonly ('' | Lang)[];
  readonly bossByName: readonly boolean[];
  readonly cases: readonly CaseSpec[];
  readonly runs: readonly RunSpec[];
}

const caseSpec: fc.Arbitrary<CaseSpec> = fc.record({
  who: fc.integer({ min: 0, max: STAFF.length - 1 }),
  byName: fc.boolean(),
  offset: fc.integer({ min: -9, max: 12 }),
});

/** A point in a run, biased to its end, where the mail is sent. */
const moment = fc.oneof(
  fc.double({ min: 0, max: 1.05, noNaN: true }),
  fc.double({ min: 0.55, max: 1.05, noNaN: true }),
);

const fault: fc.Arbitrary<Fault> = fc.oneof(
  { weight: 10, arbitrary: fc.constant({ kind: 'none' as const }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('throwAfterMails' as const),
      k: fc.integer({ min: 0, max: 3 }),
    }),
  },
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('killAfterCalls' as const),
      at: moment,
      mail: fc.option(fc.integer({ min: 1, max: 30 }), { freq: 3 }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('killAt' as const), at: moment }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'holdLock' as const }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('quota' as const), n: fc.integer({ min: 0, max: 3 }) }),
  },
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('resort' as const), seed: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('blank' as const),
      at: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('insert' as const),
      spec: caseSpec,
      at: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('shuffle-ledger' as const), seed: fc.nat() }) },
);

const runSpec: fc.Arbitrary<RunSpec> = fc.record({
  day: fc.nat({ max: 9 }),
  hour: fc.oneof(fc.integer({ min: 7, max: 12 }), fc.integer({ min: 0, max: 23 })),
  minute: fc.integer({ min: 0, max: 59 }),
  fault,
  before: fc.oneof(
    { weight: 3, arbitrary: fc.constant([]) },
    { weight: 2, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 2 }) },
  ),
});

const scenario: fc.Arbitrary<Scenario> = fc.record({
  start: fc.integer({ min: 0, max: 27 }),
  days: fc.integer({ min: 3, max: 9 }),
  langs: fc.array(fc.constantFrom('' as const, 'th' as const, 'en' as const), {
    minLength: STAFF.length,
    maxLength: STAFF.length,
  }),
  bossByName: fc.array(fc.boolean(), { minLength: STAFF.length, maxLength: STAFF.length }),
  cases: fc.array(caseSpec, { minLength: 3, maxLength: 10 }),
  runs: fc.array(runSpec, { minLength: 10, maxLength: 14 }),
});

// ---------------------------------------------------------------------------------------------------
// Running a scenario

interface RunRecord {
  readonly status: 'done' | 'partial' | 'busy';
  readonly notes: readonly string[];
  readonly mail?: { sent: number; failed: number; carried: number; unconfirmed: number };
}

interface LedgerRow {
  readonly key: string;
  readonly to: string;
  readonly digest: string;
  readonly status: string;
}

interface RunLog {
  readonly index: number;
  readonly day: DayNo;
  readonly hour: number;
  readonly fault: Fault['kind'];
  /** The cases in the register when the run started. */
  readonly cases: readonly ModelCase[];
  readonly mails: readonly [number, number];
  /** `_sent` rows the run appended. */
  readonly ledger: readonly LedgerRow[];
  readonly record: RunRecord | null;
  readonly killed: boolean;
  readonly error: string | null;
}

interface Simulation {
  readonly runtime: Runtime;
  readonly tab: string;
  readonly people: readonly ModelPerson[];
  readonly runs: readonly RunLog[];
  readonly firstDay: DayNo;
  readonly lastDay: DayNo;
  readonly mutations: Record<Mutation['kind'], number>;
}

/** A small deterministic shuffle (mulberry32): the permutation comes from the scenario's seed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function rewrite(runtime: Runtime, sheet: string, header: number, rows: unknown[][]): void {
  if (rows.length === 0) return;
  const width = rows[0]!.length;
  runtime.spreadsheet.edit(sheet, `A${header + 1}:${columnLetters(width)}${header + rows.length}`, rows);
}

function simulate(s: Scenario): Simulation {
  const firstDay = FIRST_DAY + s.start;
  const lastDay = firstDay + s.days - 1;
  const runtime = load({
    spreadsheet: { timeZone: 'Asia/Bangkok', locale: 'th_TH', sheets: [{ name: 'Sheet1' }] },
    start: new Date(instant(firstDay - 1, 22, 0)).toISOString(),
    deployment: 'bound',
  });
  const tab = runtime.callIn({ kind: 'menu' }, 'createRegister', PROCEDURE) as string;
  const people: ModelPerson[] = STAFF.map((p, i) => ({
    email: p.email,
    name: p.name,
    supervisor: p.boss === null ? null : STAFF[p.boss]!.email,
    lang: s.langs[i] === 'en' ? 'en' : 'th',
  }));
  runtime.spreadsheet.edit(
    'People',
    `A2:F${STAFF.length + 1}`,
    STAFF.map((p, i) => [
      p.name,
      p.email,
      p.boss === null ? 'director' : 'officer',
      p.boss === null ? '' : s.bossByName[i] ? STAFF[p.boss]!.name : STAFF[p.boss]!.email,
      'TRUE',
      s.langs[i],
    ]),
  );
  const width = runtime.spreadsheet.values(tab)[0]!.length;
  const present: ModelCase[] = [];
  let serial = 0;
  const newCase = (spec: CaseSpec): { model: ModelCase; row: unknown[] } => {
    const who = STAFF[spec.who]!;
    const model: ModelCase = {
      subject: `เรื่อง-${++serial}`,
      assignee: who.email,
      requested: firstDay + spec.offset + NOTICE_DAYS,
    };
    const row: unknown[] = Array.from({ length: width }, () => '');
    row[1] = model.subject;
    row[2] = spec.byName ? who.name : who.email;
    row[3] = RECEIVED;
    row[4] = typedDate(model.requested);
    // H–J: checked, proposed and sent to the ESA the day after it was received.
    for (const c of [7, 8, 9]) row[c] = SENT;
    return { model, row };
  };
  const initial = s.cases.map(newCase);
  present.push(...initial.map((c) => c.model));
  rewrite(
    runtime,
    tab,
    1,
    initial.map((c) => c.row),
  );

  const mutations: Record<Mutation['kind'], number> = { resort: 0, blank: 0, insert: 0, 'shuffle-ledger': 0 };
  const mutate = (m: Mutation) => {
    const rows = runtime.spreadsheet.values(tab).slice(1);
    switch (m.kind) {
      case 'resort':
        rewrite(runtime, tab, 1, shuffled(rows, m.seed));
        break;
      case 'blank':
        rows.splice(
          Math.floor(m.at * rows.length),
          0,
          Array.from({ length: width }, () => ''),
        );
        rewrite(runtime, tab, 1, rows);
        break;
      case 'insert': {
        if (present.length >= MAX_CASES) return;
        const c = newCase(m.spec);
        present.push(c.model);
        rows.splice(Math.floor(m.at * (rows.length + 1)), 0, c.row);
        rewrite(runtime, tab, 1, rows);
        break;
      }
      case 'shuffle-ledger': {
        const ledger = runtime.spreadsheet.values('_sent').slice(1);
        if (ledger.length < 2) return;
        rewrite(runtime, '_sent', 1, shuffled(ledger, m.seed));
        break;
      }
    }
    mutations[m.kind]++;
  };

  const schedule = s.runs
    .map((r) => ({ ...r, day: firstDay + (r.day % s.days) }))
    .sort((a, b) => a.day - b.day || a.hour - b.hour || a.minute - b.minute);
  const runs: RunLog[] = [];
  let typicalCalls = 80;
  let typicalMs = 400;
  let mailPhase: number | null = null;
  for (const spec of schedule) {
    for (const m of spec.before) mutate(m);
    const now = runtime.clock.now();
    const due = instant(spec.day, spec.hour, spec.minute);
    runtime.clock.advance(Math.max(1_000, due - now));
    const at = runtime.clock.now();
    const f = spec.fault;
    switch (f.kind) {
      case 'throwAfterMails':
        runtime.faults.throwAfterMails(f.k);
        break;
      case 'killAfterCalls':
        runtime.faults.killAfterCalls(
          f.mail !== null && mailPhase !== null
            ? mailPhase + f.mail
            : Math.max(1, Math.ceil(f.at * typicalCalls)),
        );
        break;
      case 'killAt':
        runtime.faults.killAt(at + Math.floor(f.at * typicalMs));
        break;
      case 'holdLock':
        runtime.faults.holdLock('document');
        break;
      case 'quota':
        runtime.faults.quota(f.n);
        break;
      case 'none':
        break;
    }
    const cases = [...present];
    const mailsBefore = runtime.outbox.length;
    const sentBefore = runtime.spreadsheet.values('_sent').length;
    const logBefore = runtime.spreadsheet.values('_log').length;
    const callsBefore = runtime.calls.total();
    let killed = false;
    let error: string | null = null;
    try {
      runtime.callIn({ kind: 'time-driven' }, 'runHourly');
    } catch (e) {
      if ((e as Error)?.name === 'ExecutionKilled') killed = true;
      else error = String((e as Error)?.stack ?? e);
    }
    runtime.faults.clear();
    if (f.kind === 'quota') runtime.faults.quota(100);
    // How long a run that sends mail is, in calls and virtual ms, and where its mail phase starts.
    if (f.kind === 'none' && !killed && !error && runtime.outbox.length > mailsBefore) {
      const calls = runtime.calls.sequence().slice(callsBefore);
      typicalCalls = calls.length;
      typicalMs = runtime.clock.now() - at;
      mailPhase = calls.indexOf('MailApp.getRemainingDailyQuota') + 1;
    }
    const ledger = runtime.spreadsheet
      .values('_sent')
      .slice(sentBefore)
      .map((r) => ({ key: String(r[0]), to: String(r[1]), digest: String(r[2]), status: String(r[3]) }));
    const logRow = runtime.spreadsheet
      .values('_log')
      .slice(logBefore)
      .find((r) => String(r[1]).startsWith('run:'));
    const { day, hour } = bangkok(at);
    runs.push({
      index: runs.length,
      day,
      hour,
      fault: f.kind,
      cases,
      mails: [mailsBefore, runtime.outbox.length],
      ledger,
      record: logRow ? (JSON.parse(String(logRow[2])) as RunRecord) : null,
      killed,
      error,
    });
  }
  return { runtime, tab, people, runs, firstDay, lastDay, mutations };
}

// ---------------------------------------------------------------------------------------------------
// Reading the mails

interface Mail {
  readonly to: string;
  readonly day: DayNo;
  readonly hour: number;
  readonly run: number;
  readonly title: string;
  readonly lines: readonly MailLine[];
}

// ---------------------------------------------------------------------------------------------------
// Checking against the model

interface Unconfirmed {
  readonly run: number;
  readonly day: DayNo;
  readonly to: string;
  readonly items: readonly string[];
}

interface Totals {
  scenarios: number;
  runs: number;
  faults: Record<Fault['kind'], number>;
  killed: number;
  busy: number;
  mutations: Record<Mutation['kind'], number>;
  mails: number;
  reminders: number;
  requiredChecked: number;
  unconfirmedDigests: number;
  unconfirmedReminders: number;
  unconfirmedMailed: number;
  unconfirmedNamedNextRun: number;
  unconfirmedDayEnded: number;
  deferred: number;
  repeatEscalations: number;
  carried: number;
  failedSends: number;
}

const totals: Totals = {
  scenarios: 0,
  runs: 0,
  faults: { none: 0, throwAfterMails: 0, killAfterCalls: 0, killAt: 0, holdLock: 0, quota: 0 },
  killed: 0,
  busy: 0,
  mutations: { resort: 0, blank: 0, insert: 0, 'shuffle-ledger': 0 },
  mails: 0,
  reminders: 0,
  requiredChecked: 0,
  unconfirmedDigests: 0,
  unconfirmedReminders: 0,
  unconfirmedMailed: 0,
  unconfirmedNamedNextRun: 0,
  unconfirmedDayEnded: 0,
  deferred: 0,
  repeatEscalations: 0,
  carried: 0,
  failedSends: 0,
};

const sameSet = (a: Iterable<string>, b: Iterable<string>): { missing: string[]; extra: string[] } => {
  const x = new Set(a);
  const y = new Set(b);
  return { missing: [...x].filter((v) => !y.has(v)), extra: [...y].filter((v) => !x.has(v)) };
};

/**
 * Every way the simulation disagrees with the model, empty when it agrees. What a line of a mail says
 * (its date, due date and working days left) goes to `display`, and what the log says of unconfirmed
 * reminders to `logged`: both are checked after the property, so that a wrong word does not hide a
 * reminder sent twice or lost.
 */
function check(sim: Simulation, display: string[], logged: string[]): string[] {
  const { runtime, tab, people, runs } = sim;
  const problems: string[] = [];
  const langOf = new Map(people.map((p) => [p.email, p.lang]));

  // The register at the end: case ids to subjects, and each case's hidden due date against the model.
  const grid = runtime.spreadsheet.values(tab);
  const header = grid[0]!.map(String);
  const col = (en: string) => header.findIndex((h) => h.endsWith(`/ ${en}`));
  const [idCol, subjectCol, dueCol] = [col('Case ID'), col('Subject'), col('Due (date)')];
  const subjectOfId = new Map<string, string>();
  const allCases = new Map(runs.flatMap((r) => r.cases).map((c) => [c.subject, c]));
  for (const row of grid.slice(1)) {
    const subject = String(row[subjectCol] ?? '');
    if (subject === '') continue;
    subjectOfId.set(String(row[idCol]), subject);
    const c = allCases.get(subject);
    const due = row[dueCol];
    if (c && due instanceof Date && bangkok(due.getTime()).day !== noticeDue(c.requested)) {
      problems.push(
        `${subject}: Kamnot's due date ${isoOf(bangkok(due.getTime()).day)}, the model's ${isoOf(noticeDue(c.requested))}`,
      );
    }
  }
  if (new Set(subjectOfId.keys()).size !== subjectOfId.size) problems.push('a case id is used twice');
  const itemOfKey = (key: string): string | null => {
    const parts = key.split('|');
    // The ledger knows a case by its id and the day it started ("K-6@2026-11-01").
    const subject = subjectOfId.get((parts[3] ?? '').replace(/@(\d{4}-\d{2}-\d{2})?$/, ''));
    return subject && parts[1] ? item(subject, parts[1] as Stage) : null;
  };

  // Every mail, read.
  const mails: Mail[] = [];
  for (const run of runs) {
    for (let i = run.mails[0]; i < run.mails[1]; i++) {
      const m = runtime.outbox[i]!;
      const when = bangkok(m.at);
      const lines = linesOf(m.body);
      if (typeof lines === 'string') {
        problems.push(`mail ${i} to ${m.to.join()}: ${lines}`);
        continue;
      }
      if (m.to.length !== 1) problems.push(`mail ${i} goes to ${m.to.join()}`);
      mails.push({ to: m.to[0]!, day: when.day, hour: when.hour, run: run.index, title: m.subject, lines });
    }
  }
  totals.mails += mails.length;

  // No (day, recipient, case, stage) twice, whatever the runs did.
  const seen = new Set<string>();
  for (const m of mails) {
    for (const l of m.lines) {
      const key = `${isoOf(m.day)} ${m.to} ${item(l.subject, l.stage)}`;
      if (seen.has(key)) problems.push(`DUPLICATE: ${key} (run ${m.run})`);
      seen.add(key);
      totals.reminders++;
    }
  }

  // Each run's ledger rows against its mails; the intents a kill left without an outcome.
  const unconfirmed: Unconfirmed[] = [];
  for (const run of runs) {
    const intents = new Map<string, LedgerRow[]>();
    const outcomes = new Map<string, LedgerRow[]>();
    for (const row of run.ledger) {
      // 'noted' rows mark an earlier run's unconfirmed intent as reported in the log: not an outcome.
      if (row.status === 'noted') continue;
      const map = row.status === 'intent' ? intents : outcomes;
      map.set(row.digest, [...(map.get(row.digest) ?? []), row]);
    }
    const mailed = new Map<string, Mail>();
    for (const m of mails) if (m.run === run.index) mailed.set(`${isoOf(m.day)}|${m.to}`, m);
    for (const [digest, m] of mailed) {
      const keys = (intents.get(digest) ?? []).map((r) => itemOfKey(r.key) ?? r.key);
      const diff = sameSet(
        keys,
        m.lines.map((l) => item(l.subject, l.stage)),
      );
      if (diff.missing.length + diff.extra.length > 0) {
        problems.push(
          `run ${run.index}: the intents for ${digest} are not what was mailed (only in the ledger: ${diff.missing.join()}; only in the mail: ${diff.extra.join()})`,
        );
      }
    }
    for (const [digest, rows] of outcomes) {
      const sent = rows.some((r) => r.status === 'sent');
      if (sent !== mailed.has(digest))
        problems.push(
          `run ${run.index}: ledger says ${digest} ${sent ? 'sent' : 'failed'}, the outbox disagrees`,
        );
      if (!intents.has(digest)) problems.push(`run ${run.index}: an outcome for ${digest} without an intent`);
      if (!sent) totals.failedSends++;
    }
    const open = [...intents.keys()].filter((d) => !outcomes.has(d));
    if (open.length > 0 && !run.killed) {
      problems.push(`run ${run.index} (${run.fault}) was not killed but left intents open: ${open.join()}`);
    }
    if (open.length > 1) problems.push(`run ${run.index}: ${open.length} digests left open by one kill`);
    for (const digest of open) {
      const [iso, to] = digest.split('|') as [string, string];
      const rows = intents.get(digest)!;
      const items = rows.map((r) => itemOfKey(r.key) ?? `?${r.key}`);
      unconfirmed.push({ run: run.index, day: dayOf(iso), to, items });
      totals.unconfirmedDigests++;
      totals.unconfirmedReminders += items.length;
      if (mailed.has(digest)) totals.unconfirmedMailed++;
    }
    if (run.fault === 'holdLock') {
      totals.busy++;
      if (run.record?.status !== 'busy' || run.mails[1] > run.mails[0] || run.ledger.length > 0)
        problems.push(`run ${run.index}: the lock was held elsewhere, yet the run did not stop cleanly`);
    }
    if (run.error) problems.push(`run ${run.index} (${run.fault}) threw: ${run.error}`);
    if (run.killed && run.fault !== 'killAfterCalls' && run.fault !== 'killAt')
      problems.push(`run ${run.index} (${run.fault}) was killed without a kill fault`);
    if (run.killed) totals.killed++;
    if (run.record?.mail) totals.carried += run.record.mail.carried;
    totals.faults[run.fault]++;
  }

  // Day by day, person by person: what was sent (or left unconfirmed) against what the model requires.
  const lastEscalation = new Map<string, DayNo>();
  const escalationOf = (subject: string, boss: string) => lastEscalation.get(`${subject}|${boss}`) ?? null;
  for (let day = sim.firstDay; day <= sim.lastDay; day++) {
    const iso = isoOf(day);
    const todays = mails.filter((m) => m.day === day);
    if (!isWorkingDay(day) && todays.length > 0)
      problems.push(`${iso} is not a working day, yet mail went out`);
    for (const m of todays)
      if (m.hour < REMINDER_HOUR)
        problems.push(`mail to ${m.to} at ${iso} ${m.hour}:00, before the office hour`);
    const clean = runs.filter(
      (r) =>
        r.day === day &&
        r.hour >= REMINDER_HOUR &&
        r.fault === 'none' &&
        !r.killed &&
        r.record?.status === 'done' &&
        r.record.mail !== undefined,
    );
    const heard: [string, string][] = [];
    for (const person of people) {
      const to = person.email;
      const lang = langOf.get(to) ?? 'th';
      const expected = (run: number) =>
        required(day, runs[run]!.cases, people, escalationOf).get(to) ?? new Set<string>();
      const own = todays.filter((m) => m.to === to);
      const open = unconfirmed.filter((u) => u.day === day && u.to === to);
      if (own.length > 1) problems.push(`DUPLICATE: ${to} got ${own.length} digests on ${iso}`);
      if (open.length > 1) problems.push(`${to} has ${open.length} unconfirmed digests on ${iso}`);
      let told: readonly string[] = [];
      const mail = own[0];
      const u = open[0];
      if (mail) {
        const want = expected(mail.run);
        const got = mail.lines.map((l) => item(l.subject, l.stage));
        const diff = sameSet(want, got);
        if (diff.missing.length > 0)
          problems.push(`LOST: ${to} ${iso} run ${mail.run}: ${diff.missing.join()}`);
        if (diff.extra.length > 0)
          problems.push(`NOT DUE: ${to} ${iso} run ${mail.run}: ${diff.extra.join()}`);
        totals.requiredChecked++;
        if (u && u.run !== mail.run)
          problems.push(
            `${to} ${iso}: mailed in run ${mail.run} after run ${u.run} left the digest unconfirmed`,
          );
        if (!mail.title.endsWith(`— ${shortDate(day, lang)}`))
          display.push(`${to} ${iso}: title ${mail.title}`);
        for (const l of mail.lines) {
          const c = runs[mail.run]!.cases.find((x) => x.subject === l.subject);
          if (!c) continue;
          const due = noticeDue(c.requested);
          if (!l.due.endsWith(`: ${shortDate(due, lang)}`))
            display.push(`${to} ${iso} ${l.subject}: due ${l.due}`);
          if (l.left !== daysLeftText(daysLeft(due, day), lang))
            display.push(`${to} ${iso} ${l.subject}: "${l.left}", model ${daysLeft(due, day)} working days`);
        }
        const later = new Set<string>();
        for (const r of runs.filter((r) => r.index > mail.run && r.day === day))
          for (const x of expected(r.index)) if (!got.includes(x)) later.add(x);
        totals.deferred += later.size;
        told = got;
      } else if (u) {
        const diff = sameSet(expected(u.run), u.items);
        if (diff.missing.length + diff.extra.length > 0) {
          problems.push(
            `${to} ${iso}: run ${u.run} left unconfirmed ${u.items.join()}, the model wanted ${[...expected(u.run)].join()}`,
          );
        }
        totals.requiredChecked++;
        told = u.items;
      } else {
        for (const r of clean) {
          const want = expected(r.index);
          totals.requiredChecked++;
          if (want.size > 0)
            problems.push(`LOST: ${to} ${iso} after clean run ${r.index}: ${[...want].join()}`);
        }
      }
      for (const x of told) if (x.endsWith('#escalation')) heard.push([x.slice(0, x.indexOf('#')), to]);
    }
    for (const [subject, boss] of heard) {
      if (lastEscalation.has(`${subject}|${boss}`)) totals.repeatEscalations++;
      lastEscalation.set(`${subject}|${boss}`, day);
    }
  }

  // Each unconfirmed digest is in the final ledger as an intent with no outcome, and the log says so:
  // by name in the next run that sends mail the same day, and in every later run's count.
  const finalLedger = runtime.spreadsheet
    .values('_sent')
    .slice(1)
    .map((r) => ({ key: String(r[0]), digest: String(r[2]), status: String(r[3]) }));
  for (const u of unconfirmed) {
    const digest = `${isoOf(u.day)}|${u.to}`;
    const rows = finalLedger.filter((r) => r.digest === digest);
    // 'noted' only records that the log named it; it is not an outcome.
    if (
      !rows.some((r) => r.status === 'intent') ||
      rows.some((r) => r.status !== 'intent' && r.status !== 'noted')
    )
      problems.push(`${digest}: the final ledger does not show an intent without an outcome`);
    const next = runs.find((r) => r.index > u.run && r.record?.mail);
    if (!next) continue;
    if (next.day === u.day) {
      const words = `a run stopped while sending ${u.items.length} reminder(s) to ${u.to} on ${isoOf(u.day)}`;
      if (next.record!.notes.some((n) => n.includes(words))) totals.unconfirmedNamedNextRun++;
      else
        logged.push(
          `run ${next.index} does not say that ${u.items.length} reminder(s) to ${u.to} on ${isoOf(u.day)} are unconfirmed (${u.items.join()}): ${next.record!.notes.filter((n) => n.includes('a run stopped')).join(' | ') || 'no note'}`,
        );
    } else totals.unconfirmedDayEnded++;
  }
  let open = 0;
  for (const run of runs) {
    if (run.record?.mail && run.record.mail.unconfirmed !== open)
      problems.push(
        `run ${run.index} counts ${run.record.mail.unconfirmed} unconfirmed, the ledger has ${open}`,
      );
    open += unconfirmed.filter((u) => u.run === run.index).reduce((n, u) => n + u.items.length, 0);
  }

  totals.scenarios++;
  totals.runs += runs.length;
  for (const k of Object.keys(sim.mutations) as Mutation['kind'][]) totals.mutations[k] += sim.mutations[k];
  return problems;
}

describe('reminders under faults', () => {
  it('1,000+ hourly runs with crashes, kills, overlaps, short quotas and edited rows: no reminder twice or lost', () => {
    const display: string[] = [];
    const logged: string[] = [];
    fc.assert(
      fc.property(scenario, (s) => {
        const problems = check(simulate(s), display, logged);
        if (problems.length > 0) throw new Error(problems.slice(0, 12).join('\n'));
      }),
      { seed: 20261208, numRuns: Number(process.env.FAULT_RUNS ?? 100), endOnFailure: true },
    );
    const { none, ...faults } = totals.faults;
    console.log(
      [
        `fault runs: ${totals.runs} hourly runs in ${totals.scenarios} scenarios (${none} without a fault)`,
        `faults injected: ${Object.entries(faults)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}; runs actually killed ${totals.killed}`,
        `edits between runs: ${Object.entries(totals.mutations)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}`,
        `mails ${totals.mails} carrying ${totals.reminders} reminders (${totals.repeatEscalations} repeated escalations); ${totals.requiredChecked} (day, person, run) verdicts against the model: duplicates 0, lost 0; ${totals.failedSends} sends failed and went later, ${totals.carried} digests carried by the quota`,
        `unconfirmed: ${totals.unconfirmedDigests} digests (${totals.unconfirmedReminders} reminders; ${totals.unconfirmedMailed} of the digests had gone out before the kill); named by the next run the same day ${totals.unconfirmedNamedNextRun}, the day over before the next mail run ${totals.unconfirmedDayEnded}`,
        `reminders that came up after the person's digest of the day had gone (they wait for the next day): ${totals.deferred}`,
      ].join('\n'),
    );
    expect(totals.runs).toBeGreaterThanOrEqual(1_000);
    expect.soft(display.slice(0, 8), `${display.length} lines of mails say the wrong thing`).toEqual([]);
    expect.soft(logged.slice(0, 8), `${logged.length} unconfirmed digests misreported`).toEqual([]);
    expect(totals.killed).toBeGreaterThan(0);
    expect(totals.unconfirmedDigests).toBeGreaterThan(0);
  });

  // Minimal reproductions of what the property found.

  /** One officer and their head, one resignation case; the day and the case's requested date vary. */
  function office(start: string, requested: string) {
    const runtime = load({
      spreadsheet: { timeZone: 'Asia/Bangkok', locale: 'th_TH', sheets: [{ name: 'Sheet1' }] },
      start,
      deployment: 'bound',
    });
    const tab = runtime.callIn({ kind: 'menu' }, 'createRegister', PROCEDURE) as string;
    runtime.spreadsheet.edit('People', 'A2:F3', [
      ['สมชาย ใจดี', 'somchai@example.org', 'officer', 'boss@example.org', 'TRUE', ''],
      ['หัวหน้า', 'boss@example.org', 'group-director', '', 'TRUE', 'en'],
    ]);
    runtime.spreadsheet.edit(tab, 'B2:J2', [
      ['เรื่อง-1', 'somchai@example.org', RECEIVED, requested, '', '', SENT, SENT, SENT],
    ]);
    return { runtime, tab };
  }

  it('a case due today has 0 working days left, in the register and in the digest', () => {
    // Requested Fri 4 Dec 2569: the order is due Thu 3 Dec.
    const { runtime, tab } = office('2026-12-03T09:30:00+07:00', '4/12/2569');
    runtime.callIn({ kind: 'time-driven' }, 'runHourly');
    const [header, row] = runtime.spreadsheet.values(tab) as [unknown[], unknown[]];
    const left = header.findIndex((h) => String(h).endsWith('/ Working days left'));
    const body = runtime.outbox.find((m) => m.to.includes('somchai@example.org'))?.body ?? '';
    expect.soft(row[left]).toBe(0);
    expect.soft(body).toContain('ครบกำหนด: 3 ธ.ค. 2569 | วันนี้ | ครบกำหนดวันนี้');
  });

  it('the next run names every reminder a kill left unconfirmed, escalations too', () => {
    // Tue 8 Dec 2569, the order due Fri 4 Dec: the officer's case is overdue and escalates to the head,
    // whose digest goes first. The run dies at that digest's flush: its intent is written, no mail.
    const dry = office('2026-12-08T09:30:00+07:00', '5/12/2569').runtime;
    const before = dry.calls.total();
    dry.callIn({ kind: 'time-driven' }, 'runHourly');
    const flush = dry.calls.sequence().slice(before).indexOf('SpreadsheetApp.flush') + 1;
    const { runtime } = office('2026-12-08T09:30:00+07:00', '5/12/2569');
    runtime.faults.killAfterCalls(flush);
    expect(() => runtime.callIn({ kind: 'time-driven' }, 'runHourly')).toThrow();
    const ledger = runtime.spreadsheet.values('_sent').slice(1);
    expect(ledger.map((r) => r.slice(1, 4))).toEqual([
      ['boss@example.org', '2026-12-08|boss@example.org', 'intent'],
    ]);
    expect(String(ledger[0]![0])).toContain('|escalation|');
    runtime.clock.advance(HOUR);
    const record = runtime.callIn({ kind: 'time-driven' }, 'runNow') as RunRecord;
    expect(runtime.outbox.map((m) => m.to.join())).toEqual(['somchai@example.org']);
    expect(record.mail?.unconfirmed).toBe(1);
    expect(record.notes.join('\n')).toContain(
      'a run stopped while sending 1 reminder(s) to boss@example.org on 2026-12-08',
    );
  });
});
