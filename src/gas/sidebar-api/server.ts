/**
 * Every public server function of the sidebar, as one object typed by SidebarApi: the compiler checks
 * that each name in SIDEBAR_API is implemented with its signature, and tools/build.mjs makes a global
 * `function NAME()` for each name in the list, and for nothing else (private helpers stay private).
 * The Apps Script services come in through `ServerServices`, read only when a function needs them.
 */
import type { UtilitiesLike } from '../date-io';
import { PROCEDURES_EDITOR } from '../procedures/editor';
import type { Builders, Spreadsheet } from '../workbook/services';
import { adoptTab, proposeAdoption, stopTracking } from './adopt';
import { bindTab, listBindableTabs } from './bind';
import { listCatalogue } from './catalogue';
import { addHoliday, addPastedHolidays, getHolidays, previewPastedHolidays, removeHoliday } from './holidays';
import { getHome } from './home';
import { getMyCases } from './my-cases';
import { getPeople, savePerson } from './people';
import { moveCase, planCaseMove } from './procedure-move';
import { exportProcedure, openProcedureFile, type ProcedureServices, saveProcedure } from './procedure-save';
import { getProcedureDraft, listProcedures, previewProcedure } from './procedures';
import type { SidebarApi } from './public';
import { showRows } from './select';
import { getSettings, saveSettings } from './settings';
import { createRegister, installTrigger, previewDigest } from './workbook-actions';

type Lock = Pick<GoogleAppsScript.Lock.Lock, 'tryLock' | 'releaseLock'>;

export interface ServerServices {
  /** The active spreadsheet (throws a Thai/English error when none is open). */
  readonly spreadsheet: Spreadsheet;
  readonly utilities: UtilitiesLike;
  readonly builders: Builders;
  readonly protectionType: typeof GoogleAppsScript.Spreadsheet.ProtectionType;
  readonly scriptApp: Pick<GoogleAppsScript.Script.ScriptApp, 'getProjectTriggers' | 'newTrigger'>;
  readonly properties: Pick<GoogleAppsScript.Properties.Properties, 'getProperty' | 'setProperty'>;
  readonly mail: Pick<GoogleAppsScript.Mail.MailApp, 'getRemainingDailyQuota'>;
  readonly lock: Lock;
  readonly now: number;
  /** The signed-in user's email, '' where Google does not reveal it. */
  readonly me: string;
  /** Who the script runs as (the trigger's owner when they install it). */
  readonly effectiveUser: string;
  readonly version: string;
}

export function sidebarServer(s: ServerServices): SidebarApi {
  const procedures = (): ProcedureServices => ({
    spreadsheet: s.spreadsheet,
    utilities: s.utilities,
    lock: s.lock,
    editor: s.properties.getProperty(PROCEDURES_EDITOR) ?? '',
    me: s.me,
    now: s.now,
  });
  const who = (email: unknown) => String(email ?? '').trim() || s.me;
  return {
    getHome: () =>
      getHome({
        spreadsheet: s.spreadsheet,
        utilities: s.utilities,
        scriptApp: s.scriptApp,
        properties: s.properties,
        mail: s.mail,
        now: s.now,
        version: s.version,
      }),
    listCatalogue: () => listCatalogue(),
    createRegister: (id) => createRegister(s.spreadsheet, s.builders, String(id)),
    getSettings: () => getSettings(s.spreadsheet),
    saveSettings: (values) => saveSettings(s.spreadsheet, values),
    previewDigest: (email) => previewDigest(s.spreadsheet, s.utilities, who(email), s.now),
    installTrigger: () => installTrigger(s.spreadsheet, s.scriptApp, s.properties, s.effectiveUser),
    showRows: (gid, rows) => showRows(s.spreadsheet, Number(gid), Array.isArray(rows) ? rows : []),
    getMyCases: (email) => getMyCases(s.spreadsheet, s.utilities, s.now, who(email)),
    getPeople: () => getPeople(s.spreadsheet, s.utilities, s.now, s.me),
    savePerson: (person) => savePerson(s.spreadsheet, s.utilities, s.now, s.me, person),
    getHolidays: () => getHolidays(s.spreadsheet, s.utilities, s.now),
    addHoliday: (date, name) =>
      addHoliday(s.spreadsheet, s.utilities, s.now, s.me, String(date), String(name)),
    removeHoliday: (row, date) => removeHoliday(s.spreadsheet, s.utilities, s.now, Number(row), String(date)),
    previewPastedHolidays: (text) =>
      previewPastedHolidays(s.spreadsheet, s.utilities, s.now, String(text ?? '')),
    addPastedHolidays: (text, dates) =>
      addPastedHolidays(
        s.spreadsheet,
        s.utilities,
        s.now,
        s.me,
        String(text ?? ''),
        Array.isArray(dates) ? dates.map(String) : [],
      ),
    listBindableTabs: () => listBindableTabs(s.spreadsheet),
    bindTab: (gid, id) => bindTab(s.spreadsheet, s.builders, Number(gid), String(id)),
    proposeAdoption: (gid, id) => proposeAdoption(s.spreadsheet, s.utilities, gid, id),
    adoptTab: (gid, id, mapping, options) =>
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
    stopTracking: (gid, confirm) =>
      stopTracking(
        { spreadsheet: s.spreadsheet, lock: s.lock, protectionType: s.protectionType, now: s.now, who: s.me },
        gid,
        confirm,
      ),
    listProcedures: () => listProcedures(s.spreadsheet),
    getProcedureDraft: (id) => getProcedureDraft(s.spreadsheet, String(id ?? '')),
    previewProcedure: (draft, start) =>
      previewProcedure(s.spreadsheet, s.utilities, s.now, draft, String(start ?? '')),
    saveProcedure: (draft) => saveProcedure(procedures(), draft),
    exportProcedure: (id) => exportProcedure(s.spreadsheet, s.utilities, s.now, String(id ?? '')),
    openProcedureFile: (text, choice) => openProcedureFile(procedures(), text, choice),
    planCaseMove: (gid, row) => planCaseMove(s.spreadsheet, s.utilities, s.now, Number(gid), Number(row)),
    moveCase: (gid, row, version) =>
      moveCase(s.spreadsheet, s.utilities, s.lock, s.now, s.me, {
        gid: Number(gid),
        row: Number(row),
        version: Number(version),
      }),
  };
}
