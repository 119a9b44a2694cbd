/** Sidebar actions on the workbook as a whole: a new register, the hourly trigger, a digest preview. */
import type { UtilitiesLike } from '../date-io';
import { workbookProcedures } from '../procedures/registry';
import { previewDigest as previewOf } from '../run/preview';
import {
  type InstallOutcome,
  type InstallServices,
  installHourlyTrigger,
  takeOverHourlyTrigger,
} from '../run/trigger';
import { type LockLike, withLock } from '../workbook/lock';
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

/** Installs the hourly check or finds it there (idempotent); refused beside another officer's live one. */
export function installTrigger(s: InstallServices, lock: LockLike): InstallOutcome {
  ensureSystemTabs(s.spreadsheet);
  return withLock(lock, () => installHourlyTrigger(s));
}

/** Makes the hourly check the signed-in officer's, whoever had it (the sidebar says what that means). */
export function takeOverTrigger(s: InstallServices, lock: LockLike): InstallOutcome {
  ensureSystemTabs(s.spreadsheet);
  return withLock(lock, () => takeOverHourlyTrigger(s));
}

export function previewDigest(ss: Spreadsheet, utilities: UtilitiesLike, email: string, now: number) {
  if (email === '')
    throw new Error('Google ไม่แจ้งอีเมลของคุณ: พิมพ์อีเมล / Google does not reveal your email: type it');
  return previewOf(ss, utilities, email, now);
}
