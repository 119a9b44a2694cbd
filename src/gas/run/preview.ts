import { EMPTY_LEDGER } from '../../core/reminders/ledger';
import { peopleFromRows } from '../../core/reminders/people-rows';
import { planReminders } from '../../core/reminders/plan';
import { renderDigest } from '../../core/reminders/render';
import type { CaseView } from '../../core/reminders/types';
import type { UtilitiesLike } from '../date-io';
import type { Spreadsheet } from '../workbook/services';
import { bodyRows, ensureTab } from '../workbook/tabs';
import { evaluateRegisters, reminderSettingsOf, workbookContext } from './context';
import { caseView, registerRef } from './update-register';

export function previewDigest(ss: Spreadsheet, utilities: UtilitiesLike, email: string, now: number) {
  const context = workbookContext(ss, utilities, now);
  const { settings, today, engine } = context;
  const views: CaseView[] = [];
  for (const { bound, rows } of evaluateRegisters(ss, context)) {
    const ref = registerRef(bound);
    for (const row of rows) {
      const view = caseView(ref, bound.procedure, row);
      if (view) views.push(view);
    }
  }
  const { people } = peopleFromRows(bodyRows(ensureTab(ss, 'people'), 6));
  const reminderSettings = reminderSettingsOf(settings, ss);
  const plan = planReminders(views, people, reminderSettings, today, engine.calendar, EMPTY_LEDGER);
  const digest = plan.digests.find((d) => d.to.email.toLowerCase() === email.trim().toLowerCase());
  return digest ? renderDigest(digest, reminderSettings, today) : null;
}
