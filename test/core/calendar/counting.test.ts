import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarNamed } from '../../../src/core/calendar/calendars';
import {
  addCalendarDays,
  addCalendarMonths,
  addWeeks,
  networkdays,
  workday,
} from '../../../src/core/calendar/counting';
import {
  isWorkingDay,
  makeCalendar,
  SAT_SUN,
  type WorkCalendar,
  weekendFromMask,
} from '../../../src/core/calendar/work-calendar';
import { type Day, dayFromIso, dayFromYmd, isoFromDay, weekday } from '../../../src/core/dates/civil';

const iso = (text: string): Day => dayFromIso(text)!;
const TH = calendarNamed('TH');
const NONE = calendarNamed('NONE');

/** The spreadsheet definition, day by day: the oracle the fast versions must equal. */
function naiveWorkday(calendar: WorkCalendar, start: Day, n: number): Day {
  let day = start;
  let left = Math.abs(n);
  while (left > 0) {
    day += Math.sign(n);
    if (!calendar.weekend[weekday(day)] && !calendar.holidaySet.has(day)) left--;
  }
  return day;
}

function naiveNetworkdays(calendar: WorkCalendar, start: Day, end: Day): number {
  const [a, b] = start <= end ? [start, end] : [end, start];
  let count = 0;
  for (let d = a; d <= b; d++) if (isWorkingDay(calendar, d)) count++;
  return start <= end ? count : -count;
}

// Starts far enough inside the holiday data that ±200 working days or +900 days stay inside it.
const inData = fc.integer({ min: iso('2025-01-01'), max: iso('2027-06-30') });
const randomCalendar = fc
  .tuple(
    fc.array(fc.integer({ min: iso('2023-06-01'), max: iso('2030-12-31') }), { maxLength: 60 }),
    fc.constantFrom('0000011', '0000001', '1000001', '0000110', '0110000'),
    fc.boolean(),
  )
  // With years, networkdays reads a prefix table; without, it counts weeks: both must equal the oracle.
  .map(([holidays, mask, covered]) =>
    makeCalendar('random', holidays, covered ? { first: 2020, last: 2033 } : null, weekendFromMask(mask)!),
  );

describe('workday (WORKDAY / WORKDAY.INTL semantics)', () => {
  it('does not count the start day, returns the start for n = 0, counts back for n < 0', () => {
    const sat = iso('2026-11-21');
    expect(isoFromDay(workday(NONE, sat, 0))).toBe('2026-11-21');
    expect(isoFromDay(workday(NONE, sat, 1))).toBe('2026-11-23');
    expect(isoFromDay(workday(NONE, iso('2026-11-23'), 5))).toBe('2026-11-30');
    expect(isoFromDay(workday(NONE, iso('2026-11-23'), -1))).toBe('2026-11-20');
    expect(isoFromDay(workday(NONE, iso('2026-11-23'), 2.9))).toBe('2026-11-25'); // truncated, like WORKDAY
  });

  it('skips Thai holidays: 15 working days from 8 Apr 2569 cross Songkran and Coronation Day', () => {
    expect(isoFromDay(workday(TH, iso('2026-04-08'), 15))).toBe('2026-05-05');
    expect(isoFromDay(workday(TH, iso('2026-12-04'), 1))).toBe('2026-12-08'); // 5 Dec is a Saturday: substituted on Mon 7 Dec
  });

  it('counts a holiday on a weekend once, and ignores duplicates', () => {
    const sat = iso('2026-11-28');
    const twice = makeCalendar('t', [sat, sat, iso('2026-11-24'), iso('2026-11-24')], null);
    expect(twice.holidays).toEqual([iso('2026-11-24')]);
    expect(isoFromDay(workday(twice, iso('2026-11-23'), 2))).toBe('2026-11-26');
    expect(networkdays(twice, iso('2026-11-23'), iso('2026-11-29'))).toBe(4);
  });

  it('equals the day-by-day definition for any calendar, start and n', () => {
    fc.assert(
      fc.property(
        randomCalendar,
        fc.integer({ min: iso('2024-01-01'), max: iso('2029-12-31') }),
        fc.integer({ min: -400, max: 400 }),
        (cal, start, n) => {
          expect(workday(cal, start, n)).toBe(naiveWorkday(cal, start, n));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('lands on a working day for n ≠ 0, and is strictly monotone in n', () => {
    fc.assert(
      fc.property(inData, fc.integer({ min: -60, max: 60 }), (start, n) => {
        const due = workday(TH, start, n);
        if (n !== 0) expect(isWorkingDay(TH, due)).toBe(true);
        expect(workday(TH, start, n + 1)).toBeGreaterThan(due);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('networkdays (NETWORKDAYS semantics)', () => {
  it('counts both ends, and is negative when the end comes first', () => {
    expect(networkdays(NONE, iso('2026-11-23'), iso('2026-11-27'))).toBe(5);
    expect(networkdays(NONE, iso('2026-11-27'), iso('2026-11-23'))).toBe(-5);
    expect(networkdays(NONE, iso('2026-11-21'), iso('2026-11-22'))).toBe(0);
  });

  it('networkdays(s, workday(s, n)) = n + 1 from a working day', () => {
    fc.assert(
      fc.property(inData, fc.integer({ min: 1, max: 200 }), (start, n) => {
        fc.pre(isWorkingDay(TH, start));
        expect(networkdays(TH, start, workday(TH, start, n))).toBe(n + 1);
        expect(networkdays(TH, start, workday(TH, start, -n))).toBe(-(n + 1));
      }),
      { numRuns: 2000 },
    );
  });

  it('equals the day-by-day count for any calendar', () => {
    fc.assert(
      fc.property(
        randomCalendar,
        fc.integer({ min: iso('2024-01-01'), max: iso('2029-12-31') }),
        fc.integer({ min: -800, max: 800 }),
        (cal, start, span) => {
          expect(networkdays(cal, start, start + span)).toBe(naiveNetworkdays(cal, start, start + span));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('Thai legal periods (CCC §193/3, §193/8)', () => {
  it('30 calendar days ending on a weekend end on the next working day', () => {
    // 2026-11-06 + 30 = Sun 6 Dec; Mon 7 Dec is the substitution for King Bhumibol's day → Tue 8 Dec.
    expect(isoFromDay(addCalendarDays(TH, iso('2026-11-06'), 30))).toBe('2026-12-08');
    expect(isoFromDay(addCalendarDays(TH, iso('2026-11-02'), 30))).toBe('2026-12-02');
  });

  it('a lead time counted back that lands on a holiday moves earlier, never shortening the notice', () => {
    // 30 days before 2 Jan 2027 is 3 Dec 2026 (Thu, working); before 14 Jan 2027 is 15 Dec 2026.
    expect(isoFromDay(addCalendarDays(TH, iso('2027-01-02'), -30))).toBe('2026-12-03');
    // 30 days before Mon 4 Jan 2027 is Sat 5 Dec 2026 → back to Fri 4 Dec.
    expect(isoFromDay(addCalendarDays(TH, iso('2027-01-04'), -30))).toBe('2026-12-04');
  });

  it('weeks are 7 calendar days; months follow EDATE; both move off non-working days', () => {
    expect(isoFromDay(addWeeks(TH, iso('2026-11-23'), 2))).toBe('2026-12-08'); // Mon 7 Dec is a substitution day
    expect(isoFromDay(addCalendarMonths(NONE, iso('2027-01-31'), 1))).toBe('2027-03-01'); // 28 Feb 2027 is a Sunday
    expect(isoFromDay(addCalendarMonths(NONE, iso('2028-01-31'), 1))).toBe('2028-02-29'); // a Tuesday
    expect(isoFromDay(addCalendarMonths(NONE, iso('2027-03-31'), -1))).toBe('2027-02-26'); // back from Sun 28 Feb
  });

  it('never falls on a non-working day, and never before the plain calendar date going forward', () => {
    fc.assert(
      fc.property(inData, fc.integer({ min: 1, max: 400 }), (start, n) => {
        const due = addCalendarDays(TH, start, n);
        expect(isWorkingDay(TH, due)).toBe(true);
        expect(due).toBeGreaterThanOrEqual(start + n);
        const lead = addCalendarDays(TH, start + 500, -n);
        expect(isWorkingDay(TH, lead)).toBe(true);
        expect(lead).toBeLessThanOrEqual(start + 500 - n);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('holiday coverage', () => {
  it('refuses to count into a year with no holiday data, naming the year', () => {
    expect(() => workday(TH, iso('2028-12-20'), 30)).toThrow(/2029/);
    expect(() => networkdays(TH, iso('2023-12-01'), iso('2024-01-10'))).toThrow(/2023/);
    expect(() => addCalendarDays(TH, iso('2028-12-20'), 30)).toThrow(/2572/);
    expect(isoFromDay(workday(NONE, iso('2035-01-01'), 1))).toBe('2035-01-02');
  });

  it('uses the Saturday–Sunday weekend by default, and WORKDAY.INTL masks', () => {
    expect(SAT_SUN).toEqual([true, false, false, false, false, false, true]);
    expect(weekendFromMask('0000001')).toEqual([true, false, false, false, false, false, false]);
    expect(weekendFromMask('1111111')).toBeNull();
    expect(weekendFromMask('000011')).toBeNull();
    expect(dayFromYmd(2026, 1, 1)).toBe(iso('2026-01-01'));
  });
});
