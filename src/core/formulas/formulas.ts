/**
 * The custom formulas, pure: `io` converts between the sheet's Date instants and civil dates in the
 * spreadsheet's time zone, so the core never depends on a machine or script zone.
 */
import { calendarNamed } from '../calendar/calendars';
import { addCalendarDays, addCalendarMonths, addWeeks, networkdays, workday } from '../calendar/counting';
import { type WorkCalendar, withExtraHolidays } from '../calendar/work-calendar';
import type { Day } from '../dates/civil';
import { fiscalQuarter, fiscalYearBe } from '../dates/fiscal';
import { formatDate } from '../dates/format';
import { isBlank } from '../dates/parse';
import type { OffsetAt } from '../dates/zone';
import {
  type FormulaUnit,
  readCalendarName,
  readCount,
  readDate,
  readHolidayList,
  readStyle,
  readUnit,
} from './args';
import { mapCells } from './grid';

export interface DateIO {
  readonly offsetAt: OffsetAt;
  /** A civil date back to what the sheet shows as that date (a Date at local midnight). */
  readonly dateOut: (day: Day) => unknown;
}

function addPeriod(calendar: WorkCalendar, start: Day, n: number, unit: FormulaUnit): Day {
  switch (unit) {
    case 'workdays':
      return workday(calendar, start, n);
    case 'days':
      return addCalendarDays(calendar, start, n);
    case 'weeks':
      return addWeeks(calendar, start, n);
    case 'months':
      return addCalendarMonths(calendar, start, n);
  }
}

// One calendar per (name, holidays) for the whole range: building it per cell would be wasteful.
function calendarCache(extra: readonly Day[]): (arg: unknown) => WorkCalendar {
  const byName = new Map<string, WorkCalendar>();
  return remembered((arg) => {
    const name = readCalendarName(arg);
    let calendar = byName.get(name);
    if (!calendar) {
      calendar = withExtraHolidays(calendarNamed(name), extra);
      byName.set(name, calendar);
    }
    return calendar;
  });
}

/** Remembers a reader's answers for the length of one call: a range repeats its units and calendars. */
function remembered<T>(read: (value: unknown) => T): (value: unknown) => T {
  const seen = new Map<unknown, T>();
  return (value) => {
    let result = seen.get(value);
    if (result === undefined) {
      result = read(value);
      seen.set(value, result);
    }
    return result;
  };
}

export function dueDate(
  io: DateIO,
  start: unknown,
  days: unknown,
  unit: unknown,
  holidays: unknown,
  calendar: unknown,
) {
  const calendarOf = calendarCache(readHolidayList(holidays, io.offsetAt));
  const unitOf = remembered(readUnit);
  return mapCells([start, days, unit, calendar], (s, n, u, c) => {
    if (isBlank(s) || isBlank(n)) return '';
    return io.dateOut(addPeriod(calendarOf(c), readDate(s, io.offsetAt), readCount(n), unitOf(u)));
  });
}

export function workdaysBetween(
  io: DateIO,
  start: unknown,
  end: unknown,
  holidays: unknown,
  calendar: unknown,
) {
  const calendarOf = calendarCache(readHolidayList(holidays, io.offsetAt));
  return mapCells([start, end, calendar], (s, e, c) => {
    if (isBlank(s) || isBlank(e)) return '';
    return networkdays(calendarOf(c), readDate(s, io.offsetAt), readDate(e, io.offsetAt));
  });
}

export function thaiDate(io: DateIO, date: unknown, style: unknown) {
  return mapCells([date, style], (d, s) => {
    if (isBlank(d)) return '';
    return formatDate(readDate(d, io.offsetAt), readStyle(s));
  });
}

export function fiscalYear(io: DateIO, date: unknown) {
  return mapCells([date], (d) => (isBlank(d) ? '' : fiscalYearBe(readDate(d, io.offsetAt))));
}

export function fiscalQuarterOf(io: DateIO, date: unknown) {
  return mapCells([date], (d) => (isBlank(d) ? '' : fiscalQuarter(readDate(d, io.offsetAt))));
}
