/**
 * The digest a person would receive today, rendered without sending and without writing anything:
 * the registers are read and evaluated as the hourly run would, and the ledger is left out so the
 * preview shows the whole day's digest even after it went out.
 */
import { dayFromInstant } from '../../core/dates/zone';
import { EMPTY_LEDGER } from '../../core/reminders/ledger';
import { peopleFromRows } from '../../core/reminders/people-rows';
import { planReminders } from '../../core/reminders/plan';
import { renderDigest } from '../../core/reminders/render';
import type { CaseView } from '../../core/reminders/types';
import { readSettings } from '../../core/settings';
import { dateIO, type UtilitiesLike } from '../date-io';
import type { Spreadsheet } from '../workbook/services';
import { bodyRows, ensureTab } from '../workbook/tabs';
import { engineSettings, officeHolidays } from './hourly';
import { bindColumns, findRegisters } from './registers';
import { caseView, evaluateBound, registerRef } from './update-register';

export function previewDigest(ss: Spreadsheet, utilities: UtilitiesLike, email: string, now: number) {
  const { settings } = readSettings(bodyRows(ensureTab(ss, 'settings'), 2));
  const io = dateIO(utilities, ss.getSpreadsheetTimeZone());
  const today = dayFromInstant(now, io.offsetAt);
  const engine = engineSettings(
    settings,
    officeHolidays(bodyRows(ensureTab(ss, 'holidays'), 5), io.offsetAt),
  );
  const views: CaseView[] = [];
  for (const tab of findRegisters(ss)) {
    const values = tab.sheet.getDataRange().getValues();
    const bound = bindColumns(tab, values[0] ?? []);
    if ('th' in bound || bound.problems.length > 0) continue;
    const ref = registerRef(bound);
    for (const row of evaluateBound(bound, values.slice(1), engine, settings, io, today)) {
      const view = caseView(ref, bound.procedure, row);
      if (view) views.push(view);
    }
  }
  const { people } = peopleFromRows(bodyRows(ensureTab(ss, 'people'), 6));
  const reminderSettings = {
    lang: settings.lang,
    escalation: settings.escalation,
    escalationEveryDays: settings.escalationEveryDays,
    spreadsheetUrl: ss.getUrl(),
  };
  const plan = planReminders(views, people, reminderSettings, today, engine.calendar, EMPTY_LEDGER);
  const digest = plan.digests.find((d) => d.to.email.toLowerCase() === email.trim().toLowerCase());
  return digest ? renderDigest(digest, reminderSettings, today) : null;
}
