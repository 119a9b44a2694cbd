/** What Home and My cases show (getHome, getMyCases). */
import type { Bilingual } from '../public';

export interface HomeRegister {
  readonly name: string;
  readonly gid: number;
  readonly procedure: Bilingual;
  readonly open: number;
  readonly dueSoon: number;
  readonly overdue: number;
  /** Sheet rows (1-based) of the open, due-soon and overdue cases, for the links to them. */
  readonly openRows: readonly number[];
  readonly dueSoonRows: readonly number[];
  readonly overdueRows: readonly number[];
}

export interface Home {
  readonly version: string;
  readonly holidayYears: {
    readonly first: number;
    readonly last: number;
    readonly nextYearMissing: boolean;
  } | null;
  readonly trigger: { readonly installed: boolean; readonly owner: string };
  readonly lastRun: {
    /** ISO instant. */
    readonly when: string;
    /** The same instant as the office reads it: d/m/yyyy (BE) HH:mm in the spreadsheet's zone. */
    readonly shown: string;
    readonly status: string;
    readonly problems: number;
    readonly mails: number;
  } | null;
  /** null without the trigger; `shown` null when the next run is due within the hour. */
  readonly nextRun: { readonly shown: string | null } | null;
  /** The hour (spreadsheet zone) the day's reminders go out. */
  readonly reminderHour: number;
  readonly mailQuotaLeft: number;
  /** Reminders a run left unconfirmed (never sent twice; the log names them). */
  readonly unconfirmedMails: number;
  readonly registers: readonly HomeRegister[];
}

export interface MyCase {
  readonly register: string;
  readonly gid: number;
  readonly row: number;
  readonly caseId: string;
  readonly subject: string;
  readonly step: Bilingual | null;
  /** d/m/yyyy (BE), or '' when not known. */
  readonly due: string;
  readonly state: string;
  readonly daysLeft: number | null;
}

export interface MyCases {
  /** Whose cases (lower case); '' when the signed-in user's email is not available. */
  readonly email: string;
  readonly cases: readonly MyCase[];
}
