import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../../src/core/dates/civil';
import {
  fiscalQuarter,
  fiscalQuarterRange,
  fiscalYearBe,
  fiscalYearRange,
} from '../../../src/core/dates/fiscal';
import { formatDate } from '../../../src/core/dates/format';

const NOV_22 = dayFromYmd(2026, 11, 22);

describe('writing dates', () => {
  it('writes the Thai BE styles', () => {
    expect(formatDate(NOV_22)).toBe('22 พ.ย. 2569');
    expect(formatDate(NOV_22, { style: 'long' })).toBe('22 พฤศจิกายน 2569');
    expect(formatDate(NOV_22, { style: 'full' })).toBe('วันอาทิตย์ที่ 22 พฤศจิกายน พ.ศ. 2569');
    expect(formatDate(NOV_22, { style: 'numeric' })).toBe('22/11/2569');
    expect(formatDate(NOV_22, { style: 'long', thaiDigits: true })).toBe('๒๒ พฤศจิกายน ๒๕๖๙');
  });

  it('writes the English equivalents with the CE year', () => {
    expect(formatDate(NOV_22, { lang: 'en' })).toBe('22 Nov 2026');
    expect(formatDate(NOV_22, { lang: 'en', style: 'long' })).toBe('22 November 2026');
    expect(formatDate(NOV_22, { lang: 'en', style: 'full' })).toBe('Sunday 22 November 2026');
  });
});

describe('the Thai fiscal year', () => {
  it('is named by the BE year it ends in', () => {
    expect(fiscalYearBe(dayFromYmd(2026, 9, 30))).toBe(2569);
    expect(fiscalYearBe(dayFromYmd(2026, 10, 1))).toBe(2570);
    expect(fiscalYearBe(NOV_22)).toBe(2570);
    expect(fiscalYearRange(2570)).toEqual({ first: dayFromYmd(2026, 10, 1), last: dayFromYmd(2027, 9, 30) });
  });

  it('has quarters Oct–Dec, Jan–Mar, Apr–Jun, Jul–Sep', () => {
    expect([10, 12, 1, 3, 4, 6, 7, 9].map((m) => fiscalQuarter(dayFromYmd(2027, m, 15)))).toEqual([
      1, 1, 2, 2, 3, 3, 4, 4,
    ]);
    expect(fiscalQuarterRange(2570, 1)).toEqual({
      first: dayFromYmd(2026, 10, 1),
      last: dayFromYmd(2026, 12, 31),
    });
    expect(fiscalQuarterRange(2570, 2)).toEqual({
      first: dayFromYmd(2027, 1, 1),
      last: dayFromYmd(2027, 3, 31),
    });
    expect(fiscalQuarterRange(2570, 4)).toEqual({
      first: dayFromYmd(2027, 7, 1),
      last: dayFromYmd(2027, 9, 30),
    });
  });
});
