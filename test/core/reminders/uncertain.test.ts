// Issue 12 §4 in the digest: a case whose due date falls in a year with no holiday data and may or may
// not be late is listed for its assignee (not silently dropped), never escalated, never counted as
// overdue; one overdue by any calendar is reminded and escalated as overdue, its range shown.
import { describe, expect, it } from 'vitest';
import {
  previousCalendar,
  readSnapshot,
  snapshotOf,
  snapshotText,
} from '../../../src/core/calendar/calendar-change';
import { withExtraHolidays } from '../../../src/core/calendar/work-calendar';
import { parseReminderKey, reminderKey } from '../../../src/core/reminders/keys';
import { EMPTY_LEDGER, ledgerView } from '../../../src/core/reminders/ledger';
import { planReminders } from '../../../src/core/reminders/plan';
import { renderDigest } from '../../../src/core/reminders/render';
import { caseView, iso, PEOPLE, SETTINGS, sentRows, TH } from './fixtures';

const DAY = iso('2029-03-01');
const RANGE = { earliest: iso('2029-02-28'), latest: iso('2029-03-06') };

describe('a case that cannot be told yet', () => {
  it('is listed for its assignee under its own stage, and never escalated', () => {
    const c = caseView({ state: 'uncertain', due: null, range: RANGE, daysLeft: null });
    const plan = planReminders([c], PEOPLE, SETTINGS, DAY, TH, EMPTY_LEDGER);
    expect(plan.digests.map((d) => [d.to.email, d.reminders.map((r) => r.stage)])).toEqual([
      ['somchai@esa.go.th', ['uncertain']],
    ]);
    const mail = renderDigest(plan.digests[0]!, SETTINGS, DAY);
    expect(mail.subject).toContain('1 เรื่องยังระบุกำหนดไม่ได้');
    expect(mail.subject).not.toContain('เกินกำหนด');
    expect(mail.text).toContain('ครบกำหนด: ระหว่าง 28 ก.พ. – 6 มี.ค. 2572');
    // Its key round-trips, so the ledger knows it was sent: not again the same day.
    const key = plan.digests[0]!.reminders[0]!.key;
    expect(reminderKey(parseReminderKey(key)!)).toBe(key);
    const again = planReminders([c], PEOPLE, SETTINGS, DAY, TH, ledgerView(sentRows(plan, DAY)));
    expect(again.digests).toEqual([]);
  });

  it('overdue by any calendar: reminded and escalated as overdue, with the range in the mail', () => {
    const c = caseView({
      state: 'overdue',
      due: null,
      range: { earliest: iso('2029-01-08'), latest: iso('2029-01-12') },
      daysLeft: null,
    });
    const plan = planReminders([c], PEOPLE, SETTINGS, DAY, TH, EMPTY_LEDGER);
    const stages = plan.digests.flatMap((d) => d.reminders.map((r) => r.stage)).sort();
    expect(stages).toEqual(['escalation', 'overdue']);
    const own = plan.digests.find((d) => d.to.email === 'somchai@esa.go.th')!;
    expect(renderDigest(own, SETTINGS, DAY).text).toContain('ครบกำหนด: ระหว่าง 8–12 ม.ค. 2572');
  });
});

describe('the calendar snapshot keeps the years it covered', () => {
  it('so a year added later reads as "no data then", not as a due date that moved', () => {
    const before = readSnapshot(snapshotText(snapshotOf(TH, iso('2028-12-01'))))!;
    expect(before.years).toEqual({ first: 2024, last: 2028 });
    const now = withExtraHolidays(TH, [
      iso('2029-01-01'),
      ...Array.from({ length: 12 }, (_, i) => iso('2029-06-04') + i),
    ]);
    expect(now.years).toEqual({ first: 2024, last: 2029 });
    expect(previousCalendar(now, before).years).toEqual({ first: 2024, last: 2028 });
    // A snapshot stored before years were kept falls back to today's.
    const old = readSnapshot(JSON.stringify({ v: 1, n: 'TH', f: 0, t: 10, d: '' }))!;
    expect(previousCalendar(now, old).years).toEqual({ first: 2024, last: 2029 });
  });
});
