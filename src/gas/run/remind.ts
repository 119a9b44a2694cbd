/**
 * The day's reminders: from the office's hour on a working day, once every register has been evaluated
 * that day (by this run or an earlier one), with the due dates a calendar change moved. The day and the
 * hour are read when the mail is sent: a run that started before midnight sends nothing for a day over.
 */
import { isoFromDay } from '../../core/dates/civil';
import { dayFromInstant } from '../../core/dates/zone';
import { bilingual } from '../../core/i18n/msg';
import { readSentRecord, sentRecordText } from '../../core/reminders/sent-record';
import type { Person } from '../../core/reminders/types';
import { readChunked, writeChunked } from '../workbook/chunked-property';
import { ensureTab } from '../workbook/tabs';
import { markTold, untold } from './calendar-watch';
import { reminderSettingsOf } from './context';
import type { DueEntry } from './due-store';
import type { HourlyRun } from './hourly';
import { type MailLike, type MailOutcome, sendDigests } from './mail';
import type { RegisterTab } from './registers';

/** Where the compact record of what was sent lives (document properties). */
const SENT_RECORD = 'kamnot.sent';

export function remind(
  run: HourlyRun,
  mailer: MailLike,
  workbook: {
    readonly registers: readonly RegisterTab[];
    readonly due: ReadonlyMap<number, DueEntry>;
    readonly people: readonly Person[];
  },
): MailOutcome | undefined {
  const { services, tabs, context, notes } = run;
  const { settings, io, today, engine } = context;
  const { registers, due, people } = workbook;
  const dayNow = () => dayFromInstant(services.now(), io.offsetAt);
  if (dayNow() !== today) {
    notes.push(
      'เลยเที่ยงคืนระหว่างตรวจ: ส่งแจ้งเตือนรอบหน้า / midnight passed during the run: reminders wait for the next run',
    );
    return undefined;
  }
  const hour = Number(services.utilities.formatDate(new Date(services.now()), context.zone, 'H'));
  if (hour < settings.reminderHour) return undefined;
  const day = isoFromDay(today);
  const waiting = registers.filter((r) => due.get(r.id)?.day !== day);
  if (waiting.length > 0) {
    notes.push(
      `ยังตรวจไม่ครบทุกทะเบียนวันนี้ (เหลือ ${waiting.length}): ส่งแจ้งเตือนเมื่อครบ / ${waiting.length} register(s) not yet checked today: reminders go once all are`,
    );
    return undefined;
  }
  const notices = untold(() => ensureTab(services.spreadsheet, 'moved'), services.properties);
  const outbox = { mail: mailer, flush: services.flush ?? (() => {}), sentTab: tabs.sent };
  const mail = sendDigests(outbox, {
    notices: notices.notices,
    cases: [...due.values()].flatMap((e) => e.views),
    people,
    settings: reminderSettingsOf(settings, services.spreadsheet),
    today,
    calendar: engine.calendar,
    nowIso: () => new Date(services.now()).toISOString(),
    stillToday: () => dayNow() === today,
    record: {
      read: () => readSentRecord(readChunked(services.properties, SENT_RECORD)),
      write: (record) => writeChunked(services.properties, SENT_RECORD, sentRecordText(record)),
    },
  });
  notes.push(...mail.problems.map(bilingual));
  const told = (mail.told ?? []).map((n) => notices.rows.get(n)).filter((r): r is number => r !== undefined);
  if (notices.sheet) markTold(notices.sheet, services.properties, told, notices.notices.length, today);
  // The run record keeps counts, not the notices themselves.
  const { told: _, ...counts } = mail;
  return counts;
}
