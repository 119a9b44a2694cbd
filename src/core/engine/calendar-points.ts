/**
 * Calendar deadlines, resolved against the case's start (its round). A "by the 5th" point is the
 * first occurrence on or after the start; a "1 March" point the first from two months before it.
 * Like any period end they move forward off a non-working day (§193/8). A window ("in October",
 * "in Q2") must be finished inside it, so its last day moves back to its last working day.
 */
import { rollToWorkingDay } from '../calendar/counting';
import type { WorkCalendar } from '../calendar/work-calendar';
import type { CalendarPoint } from '../catalog/schema';
import { type Day, dayFromYmd, daysInMonth, ymdFromDay } from '../dates/civil';
import { fiscalQuarterRange, fiscalYearBe } from '../dates/fiscal';
import { fromThaiDigits } from '../dates/names';

/** How far before a case's start an annual date still belongs to it (a round's preparation). */
const ANNUAL_LOOKBACK_DAYS = 62;

export type PointResult = { readonly due: Day } | { readonly missingField: string };

export function resolvePoint(
  calendar: WorkCalendar,
  point: CalendarPoint,
  start: Day,
  fields: Readonly<Record<string, unknown>>,
): PointResult {
  const { y, m } = ymdFromDay(start);
  switch (point.type) {
    case 'day-of-month': {
      const inMonth = (yy: number, mm: number) =>
        dayFromYmd(yy, mm, Math.min(point.day, daysInMonth(yy, mm)));
      const here = inMonth(y, m);
      const due = here >= start ? here : m === 12 ? inMonth(y + 1, 1) : inMonth(y, m + 1);
      return { due: rollToWorkingDay(calendar, due, 1) };
    }
    case 'annual': {
      // The first occurrence from two months before the start: a round that starts on 1 April has its
      // 1 March headcount a month before, not a year after; a case opened in August looks ahead.
      const at = (yy: number) =>
        dayFromYmd(yy, point.month, Math.min(point.day, daysInMonth(yy, point.month)));
      const due = [at(y - 1), at(y), at(y + 1)].find((day) => day >= start - ANNUAL_LOOKBACK_DAYS)!;
      return { due: rollToWorkingDay(calendar, due, 1) };
    }
    case 'month-end': {
      const first = point.months[0]!;
      const last = point.months[point.months.length - 1]!;
      // The first window that ends on or after the start; a Dec–Jan window ends in the next year.
      let due = start;
      for (let windowYear = y - 1; windowYear <= y + 1; windowYear++) {
        const endYear = last < first ? windowYear + 1 : windowYear;
        due = dayFromYmd(endYear, last, daysInMonth(endYear, last));
        if (due >= start) break;
      }
      return { due: rollToWorkingDay(calendar, due, -1) };
    }
    case 'quarter-end': {
      let quarter = point.quarter ?? null;
      if (quarter === null && point.field) {
        quarter = readQuarter(fields[point.field]);
        if (quarter === null) return { missingField: point.field };
      }
      const range = fiscalQuarterRange(fiscalYearBe(start), (quarter ?? 1) as 1 | 2 | 3 | 4);
      return { due: rollToWorkingDay(calendar, range.last, -1) };
    }
  }
}

/** Which way a point moves off a day off: forward for a date, back for the last day of a window. */
export function pointDirection(point: CalendarPoint): 1 | -1 {
  return point.type === 'month-end' || point.type === 'quarter-end' ? -1 : 1;
}

/** A planned quarter as officers type it: 2, "2", "Q2", "ไตรมาส 2", "ไตรมาส ๒". */
export function readQuarter(value: unknown): number | null {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1 && value <= 4 ? value : null;
  if (typeof value !== 'string') return null;
  const match = /^(?:q|ไตรมาส(?:ที่)?)?\s*([1-4])$/i.exec(fromThaiDigits(value).trim());
  return match ? Number(match[1]) : null;
}
