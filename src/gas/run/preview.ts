import { EMPTY_LEDGER } from '../../core/reminders/ledger';
import { planReminders } from '../../core/reminders/plan';
import { renderDigest } from '../../core/reminders/render';
import type { UtilitiesLike } from '../date-io';
import type { Spreadsheet } from '../workbook/services';
import { ensureTab, readPeople } from '../workbook/tabs';
import { caseViewsOf, reminderSettingsOf, workbookContext } from './context';

export function previewDigest(ss: Spreadsheet, utilities: UtilitiesLike, email: string, now: number) {
  const context = workbookContext(ss, utilities, now);
  const { settings, today, engine } = context;
  const views = caseViewsOf(ss, context);
  const { people } = readPeople(ensureTab(ss, 'people'));
  const reminderSettings = reminderSettingsOf(settings, ss);
  const plan = planReminders(views, people, reminderSettings, today, engine.calendar, EMPTY_LEDGER);
  const digest = plan.digests.find((d) => d.to.email.toLowerCase() === email.trim().toLowerCase());
  return digest ? renderDigest(digest, reminderSettings, today) : null;
}
