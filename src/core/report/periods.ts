/**
 * The periods offices report by, inside one fiscal year (1 October – 30 September, named by its BE
 * year): a month, a fiscal quarter (Q1 = ต.ค.–ธ.ค.), a fiscal half (H1 = ต.ค.–มี.ค., H2 = เม.ย.–ก.ย.) and
 * the whole year. Everything is a civil day range, both ends included.
 */
import { type Day, dayFromYmd, daysInMonth, ymdFromDay } from '../dates/civil';
import { type DayRange, fiscalQuarter, fiscalQuarterRange, fiscalYearRange } from '../dates/fiscal';
import { BE_OFFSET, EN_MONTHS_LONG, TH_MONTHS_LONG, TH_MONTHS_SHORT } from '../dates/names';
import { type Msg, msg } from '../i18n/msg';

export type Period =
  | { readonly kind: 'year' }
  | { readonly kind: 'half'; readonly half: 1 | 2 }
  | { readonly kind: 'quarter'; readonly quarter: 1 | 2 | 3 | 4 }
  /** A calendar month, 1–12. */
  | { readonly kind: 'month'; readonly month: number };

/** The months of a fiscal year in order: October first. */
export const FISCAL_MONTHS = [10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

export function fiscalHalf(day: Day): 1 | 2 {
  return fiscalQuarter(day) <= 2 ? 1 : 2;
}

/** The CE year a month of fiscal year `fyBe` falls in (October–December belong to the year before). */
function monthYear(fyBe: number, month: number): number {
  const endCe = fyBe - BE_OFFSET;
  return month >= 10 ? endCe - 1 : endCe;
}

export function periodRange(fyBe: number, period: Period): DayRange {
  switch (period.kind) {
    case 'year':
      return fiscalYearRange(fyBe);
    case 'quarter':
      return fiscalQuarterRange(fyBe, period.quarter);
    case 'half': {
      const first = fiscalQuarterRange(fyBe, period.half === 1 ? 1 : 3).first;
      const last = fiscalQuarterRange(fyBe, period.half === 1 ? 2 : 4).last;
      return { first, last };
    }
    case 'month': {
      const y = monthYear(fyBe, period.month);
      return {
        first: dayFromYmd(y, period.month, 1),
        last: dayFromYmd(y, period.month, daysInMonth(y, period.month)),
      };
    }
  }
}

/** Every period of a fiscal year, in the order a report lists them: months, quarters, halves, the year. */
export function allPeriods(): Period[] {
  return [
    ...FISCAL_MONTHS.map((month) => ({ kind: 'month', month }) as const),
    ...([1, 2, 3, 4] as const).map((quarter) => ({ kind: 'quarter', quarter }) as const),
    { kind: 'half', half: 1 },
    { kind: 'half', half: 2 },
    { kind: 'year' },
  ];
}

export function inRange(day: Day | null, range: DayRange): boolean {
  return day !== null && day >= range.first && day <= range.last;
}

/** The period's name: "ไตรมาสที่ 1 (ต.ค.–ธ.ค. 2568)", "Q1 (Oct–Dec 2025)". */
export function periodLabel(fyBe: number, period: Period): Msg {
  const { first, last } = periodRange(fyBe, period);
  const span = monthSpan(first, last);
  switch (period.kind) {
    case 'year':
      return msg(
        `ปีงบประมาณ พ.ศ. ${fyBe} (${span.th})`,
        `Fiscal year ${fyBe - BE_OFFSET} (BE ${fyBe}; ${span.en})`,
      );
    case 'half':
      return msg(`ครึ่งปีงบประมาณที่ ${period.half} (${span.th})`, `Fiscal half ${period.half} (${span.en})`);
    case 'quarter':
      return msg(`ไตรมาสที่ ${period.quarter} (${span.th})`, `Q${period.quarter} (${span.en})`);
    case 'month':
      return monthName(fyBe, period.month);
  }
}

/** "ตุลาคม 2568", "October 2025". */
export function monthName(fyBe: number, month: number): Msg {
  const y = monthYear(fyBe, month);
  return msg(`${TH_MONTHS_LONG[month - 1]} ${y + BE_OFFSET}`, `${EN_MONTHS_LONG[month - 1]} ${y}`);
}

function monthSpan(first: Day, last: Day): Msg {
  const a = ymdFromDay(first);
  const b = ymdFromDay(last);
  return msg(
    `${TH_MONTHS_SHORT[a.m - 1]} ${a.y + BE_OFFSET} – ${TH_MONTHS_SHORT[b.m - 1]} ${b.y + BE_OFFSET}`,
    `${EN_MONTHS_LONG[a.m - 1]!.slice(0, 3)} ${a.y} – ${EN_MONTHS_LONG[b.m - 1]!.slice(0, 3)} ${b.y}`,
  );
}

/** A period as text a request carries: "year", "h1", "q3", "m10". */
export function periodKey(period: Period): string {
  switch (period.kind) {
    case 'year':
      return 'year';
    case 'half':
      return `h${period.half}`;
    case 'quarter':
      return `q${period.quarter}`;
    case 'month':
      return `m${period.month}`;
  }
}

export function periodFromKey(key: string): Period | null {
  if (key === 'year') return { kind: 'year' };
  const m = /^([hqm])(\d{1,2})$/.exec(key);
  if (!m) return null;
  const n = Number(m[2]);
  if (m[1] === 'h' && (n === 1 || n === 2)) return { kind: 'half', half: n };
  if (m[1] === 'q' && n >= 1 && n <= 4) return { kind: 'quarter', quarter: n as 1 | 2 | 3 | 4 };
  if (m[1] === 'm' && n >= 1 && n <= 12) return { kind: 'month', month: n };
  return null;
}
