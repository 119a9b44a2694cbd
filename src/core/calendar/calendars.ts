/**
 * The calendars Kamnot knows, built once per execution from the shipped holiday data.
 * - TH: Thai government offices (public + government-only days).
 * - TH-SCHOOL: TH plus the days only Ministry of Education teaching units observe (Teacher's Day).
 * - NONE: weekends only, any year: equals the spreadsheet's WORKDAY with no holidays.
 */
import { dayFromIso } from '../dates/civil';
import { TH_HOLIDAY_YEARS, TH_HOLIDAYS } from '../holidays/th-holidays';
import type { HolidayCategory, HolidayEntry } from '../holidays/types';
import { makeCalendar, type WorkCalendar } from './work-calendar';

export const CALENDAR_NAMES = ['TH', 'TH-SCHOOL', 'NONE'] as const;
export type CalendarName = (typeof CALENDAR_NAMES)[number];

const CATEGORIES: Record<CalendarName, readonly HolidayCategory[]> = {
  TH: ['public', 'government'],
  'TH-SCHOOL': ['public', 'government', 'school'],
  NONE: [],
};

export function isCalendarName(value: string): value is CalendarName {
  return (CALENDAR_NAMES as readonly string[]).includes(value);
}

export function holidaysOf(
  name: CalendarName,
  entries: readonly HolidayEntry[] = TH_HOLIDAYS,
): HolidayEntry[] {
  const wanted = CATEGORIES[name];
  return entries.filter((e) => wanted.includes(e.category));
}

const built = new Map<CalendarName, WorkCalendar>();

export function calendarNamed(name: CalendarName): WorkCalendar {
  let calendar = built.get(name);
  if (!calendar) {
    const days = holidaysOf(name).map((e) => dayFromIso(e.date)!);
    calendar = makeCalendar(name, days, name === 'NONE' ? null : TH_HOLIDAY_YEARS);
    built.set(name, calendar);
  }
  return calendar;
}
