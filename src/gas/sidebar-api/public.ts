/**
 * The server functions the sidebar may call (google.script.run): their names and arguments come from
 * the table in inputs.ts, their results are declared here. The page's typed `call` wrapper takes both
 * from here, and tools/build.mjs fails the build when build/Sidebar.html calls any other name. Every
 * value crossing is JSON-safe: no Date, ever.
 */
import { SIDEBAR_INPUTS, type SidebarArgs, type SidebarFunction, type SidebarPayload } from './inputs';
import type { AdoptionResult, AdoptionView, StopResult } from './views/adopt';
import type { BindableTab, CatalogueManual } from './views/catalogue';
import type { Home, MyCases } from './views/home';
import type { SelfTestView, SetupView, TestMail } from './views/install';
import type { PeopleView } from './views/people';
import type {
  CaseMoved,
  CaseMovePlan,
  ImportResult,
  ProcedureDraft,
  ProcedurePreview,
  ProcedureSaved,
  ProceduresView,
} from './views/procedures';
import type { ReportBuilt, ReportOptions } from './views/report';
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
export type * from './views/install';
export type * from './views/people';
export type * from './views/procedures';
export type * from './views/report';
export type * from './views/settings';

/** The public names, in the table's order (inputs.ts). */
export const SIDEBAR_API = Object.keys(SIDEBAR_INPUTS) as SidebarFunction[];

export type { SidebarArgs, SidebarFunction, SidebarPayload };

/** What installing or taking over the hourly check did, and the Thai/English sentence that says so. */
interface TriggerOutcome {
  readonly outcome: 'installed' | 'present' | 'taken-over';
  readonly owner: string;
  readonly message: string;
}

export interface Bilingual {
  readonly th: string;
  readonly en: string;
}

/** What each public function returns (what crosses back to the page). */
export interface SidebarResults {
  getHome: Home;
  listCatalogue: CatalogueManual[];
  createRegister: string;
  getSettings: SettingsView;
  saveSettings: SettingsView;
  previewDigest: Digest | null;
  installTrigger: TriggerOutcome;
  takeOverTrigger: TriggerOutcome;
  showRows: string;
  getMyCases: MyCases;
  getPeople: PeopleView;
  savePerson: PeopleView;
  getHolidays: HolidaysView;
  addHoliday: HolidaysView;
  removeHoliday: HolidaysView;
  previewPastedHolidays: HolidayPastePreview;
  addPastedHolidays: HolidayPasteAdded;
  listBindableTabs: BindableTab[];
  bindTab: string;
  proposeAdoption: AdoptionView;
  adoptTab: AdoptionResult;
  stopTracking: StopResult;
  listProcedures: ProceduresView;
  getProcedureDraft: ProcedureDraft;
  previewProcedure: ProcedurePreview;
  saveProcedure: ProcedureSaved;
  exportProcedure: { readonly fileName: string; readonly text: string };
  openProcedureFile: ImportResult;
  planCaseMove: CaseMovePlan;
  moveCase: CaseMoved;
  getReportOptions: ReportOptions;
  buildReport: ReportBuilt;
  showReportPrint: string;
  getSelfTest: SelfTestView;
  runSelfTest: SelfTestView;
  sendTestDigest: TestMail;
  runSetup: SetupView;
}

/** The server object: every public function with its checked arguments and its result. */
export type SidebarApi = { [N in SidebarFunction]: (...args: SidebarArgs<N>) => SidebarResults[N] };

// Compile-time: the table and the results name the same functions.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
// biome-ignore lint/correctness/noUnusedVariables: read by the compiler only
const INPUTS_MATCH_RESULTS: Same<SidebarFunction, keyof SidebarResults> = true;
