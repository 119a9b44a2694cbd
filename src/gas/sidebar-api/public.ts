/**
 * The one list of server functions the sidebar may call (google.script.run), and their signatures.
 * The page's typed `call` wrapper takes its names from here, and tools/build.mjs fails the build when
 * build/Sidebar.html calls any other name. Every value crossing is JSON-safe: no Date, ever.
 */
import type { Settings } from '../../core/settings';

export const SIDEBAR_API = [
  'getHome',
  'listCatalogue',
  'createRegister',
  'getSettings',
  'saveSettings',
  'previewDigest',
  'installTrigger',
  'showRows',
  'getMyCases',
  'getPeople',
  'savePerson',
  'getHolidays',
  'addHoliday',
  'removeHoliday',
  'listBindableTabs',
  'bindTab',
] as const;

export type SidebarFunction = (typeof SIDEBAR_API)[number];

export interface Bilingual {
  readonly th: string;
  readonly en: string;
}

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

export interface PersonRow {
  /** The People tab's row (1-based). */
  readonly row: number;
  readonly name: string;
  readonly email: string;
  readonly role: string;
  readonly supervisor: string;
  readonly active: boolean;
  readonly lang: 'th' | 'en' | '';
}

export interface PersonInput {
  /** The row being edited, or null for a new person. */
  readonly row: number | null;
  /** The email the row held when the officer opened it: a row changed meanwhile is not overwritten. */
  readonly expectEmail: string;
  readonly name: string;
  readonly email: string;
  readonly role: string;
  readonly supervisor: string;
  readonly active: boolean;
  readonly lang: 'th' | 'en' | '';
}

export interface PeopleView {
  /** The signed-in user's email, '' when not available. */
  readonly me: string;
  readonly people: readonly PersonRow[];
  readonly problems: readonly Bilingual[];
  readonly unknownAssignees: readonly {
    readonly register: string;
    readonly gid: number;
    readonly row: number;
    readonly typed: string;
    readonly problem: Bilingual;
  }[];
}

export interface HolidaysView {
  readonly calendar: string;
  /** The years the shipped holidays cover (CE), null for calendar NONE. */
  readonly years: { readonly first: number; readonly last: number } | null;
  /** The office's own days, by date: ISO `date`, and the Holidays tab's `row`. */
  readonly office: readonly { readonly row: number; readonly date: string; readonly name: string }[];
  /** Rows whose date cannot be read (they do not count). */
  readonly unreadable: readonly number[];
}

export interface BindableTab {
  readonly name: string;
  readonly gid: number;
  /** The procedures whose columns the tab has, best first; `missing` computed columns get added. */
  readonly procedures: readonly {
    readonly id: string;
    readonly th: string;
    readonly en: string;
    readonly missing: number;
  }[];
}

export interface CatalogueStep {
  readonly th: string;
  readonly en: string;
  /** The manual's own words for the time standard ('' when it gives none). */
  readonly words: string;
  /** Kamnot's rule, in words. */
  readonly rule: Bilingual;
}

export interface CatalogueProcedure {
  readonly id: string;
  readonly th: string;
  readonly en: string;
  readonly unit: Bilingual;
  readonly source: { readonly file: string; readonly section: string };
  readonly steps: readonly CatalogueStep[];
}

export interface CatalogueManual {
  readonly id: string;
  readonly office: Bilingual;
  readonly unit: Bilingual;
  readonly procedures: readonly CatalogueProcedure[];
}

export interface SettingRow {
  readonly name: keyof Settings;
  readonly key: string;
  readonly help: Bilingual;
}

export interface SettingsView {
  readonly values: Settings;
  readonly fields: readonly SettingRow[];
  /** Cells in the Settings tab that were not valid (the default is used for them). */
  readonly problems: readonly Bilingual[];
}

export interface Digest {
  readonly subject: string;
  readonly html: string;
  readonly text: string;
}

/** What each public function takes and gives. */
export interface SidebarApi {
  getHome(): Home;
  listCatalogue(): CatalogueManual[];
  createRegister(procedureId: string): string;
  getSettings(): SettingsView;
  saveSettings(values: Settings): SettingsView;
  previewDigest(email: string): Digest | null;
  installTrigger(): { readonly outcome: 'installed' | 'present'; readonly owner: string };
  showRows(gid: number, rows: number[]): string;
  getMyCases(email: string): MyCases;
  getPeople(): PeopleView;
  savePerson(person: PersonInput): PeopleView;
  getHolidays(): HolidaysView;
  addHoliday(date: string, name: string): HolidaysView;
  removeHoliday(row: number, date: string): HolidaysView;
  listBindableTabs(): BindableTab[];
  bindTab(gid: number, procedureId: string): string;
}

// Compile-time: the list and the signatures name the same functions.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const LIST_MATCHES_SIGNATURES: Same<SidebarFunction, keyof SidebarApi> = true;
