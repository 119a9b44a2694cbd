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
  readonly mailQuotaLeft: number;
  readonly registers: readonly HomeRegister[];
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
}

// Compile-time: the list and the signatures name the same functions.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const LIST_MATCHES_SIGNATURES: Same<SidebarFunction, keyof SidebarApi> = true;
