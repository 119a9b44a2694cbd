import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  dayFromIso,
  dayFromSerial,
  dayFromYmd,
  isoFromDay,
  serialFromDay,
  weekday,
  ymdFromDay,
} from '../../../src/core/dates/civil';

describe('civil dates', () => {
  it('numbers days from 1970-01-01 and knows the weekday', () => {
    expect(dayFromYmd(1970, 1, 1)).toBe(0);
    expect(dayFromIso('2026-11-22')).toBe(20_779);
    expect(weekday(dayFromYmd(2026, 11, 22))).toBe(0); // a Sunday
    expect(weekday(dayFromYmd(1969, 12, 31))).toBe(3);
  });

  it('agrees with spreadsheet serials (1899-12-30 is serial 0)', () => {
    expect(serialFromDay(dayFromYmd(1970, 1, 1))).toBe(25569);
    expect(serialFromDay(dayFromYmd(2026, 11, 22))).toBe(46348);
    expect(dayFromSerial(46348.75)).toBe(dayFromYmd(2026, 11, 22));
  });

  it('rejects ISO text that names no day', () => {
    expect(dayFromIso('2026-02-29')).toBeNull();
    expect(dayFromIso('2024-02-29')).toBe(dayFromYmd(2024, 2, 29));
    expect(dayFromIso('22/11/2026')).toBeNull();
  });

  it('round-trips every day between 1900 and 2200 through y/m/d and ISO', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayFromYmd(1900, 1, 1), max: dayFromYmd(2200, 12, 31) }), (day) => {
        const { y, m, d } = ymdFromDay(day);
        expect(dayFromYmd(y, m, d)).toBe(day);
        expect(dayFromIso(isoFromDay(day))).toBe(day);
      }),
    );
  });

  it('matches UTC Date arithmetic, independent of the machine zone', () => {
    fc.assert(
      fc.property(fc.integer({ min: -30_000, max: 80_000 }), (day) => {
        const date = new Date(day * 86_400_000);
        expect(ymdFromDay(day)).toEqual({
          y: date.getUTCFullYear(),
          m: date.getUTCMonth() + 1,
          d: date.getUTCDate(),
        });
        expect(weekday(day)).toBe(date.getUTCDay());
      }),
    );
  });

  it('adds months like EDATE, clamping to the end of the month', () => {
    expect(isoFromDay(addMonths(dayFromYmd(2027, 1, 31), 1))).toBe('2027-02-28');
    expect(isoFromDay(addMonths(dayFromYmd(2028, 1, 31), 1))).toBe('2028-02-29');
    expect(isoFromDay(addMonths(dayFromYmd(2026, 3, 31), -1))).toBe('2026-02-28');
    expect(isoFromDay(addMonths(dayFromYmd(2026, 11, 22), 14))).toBe('2028-01-22');
    expect(isoFromDay(addMonths(dayFromYmd(2026, 1, 15), -13))).toBe('2024-12-15');
  });
});

describe('the zone matrix', () => {
  it('runs this suite in the zone its vitest project names', () => {
    expect(process.env.TZ).toBeTruthy();
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(process.env.TZ);
  });
});
