/**
 * The office's own days off (Holidays rows not marked "Kamnot"), listed, added and removed from the
 * sidebar. Shipped rows are never changed from here; a removal names the row and its date, so a tab
 * edited meanwhile is not hit in the wrong place.
 */
import { calendarNamed } from '../../core/calendar/calendars';
import { dayFromIso, isoFromDay } from '../../core/dates/civil';
import { parseDateValue } from '../../core/dates/parse';
import type { UtilitiesLike } from '../date-io';
import { type WorkbookContext, workbookContext } from '../run/context';
import { SHIPPED_BY } from '../workbook/holidays-tab';
import type { Spreadsheet } from '../workbook/services';
import { appendRows, bodyRows, ensureTab } from '../workbook/tabs';
import type { HolidaysView } from './public';

export function getHolidays(ss: Spreadsheet, utilities: UtilitiesLike, now: number): HolidaysView {
  return read(ss, workbookContext(ss, utilities, now));
}

function read(ss: Spreadsheet, { settings, io }: WorkbookContext): HolidaysView {
  const office: HolidaysView['office'][number][] = [];
  const unreadable: number[] = [];
  bodyRows(ensureTab(ss, 'holidays'), 5).forEach((r, i) => {
    if (r[4] === SHIPPED_BY || (r[0] === '' && r[1] === '')) return;
    const day = parseDateValue(r[0], io.offsetAt);
    if (day.ok) office.push({ row: i + 2, date: isoFromDay(day.value), name: String(r[1] ?? '') });
    else unreadable.push(i + 2);
  });
  office.sort((a, b) => a.date.localeCompare(b.date));
  return { calendar: settings.calendar, years: calendarNamed(settings.calendar).years, office, unreadable };
}

export function addHoliday(
  ss: Spreadsheet,
  utilities: UtilitiesLike,
  now: number,
  who: string,
  iso: string,
  name: string,
): HolidaysView {
  const day = dayFromIso(String(iso));
  if (day === null) throw new Error('วันที่ต้องเป็น ปปปป-ดด-วว / the date must be YYYY-MM-DD');
  const label = String(name ?? '').trim();
  if (label === '') throw new Error('ต้องมีชื่อวันหยุด / the day off needs a name');
  const context = workbookContext(ss, utilities, now);
  if (read(ss, context).office.some((h) => h.date === iso)) {
    throw new Error(`มีวันที่ ${iso} อยู่แล้ว / ${iso} is already listed`);
  }
  appendRows(ensureTab(ss, 'holidays'), [[context.io.dateOut(day), label, 'office', '', who]]);
  return read(ss, context);
}

export function removeHoliday(
  ss: Spreadsheet,
  utilities: UtilitiesLike,
  now: number,
  row: number,
  iso: string,
): HolidaysView {
  const context = workbookContext(ss, utilities, now);
  const listed = read(ss, context).office.find((h) => h.row === row);
  if (!listed || listed.date !== iso) {
    throw new Error(
      'แท็บ Holidays ถูกแก้ไปแล้ว: รีเฟรชแล้วลองใหม่ / the Holidays tab has changed: refresh and try again',
    );
  }
  ensureTab(ss, 'holidays').deleteRow(row);
  return read(ss, context);
}
