// The formulas as Sheets calls them: by name, in a custom-function execution, on the built bundle,
// with Dates at midnight in the spreadsheet's zone. Runs once per machine zone (vitest.config.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CUSTOM, load, midnight, shown } from './harness';

const ZONES = ['Asia/Bangkok', 'America/Los_Angeles', 'Pacific/Kiritimati', 'UTC'];

describe.each(ZONES.flatMap((sheet) => ZONES.map((script) => [sheet, script] as const)))(
  'spreadsheet zone %s, script zone %s',
  (sheetZone, scriptZone) => {
    const runtime = load({ spreadsheetTimeZone: sheetZone, scriptTimeZone: scriptZone });
    const call = (name: string, ...args: unknown[]) => runtime.callIn(CUSTOM, name, ...args);

    it('DUEDATE returns the due date at midnight in the spreadsheet zone, never a day off', () => {
      expect(shown(call('DUEDATE', midnight('2026-04-08', sheetZone), 15), sheetZone)).toBe(
        '2026-05-05 00:00',
      );
      expect(shown(call('DUEDATE', midnight('2026-11-06', sheetZone), 30, 'วัน'), sheetZone)).toBe(
        '2026-12-08 00:00',
      );
      expect(shown(call('DUEDATE', '22/11/2569', 1), sheetZone)).toBe('2026-11-23 00:00');
    });

    it('reads and writes whole ranges in one call', () => {
      const out = call(
        'DUEDATE',
        [[midnight('2026-11-20', sheetZone)], [''], [midnight('2027-01-29', sheetZone)]],
        [[1], [1], [-20]],
      ) as unknown[][];
      expect(out.map((row) => (row[0] === '' ? '' : shown(row[0], sheetZone)))).toEqual([
        '2026-11-23 00:00',
        '',
        '2026-12-30 00:00', // 20 working days back from 29 Jan 2027 skip 1 Jan and 31 Dec
      ]);
      expect(
        call('FISCALYEAR', [[midnight('2026-09-30', sheetZone), midnight('2026-10-01', sheetZone)]]),
      ).toEqual([[2569, 2570]]);
      expect(call('FISCALQUARTER', midnight('2027-05-01', sheetZone))).toBe(3);
      expect(call('THAIDATE', midnight('2026-11-22', sheetZone), 'full')).toBe(
        'วันอาทิตย์ที่ 22 พฤศจิกายน พ.ศ. 2569',
      );
      expect(
        call('WORKDAYSBETWEEN', midnight('2026-04-01', sheetZone), midnight('2026-04-30', sheetZone)),
      ).toBe(18);
    });
  },
);

describe('DUEDATE on calendar NONE is WORKDAY', () => {
  const zone = 'Asia/Bangkok';
  const runtime = load({ spreadsheetTimeZone: zone, scriptTimeZone: 'UTC' });

  /** WORKDAY(start, n, holidays) by its definition, on UTC day numbers. */
  function workdayOracle(start: number, n: number, holidays: readonly number[]): number {
    let day = start;
    let left = Math.abs(Math.trunc(n));
    while (left > 0) {
      day += Math.sign(n);
      const weekday = new Date(day * 86_400_000).getUTCDay();
      if (weekday !== 0 && weekday !== 6 && !holidays.includes(day)) left--;
    }
    return day;
  }

  const isoOf = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

  it('for random starts, counts and holiday ranges, computed as one range per run', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 7000, max: 40000 }), fc.integer({ min: -300, max: 300 })), {
          minLength: 1,
          maxLength: 40,
        }),
        fc.array(fc.integer({ min: 7000, max: 40000 }), { maxLength: 30 }),
        (cases, holidays) => {
          const starts = cases.map(([s]) => [midnight(isoOf(s), zone)]);
          const counts = cases.map(([, n]) => [n]);
          const holidayRange = holidays.length ? holidays.map((h) => [midnight(isoOf(h), zone)]) : '';
          const out = runtime.callIn(
            CUSTOM,
            'DUEDATE',
            starts,
            counts,
            'workdays',
            holidayRange,
            'NONE',
          ) as unknown[][];
          cases.forEach(([s, n], i) => {
            expect(shown(out[i]![0], zone)).toBe(`${isoOf(workdayOracle(s, n, holidays))} 00:00`);
          });
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('bad input', () => {
  const zone = 'Asia/Bangkok';
  const runtime = load({ spreadsheetTimeZone: zone });
  const call = (name: string, ...args: unknown[]) => runtime.callIn(CUSTOM, name, ...args);

  it('a single bad value throws a Thai and English message (Sheets shows #ERROR!)', () => {
    expect(() => call('DUEDATE', 'tomorrow', 5)).toThrow(/อ่านวันที่ไม่ได้.*\/.*cannot read the date/);
    expect(() => call('DUEDATE', midnight('2026-11-23', zone), 5, 'fortnights')).toThrow(/unknown unit/);
    expect(() => call('THAIDATE', 'x')).toThrow(/cannot read/);
  });

  it('a bad cell in a range errs in that cell only', () => {
    const out = call('DUEDATE', [[midnight('2026-11-23', zone)], ['31/02/2569'], [true]], 1) as unknown[][];
    expect(shown(out[0]![0], zone)).toBe('2026-11-24 00:00');
    expect(out[1]![0]).toMatch(/^ข้อผิดพลาด: .*not a day of the calendar/);
    expect(out[2]![0]).toMatch(/TRUE\/FALSE is not a date/);
  });

  it('a year without holiday data is an error naming the year, not a wrong date', () => {
    expect(() => call('DUEDATE', midnight('2028-12-25', zone), 10)).toThrow(/2029/);
    expect(shown(call('DUEDATE', midnight('2028-12-25', zone), 10, 'workdays', '', 'NONE'), zone)).toBe(
      '2029-01-08 00:00',
    );
  });
});
