/**
 * The office's own days off (Holidays rows not marked "Kamnot"), listed, added and removed from the
 * sidebar. Shipped rows are never changed from here; a removal names the row and its date, so a tab
 * edited meanwhile is not hit in the wrong place.
 *
 * A pasted list (news item, cabinet announcement, iCalendar text) is read by the core
 * (core/holidays/paste.ts) and previewed; adding reads the same text again, here, and writes only the
 * dates the office ticked that are in it and not in the tab already: the page sends dates, never
 * names, and a name is written as text (never a formula). Nothing is fetched.
 */
import { calendarNamed, holidaysOf } from '../../core/calendar/calendars';
import { escapeFormula } from '../../core/cells';
import { dayFromIso, isoFromDay } from '../../core/dates/civil';
import { parseDateValue } from '../../core/dates/parse';
import { type PastedDay, readPastedHolidays } from '../../core/holidays/paste';
import { KamnotError } from '../../core/i18n/error';
import type { UtilitiesLike } from '../date-io';
import { type WorkbookContext, workbookContext } from '../run/context';
import { keepHolidayRange, SHIPPED_BY } from '../workbook/holidays-tab';
import type { Spreadsheet } from '../workbook/services';
import { appendRows, bodyRows, ensureTab } from '../workbook/tabs';
import type { HolidayPasteAdded, HolidayPastePreview, HolidaysView, PastedDayView } from './public';

export function getHolidays(ss: Spreadsheet, utilities: UtilitiesLike, now: number): HolidaysView {
  return read(ss, workbookContext(ss, utilities, now));
}

function read(ss: Spreadsheet, { settings, io }: WorkbookContext): HolidaysView {
  const office: HolidaysView['office'][number][] = [];
  const unreadable: number[] = [];
  bodyRows(ensureTab(ss, 'holidays'), 'holidays').forEach((r, i) => {
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
  const sheet = ensureTab(ss, 'holidays');
  appendRows(sheet, [[context.io.dateOut(day), escapeFormula(label), 'office', '', who]]);
  keepHolidayRange(ss, sheet);
  return read(ss, context);
}

/** What a pasted text would add, day by day; nothing is written. */
export function previewPastedHolidays(
  ss: Spreadsheet,
  utilities: UtilitiesLike,
  now: number,
  text: string,
): HolidayPastePreview {
  const context = workbookContext(ss, utilities, now);
  const pasted = readPasted(text);
  const inTab = datesInTab(ss, context);
  const inCalendar = new Set(holidaysOf(context.settings.calendar).map((h) => h.date));
  const state = (d: PastedDay): PastedDayView['state'] =>
    inTab.has(d.date)
      ? 'in-tab'
      : inCalendar.has(d.date)
        ? 'in-calendar'
        : d.observance
          ? 'observance'
          : 'new';
  return {
    format: pasted.format,
    days: pasted.days.map((d) => ({
      date: d.date,
      name: d.name,
      line: d.line,
      state: state(d),
      tentative: d.tentative,
    })),
    problems: pasted.problems.map((p) => ({ line: p.line, text: p.text, why: p.why })),
    ignored: pasted.ignored,
  };
}

/**
 * Adds the chosen dates of a pasted text, each once: a date already in the tab (shipped or the office's)
 * or among the calendar's public holidays is skipped, as is one the text does not name.
 */
export function addPastedHolidays(
  ss: Spreadsheet,
  utilities: UtilitiesLike,
  now: number,
  who: string,
  text: string,
  dates: readonly string[],
): HolidayPasteAdded {
  const context = workbookContext(ss, utilities, now);
  const pasted = readPasted(text);
  const chosen = new Set(dates.map(String));
  const taken = datesInTab(ss, context);
  for (const h of holidaysOf(context.settings.calendar)) taken.add(h.date);
  const source =
    pasted.format === 'icalendar'
      ? 'วางจากไฟล์ iCalendar / pasted from an iCalendar file'
      : 'วางจากรายการ / pasted from a list';
  const rows: unknown[][] = [];
  const added: string[] = [];
  for (const d of pasted.days) {
    if (!chosen.has(d.date) || taken.has(d.date)) continue;
    taken.add(d.date);
    added.push(d.date);
    const note = d.tentative ? ' (ยังไม่แน่นอน / tentative)' : '';
    rows.push([context.io.dateOut(dayFromIso(d.date)!), escapeFormula(d.name), 'office', source + note, who]);
  }
  const sheet = ensureTab(ss, 'holidays');
  if (rows.length > 0) {
    appendRows(sheet, rows);
    keepHolidayRange(ss, sheet);
  }
  return { view: read(ss, context), added };
}

function readPasted(text: string) {
  const r = readPastedHolidays(text);
  if (!r.ok) throw new KamnotError(r.error);
  return r.value;
}

/** Every readable date of the Holidays tab, shipped rows and the office's alike. */
function datesInTab(ss: Spreadsheet, { io }: WorkbookContext): Set<string> {
  const dates = new Set<string>();
  for (const r of bodyRows(ensureTab(ss, 'holidays'), 'holidays', { firstColumnOnly: true })) {
    const day = parseDateValue(r[0], io.offsetAt);
    if (day.ok) dates.add(isoFromDay(day.value));
  }
  return dates;
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
  const sheet = ensureTab(ss, 'holidays');
  sheet.deleteRow(row);
  keepHolidayRange(ss, sheet);
  return read(ss, context);
}
