/** Sidebar actions on the workbook as a whole: a new register, the hourly trigger, a digest preview. */
import type { UtilitiesLike } from '../date-io';
import { workbookProcedures } from '../procedures/registry';
import { previewDigest as previewOf } from '../run/preview';
import { installHourlyTrigger } from '../run/trigger';
import { createRegisterTab } from '../workbook/register-tab';
import type { Builders, Spreadsheet } from '../workbook/services';
import { ensureSystemTabs } from '../workbook/tabs';

/** A register tab for a catalogue procedure or one of the office's own; returns the tab's name. */
export function createRegister(ss: Spreadsheet, builders: Builders, id: string): string {
  ensureSystemTabs(ss);
  const procedures = workbookProcedures(ss);
  const procedure = procedures.latest(id);
  if (!procedure) throw new Error(`ไม่รู้จักกระบวนงาน / unknown procedure: ${id}`);
  return createRegisterTab(ss, builders, procedure, procedures.history(id) !== null).getName();
}

/** Installs the hourly check or finds it there (idempotent); its owner's quota sends the mail. */
export function installTrigger(
  ss: Spreadsheet,
  scriptApp: Parameters<typeof installHourlyTrigger>[0],
  properties: Parameters<typeof installHourlyTrigger>[1],
  owner: string,
): { readonly outcome: 'installed' | 'present'; readonly owner: string } {
  ensureSystemTabs(ss);
  return { outcome: installHourlyTrigger(scriptApp, properties, owner), owner };
}

export function previewDigest(ss: Spreadsheet, utilities: UtilitiesLike, email: string, now: number) {
  if (email === '')
    throw new Error('Google ไม่แจ้งอีเมลของคุณ: พิมพ์อีเมล / Google does not reveal your email: type it');
  return previewOf(ss, utilities, email, now);
}
