// Issue 12 §4: a case whose dates fall in a year the holiday data does not cover (shipped TH: 2024–2028).
// Its due date is a range whose bounds hold for any holidays that year could have; its state is the one
// both bounds agree on ("overdue whatever 2029's holidays turn out to be"), else 'uncertain'.
import { describe, expect, it } from 'vitest';
import { calendarNamed } from '../../../src/core/calendar/calendars';
import { mostHolidays } from '../../../src/core/calendar/unknown-years';
import { withExtraHolidays } from '../../../src/core/calendar/work-calendar';
import type { Deadline } from '../../../src/core/catalog/schema';
import { type Day, dayFromYmd, isoFromDay, ymdFromDay } from '../../../src/core/dates/civil';
import { evaluateCase } from '../../../src/core/engine/evaluate';
import type { CaseInput, CaseResult, EngineSettings } from '../../../src/core/engine/types';
import { computedRow } from '../../../src/core/register/computed';
import { caseOf, iso, procedure, SETTINGS, step } from './fixtures';

const TH = calendarNamed('TH');

/** A covered year's weekday holidays moved (same month and day) into 2029: one year 2029 might be. */
function yearLike(source: number): EngineSettings {
  const days = TH.holidays
    .filter((d) => ymdFromDay(d).y === source)
    .map((d) => {
      const { m, d: day } = ymdFromDay(d);
      return dayFromYmd(2029, m, day);
    });
  return { ...SETTINGS, calendar: withExtraHolidays(TH, days) };
}
const POSSIBLE_2029 = [2024, 2025, 2026, 2027, 2028].map(yearLike);

const one = (deadline: Deadline, fields: CaseInput['fields'] = {}) => ({
  p: procedure([step('a', deadline)]),
  fields,
});
const show = (r: CaseResult) => ({
  state: r.state,
  due: r.due === null ? null : isoFromDay(r.due),
  range: r.range ? [isoFromDay(r.range.earliest), isoFromDay(r.range.latest)] : null,
});

describe('a year with no holiday data', () => {
  it('the issue: due early January 2029, seen 1 March 2029, is overdue, not "on track"', () => {
    const p = procedure([step('a', { kind: 'after', n: 10, unit: 'workdays', from: { type: 'start' } })]);
    const r = evaluateCase(p, caseOf({ start: iso('2028-12-25') }), SETTINGS, iso('2029-03-01'));
    expect(r.state).toBe('overdue');
    expect(r.due).toBeNull();
    // 25 Dec 2028 + 10 working days: with weekends only in 2029, Mon 8 Jan.
    expect(isoFromDay(r.range!.earliest)).toBe('2029-01-08');
    expect(r.range!.latest).toBeGreaterThan(r.range!.earliest);
    expect(r.problems.map((q) => q.code)).toEqual(['no-holiday-data']);
    expect(r.problems[0]!.msg.th).toContain('2572');
  });

  it('between the bounds the state cannot be told; before them it is on track, with its problem', () => {
    const p = procedure([step('a', { kind: 'after', n: 10, unit: 'workdays', from: { type: 'start' } })]);
    const c = caseOf({ start: iso('2028-12-25') });
    const { range } = evaluateCase(p, c, SETTINGS, iso('2029-03-01'));
    const on = (day: Day) => evaluateCase(p, c, SETTINGS, day);
    expect(on(range!.earliest + 1).state).toBe('uncertain');
    expect(on(range!.latest).state).toBe('uncertain'); // overdue or due today: not known
    expect(on(range!.latest + 1).state).toBe('overdue');
    const early = on(iso('2028-12-26'));
    expect(early.state).toBe('on-track');
    expect(early.problems.map((q) => q.code)).toEqual(['no-holiday-data']);
    // Days left cannot be counted exactly, so none is claimed.
    expect(on(range!.latest + 1).daysLeft).toBeNull();
  });

  // Every rule that counts on the calendar: the range holds the date each plausible 2029 gives.
  const RULES: [string, ReturnType<typeof one>, string][] = [
    ['working days', one({ kind: 'after', n: 15, unit: 'workdays', from: { type: 'start' } }), '2028-12-20'],
    [
      'calendar days (roll forward)',
      one({ kind: 'after', n: 16, unit: 'calendar-days', from: { type: 'start' } }),
      '2028-12-28',
    ],
    ['hours', one({ kind: 'after', n: 72, unit: 'hours', from: { type: 'start' } }), '2028-12-29'],
    ['weeks', one({ kind: 'after', n: 15, unit: 'weeks', from: { type: 'start' } }), '2028-12-29'],
    ['months', one({ kind: 'after', n: 4, unit: 'months', from: { type: 'start' } }), '2028-12-13'],
    [
      '"ทันที" on a day off',
      one(
        { kind: 'after', n: 0, unit: 'workdays', from: { type: 'field', field: 'f' } },
        { f: iso('2029-04-13') },
      ),
      '2028-12-01',
    ],
    [
      'lead time in working days',
      one({ kind: 'before', n: 10, unit: 'workdays', field: 'f' }, { f: iso('2029-04-20') }),
      '2028-12-01',
    ],
    [
      'lead time in calendar days',
      one({ kind: 'before', n: 30, unit: 'calendar-days', field: 'f' }, { f: iso('2029-05-05') }),
      '2028-12-01',
    ],
    ['an annual date', one({ kind: 'calendar', at: { type: 'annual', month: 4, day: 13 } }), '2029-02-01'],
    ['by a day of the month', one({ kind: 'calendar', at: { type: 'day-of-month', day: 13 } }), '2029-04-01'],
    [
      'the end of a month window',
      one({ kind: 'calendar', at: { type: 'month-end', months: [12] } }),
      '2029-11-01',
    ],
  ];
  it.each(RULES)('%s: a range that holds the date of every year 2029 could be', (_, { p, fields }, start) => {
    const c = caseOf({ start: iso(start), fields });
    const today = iso(start);
    const r = evaluateCase(p, c, SETTINGS, today);
    expect(r.problems.map((q) => q.code)).toContain('no-holiday-data');
    const range = r.range ?? { earliest: r.due!, latest: r.due! };
    for (const possible of POSSIBLE_2029) {
      const real = evaluateCase(p, c, possible, today);
      expect(real.problems).toEqual([]);
      expect(real.due).not.toBeNull();
      expect(real.due!).toBeGreaterThanOrEqual(range.earliest);
      expect(real.due!).toBeLessThanOrEqual(range.latest);
    }
  });

  it('fewer holidays can only make a period end earlier, and a lead time start later', () => {
    const after = evaluateCase(
      RULES[0]![1].p,
      caseOf({ start: iso('2028-12-20') }),
      SETTINGS,
      iso('2028-12-20'),
    );
    // The weekends-only count is the earliest bound of a period…
    expect(isoFromDay(after.range!.earliest)).toBe('2029-01-10');
    const lead = RULES[6]![1];
    const before = evaluateCase(
      lead.p,
      caseOf({ start: iso('2028-12-01'), fields: lead.fields }),
      SETTINGS,
      iso('2028-12-01'),
    );
    // …and the latest of a lead time: 10 working days before Fri 20 Apr 2029, weekends only, is Fri 6 Apr.
    expect(isoFromDay(before.range!.latest)).toBe('2029-04-06');
    expect(before.range!.earliest).toBeLessThan(before.range!.latest);
  });

  it('a later step counted from an uncertain one is uncertain too; a step done is judged against the range', () => {
    const p = procedure([
      step('a', { kind: 'after', n: 10, unit: 'workdays', from: { type: 'start' } }),
      step('b', { kind: 'after', n: 5, unit: 'workdays', from: { type: 'previous' } }),
    ]);
    const open = evaluateCase(p, caseOf({ start: iso('2028-12-25') }), SETTINGS, iso('2028-12-26'));
    const [a, b] = open.steps;
    expect(b!.range!.earliest).toBeGreaterThan(a!.range!.earliest);
    expect(b!.range!.latest).toBeGreaterThan(a!.range!.latest);
    const doneLate = evaluateCase(
      p,
      caseOf({ start: iso('2028-12-25'), done: { a: a!.range!.latest + 1 } }),
      SETTINGS,
      a!.range!.latest + 1,
    );
    expect(doneLate.steps[0]!.late).toBe(true);
    const doneUnknown = evaluateCase(
      p,
      caseOf({ start: iso('2028-12-25'), done: { a: a!.range!.latest } }),
      SETTINGS,
      a!.range!.latest,
    );
    expect(doneUnknown.steps[0]!.late).toBeNull();
  });

  it('a due date known exactly but today in an unknown year: the date stands, days left are not claimed', () => {
    const p = procedure([step('a', { kind: 'after', n: 3, unit: 'workdays', from: { type: 'start' } })]);
    const r = evaluateCase(p, caseOf({ start: iso('2028-12-01') }), SETTINGS, iso('2029-02-01'));
    expect(show(r)).toEqual({ state: 'overdue', due: '2028-12-07', range: null });
    expect(r.daysLeft).toBeNull();
    expect(r.problems.map((q) => q.code)).toEqual(['no-holiday-data']);
  });

  it("once the year's holidays are added, the date is exact and the problem gone", () => {
    const p = procedure([step('a', { kind: 'after', n: 10, unit: 'workdays', from: { type: 'start' } })]);
    const c = caseOf({ start: iso('2028-12-25') });
    const known = evaluateCase(p, c, yearLike(2028), iso('2029-03-01'));
    expect(known.problems).toEqual([]);
    expect(known.range).toBeUndefined();
    expect(known.state).toBe('overdue');
    expect(known.daysLeft).toBeLessThan(0);
  });

  it('the register says so: a range in the due cell, the latest bound for the colours, "ยังระบุไม่ได้"', () => {
    const p = procedure([step('a', { kind: 'after', n: 10, unit: 'workdays', from: { type: 'start' } })]);
    const c = caseOf({ start: iso('2028-12-25') });
    const r = evaluateCase(p, c, SETTINGS, iso('2029-01-10'));
    expect(r.state).toBe('uncertain');
    const row = computedRow(p, r, [], 'th');
    expect(row.state).toBe('ยังระบุไม่ได้ ⚠');
    expect(row.dueText).toMatch(/^ระหว่าง 8–\d+ ม\.ค\. 2572$/);
    expect(row.dueDay).toBe(r.range!.latest);
    expect(row.left).toBe('');
    expect(row.note).toContain('ยังไม่มีข้อมูลวันหยุดของปี พ.ศ. 2572');
    expect(computedRow(p, r, [], 'en').dueText).toMatch(/^between 8–\d+ Jan 2029$/);
  });
});

describe('how many holidays an unknown stretch can hold', () => {
  it('the most any stretch of that length held in the covered years; none inside them', () => {
    expect(mostHolidays(TH, iso('2027-01-01'), iso('2027-12-31'))).toBe(0);
    const week = mostHolidays(TH, iso('2029-01-01'), iso('2029-01-07'));
    const month = mostHolidays(TH, iso('2029-01-01'), iso('2029-01-30'));
    const year = mostHolidays(TH, iso('2029-01-01'), iso('2029-12-31'));
    expect(week).toBeGreaterThanOrEqual(2);
    expect(month).toBeGreaterThan(week);
    // At least as many as any covered year had (TH: 21 in 2025).
    expect(year).toBeGreaterThanOrEqual(21);
    // A stretch longer than the covered years is counted in pieces, never less than their sum.
    expect(mostHolidays(TH, iso('2029-01-01'), iso('2038-12-31'))).toBeGreaterThanOrEqual(2 * year);
  });
});

describe("an office's days extend the covered years only when they are a year's list", () => {
  it('one local day in 2029 does not; the 2029 list does', () => {
    const one = withExtraHolidays(TH, [iso('2029-01-02')]);
    expect(one.years).toEqual({ first: 2024, last: 2028 });
    expect(yearLike(2028).calendar.years).toEqual({ first: 2024, last: 2029 });
  });
});
