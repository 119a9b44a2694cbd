/**
 * Sending the day's digests, exactly once. Under the document lock (held by the caller): read the
 * _sent ledger, plan, fit the quota; for each digest write its intent rows and flush them before
 * sending, then write the confirmation. A run that dies in between leaves intents that the next
 * plan treats as sent (and reports as unconfirmed), so nothing goes twice.
 */
import type { WorkCalendar } from '../../core/calendar/work-calendar';
import type { Day } from '../../core/dates/civil';
import { type Msg, msg } from '../../core/i18n/msg';
import { type LedgerView, ledgerCellsOf, ledgerRowsFor, ledgerView } from '../../core/reminders/ledger';
import { planReminders } from '../../core/reminders/plan';
import { fitQuota } from '../../core/reminders/quota';
import { renderDigest } from '../../core/reminders/render';
import type { CaseView, Person, PlannedDigest, ReminderSettings } from '../../core/reminders/types';
import { unconfirmedToReport } from '../../core/reminders/unconfirmed';
import type { Sheet } from '../workbook/services';
import { appendRows, bodyRows } from '../workbook/tabs';

/** Newest _sent rows a run reads: weeks of reminders for a large office. */
export const LEDGER_WINDOW = 20_000;

/** Longest case id a reminder key may carry (a key must fit in one ledger cell). */
export const MAX_CASE_ID = 200;

export type MailLike = Pick<GoogleAppsScript.Mail.MailApp, 'sendEmail' | 'getRemainingDailyQuota'>;

export interface MailOutcome {
  readonly sent: number;
  readonly failed: number;
  readonly carried: number;
  readonly unconfirmed: number;
  readonly problems: readonly Msg[];
}

export function sendDigests(
  mail: MailLike,
  flush: () => void,
  sentTab: Sheet,
  input: {
    readonly cases: readonly CaseView[];
    readonly people: readonly Person[];
    readonly settings: ReminderSettings;
    readonly today: Day;
    readonly calendar: WorkCalendar;
    readonly nowIso: () => string;
  },
): MailOutcome {
  // The ledger only grows; what a run needs is today's rows and the last escalations (days, not
  // months), so it reads the newest rows only and does not slow down year after year.
  const rows = bodyRows(sentTab, 6, LEDGER_WINDOW);
  const ledger: LedgerView = ledgerView(rows);
  // A case id longer than a ledger key can hold cannot be reminded exactly once: report it instead.
  const tooLong = input.cases.filter((c) => c.caseId.length > MAX_CASE_ID);
  const cases = tooLong.length ? input.cases.filter((c) => c.caseId.length <= MAX_CASE_ID) : input.cases;
  const plan = planReminders(cases, input.people, input.settings, input.today, input.calendar, ledger);
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
  for (const digest of fit.send) {
    const outcome = sendOne(mail, flush, sentTab, digest, input);
    if (outcome === 'sent') sent++;
    else {
      failed++;
      if (outcome === 'quota') break;
    }
  }
  return { sent, failed, carried: fit.carry.length, unconfirmed: ledger.unconfirmed.length, problems };
}

function sendOne(
  mail: MailLike,
  flush: () => void,
  sentTab: Sheet,
  digest: PlannedDigest,
  input: { settings: ReminderSettings; today: Day; nowIso: () => string },
): 'sent' | 'failed' | 'quota' {
  const { subject, html, text } = renderDigest(digest, input.settings, input.today);
  try {
    appendRows(sentTab, ledgerRowsFor(digest, 'intent', input.nowIso()).map(ledgerCellsOf));
    flush();
  } catch {
    // The intent could not be recorded: sending now could not be made exactly-once. Try next run.
    return 'failed';
  }
  try {
    mail.sendEmail({ to: digest.to.email, subject, htmlBody: html, body: text, name: 'Kamnot' });
  } catch (error) {
    const note = String((error as Error)?.message ?? error).slice(0, 500);
    appendRows(sentTab, ledgerRowsFor(digest, 'failed', input.nowIso(), note).map(ledgerCellsOf));
    return /too many times|quota/i.test(note) ? 'quota' : 'failed';
  }
  try {
    appendRows(sentTab, ledgerRowsFor(digest, 'sent', input.nowIso()).map(ledgerCellsOf));
  } catch {
    // The mail went; its intent stays unconfirmed, so it is reported and never sent again.
  }
  return 'sent';
}
