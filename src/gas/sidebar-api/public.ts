/**
 * The one list of server functions the sidebar may call (google.script.run), and their signatures.
 * The page's typed `call` wrapper takes its names from here, and tools/build.mjs fails the build when
 * build/Sidebar.html calls any other name. Every value crossing is JSON-safe: no Date, ever.
 */
import type { Settings } from '../../core/settings';
import type { AdoptionResult, AdoptionView, AdoptMapping, AdoptOptions, StopResult } from './views/adopt';
import type { BindableTab, CatalogueManual } from './views/catalogue';
import type { Home, MyCases } from './views/home';
import type { PeopleView, PersonInput } from './views/people';
import type {
  CaseMoved,
  CaseMovePlan,
  ImportChoice,
  ImportResult,
  ProcedureDraft,
  ProcedurePreview,
  ProcedureSaved,
  ProceduresView,
} from './views/procedures';
import type {
  Digest,
  HolidayPasteAdded,
  HolidayPastePreview,
  HolidaysView,
  SettingsView,
} from './views/settings';

// The types of what crosses, one file per panel; importers keep importing them from here.
export type * from './views/adopt';
export type * from './views/catalogue';
export type * from './views/home';
export type * from './views/people';
export type * from './views/procedures';
export type * from './views/settings';

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
  'previewPastedHolidays',
  'addPastedHolidays',
  'listBindableTabs',
  'bindTab',
  'proposeAdoption',
  'adoptTab',
  'stopTracking',
  'listProcedures',
  'getProcedureDraft',
  'previewProcedure',
  'saveProcedure',
  'exportProcedure',
  'openProcedureFile',
  'planCaseMove',
  'moveCase',
] as const;

export type SidebarFunction = (typeof SIDEBAR_API)[number];

export interface Bilingual {
  readonly th: string;
  readonly en: string;
}

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
  previewPastedHolidays(text: string): HolidayPastePreview;
  addPastedHolidays(text: string, dates: string[]): HolidayPasteAdded;
  listBindableTabs(): BindableTab[];
  bindTab(gid: number, procedureId: string): string;
  proposeAdoption(gid: number | null, procedureId: string | null): AdoptionView;
  adoptTab(gid: number, procedureId: string, mapping: AdoptMapping, options: AdoptOptions): AdoptionResult;
  stopTracking(gid: number, confirm: boolean): StopResult;
  listProcedures(): ProceduresView;
  getProcedureDraft(id: string): ProcedureDraft;
  previewProcedure(draft: ProcedureDraft, start: string): ProcedurePreview;
  saveProcedure(draft: ProcedureDraft): ProcedureSaved;
  exportProcedure(id: string): { readonly fileName: string; readonly text: string };
  openProcedureFile(text: string, choice: ImportChoice): ImportResult;
  planCaseMove(gid: number, row: number): CaseMovePlan;
  moveCase(gid: number, row: number, version: number): CaseMoved;
}

// Compile-time: the list and the signatures name the same functions.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const LIST_MATCHES_SIGNATURES: Same<SidebarFunction, keyof SidebarApi> = true;
