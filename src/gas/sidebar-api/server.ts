/**
 * Every public server function of the sidebar: a handler per name of the table in inputs.ts (the
 * compiler checks each one's arguments and result), called only with arguments the table accepted.
 * tools/build.mjs makes a global `function NAME()` for each name, and for nothing else. The Apps
 * Script services come in through `ServerServices`, read only when a function needs them.
 */
import type { UtilitiesLike } from '../date-io';
import type { CheckServices } from '../install/services';
import { setupNeeded } from '../install/setup';
import { sendTestDigest } from '../install/test-digest';
import { PROCEDURES_EDITOR } from '../procedures/editor';
import { buildReportTab, reportOptions } from '../report/report';
import type { Builders, Spreadsheet } from '../workbook/services';
import { adoptTab, proposeAdoption, stopTracking } from './adopt';
import { bindTab, listBindableTabs } from './bind';
import { listCatalogue } from './catalogue';
import { addHoliday, addPastedHolidays, getHolidays, previewPastedHolidays, removeHoliday } from './holidays';
import { getHome } from './home';
import { checkedArgs } from './inputs';
import { checkNow, getSelfTest, setUp } from './install';
import { getMyCases } from './my-cases';
import { getPeople, savePerson } from './people';
import { moveCase, planCaseMove } from './procedure-move';
import { exportProcedure, openProcedureFile, type ProcedureServices, saveProcedure } from './procedure-save';
import { getProcedureDraft, listProcedures, previewProcedure } from './procedures';
import {
  SIDEBAR_API,
  type SidebarApi,
  type SidebarArgs,
  type SidebarFunction,
  type SidebarResults,
} from './public';
import { type DialogUi, type HtmlLike, showReportPrint } from './report';
import { showRows } from './select';
import { getSettings, saveSettings } from './settings';
import { createRegister, installTrigger, previewDigest, takeOverTrigger } from './workbook-actions';

type Lock = Pick<GoogleAppsScript.Lock.Lock, 'tryLock' | 'releaseLock'>;

export interface ServerServices {
  /** The active spreadsheet (throws a Thai/English error when none is open). */
  readonly spreadsheet: Spreadsheet;
  readonly utilities: UtilitiesLike;
  readonly builders: Builders;
  readonly protectionType: typeof GoogleAppsScript.Spreadsheet.ProtectionType;
  readonly scriptApp: Pick<
    GoogleAppsScript.Script.ScriptApp,
    'getUserTriggers' | 'newTrigger' | 'deleteTrigger'
  >;
  readonly properties: Pick<GoogleAppsScript.Properties.Properties, 'getProperty' | 'setProperty'>;
  readonly lock: Lock;
  readonly now: number;
  /** The signed-in user's email, '' where Google does not reveal it. */
  readonly me: string;
  /** Who the script runs as: the hourly trigger is theirs when they install it. */
  readonly effectiveUser: string;
  readonly version: string;
  /** For the report's print dialog. */
  readonly ui: DialogUi;
  readonly html: HtmlLike;
  /** What the installation check reads (built on use: it names more services than any other call). */
  readonly check: CheckServices;
}

type Handlers = { [N in SidebarFunction]: (s: ServerServices, ...args: SidebarArgs<N>) => SidebarResults[N] };

const procedures = (s: ServerServices): ProcedureServices => ({
  spreadsheet: s.spreadsheet,
  utilities: s.utilities,
  lock: s.lock,
  editor: s.properties.getProperty(PROCEDURES_EDITOR) ?? '',
  me: s.me,
  now: s.now,
});

const triggers = (s: ServerServices) => ({
  spreadsheet: s.spreadsheet,
  scriptApp: s.scriptApp,
  properties: s.properties,
  me: s.effectiveUser,
  now: s.now,
});

const report = (s: ServerServices) => ({ spreadsheet: s.spreadsheet, utilities: s.utilities, now: s.now });

/** A blank email means the signed-in user. */
const who = (s: ServerServices, email: string) => email.trim() || s.me;

/** Each public function's work, on arguments already checked against inputs.ts. */
const HANDLERS: Handlers = {
  getHome: (s) => ({
    // Asked before getHome, which makes Kamnot's missing tabs.
    setupNeeded: setupNeeded(s.spreadsheet),
    ...getHome({
      spreadsheet: s.spreadsheet,
      utilities: s.utilities,
      scriptApp: s.scriptApp,
      properties: s.properties,
      me: s.effectiveUser,
      now: s.now,
      version: s.version,
    }),
  }),
  listCatalogue: () => listCatalogue(),
  createRegister: (s, id) => createRegister(s.spreadsheet, s.builders, id),
  getSettings: (s) => getSettings(s.spreadsheet),
  saveSettings: (s, values) => saveSettings(s.spreadsheet, values),
  previewDigest: (s, email) => previewDigest(s.spreadsheet, s.utilities, who(s, email), s.now),
  installTrigger: (s) => installTrigger(triggers(s), s.lock),
  takeOverTrigger: (s) => takeOverTrigger(triggers(s), s.lock),
  showRows: (s, gid, rows) => showRows(s.spreadsheet, gid, rows),
  getMyCases: (s, email) => getMyCases(s.spreadsheet, s.utilities, s.now, who(s, email)),
  getPeople: (s) => getPeople(s.spreadsheet, s.utilities, s.now, s.me),
  savePerson: (s, person) => savePerson(s.spreadsheet, s.utilities, s.now, s.me, person),
  getHolidays: (s) => getHolidays(s.spreadsheet, s.utilities, s.now),
  addHoliday: (s, date, name) => addHoliday(s.spreadsheet, s.utilities, s.now, s.me, date, name),
  removeHoliday: (s, row, date) => removeHoliday(s.spreadsheet, s.utilities, s.now, row, date),
  previewPastedHolidays: (s, text) => previewPastedHolidays(s.spreadsheet, s.utilities, s.now, text),
  addPastedHolidays: (s, text, dates) =>
    addPastedHolidays(s.spreadsheet, s.utilities, s.now, s.me, text, dates),
  listBindableTabs: (s) => listBindableTabs(s.spreadsheet),
  bindTab: (s, gid, id) => bindTab(s.spreadsheet, s.builders, gid, id),
  proposeAdoption: (s, gid, id) => proposeAdoption(s.spreadsheet, s.utilities, gid, id),
  adoptTab: (s, gid, id, mapping, options) =>
    adoptTab(
      {
        spreadsheet: s.spreadsheet,
        builders: s.builders,
        utilities: s.utilities,
        lock: s.lock,
        now: s.now,
        who: s.me,
      },
      gid,
      id,
      mapping,
      options,
    ),
  stopTracking: (s, gid, confirm) =>
    stopTracking(
      { spreadsheet: s.spreadsheet, lock: s.lock, protectionType: s.protectionType, now: s.now, who: s.me },
      gid,
      confirm,
    ),
  listProcedures: (s) => listProcedures(s.spreadsheet),
  getProcedureDraft: (s, id) => getProcedureDraft(s.spreadsheet, id),
  previewProcedure: (s, draft, start) => previewProcedure(s.spreadsheet, s.utilities, s.now, draft, start),
  saveProcedure: (s, draft) => saveProcedure(procedures(s), draft),
  exportProcedure: (s, id) => exportProcedure(s.spreadsheet, s.utilities, s.now, id),
  openProcedureFile: (s, text, choice) => openProcedureFile(procedures(s), text, choice),
  planCaseMove: (s, gid, row) => planCaseMove(s.spreadsheet, s.utilities, s.now, gid, row),
  moveCase: (s, gid, row, version) =>
    moveCase(s.spreadsheet, s.utilities, s.lock, s.now, s.me, { gid, row, version }),
  getReportOptions: (s) => reportOptions(report(s)),
  buildReport: (s, ask) => buildReportTab(report(s), ask),
  showReportPrint: (s, ask) => showReportPrint(report(s), s.html, s.ui, ask),
  getSelfTest: (s) => getSelfTest(s.spreadsheet),
  runSelfTest: (s) => checkNow(s.check),
  sendTestDigest: (s) =>
    sendTestDigest({
      spreadsheet: s.spreadsheet,
      utilities: s.utilities,
      mail: s.check.mail,
      me: s.me,
      now: s.now,
    }),
  runSetup: (s, choices) =>
    setUp(
      {
        check: s.check,
        utilities: s.utilities,
        lock: s.lock,
        triggers: triggers(s),
        me: s.me,
        now: s.now,
      },
      choices,
    ),
};

/** The server object: every call checked against the table before its handler runs. */
export function sidebarServer(s: ServerServices): SidebarApi {
  const api: Record<string, (...args: unknown[]) => unknown> = {};
  for (const name of SIDEBAR_API) {
    const handler = HANDLERS[name] as (s: ServerServices, ...args: unknown[]) => unknown;
    api[name] = (...args: unknown[]) => handler(s, ...checkedArgs(name, args));
  }
  return api as SidebarApi;
}
