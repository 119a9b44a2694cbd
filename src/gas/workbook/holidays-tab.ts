/**
 * The Holidays tab shows the calendar in use: the shipped days (marked "Kamnot" in the last column,
 * written once when missing) and the office's own days (any other row, read as extra holidays).
 * A shipped day that is still an estimate says so in Thai and English in its Source cell.
 * From November on, a note on the header says when next year's shipped days are missing.
 *
 * Formulas cannot see this tab (a custom function reads only its arguments), so the tab's date column
 * is the named range KAMNOT_HOLIDAYS, which formulas pass as their holidays argument:
 * =DUEDATE(A2, 15, , KAMNOT_HOLIDAYS). It is kept over the whole column, row 2 to the last row, every
 * time Kamnot writes the tab or runs, so days typed below the shipped ones count at once.
 */
import { type CalendarName, holidaysOf } from '../../core/calendar/calendars';
import type { WorkCalendar } from '../../core/calendar/work-calendar';
import { type Day, dayFromIso, ymdFromDay } from '../../core/dates/civil';
import type { Sheet, Spreadsheet } from './services';
import { appendRows, bodyRows } from './tabs';

export const SHIPPED_BY = 'Kamnot';

/** The named range of the Holidays tab's dates, for formulas. */
const HOLIDAY_RANGE = 'KAMNOT_HOLIDAYS';

/** Appended to the Source of a shipped day that is not yet announced (Royal Ploughing, ชดเชย days). */
const NOT_ANNOUNCED =
  'ยังไม่ประกาศ: วันที่นี้เป็นการคาดการณ์ ตรวจสอบเมื่อมีประกาศ / not yet announced: an estimate, check it when announced';

/** `covered`: the years the workbook's calendar knows, the office's own pasted years included. */
export function syncHolidays(
  sheet: Sheet,
  calendar: CalendarName,
  covered: WorkCalendar['years'],
  today: Day,
  dateOut: (day: Day) => unknown,
): string | null {
  const rows = bodyRows(sheet, 'holidays');
  if (calendar !== 'NONE' && !rows.some((r) => r[4] === SHIPPED_BY)) {
    appendRows(
      sheet,
      holidaysOf(calendar).map((h) => [
        dateOut(dayFromIso(h.date)!),
        h.th,
        h.category,
        h.provisional ? `${h.source} — ${NOT_ANNOUNCED}` : h.source,
        SHIPPED_BY,
      ]),
    );
  }
  keepHolidayRange(sheet.getParent(), sheet);
  const warning = missingYearWarning(covered, today);
  const cell = sheet.getRange(1, 1);
  if ((cell.getNote() ?? '') !== (warning ?? '')) cell.setNote(warning ?? '');
  return warning;
}

/**
 * KAMNOT_HOLIDAYS covers the tab's date column from row 2 to its last row; set again when missing or
 * when the tab grew (rows appended after a range's end are not in it). Only the calls a live test of
 * named ranges covers (gas-fakes test/testsheetsrange.js): getNamedRanges, getName, getRange,
 * setRange, setNamedRange.
 */
export function keepHolidayRange(ss: Spreadsheet, sheet: Sheet): void {
  const rows = sheet.getMaxRows() - 1;
  if (rows < 1) return;
  const wanted = sheet.getRange(2, 1, rows, 1);
  const named = ss.getNamedRanges().find((n) => n.getName() === HOLIDAY_RANGE);
  if (!named) {
    ss.setNamedRange(HOLIDAY_RANGE, wanted);
    return;
  }
  const current = named.getRange();
  const same =
    current.getSheet().getSheetId() === sheet.getSheetId() &&
    current.getA1Notation() === wanted.getA1Notation();
  if (!same) named.setRange(wanted);
}

/**
 * This year's holidays missing: always said. Next year's: from November, when the cabinet has usually
 * announced them.
 */
function missingYearWarning(years: WorkCalendar['years'], today: Day): string | null {
  const { y, m } = ymdFromDay(today);
  if (!years) return null;
  const missing = years.last < y ? y : m >= 11 && years.last <= y ? y + 1 : null;
  if (missing === null) return null;
  return `⚠ ยังไม่มีวันหยุดของปี พ.ศ. ${missing + 543}: เพิ่มในแท็บนี้ / ${missing} holidays are missing: add them in this tab`;
}
