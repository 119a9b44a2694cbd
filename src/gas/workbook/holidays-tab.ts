/**
 * The Holidays tab shows the calendar in use: the shipped days (marked "Kamnot" in the last column,
 * written once when missing) and the office's own days (any other row, read as extra holidays).
 * From November on, a note on the header says when next year's shipped days are missing.
 */
import { type CalendarName, calendarNamed, holidaysOf } from '../../core/calendar/calendars';
import { type Day, dayFromIso, ymdFromDay } from '../../core/dates/civil';
import type { Sheet } from './services';
import { appendRows, bodyRows } from './tabs';

export const SHIPPED_BY = 'Kamnot';

export function syncHolidays(
  sheet: Sheet,
  calendar: CalendarName,
  today: Day,
  dateOut: (day: Day) => unknown,
): string | null {
  const rows = bodyRows(sheet, 5);
  if (calendar !== 'NONE' && !rows.some((r) => r[4] === SHIPPED_BY)) {
    appendRows(
      sheet,
      holidaysOf(calendar).map((h) => [
        dateOut(dayFromIso(h.date)!),
        h.th,
        h.category,
        h.source + (h.provisional ? ' (provisional)' : ''),
        SHIPPED_BY,
      ]),
    );
  }
  const warning = missingYearWarning(calendar, today);
  const cell = sheet.getRange(1, 1);
  if ((cell.getNote() ?? '') !== (warning ?? '')) cell.setNote(warning ?? '');
  return warning;
}

/** From November, next year's holidays should be there: the cabinet usually announces them by then. */
export function missingYearWarning(calendar: CalendarName, today: Day): string | null {
  const years = calendarNamed(calendar).years;
  const { y, m } = ymdFromDay(today);
  if (!years || m < 11 || years.last > y) return null;
  return `⚠ ยังไม่มีวันหยุดของปี พ.ศ. ${y + 544}: เพิ่มในแท็บนี้ / ${y + 1} holidays are missing: add them in this tab`;
}
