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
  /** The workbook's hourly check, the same for every officer who looks (run/trigger.ts). */
  readonly trigger: {
    /** running, waiting (installed, first run due), no-spreadsheet, stale (silent 3 h+), missing. */
    readonly state: 'running' | 'waiting' | 'no-spreadsheet' | 'stale' | 'missing';
    readonly installed: boolean;
    /** The recorded owner: mail goes out under this account's name and quota; '' when none. */
    readonly owner: string;
    /** The viewer owns it. */
    readonly mine: boolean;
    /** The last time the trigger ran, in the office's terms, and as whom. */
    readonly lastBeat: { readonly shown: string; readonly status: string; readonly by: string } | null;
  };
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
  /** The trigger owner's mail quota left after the last run (the quota the reminders use); null when not known. */
  readonly ownerQuota: number | null;
  /** Reminders a run left unconfirmed (never sent twice; the log names them). */
  readonly unconfirmedMails: number;
  readonly registers: readonly HomeRegister[];
  /** Nobody in People and no register yet: Home offers the guided start. */
  readonly setupNeeded: boolean;
}

interface MyCase {
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
