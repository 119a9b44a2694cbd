/**
 * Is the checked day a working day, on the workbook's own calendar (its Settings calendar, TH-SCHOOL
 * for a school, plus the office's own days off in Holidays), as the run decides it; and why a run
 * sent no mail, in the officer's words.
 */
import { type CalendarName, holidaysOf } from '../../core/calendar/calendars';
import { isWorkingDay } from '../../core/calendar/work-calendar';
import { type Day, isoFromDay, weekday } from '../../core/dates/civil';
import { parseDateValue } from '../../core/dates/parse';
import { fixedOffset } from '../../core/dates/zone';
import { type Msg, msg } from '../../core/i18n/msg';
import { readSettings } from '../../core/settings';
import { engineSettings, officeHolidays } from '../../gas/run/context';
import { SHIPPED_BY } from '../../gas/workbook/holidays-tab';

export interface Workday {
  readonly calendar: CalendarName;
  readonly hour: number;
  readonly working: boolean;
  /** Why it is not a working day: the weekend, the holiday's name, the office's own day off. */
  readonly why: Msg | null;
}

const BANGKOK = fixedOffset(420);

/** `settings` and `holidays` are the rows below each tab's header (absent tabs: []). */
export function workdayOf(
  settingsRows: readonly (readonly unknown[])[],
  holidayRows: readonly (readonly unknown[])[],
  today: Day,
): Workday {
  const { settings } = readSettings(settingsRows);
  const own = officeHolidays(holidayRows, BANGKOK);
  const calendar = engineSettings(settings, own).calendar;
  const base = { calendar: settings.calendar, hour: settings.reminderHour };
  if (isWorkingDay(calendar, today)) return { ...base, working: true, why: null };
  const day = weekday(today);
  if (calendar.weekend[day])
    return { ...base, working: false, why: day === 0 ? msg('วันอาทิตย์', 'Sunday') : msg('วันเสาร์', 'Saturday') };
  const iso = isoFromDay(today);
  const listed = holidaysOf(settings.calendar).find((h) => h.date === iso);
  if (listed) return { ...base, working: false, why: msg(listed.th, listed.en) };
  const office = holidayRows.find((r) => {
    const d = parseDateValue(r[0], BANGKOK);
    return r[4] !== SHIPPED_BY && d.ok && d.value === today;
  });
  const name = String(office?.[1] ?? '').trim();
  return {
    ...base,
    working: false,
    why: msg(
      `วันหยุดของหน่วยงาน${name ? ` "${name}"` : ''} ในแท็บ Holidays`,
      `the office's own day off${name ? ` "${name}"` : ''} in the Holidays tab`,
    ),
  };
}

export interface MailFacts {
  readonly workday: Workday;
  readonly digests: number;
  /** Cases due soon, due today or overdue. */
  readonly due: number;
  readonly people: number;
  readonly alreadySent: number;
  readonly runComplete: boolean;
}

/** Why no mail went out, or null when some did. */
export function whyNoMail(f: MailFacts): Msg | null {
  if (f.digests > 0) return null;
  const cal = f.workday.calendar;
  if (!f.workday.working) {
    const why = f.workday.why ?? msg('วันหยุด', 'a day off');
    return msg(
      `วันนี้ไม่ใช่วันทำการตามปฏิทิน ${cal} (${why.th}): Kamnot ไม่ส่งอีเมลในวันหยุด`,
      `today is not a working day on calendar ${cal} (${why.en}): Kamnot sends no mail on days off`,
    );
  }
  if (!f.runComplete)
    return msg(
      'รอบนี้ตรวจไม่ครบทุกทะเบียน: อีเมลจะส่งในรอบถัดไปที่ตรวจครบ',
      'this run did not reach every register: mail goes out with the next complete run',
    );
  if (f.due === 0)
    return msg('ไม่มีเรื่องที่ใกล้ครบกำหนด ครบกำหนดวันนี้ หรือเกินกำหนด', 'no case is due soon, due today or overdue');
  if (f.alreadySent > 0)
    return msg('ส่งอีเมลของวันนี้ไปแล้วตามบันทึก _sent', "today's mail was already sent (the _sent ledger)");
  if (f.people === 0)
    return msg(
      `มี ${f.due} เรื่องที่ต้องแจ้ง แต่แท็บ People ว่าง: Kamnot ส่งอีเมลถึงเฉพาะคนในแท็บ People`,
      `${f.due} case(s) to remind, but the People tab is empty: Kamnot mails only the people in it`,
    );
  return msg(
    `มี ${f.due} เรื่องที่ต้องแจ้ง แต่ไม่พบผู้รับผิดชอบในแท็บ People (ดูรายชื่อด้านล่าง)`,
    `${f.due} case(s) to remind, but their assignees are not in the People tab (listed below)`,
  );
}
