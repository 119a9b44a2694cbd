// DESIGN.md §4 "Exactly once": whatever the ledger holds, however runs fail, no reminder goes out
// twice and none of those that should go out is lost.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWorkingDay } from '../../../src/core/calendar/work-calendar';
import { type Day, isoFromDay } from '../../../src/core/dates/civil';
import { CASE_STATES } from '../../../src/core/engine/types';
import { msg } from '../../../src/core/i18n/msg';
import { reminderKey } from '../../../src/core/reminders/keys';
import { type LedgerRow, ledgerRowsFor, ledgerView } from '../../../src/core/reminders/ledger';
import { resolvePerson } from '../../../src/core/reminders/people';
import { planReminders, stageOf } from '../../../src/core/reminders/plan';
import { fitQuota } from '../../../src/core/reminders/quota';
import type { CaseView, Person, ReminderPlan } from '../../../src/core/reminders/types';
import { unconfirmedToReport } from '../../../src/core/reminders/unconfirmed';
import { at, iso, SETTINGS, STUDY, TH, TRANSFER } from './fixtures';

const WORKING_DAYS: Day[] = [];
for (let d = iso('2026-11-02'); d <= iso('2026-12-31'); d++) if (isWorkingDay(TH, d)) WORKING_DAYS.push(d);
const REGISTERS = [STUDY, TRANSFER];

const peopleArb: fc.Arbitrary<Person[]> = fc
  .array(
    fc.record({
      active: fc.constantFrom(true, true, true, false),
      supervisor: fc.oneof(
        fc.constant(''),
        fc.constant('ghost@x.th'),
        fc.nat(4).map((j) => `p${j}@x.th`),
        fc.nat(4).map((j) => `P${j}`),
      ),
      lang: fc.constantFrom('th', 'en', undefined),
      upper: fc.boolean(),
    }),
    { minLength: 5, maxLength: 5 },
  )
  .map((rows) =>
    rows.map(({ active, supervisor, lang, upper }, i) => ({
      name: `P${i}`,
      email: upper ? `P${i}@X.th` : `p${i}@x.th`,
      role: 'officer',
      supervisor,
      active,
      ...(lang ? { lang } : {}),
    })),
  );

const caseArb: fc.Arbitrary<CaseView> = fc
  .record({
    register: fc.constantFrom(...REGISTERS),
    caseId: fc.constantFrom('C0', 'C1', 'C2', 'C3', 'C4', 'C|5', ' C6', ''),
    row: fc.integer({ min: 2, max: 500 }),
    assignee: fc.oneof(
      { weight: 3, arbitrary: fc.nat(4).map((i) => `p${i}@x.th`) },
      { weight: 2, arbitrary: fc.nat(4).map((i) => ` P${i} `) },
      { weight: 1, arbitrary: fc.constantFrom('', 'stranger@x.th', 'Nobody') },
    ),
    step: fc.option(fc.constantFrom('s0', 's1'), { nil: null }),
    state: fc.oneof(
      {
        weight: 3,
        arbitrary: fc.constantFrom('due-soon' as const, 'due-today' as const, 'overdue' as const),
      },
      { weight: 1, arbitrary: fc.constantFrom(...CASE_STATES) },
    ),
    late: fc.integer({ min: 1, max: 30 }),
  })
  .map(({ step, state, late, ...rest }) => ({
    ...rest,
    subject: 'เรื่อง',
    step: step === null ? null : { id: step, name: msg(step, step) },
    due: null,
    state,
    daysLeft: state === 'overdue' ? -late : state === 'due-today' ? 0 : late,
  }));

/** Ledger rows a previous day left, failed attempts of today, and garbage: none blocks today's mail. */
function harmlessLedger(today: Day, cases: readonly CaseView[], picks: readonly number[]): unknown[] {
  const rows: unknown[] = [null, { key: '' }, ['x', 'y', 'z', 'maybe', 'now']];
  picks.forEach((pick, i) => {
    const c = cases[pick % Math.max(cases.length, 1)];
    if (!c) return;
    const stage = stageOf(c.state) ?? 'overdue';
    const base = { register: c.register.key, caseId: c.caseId, step: c.step?.id ?? '', stage };
    if (i % 2 === 0) {
      // yesterday's (or last week's) mail
      const day = isoFromDay(today - 1 - (pick % 7));
      rows.push({
        key: reminderKey({ ...base, day }),
        to: 'p0@x.th',
        digestId: `old${i}`,
        status: 'sent',
        at: at(today - 1),
      });
    } else {
      // a failed attempt earlier today: may be retried
      const key = reminderKey({ ...base, day: isoFromDay(today) });
      rows.push({ key, to: 'p0@x.th', digestId: 'd', status: 'intent', at: at(today, 7) });
      rows.push({ key, to: 'p0@x.th', digestId: 'd', status: 'failed', at: at(today, 7, 1) });
    }
  });
  return rows;
}

/** The own reminders that must go out today: a reminded state, a case id, an active known assignee. */
function expectedKeys(cases: readonly CaseView[], people: readonly Person[], today: Day): Set<string> {
  const keys = new Set<string>();
  for (const c of cases) {
    const stage = stageOf(c.state);
    if (!stage || c.caseId.trim() === '' || !resolvePerson(c.assignee, people).ok) continue;
    keys.add(
      reminderKey({
        register: c.register.key,
        caseId: c.caseId,
        step: c.step?.id ?? '',
        stage,
        day: isoFromDay(today),
      }),
    );
  }
  return keys;
}

const keysOf = (plan: ReminderPlan) => plan.digests.flatMap((d) => d.reminders.map((r) => r.key));

function sent(plan: ReminderPlan, today: Day, hour: number): LedgerRow[] {
  return plan.digests.flatMap((d) => [
    ...ledgerRowsFor(d, 'intent', at(today, hour)),
    ...ledgerRowsFor(d, 'sent', at(today, hour, 1)),
  ]);
}

const world = fc.record({
  people: peopleArb,
  cases: fc.array(caseArb, { minLength: 1, maxLength: 30, size: 'medium' }),
  today: fc.constantFrom(...WORKING_DAYS),
  picks: fc.array(fc.nat(100), { maxLength: 10 }),
  escalation: fc.boolean(),
});

describe('exactly once (property)', () => {
  it('a second plan the same day, after the first went out, plans nothing; nothing due is lost', () => {
    fc.assert(
      fc.property(world, ({ people, cases, today, picks, escalation }) => {
        const settings = { ...SETTINGS, escalation };
        const before = harmlessLedger(today, cases, picks);
        const first = planReminders(cases, people, settings, today, TH, ledgerView(before));
        const second = planReminders(
          cases,
          people,
          settings,
          today,
          TH,
          ledgerView([...before, ...sent(first, today, 8)]),
        );
        expect(second.digests).toEqual([]);

        const all = [...keysOf(first), ...keysOf(second)];
        expect(new Set(all).size).toBe(all.length); // no reminder twice
        const recipients = first.digests.map((d) => d.to.email.toLowerCase());
        expect(new Set(recipients).size).toBe(recipients.length); // one digest per person
        for (const key of expectedKeys(cases, people, today))
          expect(
            all.filter((k) => k === key),
            key,
          ).toHaveLength(1);
        for (const d of first.digests) {
          expect(people.some((p) => p.active && p.email === d.to.email)).toBe(true); // only People
          expect(d.reminders.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('whatever the ledger already holds, nothing in it as sent or unconfirmed is planned again', () => {
    const statuses = fc.constantFrom('intent', 'sent', 'failed', 'SENT', 'bogus', '');
    fc.assert(
      fc.property(
        world,
        fc.array(fc.record({ pick: fc.nat(100), status: statuses, minute: fc.nat(59), digest: fc.nat(2) }), {
          maxLength: 40,
        }),
        ({ people, cases, today, escalation }, noise) => {
          const settings = { ...SETTINGS, escalation };
          const fresh = planReminders(cases, people, settings, today, TH, ledgerView([]));
          const candidates = fresh.digests.flatMap((d) => d.reminders.map((r) => ({ r, d })));
          const rows = noise.flatMap(({ pick, status, minute, digest }) => {
            const c = candidates[pick % Math.max(candidates.length, 1)];
            if (!c) return [];
            const digestId = digest === 0 ? c.d.digestId : `other-${digest}`;
            return [
              {
                key: c.r.key,
                to: c.r.to,
                digestId,
                status,
                at: `${isoFromDay(today)}T08:${String(minute).padStart(2, '0')}:00Z`,
              },
            ];
          });
          const view = ledgerView(rows);
          const first = planReminders(cases, people, settings, today, TH, view);
          for (const key of keysOf(first))
            expect(['sent', 'unconfirmed']).not.toContain(view.status.get(key));
          for (const d of first.digests) expect(view.delivered.has(d.digestId)).toBe(false);
          const second = planReminders(
            cases,
            people,
            settings,
            today,
            TH,
            ledgerView([...rows, ...sent(first, today, 9)]),
          );
          expect(second.digests).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('runs that fail, die half-way or run short of quota: each reminder mailed at most once, none silently lost', () => {
    type Outcome = 'sent' | 'failed' | 'died-before-send' | 'died-after-send';
    fc.assert(
      fc.property(
        world,
        fc.array(
          fc.record({
            quota: fc.integer({ min: 0, max: 4 }),
            outcomes: fc.array(
              fc.constantFrom<Outcome>('sent', 'sent', 'failed', 'died-before-send', 'died-after-send'),
              {
                maxLength: 6,
              },
            ),
          }),
          { maxLength: 6 },
        ),
        ({ people, cases, today, picks, escalation }, runs) => {
          const settings = { ...SETTINGS, escalation };
          const rows: unknown[] = harmlessLedger(today, cases, picks);
          const mailed = new Map<string, number>();
          const lostInCrash = new Set<string>();
          const reported: string[] = [];
          const mail = (keys: readonly string[]) => {
            for (const k of keys) mailed.set(k, (mailed.get(k) ?? 0) + 1);
          };
          let clock = 0;
          const tick = () => at(today, 8 + Math.floor(clock / 60), clock++ % 60);
          // The troubled runs, then good runs with ample quota until nothing is left.
          const schedule = [
            ...runs,
            ...Array.from({ length: 4 }, () => ({ quota: 100, outcomes: [] as Outcome[] })),
          ];
          for (const run of schedule) {
            const view = ledgerView(rows);
            const plan = planReminders(cases, people, settings, today, TH, view);
            // The mail stage names unconfirmed digests once and marks them noted in the ledger.
            const unconfirmed = unconfirmedToReport(view, rows);
            rows.push(...unconfirmed.noted);
            reported.push(...unconfirmed.messages.map((p) => p.en), ...plan.problems.map((p) => p.en));
            const { send } = fitQuota(plan.digests, run.quota);
            for (const [i, digest] of send.entries()) {
              const outcome = run.outcomes[i] ?? 'sent';
              const keys = digest.reminders.map((r) => r.key);
              rows.push(...ledgerRowsFor(digest, 'intent', tick()));
              if (outcome === 'died-before-send') {
                for (const k of keys) lostInCrash.add(k);
                break;
              }
              if (outcome === 'failed') {
                rows.push(...ledgerRowsFor(digest, 'failed', tick()));
                continue;
              }
              mail(keys);
              if (outcome === 'died-after-send') break;
              rows.push(...ledgerRowsFor(digest, 'sent', tick()));
            }
          }
          expect(planReminders(cases, people, settings, today, TH, ledgerView(rows)).digests).toEqual([]);
          for (const [key, n] of mailed) expect(n, key).toBe(1);
          const view = ledgerView(rows);
          for (const key of expectedKeys(cases, people, today)) {
            if (mailed.has(key)) continue;
            // the only way to miss one: a run died between recording and sending — then it is reported
            expect(lostInCrash.has(key), key).toBe(true);
            expect(view.status.get(key)).toBe('unconfirmed');
            expect(reported.some((p) => p.includes('a run stopped while sending'))).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
