/** What the installation check needs from Apps Script, as parameters (src/main.ts passes the globals). */
import type { UtilitiesLike } from '../date-io';
import type { Spreadsheet } from '../workbook/services';

type ScriptAppLike = Pick<
  GoogleAppsScript.Script.ScriptApp,
  'getAuthorizationInfo' | 'getInstallationSource' | 'getUserTriggers' | 'newTrigger' | 'deleteTrigger'
>;

export interface CheckServices {
  readonly spreadsheet: Spreadsheet;
  readonly scriptApp: ScriptAppLike;
  /** ScriptApp.AuthMode.FULL, the mode whose authorisation the check asks about. */
  readonly authModeFull: GoogleAppsScript.Script.AuthMode;
  readonly utilities: UtilitiesLike & Pick<GoogleAppsScript.Utilities.Utilities, 'sleep'>;
  readonly properties: Pick<GoogleAppsScript.Properties.Properties, 'getProperty' | 'setProperty'>;
  readonly mail: Pick<GoogleAppsScript.Mail.MailApp, 'getRemainingDailyQuota' | 'sendEmail'>;
  /** Session emails: '' where Google does not reveal them. */
  readonly activeUser: () => string;
  readonly effectiveUser: () => string;
  readonly scriptTimeZone: string;
  readonly flush: () => void;
  /** The clock (Date.now), read at each measurement. */
  readonly clock: () => number;
  /** When the bundle started loading (its first line), for the load time. */
  readonly loadedAt: number;
  /** When this execution's entry function started. */
  readonly startedAt: number;
  readonly version: string;
}
