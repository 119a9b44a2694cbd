/**
 * The Thai government fiscal year runs 1 October – 30 September and is named by the BE year in
 * which it ends: 1 Oct 2026 – 30 Sep 2027 is ปีงบประมาณ 2570. Q1 = Oct–Dec … Q4 = Jul–Sep.
 */
import { type Day, dayFromYmd, daysInMonth, ymdFromDay } from './civil';
import { BE_OFFSET } from './names';

export function fiscalYearBe(day: Day): number {
  const { y, m } = ymdFromDay(day);
  return (m >= 10 ? y + 1 : y) + BE_OFFSET;
}

export function fiscalQuarter(day: Day): 1 | 2 | 3 | 4 {
  const { m } = ymdFromDay(day);
  if (m >= 10) return 1;
  if (m <= 3) return 2;
  return m <= 6 ? 3 : 4;
}

export interface DayRange {
  readonly first: Day;
  readonly last: Day;
}

export function fiscalYearRange(fyBe: number): DayRange {
  const endCe = fyBe - BE_OFFSET;
  return { first: dayFromYmd(endCe - 1, 10, 1), last: dayFromYmd(endCe, 9, 30) };
}

export function fiscalQuarterRange(fyBe: number, quarter: 1 | 2 | 3 | 4): DayRange {
  const endCe = fyBe - BE_OFFSET;
  const firstMonth = [10, 1, 4, 7][quarter - 1]!;
  const y = quarter === 1 ? endCe - 1 : endCe;
  const lastMonth = firstMonth + 2;
  return { first: dayFromYmd(y, firstMonth, 1), last: dayFromYmd(y, lastMonth, daysInMonth(y, lastMonth)) };
}
