/**
 * Sending the day's digests, exactly once. Under the document lock (held by the caller): read the
 * _sent ledger, plan, fit the quota; for each digest write its intent rows and flush them before
 * sending, then write the confirmation. A run that dies in between leaves intents that the next
 * plan treats as sent (and reports as unconfirmed), so nothing goes twice.
 */
import type { WorkCalendar } from '../../core/calendar/work-calendar';
import { type Day, isoFromDay } from '../../core/dates/civil';
import { type Msg, msg } from '../../core/i18n/msg';
import { instantMs } from '../../core/reminders/instant';
import {
  type LedgerView,
  ledgerCellsOf,
  ledgerRowFromCells,
  ledgerRowsFor,
  ledgerView,
} from '../../core/reminders/ledger';
import { escalationCadence, planReminders } from '../../core/reminders/plan';
import { fitQuota } from '../../core/reminders/quota';
import { renderDigest } from '../../core/reminders/render';
import { type SentRecord, withDigest } from '../../core/reminders/sent-record';
import type {
  CaseView,
  MovedNotice,
  Person,
  PlannedDigest,
  ReminderSettings,
} from '../../core/reminders/types';
import { unconfirmedToReport } from '../../core/reminders/unconfirmed';
import type { Sheet } from '../workbook/services';
import { appendRows, bodyRows } from '../workbook/tabs';

/**
 * The ledger a run reads whole, whatever order someone sorted it in. Past this many rows the run
 * keeps only the rows of the last weeks (what cadences and reports need): the tab stays small.
 */
const LEDGER_MAX_ROWS = 20_000;
const KEEP_DAYS = 70;

/** Longest case id a reminder key may carry (a key must fit in one ledger cell). */
const MAX_CASE_ID = 200;

export type MailLike = Pick<GoogleAppsScript.Mail.MailApp, 'sendEmail' | 'getRemainingDailyQuota'>;

export interface MailOutcome {
  /** The moved-date notices the sent digests told. */
  readonly told?: readonly MovedNotice[];
  readonly sent: number;
  readonly failed: number;
  readonly carried: number;
  readonly unconfirmed: number;
  readonly problems: readonly Msg[];
}

/** The compact record of what was sent (sent-record.ts), read and written by the caller. */
interface RecordStore {
  read(): SentRecord;
  write(record: SentRecord): void;
}

export interface MailInput {
  readonly cases: readonly CaseView[];
  readonly people: readonly Person[];
  readonly settings: ReminderSettings;
  readonly today: Day;
  readonly calendar: WorkCalendar;
  readonly nowIso: () => string;
  /** False once the clock passed midnight: a mail is sent on the day it is for, or not at all. */
  readonly stillToday: () => boolean;
  readonly record: RecordStore;
  /** Due dates a calendar change moved, not yet told to their assignees. */
  readonly notices?: readonly MovedNotice[];
}

/** Every ledger row, in whatever order the tab holds them. One read. */
export function ledgerRows(sentTab: Sheet): unknown[][] {
  return bodyRows(sentTab, 'sent');
}

/**
 * Rows of the last weeks only, when the tab has grown past LEDGER_MAX_ROWS: one clear and one write,
 * a few times a year. Rows whose time cannot be read go (they count for nothing).
 */
function pruned(sentTab: Sheet, rows: unknown[][], today: Day): unknown[][] {
  if (rows.length <= LEDGER_MAX_ROWS) return rows;
  const kept = rows.filter((cells) => {
    const row = ledgerRowFromCells(cells);
    const ms = row ? instantMs(row.at) : null;
    return ms !== null && today - Math.floor(ms / 86_400_000) <= KEEP_DAYS;
  });
  sentTab.getRange(2, 1, rows.length, 6).clearContent();
  if (kept.length > 0) sentTab.getRange(2, 1, kept.length, 6).setValues(kept);
  return kept;
}

/** Where digests go and where each is recorded: the mail service, the _sent ledger and its flush. */
export interface Outbox {
  readonly mail: MailLike;
  /** Makes a ledger row stick before the mail it records goes. */
  readonly flush: () => void;
  readonly sentTab: Sheet;
}

export function sendDigests(outbox: Outbox, input: MailInput): MailOutcome {
  const { mail, sentTab } = outbox;
  const rows = pruned(sentTab, ledgerRows(sentTab), input.today);
  const ledger: LedgerView = ledgerView(rows);
  let record = input.record.read();
  // A case id longer than a ledger key can hold cannot be reminded exactly once: report it instead.
  const tooLong = input.cases.filter((c) => c.caseId.length > MAX_CASE_ID);
  const cases = tooLong.length ? input.cases.filter((c) => c.caseId.length <= MAX_CASE_ID) : input.cases;
  const plan = planReminders(
    cases,
    input.people,
    input.settings,
    input.today,
    input.calendar,
    ledger,
    record,
    input.notices ?? [],
  );
  const fit = fitQuota(plan.digests, mail.getRemainingDailyQuota());
  const unconfirmed = unconfirmedToReport(ledger, rows);
  appendRows(sentTab, unconfirmed.noted.map(ledgerCellsOf));
  const problems: Msg[] = [...unconfirmed.messages, ...plan.problems];
  for (const c of tooLong) {
    problems.push(
      msg(
        `${c.register.name} แถว ${c.row}: รหัสเรื่องยาวเกิน ${MAX_CASE_ID} ตัวอักษร จึงไม่ส่งแจ้งเตือน`,
        `${c.register.name} row ${c.row}: the case ID is longer than ${MAX_CASE_ID} characters, so no reminder is sent`,
      ),
    );
  }
  if (fit.shortfall) problems.push(fit.shortfall);
  let sent = 0;
  let failed = 0;
  let carried = fit.carry.length;
  const told: MovedNotice[] = [];
  const day = isoFromDay(input.today);
  for (const [i, digest] of fit.send.entries()) {
    if (!input.stillToday()) {
      // Midnight passed while sending: the rest are the next working day's to plan again.
      carried += fit.send.length - i;
      problems.push(
        msg(
          `เลยเที่ยงคืนระหว่างส่ง: อีก ${fit.send.length - i} ฉบับไปกับการแจ้งเตือนของวันทำการถัดไป`,
          `midnight passed while sending: ${fit.send.length - i} more digest(s) go with the next working day's reminders`,
        ),
      );
      break;
    }
    const before = record;
    const remember = {
      sending: () => {
        const escalations = digest.reminders
          .filter((r) => r.stage === 'escalation')
          .map((r) => ({ register: r.register, caseId: r.caseId, step: r.step, to: r.to }));
        record = withDigest(record, day, input.today, digest.digestId, escalations, keepDays(input.settings));
        input.record.write(record);
      },
      // MailApp threw: the mail did not go, and it may be tried again.
      failed: () => {
        record = before;
        input.record.write(record);
      },
    };
    const outcome = sendOne(outbox, digest, input, remember);
    if (outcome === 'sent') {
      sent++;
      told.push(...(digest.moved ?? []));
    } else {
      failed++;
      if (outcome === 'quota') break;
    }
  }
  return { sent, failed, carried, unconfirmed: ledger.unconfirmed.length, problems, told };
}

/** Escalations are remembered a little longer than the longest wait between two of them. */
function keepDays(settings: ReminderSettings): number {
  return Math.max(escalationCadence(settings.escalationEveryDays) + 7, 14);
}

function sendOne(
  { mail, flush, sentTab }: Outbox,
  digest: PlannedDigest,
  input: { settings: ReminderSettings; today: Day; nowIso: () => string },
  remember: { sending(): void; failed(): void },
): 'sent' | 'failed' | 'quota' {
  const { subject, html, text } = renderDigest(digest, input.settings, input.today);
  try {
    appendRows(sentTab, ledgerRowsFor(digest, 'intent', input.nowIso()).map(ledgerCellsOf));
    flush();
    // The compact record, where officers cannot delete it: written before the mail goes too.
    remember.sending();
  } catch {
    // The intent could not be recorded: sending now could not be made exactly-once. Try next run.
    return 'failed';
  }
  try {
    mail.sendEmail({ to: digest.to.email, subject, htmlBody: html, body: text, name: 'Kamnot' });
  } catch (error) {
    const note = String((error as Error)?.message ?? error).slice(0, 500);
    appendRows(sentTab, ledgerRowsFor(digest, 'failed', input.nowIso(), note).map(ledgerCellsOf));
    remember.failed();
    return /too many times|quota/i.test(note) ? 'quota' : 'failed';
  }
  try {
    appendRows(sentTab, ledgerRowsFor(digest, 'sent', input.nowIso()).map(ledgerCellsOf));
  } catch {
    // The mail went; its intent stays unconfirmed, so it is reported and never sent again.
  }
  return 'sent';
}
