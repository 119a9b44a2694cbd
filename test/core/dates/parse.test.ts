import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromYmd, isoFromDay } from '../../../src/core/dates/civil';
import { DATE_STYLES, formatDate } from '../../../src/core/dates/format';
import { parseDateText, parseDateValue } from '../../../src/core/dates/parse';
import { fixedOffset } from '../../../src/core/dates/zone';

const bangkok = fixedOffset(420);
const NOV_22 = dayFromYmd(2026, 11, 22);

function read(text: string): string {
  const r = parseDateText(text);
  if (!r.ok) throw new Error(r.error.en);
  return isoFromDay(r.value);
}

function refusal(text: string): string {
  const r = parseDateText(text);
  if (r.ok) throw new Error(`"${text}" was read as ${isoFromDay(r.value)}`);
  return r.error.en;
}

describe('reading dates as Thai offices write them', () => {
  it.each([
    ['22/11/2569', '2026-11-22'],
    ['22/11/2026', '2026-11-22'],
    ['22-11-2569', '2026-11-22'],
    ['1.3.2570', '2027-03-01'],
    ['2026-11-22', '2026-11-22'],
    ['2569-11-22', '2026-11-22'],
    ['22 พ.ย. 2569', '2026-11-22'],
    ['22 พ.ย.2569', '2026-11-22'],
    ['22พ.ย.69', '2026-11-22'],
    ['22 พย 69', '2026-11-22'],
    ['๒๒ พฤศจิกายน ๒๕๖๙', '2026-11-22'],
    ['๒๒/๑๑/๒๕๖๙', '2026-11-22'],
    ['22 พฤศจิกายน พ.ศ. 2569', '2026-11-22'],
    ['วันอาทิตย์ที่ 22 พฤศจิกายน พ.ศ. 2569', '2026-11-22'],
    ['1 ม.ค. 2570', '2027-01-01'],
    ['29 ก.พ. 2567', '2024-02-29'],
    ['22 Nov 2026', '2026-11-22'],
    ['22 November 2026', '2026-11-22'],
    ['November 22, 2026', '2026-11-22'],
    ['Sunday 22 November 2026', '2026-11-22'],
    ['  22/11/2569 ', '2026-11-22'],
    ["'22/11/2569", '2026-11-22'],
  ])('reads "%s" as %s', (text, iso) => {
    expect(read(text)).toBe(iso);
  });

  it('refuses a two-digit year in a numeric date: BE or CE cannot be told', () => {
    expect(refusal('22/11/69')).toMatch(/ambiguous/);
    expect(refusal('22 Nov 26')).toMatch(/ambiguous/);
  });

  it('refuses month-first order instead of swapping day and month', () => {
    expect(refusal('11/22/2026')).toMatch(/month\/day/);
  });

  it('refuses days that do not exist, and says so', () => {
    expect(refusal('29/2/2569')).toMatch(/not a day of the calendar/); // 2026 is not a leap year
    expect(refusal('31 เม.ย. 2569')).toMatch(/not a day/);
  });

  it('refuses an era marker that contradicts the year', () => {
    expect(refusal('22 พ.ย. พ.ศ. 2026')).toMatch(/BE year/);
    expect(refusal('22 Nov C.E. 2569')).toMatch(/CE year/);
  });

  it('refuses a weekday that does not match the date', () => {
    expect(refusal('วันจันทร์ที่ 22 พฤศจิกายน พ.ศ. 2569')).toMatch(/weekday/);
  });

  it('refuses unknown words and years out of range', () => {
    expect(refusal('22 Brumaire 2569')).toMatch(/unknown month/);
    expect(refusal('next Tuesday')).toMatch(/cannot read/);
    expect(refusal('22/11/3000')).toMatch(/out of range/);
  });

  it('reads a date cell whose year is BE taken for CE (typed "1/11/2569") as that BE date', () => {
    const typed = new Date(Date.UTC(2569, 10, 0, 17)); // 1 Nov 2569 CE, midnight in Bangkok
    expect(parseDateValue(typed, bangkok)).toEqual({ ok: true, value: dayFromYmd(2026, 11, 1) });
    expect(parseDateValue(dayFromYmd(2569, 11, 1) + 25569, bangkok)).toEqual({
      ok: true,
      value: dayFromYmd(2026, 11, 1),
    });
    expect(parseDateValue(new Date(Date.UTC(3000, 0, 1)), bangkok).ok).toBe(false);
  });

  it('reads Date objects in the spreadsheet zone, and serial numbers', () => {
    const midnightBangkok = new Date(Date.UTC(2026, 10, 21, 17));
    expect(parseDateValue(midnightBangkok, bangkok)).toEqual({ ok: true, value: NOV_22 });
    expect(parseDateValue(46348, bangkok)).toEqual({ ok: true, value: NOV_22 });
    expect(parseDateValue(true, bangkok).ok).toBe(false);
    expect(parseDateValue(new Date(Number.NaN), bangkok).ok).toBe(false);
    expect(parseDateValue('#REF!', bangkok).ok).toBe(false);
  });
});

describe('parse ∘ format = identity', () => {
  it('for every style, language and digit set, 1900–2200', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: dayFromYmd(1900, 1, 1), max: dayFromYmd(2200, 12, 31) }),
        fc.constantFrom(...DATE_STYLES),
        fc.constantFrom('th' as const, 'en' as const),
        fc.boolean(),
        (day, style, lang, thaiDigits) => {
          const text = formatDate(day, { style, lang, thaiDigits });
          const back = parseDateText(text);
          expect(back).toEqual({ ok: true, value: day });
        },
      ),
      { numRuns: 2000 },
    );
  });
});
