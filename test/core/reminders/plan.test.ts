import { describe, expect, it } from 'vitest';
import { CASE_STATES } from '../../../src/core/engine/types';
import { reminderKey } from '../../../src/core/reminders/keys';
import { EMPTY_LEDGER, ledgerCellsOf, ledgerRowsFor, ledgerView } from '../../../src/core/reminders/ledger';
import { planReminders } from '../../../src/core/reminders/plan';
import type { CaseView, PlannedDigest } from '../../../src/core/reminders/types';
import { unconfirmedToReport } from '../../../src/core/reminders/unconfirmed';
import {
  at,
  BOSS,
  caseView,
  iso,
  MALI,
  NONE,
  PEOPLE,
  person,
  SETTINGS,
  SOMCHAI,
  sentRows,
  TH,
  TRANSFER,
} from './fixtures';

const MONDAY = iso('2026-11-23');
const plan = (cases: CaseView[], today = MONDAY, ledger = EMPTY_LEDGER, settings = SETTINGS) =>
  planReminders(cases, PEOPLE, settings, today, TH, ledger);
const digestTo = (digests: readonly PlannedDigest[], email: string) =>
  digests.find((d) => d.to.email === email);

describe('planning a working day', () => {
  it('one digest per person, own cases grouped by register, one reminder per case and stage', () => {
    const cases = [
      caseView({ state: 'due-soon', daysLeft: 2 }),
      caseView({ state: 'due-today', daysLeft: 0, register: TRANSFER }),
      caseView({ state: 'overdue', daysLeft: -3, assignee: 'สมชาย รักงาน' }),
      caseView({ state: 'due-soon', daysLeft: 1, assignee: 'mali@esa.go.th' }),
    ];
    const { digests, problems } = plan(cases, MONDAY, EMPTY_LEDGER, { ...SETTINGS, escalation: false });
    expect(problems).toEqual([]);
    expect(digests.map((d) => d.to.email)).toEqual(['mali@esa.go.th', 'somchai@esa.go.th']);
    const somchai = digestTo(digests, 'somchai@esa.go.th')!;
    expect(somchai.lang).toBe('th');
    expect(somchai.digestId).toBe('2026-11-23|somchai@esa.go.th');
    expect(somchai.reminders.map((r) => [r.stage, r.caseId])).toEqual([
      ['due-today', cases[1]!.caseId],
      ['overdue', cases[2]!.caseId],
      ['due-soon', cases[0]!.caseId],
    ]);
    expect(somchai.items.map((i) => [i.section, i.register.name, i.entries.length])).toEqual([
      ['own', 'ย้าย', 1],
      ['own', 'ลาศึกษาต่อ', 2],
    ]);
    expect(somchai.reminders.every((r) => r.to === 'somchai@esa.go.th' && r.day === '2026-11-23')).toBe(true);
    expect(somchai.reminders[1]!.key).toBe(
      reminderKey({
        register: '1001',
        caseId: cases[2]!.caseId,
        step: 'check',
        stage: 'overdue',
        day: '2026-11-23',
      }),
    );
    expect(digestTo(digests, 'mali@esa.go.th')!.lang).toBe('en');
  });

  it.each(CASE_STATES.filter((s) => !['due-soon', 'due-today', 'overdue', 'uncertain'].includes(s)))(
    '%s never produces a reminder',
    (state) => {
      expect(plan([caseView({ state })]).digests).toEqual([]);
    },
  );

  it('nothing at all on a weekend, a Thai holiday or a substitution day', () => {
    const cases = [caseView({ state: 'overdue', daysLeft: -5 })];
    for (const day of ['2026-12-05', '2026-12-06', '2026-12-07', '2026-12-10']) {
      expect(plan(cases, iso(day))).toEqual({ digests: [], problems: [] });
    }
    expect(plan(cases, iso('2026-12-08')).digests).not.toEqual([]);
    // the calendar decides: with weekends only, Monday 7 Dec is a working day
    expect(planReminders(cases, PEOPLE, SETTINGS, iso('2026-12-07'), NONE, EMPTY_LEDGER).digests).not.toEqual(
      [],
    );
  });

  it('says so when the calendar has no holidays for the year', () => {
    const { digests, problems } = plan([caseView()], iso('2035-01-08'));
    expect(digests).toHaveLength(1);
    expect(problems.map((p) => p.en).join()).toContain('no holidays for this year');
  });

  it('recipients come only from the People tab: unknown, inactive and blank assignees are reported', () => {
    const cases = [
      caseView({ assignee: 'stranger@gmail.com' }),
      caseView({ assignee: 'stranger@gmail.com', register: TRANSFER }),
      caseView({ assignee: '' }),
      caseView({ assignee: 'ปิติ' }),
    ];
    const people = [...PEOPLE, person('ปิติ', 'piti@esa.go.th', { active: false })];
    const { digests, problems } = planReminders(cases, people, SETTINGS, MONDAY, TH, EMPTY_LEDGER);
    expect(digests).toEqual([]);
    const en = problems.map((p) => p.en);
    expect(en).toHaveLength(3);
    expect(en[0]).toMatch(
      /"stranger@gmail.com" is not in the People tab \(2 case\(s\): ลาศึกษาต่อ row \d+, ย้าย row \d+\)/,
    );
    expect(en[1]).toContain('no assignee');
    expect(en[2]).toContain('inactive');
    expect(problems[0]!.th).toContain('ไม่อยู่ในแท็บ People');
  });

  it('a duplicate case id is reminded once and reported', () => {
    const a = caseView({ caseId: 'X-1' });
    const b = caseView({ caseId: ' X-1 ' });
    const { digests, problems } = plan([a, b]);
    expect(digests[0]!.reminders).toHaveLength(1);
    expect(problems[0]!.en).toContain(`rows ${a.row} and ${b.row}`);
  });

  it('drops reminders the ledger has as sent or unconfirmed; plans failed ones again', () => {
    const cases = [
      caseView({ state: 'due-today', daysLeft: 0 }),
      caseView({ state: 'due-soon', daysLeft: 1 }),
    ];
    const first = plan(cases);
    const digest = first.digests[0]!;
    expect(plan(cases, MONDAY, ledgerView(sentRows(first, MONDAY))).digests).toEqual([]);

    const failed = ledgerView([
      ...ledgerRowsFor(digest, 'intent', at(MONDAY)),
      ...ledgerRowsFor(digest, 'failed', at(MONDAY, 8, 2)),
    ]);
    expect(plan(cases, MONDAY, failed).digests).toEqual(first.digests);

    const intents = ledgerRowsFor(digest, 'intent', at(MONDAY));
    const died = plan(cases, MONDAY, ledgerView(intents));
    expect(died.digests).toEqual([]);
    // Named once by the mail stage, which then marks them noted.
    const cells = intents.map(ledgerCellsOf);
    const named = unconfirmedToReport(ledgerView(intents), cells);
    expect(named.messages.map((p) => p.en)).toEqual([
      expect.stringContaining('a run stopped while sending 2 reminder(s) to somchai@esa.go.th'),
    ]);
    const later = unconfirmedToReport(ledgerView(intents), [...cells, ...named.noted.map(ledgerCellsOf)]);
    expect(later.messages).toEqual([]);
    expect(ledgerView([...intents, ...named.noted]).status.get(intents[0]!.key)).toBe('unconfirmed');
  });

  it('at most one digest a day: an item that comes up after it waits, and is reported', () => {
    const one = [caseView({ state: 'due-today', daysLeft: 0 })];
    const ledger = ledgerView(sentRows(plan(one), MONDAY));
    const later = plan([...one, caseView({ state: 'due-soon', daysLeft: 2 })], MONDAY, ledger);
    expect(later.digests).toEqual([]);
    expect(later.problems[0]!.en).toContain('already had the digest of 2026-11-23: 1 more item(s)');
    // the next working day, it is in that day's digest
    expect(plan([...one, caseView()], iso('2026-11-24'), ledger).digests[0]!.reminders).toHaveLength(2);
  });

  it("puts a supervisor's own cases and their team's escalations in the same single digest", () => {
    const cases = [
      caseView({ state: 'overdue', daysLeft: -1 }),
      caseView({ state: 'overdue', daysLeft: -4, assignee: 'mali@esa.go.th', register: TRANSFER }),
      caseView({ state: 'due-soon', daysLeft: 1, assignee: 'boss@esa.go.th' }),
    ];
    const { digests } = plan(cases);
    const boss = digestTo(digests, BOSS.email)!;
    expect(digests.filter((d) => d.to === BOSS)).toHaveLength(1);
    expect(
      boss.items.map((i) => [i.section, i.register.name, i.entries.map((e) => e.assignee.email)]),
    ).toEqual([
      ['own', 'ลาศึกษาต่อ', ['boss@esa.go.th']],
      ['team', 'ย้าย', [MALI.email]],
      ['team', 'ลาศึกษาต่อ', [SOMCHAI.email]],
    ]);
    expect(boss.reminders.filter((r) => r.stage === 'escalation').every((r) => r.to === BOSS.email)).toBe(
      true,
    );
    expect(boss.urgency).toBeGreaterThan(digestTo(digests, SOMCHAI.email)!.urgency);
    // the director gets nothing: escalation goes one level up
    expect(digestTo(digests, 'director@esa.go.th')).toBeUndefined();
  });

  it('reports an overdue case whose supervisor cannot be found, and still reminds its assignee', () => {
    const lost = person('Lost', 'lost@x.th', { supervisor: 'ghost@x.th' });
    const { digests, problems } = planReminders(
      [caseView({ state: 'overdue', daysLeft: -1, assignee: 'lost@x.th' })],
      [lost],
      SETTINGS,
      MONDAY,
      TH,
      EMPTY_LEDGER,
    );
    expect(digests.map((d) => d.to.email)).toEqual(['lost@x.th']);
    expect(problems[0]!.en).toContain(
      'supervisor not told: supervisor "ghost@x.th" of Lost is not in the People tab',
    );
  });
});
