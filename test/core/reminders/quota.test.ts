import { describe, expect, it } from 'vitest';
import { EMPTY_LEDGER } from '../../../src/core/reminders/ledger';
import { planReminders } from '../../../src/core/reminders/plan';
import { fitQuota } from '../../../src/core/reminders/quota';
import { caseView, iso, person, SETTINGS, TH } from './fixtures';

// Five officers and their group director, each with one kind of case.
const people = [
  person('Boss', 'boss@x.th'),
  ...['a', 'b', 'c', 'd', 'e'].map((n) => person(n, `${n}@x.th`, { supervisor: 'boss@x.th' })),
];
const cases = [
  caseView({ assignee: 'e@x.th', state: 'due-soon', daysLeft: 1 }),
  caseView({ assignee: 'd@x.th', state: 'due-today', daysLeft: 0 }),
  caseView({ assignee: 'c@x.th', state: 'overdue', daysLeft: -1 }),
  caseView({ assignee: 'b@x.th', state: 'overdue', daysLeft: -9 }),
  caseView({ assignee: 'a@x.th', state: 'due-soon', daysLeft: 2 }),
];
const { digests } = planReminders(cases, people, SETTINGS, iso('2026-11-23'), TH, EMPTY_LEDGER);
const order = (list: readonly { to: { email: string } }[]) => list.map((d) => d.to.email);

describe('the mail quota', () => {
  it('sends the most urgent first: escalations and overdue (longest first), due today, due soon, then by email', () => {
    const fit = fitQuota(digests, 100);
    // boss's escalations reach 9 days overdue: tied with b, then by email
    expect(order(fit.send)).toEqual(['b@x.th', 'boss@x.th', 'c@x.th', 'd@x.th', 'a@x.th', 'e@x.th']);
    expect(fit.carry).toEqual([]);
    expect(fit.shortfall).toBeNull();
    expect(order(fitQuota([...digests].reverse(), 100).send)).toEqual(order(fit.send));
  });

  it('carries what does not fit, and says so in Thai and English', () => {
    const fit = fitQuota(digests, 2);
    expect(order(fit.send)).toEqual(['b@x.th', 'boss@x.th']);
    expect(order(fit.carry)).toEqual(['c@x.th', 'd@x.th', 'a@x.th', 'e@x.th']);
    expect(fit.shortfall).toEqual({
      th: 'โควตาอีเมลของวันนี้เหลือ 2 ฉบับ แต่มีสรุปที่ต้องส่ง 6 ฉบับ: ส่งฉบับที่เร่งด่วนที่สุด 2 ฉบับก่อน อีก 4 ฉบับจะส่งในรอบถัดไป',
      en: "today's mail quota has 2 left for 6 digests: the 2 most urgent go now, the other 4 in the next run",
    });
  });

  it('a quota of zero, negative or unknown sends nothing', () => {
    for (const remaining of [0, -5, Number.NaN, 0.5]) {
      const fit = fitQuota(digests, remaining);
      expect(fit.send).toEqual([]);
      expect(fit.carry).toHaveLength(6);
    }
    expect(fitQuota([], 0)).toEqual({ send: [], carry: [], shortfall: null });
  });
});
