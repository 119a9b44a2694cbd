import { describe, expect, it } from 'vitest';
import { isWorkingDay } from '../../../src/core/calendar/work-calendar';
import { type Day, isoFromDay } from '../../../src/core/dates/civil';
import { type LedgerRow, ledgerRowsFor, ledgerView } from '../../../src/core/reminders/ledger';
import { planReminders } from '../../../src/core/reminders/plan';
import type { ReminderSettings } from '../../../src/core/reminders/types';
import { at, BOSS, caseView, iso, PEOPLE, SETTINGS, sentRows, TH } from './fixtures';

/** Every day from `from` to `to`, a run at 8:00 (and a second at 9:00): the days the boss got an escalation. */
function escalationDays(due: Day, from: string, to: string, settings: ReminderSettings = SETTINGS): string[] {
  const late = caseView({ state: 'overdue', due, caseId: 'LATE-1' });
  const rows: LedgerRow[] = [];
  const days: string[] = [];
  for (let day = iso(from); day <= iso(to); day++) {
    for (const hour of [8, 9]) {
      const c = {
        ...late,
        state: day > due ? ('overdue' as const) : ('due-soon' as const),
        daysLeft: due - day,
      };
      const plan = planReminders([c], PEOPLE, settings, day, TH, ledgerView(rows));
      if (!isWorkingDay(TH, day)) expect(plan.digests).toEqual([]);
      const boss = plan.digests.find((d) => d.to === BOSS);
      if (boss?.reminders.some((r) => r.stage === 'escalation')) days.push(isoFromDay(day));
      rows.push(...sentRows(plan, day, hour));
    }
  }
  return days;
}

describe('escalation to the supervisor', () => {
  it('on the day of breach, then every 7 days while overdue; a holiday moves it to the next working day', () => {
    // due Wed 25 Nov 2026: breach Thu 26; +7 Thu 3 Dec; +7 Thu 10 Dec is Constitution Day → Fri 11
    expect(escalationDays(iso('2026-11-25'), '2026-11-20', '2026-12-20')).toEqual([
      '2026-11-26',
      '2026-12-03',
      '2026-12-11',
      '2026-12-18',
    ]);
  });

  it('across skipped weekends and the 7 Dec substitution day', () => {
    // due Fri 27 Nov: overdue from Sat 28, first working day Mon 30; +7 Mon 7 Dec (substitution) → Tue 8
    expect(escalationDays(iso('2026-11-27'), '2026-11-27', '2026-12-16')).toEqual([
      '2026-11-30',
      '2026-12-08',
      '2026-12-15',
    ]);
  });

  it('never twice in one day, and not at all when switched off', () => {
    const days = escalationDays(iso('2026-11-25'), '2026-11-26', '2026-11-26');
    expect(days).toEqual(['2026-11-26']); // two runs, one escalation
    expect(
      escalationDays(iso('2026-11-25'), '2026-11-20', '2026-12-20', { ...SETTINGS, escalation: false }),
    ).toEqual([]);
  });

  it('follows the cadence setting; a broken one falls back to 7 days', () => {
    expect(
      escalationDays(iso('2026-11-25'), '2026-11-26', '2026-12-04', { ...SETTINGS, escalationEveryDays: 3 }),
    ).toEqual(['2026-11-26', '2026-11-30', '2026-12-03']);
    expect(
      escalationDays(iso('2026-11-25'), '2026-11-26', '2026-12-04', {
        ...SETTINGS,
        escalationEveryDays: Number.NaN,
      }),
    ).toEqual(['2026-11-26', '2026-12-03']);
  });

  it('a failed escalation is retried the same day; a run that died after its intent is not', () => {
    const day = iso('2026-11-26');
    const c = caseView({ state: 'overdue', daysLeft: -1 });
    const first = planReminders([c], PEOPLE, SETTINGS, day, TH, ledgerView([]));
    const boss = first.digests.find((d) => d.to === BOSS)!;
    const failed = [
      ...ledgerRowsFor(boss, 'intent', at(day)),
      ...ledgerRowsFor(boss, 'failed', at(day, 8, 1)),
    ];
    const again = planReminders([c], PEOPLE, SETTINGS, day, TH, ledgerView(failed));
    expect(again.digests.find((d) => d.to === BOSS)?.reminders).toEqual(boss.reminders);
    const died = planReminders(
      [c],
      PEOPLE,
      SETTINGS,
      day + 1,
      TH,
      ledgerView(ledgerRowsFor(boss, 'intent', at(day))),
    );
    expect(died.digests.find((d) => d.to === BOSS)).toBeUndefined(); // unconfirmed counts as escalated on the 26th
  });

  it('a new step that goes overdue escalates at its own breach', () => {
    const day = iso('2026-11-26');
    const first = planReminders(
      [caseView({ caseId: 'S', state: 'overdue', daysLeft: -1 })],
      PEOPLE,
      SETTINGS,
      day,
      TH,
      ledgerView([]),
    );
    const ledger = ledgerView(sentRows(first, day));
    const next = caseView({
      caseId: 'S',
      state: 'overdue',
      daysLeft: -1,
      step: { id: 'sign', name: { th: 'ลงนาม', en: 'Sign' } },
    });
    const plan = planReminders([next], PEOPLE, SETTINGS, day + 1, TH, ledger);
    expect(plan.digests.find((d) => d.to === BOSS)?.reminders.map((r) => r.step)).toEqual(['sign']);
  });
});
