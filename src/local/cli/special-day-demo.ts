// npm start: a special day off announced mid-year (issue 15 §2), on the demo office's workbook after its
// run. The cabinet gives a day off at short notice, an officer pastes the news into the sidebar, the next
// hourly check of build/Code.js finds the calendar changed and lists the due dates that moved, and the
// next working day's digests tell each assignee which of theirs moved and why.
import { calendarNamed } from '../../core/calendar/calendars';
import { isWorkingDay } from '../../core/calendar/work-calendar';
import { type Day, isoFromDay } from '../../core/dates/civil';
import { formatDate } from '../../core/dates/format';
import { parseDateText } from '../../core/dates/parse';
import type { MovedNotice } from '../../core/reminders/types';
import type { HolidayPasteAdded, HolidayPastePreview } from '../../gas/sidebar-api/public';
import { demoWorkday } from '../demo/calendar';
import { type RowState, readStates } from '../demo/inspect';
import { bangkokInstant, DEMO_PEOPLE } from '../demo/workbook';
import type { OfficeDemo } from './office-demo';
import { clip } from './table';

const SIDEBAR = { kind: 'sidebar' } as const;
const TIME = { kind: 'time-driven' } as const;
/** The cabinet's decision reaches the office mid-morning; the next hourly check runs at 11:00. */
const PASTED_AT = 10;
const CHECKED_AT = 11;
/** At most this many moved cases are listed: the rest are counted (all are in _log). */
const SHOWN = 5;

/**
 * The day the cabinet gives off: a working day two to ten days after the mail day (the cabinet
 * decided 31 July 2566 on 25 July), best a bridge between days off (as 31 July 2566 and 2 January 2569
 * were), else one next to a weekend or holiday; and one before an open case's due date, so a date
 * really moves. Null when those days hold no working day the calendar's holiday data covers.
 */
function chooseSpecialDay(mailDay: Day, rows: readonly RowState[]): Day | null {
  const calendar = calendarNamed('TH');
  const off = (d: Day) => !isWorkingDay(calendar, d);
  const dues = rows
    .filter((r) => r.state === 'on-track' || r.state === 'due-soon')
    .map((r) => parseDateText(r.due))
    .flatMap((r) => (r.ok ? [r.value] : []));
  const last = Math.min(mailDay + 10, calendar.coveredDays?.last ?? mailDay + 10);
  let best: { day: Day; score: number } | null = null;
  for (let day = mailDay + 2; day <= last; day++) {
    if (off(day)) continue;
    const score = (dues.some((due) => due >= day) ? 4 : 0) + (off(day - 1) ? 1 : 0) + (off(day + 1) ? 1 : 0);
    if (!best || score > best.score) best = { day, score };
  }
  return best?.day ?? null;
}

/** The news item as offices copy it: the cabinet's words, the full Thai date with its weekday. */
function announcement(day: Day): string {
  const calendar = calendarNamed('TH');
  const bridging = !isWorkingDay(calendar, day - 1) || !isWorkingDay(calendar, day + 1);
  const decision = `ครม. มีมติให้${formatDate(day, { style: 'full' })} เป็นวันหยุดราชการเพิ่มเป็นกรณีพิเศษ`;
  return bridging ? `${decision}\nเพื่อให้ประชาชนมีวันหยุดต่อเนื่องและเดินทางท่องเที่ยว` : decision;
}

function movedNotices(runtime: OfficeDemo['runtime']): MovedNotice[] {
  return runtime.spreadsheet
    .values('_moved')
    .slice(1)
    .flatMap((r) => {
      try {
        return [JSON.parse(String(r[2] ?? '')) as MovedNotice];
      } catch {
        return [];
      }
    });
}

/** The digest's section on moved dates, as its text body has it: the heading, the intro, the first case. */
function excerpt(body: string): string[] {
  const lines = body.split('\n');
  const start = lines.findIndex((l) => /^== (กำหนดที่เลื่อน|Due dates moved)/.test(l));
  if (start < 0) return [];
  const section = lines.slice(start, start + 4);
  return section.filter((l) => !/^\s*https?:\/\//.test(l));
}

export function specialDayDemo({ runtime, workbook, mailDay, hour }: OfficeDemo): string {
  const day = chooseSpecialDay(mailDay, readStates(runtime, workbook));
  if (day === null)
    return '  ไม่มีวันทำการที่มีข้อมูลวันหยุดใน 10 วันข้างหน้า (ดูแท็บ Holidays) / no working day with holiday data in the next 10 days (see the Holidays tab)';
  const out: string[] = [];
  const text = announcement(day);
  // 1. Mid-morning: an officer pastes the news into the sidebar, checks the preview, adds the new day.
  runtime.clock.advanceTo(bangkokInstant(mailDay, PASTED_AT));
  const preview = runtime.callIn(SIDEBAR, 'previewPastedHolidays', text) as HolidayPastePreview;
  const fresh = preview.days.filter((d) => d.state === 'new').map((d) => d.date);
  const added = runtime.callIn(SIDEBAR, 'addPastedHolidays', text, fresh) as HolidayPasteAdded;
  const row = added.view.office.find((h) => h.date === isoFromDay(day));
  out.push(
    `  ${formatDate(mailDay)} ${String(PASTED_AT).padStart(2, '0')}:00 น. เจ้าหน้าที่วางข่าวในแถบด้านข้าง (ตั้งค่า › วันหยุดของหน่วยงาน › วางรายการวันหยุด)`,
    "    an officer pastes the news into the sidebar (Settings › The office's own days off › Paste a list of days off):",
    ...text.split('\n').map((l) => `    “${l}”`),
    row
      ? `  ดูตัวอย่างแล้วเพิ่ม: แท็บ Holidays แถวใหม่ ${formatDate(day, { style: 'numeric' })} "${row.name}" / previewed, then added: a new Holidays row`
      : '  ไม่ได้เพิ่มวันใด / nothing was added',
  );
  // 2. The next hourly check finds the calendar changed.
  runtime.clock.advanceTo(bangkokInstant(mailDay, CHECKED_AT));
  runtime.callIn(TIME, 'runHourly');
  const moved = movedNotices(runtime);
  out.push(
    `  รอบตรวจรายชั่วโมงถัดไป ${CHECKED_AT}:00 น.: กำหนดเลื่อน ${moved.length} เรื่อง / the next hourly check: ${moved.length} due date(s) moved`,
  );
  const ordered = [...moved].sort((x, y) => x.before - y.before || x.row - y.row);
  for (const m of ordered.slice(0, SHOWN)) {
    const step = m.step?.name ?? { th: '—', en: '—' };
    out.push(
      `  • ${clip(`${m.register.name} แถว/row ${m.row}: ${m.caseId} ${m.subject}`, 110)}`,
      `      ${clip(step.th, 60)}: ${formatDate(m.before)} → ${formatDate(m.after)}`,
      `      ${clip(step.en, 60)}: ${formatDate(m.before, { lang: 'en' })} → ${formatDate(m.after, { lang: 'en' })}`,
    );
  }
  if (ordered.length > SHOWN)
    out.push(`  และอีก ${ordered.length - SHOWN} เรื่อง / and ${ordered.length - SHOWN} more (_log)`);
  // 3. The next working day's run at the office's hour: the digests tell the moved dates.
  const following = demoWorkday(mailDay, 1);
  const next = following === day ? demoWorkday(day, 1) : following;
  runtime.clock.advanceTo(bangkokInstant(next, hour));
  const before = runtime.outbox.length;
  runtime.callIn(TIME, 'runHourly');
  const telling = runtime.outbox.slice(before).filter((m) => excerpt(m.body).length > 0);
  const person = (email: string) => DEMO_PEOPLE.find((p) => p.email.toLowerCase() === email.toLowerCase());
  // The digest that tells the first case listed above, else the first in Thai.
  const first = ordered[0];
  const shown =
    telling.find((m) => first !== undefined && m.body.includes(first.subject)) ??
    telling.find((m) => person(m.to[0] ?? '')?.lang !== 'en') ??
    telling[0];
  out.push(
    `  อีเมลสรุปวันทำการถัดไป ${formatDate(next)}: ${telling.length} ฉบับบอกกำหนดที่เลื่อน / the next digests (${isoFromDay(next)}): ${telling.length} tell the moved dates`,
  );
  if (shown) {
    const who = person(shown.to[0] ?? '');
    out.push(
      `  ตัวอย่าง / excerpt, ${who?.name ?? ''} <${shown.to.join(', ')}>:`,
      ...excerpt(shown.body).map((l) => `    ${l}`),
    );
  }
  out.push(
    '  สำนักงานดูได้ที่ / where the office sees them: แท็บ _log (แถว calendar: ทุกเรื่องที่เลื่อน) และแท็บซ่อน _moved (คอลัมน์ D: วันที่อีเมลบอกแล้ว)',
    '    the _log tab (a "calendar" row: every moved date) and the hidden _moved tab (column D: the day a digest told it)',
  );
  return out.join('\n');
}
