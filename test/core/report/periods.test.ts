// The fiscal periods at their edges: 30 September / 1 October (a new fiscal year) and 31 March / 1 April
// (a new half), and every day of two years falling in exactly one month, quarter and half.
import { describe, expect, it } from 'vitest';
import { dayFromYmd, isoFromDay } from '../../../src/core/dates/civil';
import { fiscalYearBe } from '../../../src/core/dates/fiscal';
import {
  allPeriods,
  fiscalHalf,
  inRange,
  periodFromKey,
  periodKey,
  periodLabel,
  periodRange,
} from '../../../src/core/report/periods';

const iso = (r: { first: number; last: number }) => [isoFromDay(r.first), isoFromDay(r.last)];

describe('fiscal periods', () => {
  it('30 September 2569 ends fiscal year 2569; 1 October 2569 starts 2570', () => {
    const sep30 = dayFromYmd(2026, 9, 30);
    const oct1 = dayFromYmd(2026, 10, 1);
    expect(fiscalYearBe(sep30)).toBe(2569);
    expect(fiscalYearBe(oct1)).toBe(2570);
    expect(iso(periodRange(2570, { kind: 'year' }))).toEqual(['2026-10-01', '2027-09-30']);
    expect(inRange(sep30, periodRange(2570, { kind: 'year' }))).toBe(false);
    expect(inRange(oct1, periodRange(2570, { kind: 'year' }))).toBe(true);
    expect(inRange(sep30, periodRange(2569, { kind: 'quarter', quarter: 4 }))).toBe(true);
    expect(inRange(oct1, periodRange(2570, { kind: 'quarter', quarter: 1 }))).toBe(true);
    expect(inRange(oct1, periodRange(2570, { kind: 'month', month: 10 }))).toBe(true);
    expect(inRange(sep30, periodRange(2570, { kind: 'month', month: 9 }))).toBe(false);
  });

  it('31 March closes the first half (ต.ค.–มี.ค.); 1 April opens the second (เม.ย.–ก.ย.)', () => {
    const mar31 = dayFromYmd(2027, 3, 31);
    const apr1 = dayFromYmd(2027, 4, 1);
    expect(fiscalHalf(mar31)).toBe(1);
    expect(fiscalHalf(apr1)).toBe(2);
    expect(iso(periodRange(2570, { kind: 'half', half: 1 }))).toEqual(['2026-10-01', '2027-03-31']);
    expect(iso(periodRange(2570, { kind: 'half', half: 2 }))).toEqual(['2027-04-01', '2027-09-30']);
    expect(iso(periodRange(2570, { kind: 'quarter', quarter: 2 }))).toEqual(['2027-01-01', '2027-03-31']);
    expect(iso(periodRange(2570, { kind: 'quarter', quarter: 3 }))).toEqual(['2027-04-01', '2027-06-30']);
    // A leap February inside a fiscal year: 2028 is FY 2571.
    expect(iso(periodRange(2571, { kind: 'month', month: 2 }))).toEqual(['2028-02-01', '2028-02-29']);
  });

  it('every day of two fiscal years is in one month, one quarter, one half and its year', () => {
    for (const fy of [2570, 2571]) {
      const year = periodRange(fy, { kind: 'year' });
      for (let day = year.first; day <= year.last; day++) {
        const hits = allPeriods().filter((p) => inRange(day, periodRange(fy, p)));
        expect(hits.map((p) => p.kind).sort(), isoFromDay(day)).toEqual(['half', 'month', 'quarter', 'year']);
        expect(hits.find((p) => p.kind === 'half')).toEqual({ kind: 'half', half: fiscalHalf(day) });
      }
      expect(inRange(year.first - 1, year)).toBe(false);
      expect(inRange(year.last + 1, year)).toBe(false);
    }
  });

  it('names periods in Thai (BE) and English (CE), and reads its keys back', () => {
    expect(periodLabel(2570, { kind: 'half', half: 1 })).toEqual({
      th: 'ครึ่งปีงบประมาณที่ 1 (ต.ค. 2569 – มี.ค. 2570)',
      en: 'Fiscal half 1 (Oct 2026 – Mar 2027)',
    });
    expect(periodLabel(2570, { kind: 'month', month: 10 }).th).toBe('ตุลาคม 2569');
    for (const p of allPeriods()) expect(periodFromKey(periodKey(p))).toEqual(p);
    for (const bad of ['h3', 'q0', 'q5', 'm13', 'm0', 'x1', '', 'year2'])
      expect(periodFromKey(bad)).toBeNull();
  });
});
