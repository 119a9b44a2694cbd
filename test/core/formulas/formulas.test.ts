import { describe, expect, it } from 'vitest';
import { type Day, dayFromIso, isoFromDay } from '../../../src/core/dates/civil';
import { fixedOffset } from '../../../src/core/dates/zone';
import {
  type DateIO,
  dueDate,
  fiscalQuarterOf,
  fiscalYear,
  thaiDate,
  workdaysBetween,
} from '../../../src/core/formulas/formulas';

// Civil dates in and out as ISO text keeps these tests about the formulas, not about zones.
const io: DateIO = { offsetAt: fixedOffset(420), dateOut: (day: Day) => isoFromDay(day) };
const d = (text: string) => dayFromIso(text)! + 25569; // a serial number, as a cell holding a date can give

describe('DUEDATE', () => {
  it('counts working days by default, and reads units in Thai and English', () => {
    expect(dueDate(io, d('2026-04-08'), 15, undefined, undefined, undefined)).toBe('2026-05-05');
    expect(dueDate(io, d('2026-04-08'), 15, 'วันทำการ', '', 'TH')).toBe('2026-05-05');
    expect(dueDate(io, '8/4/2569', '๑๕', 'workdays', '', '')).toBe('2026-05-05');
    expect(dueDate(io, d('2026-11-06'), 30, 'วัน', '', '')).toBe('2026-12-08');
    expect(dueDate(io, d('2026-11-23'), 2, 'สัปดาห์', '', '')).toBe('2026-12-08');
    expect(dueDate(io, d('2027-01-31'), 1, 'months', '', 'NONE')).toBe('2027-03-01');
  });

  it('adds the holidays range to the calendar', () => {
    expect(dueDate(io, d('2026-11-23'), 1, '', [[d('2026-11-24')], ['']], 'NONE')).toBe('2026-11-25');
    expect(() => dueDate(io, d('2026-11-23'), 1, '', [['next week']], 'NONE')).toThrow(/holiday "next week"/);
  });

  it('computes a whole range in one call, broadcasting single values, blank in → blank out', () => {
    const out = dueDate(io, [[d('2026-11-23')], [''], ['not a date'], [d('2026-11-27')]], 1, '', '', 'NONE');
    expect(out).toEqual([
      ['2026-11-24'],
      [''],
      [expect.stringMatching(/^ข้อผิดพลาด: .* \/ .*cannot read the date/)],
      ['2026-11-30'],
    ]);
    const byUnit = dueDate(io, d('2026-11-23'), [[1, 1]], [['workdays', 'ปี']], '', 'NONE');
    expect(byUnit).toEqual([['2026-11-24', expect.stringMatching(/unknown unit "ปี"/)]]);
  });

  it('gives a range back for a one-cell range, and a single value for single values', () => {
    expect(dueDate(io, [[d('2026-11-23')]], 1, '', '', 'NONE')).toEqual([['2026-11-24']]);
    expect(dueDate(io, [['bad']], 1, '', '', 'NONE')).toEqual([[expect.stringMatching(/^ข้อผิดพลาด/)]]);
    expect(dueDate(io, d('2026-11-23'), 1, '', '', 'NONE')).toBe('2026-11-24');
  });

  it('throws a Thai and English message for a single bad value', () => {
    expect(() => dueDate(io, 'tomorrow', 1, '', '', '')).toThrow(/อ่านวันที่ไม่ได้.*cannot read the date/);
    expect(() => dueDate(io, d('2026-11-23'), 'five', '', '', '')).toThrow(/must be a number/);
    expect(() => dueDate(io, d('2026-11-23'), 1, '', '', 'US')).toThrow(/unknown calendar "US"/);
  });

  it('refuses ranges of different shapes', () => {
    expect(() => dueDate(io, [[1], [2]], [[1, 2]], '', '', '')).toThrow(/same size/);
  });

  it('names the year with no holiday data instead of returning a wrong date', () => {
    expect(() => dueDate(io, d('2028-12-25'), 10, '', '', 'TH')).toThrow(/2029/);
    expect(dueDate(io, d('2028-12-25'), 10, '', '', 'NONE')).toBe('2029-01-08');
  });

  it("TH-SCHOOL adds Teacher's Day (16 January)", () => {
    expect(dueDate(io, d('2026-01-15'), 1, '', '', 'TH')).toBe('2026-01-16');
    expect(dueDate(io, d('2026-01-15'), 1, '', '', 'TH-SCHOOL')).toBe('2026-01-19');
  });
});

describe('WORKDAYSBETWEEN, THAIDATE, FISCALYEAR, FISCALQUARTER', () => {
  it('counts working days both ends included', () => {
    expect(workdaysBetween(io, d('2026-04-01'), d('2026-04-30'), '', 'TH')).toBe(18);
    expect(workdaysBetween(io, [[d('2026-11-23'), '']], d('2026-11-27'), '', 'NONE')).toEqual([[5, '']]);
  });

  it('writes Thai dates in every style', () => {
    expect(thaiDate(io, d('2026-11-22'), '')).toBe('22 พ.ย. 2569');
    expect(thaiDate(io, d('2026-11-22'), 'long+thai')).toBe('๒๒ พฤศจิกายน ๒๕๖๙');
    expect(thaiDate(io, d('2026-11-22'), 'เต็ม')).toBe('วันอาทิตย์ที่ 22 พฤศจิกายน พ.ศ. 2569');
    expect(thaiDate(io, d('2026-11-22'), 'en long')).toBe('22 November 2026');
    expect(() => thaiDate(io, d('2026-11-22'), 'fancy')).toThrow(/unknown style/);
  });

  it('gives the BE fiscal year and its quarter', () => {
    expect(fiscalYear(io, [[d('2026-09-30'), d('2026-10-01')]])).toEqual([[2569, 2570]]);
    expect(
      fiscalQuarterOf(io, [[d('2026-10-01')], [d('2027-02-01')], [d('2027-05-01')], [d('2027-08-01')], ['']]),
    ).toEqual([[1], [2], [3], [4], ['']]);
  });
});
