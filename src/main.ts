/**
 * The one entry file: every Apps Script global Kamnot exposes, and the only place that reads the
 * Apps Script services. `tools/build.mjs` turns each export into a top-level function of
 * build/Code.js, with the JSDoc below (Sheets shows it in formula autocomplete).
 */
import { reportText } from './core/install/record';
import { summaryLine } from './core/install/types';
import { customFunctions } from './gas/custom-functions';
import type { CheckServices } from './gas/install/services';
import { buildMenu } from './gas/menu';
import { onProceduresEdit } from './gas/procedures/edit';
import { onRegisterEdit } from './gas/run/edit';
import type { RunRecord } from './gas/run/hourly';
import { appendLog } from './gas/run/log';
import { loggedRun, runSummary } from './gas/run/logged';
import { claimRun, writeHeartbeat } from './gas/run/trigger';
import { openSidebar } from './gas/sidebar';
import type { SidebarApi } from './gas/sidebar-api/public';
import { sidebarServer } from './gas/sidebar-api/server';
import { TAB } from './gas/workbook/tabs';

declare const KAMNOT_VERSION: string;
/** Date.now() at the bundle's first line (tools/build.mjs writes it): the installation check's load time. */
declare const KAMNOT_LOADED_AT: number;
/** The end of loading: every module above has run. */
const LOADED = Date.now();

const formulas = () =>
  customFunctions({ spreadsheetApp: SpreadsheetApp, utilities: Utilities, session: Session });

/**
 * วันครบกำหนด: นับจากวันเริ่มตามปฏิทินวันทำการราชการไทย (ไม่นับวันเริ่ม) / The due date: counts from the start on the Thai government working-day calendar (the start day is not counted).
 *
 * @param {Date|Date[][]} start วันเริ่ม เช่น วันรับเรื่อง / The start date, e.g. the day the request arrived.
 * @param {number|number[][]} days จำนวน (ลบ = นับย้อนหลัง) / How many units (negative counts back).
 * @param {string} [unit] "วันทำการ" (ค่าเริ่มต้น), "วัน", "สัปดาห์", "เดือน" / "workdays" (default), "days" (calendar days, Thai legal counting), "weeks", "months".
 * @param {Date[][]} [holidays] วันหยุดเพิ่มเติม ใส่ KAMNOT_HOLIDAYS เพื่อใช้วันหยุดในแท็บ Holidays (รวมวันหยุดของสำนักงานและวันหยุดพิเศษที่เพิ่มเอง) / Extra non-working dates: KAMNOT_HOLIDAYS passes the Holidays tab (the office's own days and the special days it added).
 * @param {string} [calendar] "TH" (ค่าเริ่มต้น), "TH-SCHOOL", "NONE" / "TH" (default), "TH-SCHOOL", "NONE" (weekends only).
 * @return วันครบกำหนด / The due date.
 * @customfunction
 */
export function DUEDATE(
  start: unknown,
  days: unknown,
  unit?: unknown,
  holidays?: unknown,
  calendar?: unknown,
) {
  return formulas().DUEDATE(start, days, unit, holidays, calendar);
}

/**
 * จำนวนวันทำการระหว่างสองวัน (นับทั้งสองวัน) / Working days between two dates, both counted (like NETWORKDAYS).
 *
 * @param {Date|Date[][]} start วันแรก / The first date.
 * @param {Date|Date[][]} end วันสุดท้าย / The last date.
 * @param {Date[][]} [holidays] วันหยุดเพิ่มเติม ใส่ KAMNOT_HOLIDAYS เพื่อใช้วันหยุดในแท็บ Holidays / Extra non-working dates: KAMNOT_HOLIDAYS passes the Holidays tab's days.
 * @param {string} [calendar] "TH" (ค่าเริ่มต้น), "TH-SCHOOL", "NONE" / "TH" (default), "TH-SCHOOL", "NONE".
 * @return จำนวนวันทำการ / The number of working days.
 * @customfunction
 */
export function WORKDAYSBETWEEN(start: unknown, end: unknown, holidays?: unknown, calendar?: unknown) {
  return formulas().WORKDAYSBETWEEN(start, end, holidays, calendar);
}

/**
 * วันที่แบบไทย พ.ศ. / A date written the Thai way, with the Buddhist-era year.
 *
 * @param {Date|Date[][]} date วันที่ / The date.
 * @param {string} [style] "short" 22 พ.ย. 2569, "long" 22 พฤศจิกายน 2569, "full" วันอาทิตย์ที่ 22 พฤศจิกายน พ.ศ. 2569, "numeric" 22/11/2569; เพิ่ม "+thai" เพื่อใช้เลขไทย / add "+thai" for Thai digits, "en" for English.
 * @return ข้อความวันที่ / The date as text.
 * @customfunction
 */
export function THAIDATE(date: unknown, style?: unknown) {
  return formulas().THAIDATE(date, style);
}

/**
 * ปีงบประมาณ (พ.ศ.) ของวันที่ / The Thai fiscal year (BE) of a date: 1 Oct 2569 – 30 Sep 2570 is 2570.
 *
 * @param {Date|Date[][]} date วันที่ / The date.
 * @return ปีงบประมาณ พ.ศ. / The fiscal year, BE.
 * @customfunction
 */
export function FISCALYEAR(date: unknown) {
  return formulas().FISCALYEAR(date);
}

/**
 * ไตรมาสของปีงบประมาณ (1 = ต.ค.–ธ.ค.) / The fiscal quarter of a date (1 = Oct–Dec … 4 = Jul–Sep).
 *
 * @param {Date|Date[][]} date วันที่ / The date.
 * @return ไตรมาส 1–4 / The quarter, 1–4.
 * @customfunction
 */
export function FISCALQUARTER(date: unknown) {
  return formulas().FISCALQUARTER(date);
}

/**
 * Builds the Kamnot menu when the workbook opens.
 * @param {GoogleAppsScript.Events.SheetsOnOpen} _e The open event.
 */
export function onOpen(_e?: unknown) {
  buildMenu(SpreadsheetApp.getUi());
}

/**
 * Runs when the add-on is installed: same as opening the workbook.
 * @param {GoogleAppsScript.Events.AddonOnInstall} e The install event.
 */
export function onInstall(e?: unknown) {
  onOpen(e);
}

/** Opens the Kamnot sidebar. */
export function showSidebar() {
  openSidebar(HtmlService, SpreadsheetApp.getUi(), 'home');
}

/** Menu: the sidebar at "Add a register". */
export function showAddRegister() {
  openSidebar(HtmlService, SpreadsheetApp.getUi(), 'add');
}

/** Menu: the sidebar at the digest preview, for the signed-in user. */
export function showMyDigest() {
  openSidebar(HtmlService, SpreadsheetApp.getUi(), 'digest');
}

/** Menu: the Report tab built for this fiscal year and the whole office, and the sidebar at Report for other periods and the print view. */
export function showReport() {
  const built = SIDEBAR.buildReport({});
  activeSpreadsheet().toast(`สร้างแท็บ ${built.tab} แล้ว / the ${built.tab} tab is ready`, 'Kamnot');
  SIDEBAR.showRows(built.gid, []);
  openSidebar(HtmlService, SpreadsheetApp.getUi(), 'report');
}

/** Menu: the sidebar at Help. */
export function showHelp() {
  openSidebar(HtmlService, SpreadsheetApp.getUi(), 'help');
}

/** What the installation check reads: the services, the clock, when the bundle loaded. */
function checkServices(): CheckServices {
  return {
    spreadsheet: activeSpreadsheet(),
    scriptApp: ScriptApp,
    authModeFull: ScriptApp.AuthMode.FULL,
    utilities: Utilities,
    properties: PropertiesService.getDocumentProperties(),
    mail: MailApp,
    activeUser: me,
    effectiveUser: () => Session.getEffectiveUser().getEmail(),
    scriptTimeZone: Session.getScriptTimeZone(),
    flush: () => SpreadsheetApp.flush(),
    clock: () => Date.now(),
    loadedAt: typeof KAMNOT_LOADED_AT === 'number' ? KAMNOT_LOADED_AT : LOADED,
    startedAt: LOADED,
    version: KAMNOT_VERSION,
  };
}

/**
 * ตรวจความพร้อม / Check this installation: live checks of the scopes, the hourly check, developer
 * metadata, what setValues does to text, the formulas in the sheet, the zone and locale, mail and
 * speed, on a scratch tab removed after; the result goes to the hidden _selftest tab and the sidebar's
 * Check panel. Returns the report as text (Thai and English), ending with the summary line.
 */
export function checkInstallation() {
  const view = SIDEBAR.runSelfTest();
  const results = view.report?.results ?? [];
  try {
    activeSpreadsheet().toast(summaryLine(results), 'Kamnot');
    openSidebar(HtmlService, SpreadsheetApp.getUi(), 'check');
  } catch {
    // Run from the script editor or without the container.ui scope: the returned text says it all.
  }
  return view.report ? reportText(view.report, activeSpreadsheet().getName()) : '';
}

/** The signed-in user's email; '' where Google does not reveal it (another domain, simple triggers). */
function me(): string {
  return Session.getActiveUser().getEmail() ?? '';
}

function activeSpreadsheet() {
  const ss = SpreadsheetApp.getActive();
  if (!ss) throw new Error('ไม่พบสเปรดชีต / no spreadsheet is open');
  return ss;
}

function run(after?: (status: string) => Record<string, unknown>): RunRecord | null {
  const ss = SpreadsheetApp.getActive();
  if (!ss) return null;
  return loggedRun(
    {
      spreadsheet: ss,
      lock: LockService.getDocumentLock(),
      utilities: Utilities,
      properties: PropertiesService.getDocumentProperties(),
      now: () => Date.now(),
      mail: MailApp,
      flush: () => SpreadsheetApp.flush(),
      builders: SpreadsheetApp,
    },
    Session.getEffectiveUser().getEmail(),
    after,
  );
}

/**
 * The hourly check (the one time-driven trigger): recompute every register, then leave the heartbeat
 * every officer's Home reads (when, as whom, the owner's mail quota left). A trigger that is no longer
 * the workbook's (another officer took the check over) removes itself instead of running.
 * @param {GoogleAppsScript.Events.TimeDriven} _e The trigger event.
 */
export function runHourly(_e?: unknown) {
  const me = Session.getEffectiveUser().getEmail();
  const properties = PropertiesService.getDocumentProperties();
  const ss = SpreadsheetApp.getActive();
  if (!ss) {
    // An editor add-on's time-driven run may be given no spreadsheet: it cannot check anything, and
    // says so where officers look (Home reads this heartbeat) rather than skipping in silence.
    console.warn('Kamnot: Google gave this run no spreadsheet: nothing was checked and no reminder sent');
    if (properties)
      writeHeartbeat(properties, {
        at: new Date().toISOString(),
        by: me,
        status: 'no-spreadsheet',
        quota: null,
      });
    return;
  }
  const services = { spreadsheet: ss, scriptApp: ScriptApp, properties, me, now: Date.now() };
  if (claimRun(services) === 'stray') {
    appendLog(
      ss,
      new Date(),
      'trigger:stray',
      'การตรวจทุกชั่วโมงเป็นของผู้อื่นแล้ว: ทริกเกอร์นี้ลบตัวเอง / the hourly check belongs to another officer now: this trigger removed itself',
      me,
    );
    return;
  }
  run((status) => {
    const quota = MailApp.getRemainingDailyQuota();
    writeHeartbeat(properties, { at: new Date().toISOString(), by: me, status, quota });
    return { trigger: true, quota };
  });
}

/** Menu: run the check now and say what it did, mail included (sent, carried to the next run, unconfirmed). */
export function runNow() {
  const record = run();
  if (!record) return null;
  activeSpreadsheet().toast(runSummary(record), 'Kamnot');
  return record;
}

/**
 * Menu: install the hourly check, or repair it when it is missing, and say who owns it (mail goes out
 * under the owner's quota). Beside another officer's live check it is refused, and the toast says why.
 */
export function installHourly() {
  const ss = activeSpreadsheet();
  try {
    const { outcome, message } = SIDEBAR.installTrigger();
    ss.toast(message, 'Kamnot');
    return outcome;
  } catch (error) {
    ss.toast(error instanceof Error ? error.message : String(error), 'Kamnot');
    return 'refused';
  }
}

/**
 * Recomputes the edited case row at once and records the edit in the audit log.
 * @param {GoogleAppsScript.Events.SheetsOnEdit} e The edit event.
 */
export function onEdit(e?: {
  range?: GoogleAppsScript.Spreadsheet.Range;
  value?: unknown;
  oldValue?: unknown;
  user?: { getEmail(): string };
}) {
  if (!e?.range) return;
  const sheet = e.range.getSheet();
  if (sheet.getName() === TAB.procedures) {
    const edit = { row: e.range.getRow(), column: e.range.getColumn(), oldValue: e.oldValue, value: e.value };
    const who = e.user?.getEmail() ?? '';
    onProceduresEdit(
      sheet.getParent(),
      sheet,
      PropertiesService.getDocumentProperties(),
      edit,
      who,
      new Date(),
    );
    return;
  }
  onRegisterEdit(sheet.getParent(), Utilities, { ...e, range: e.range }, Date.now());
}

/**
 * The sidebar's server functions (src/gas/sidebar-api/server.ts). tools/build.mjs makes one global
 * function per name in SIDEBAR_API that calls into this object; the services are read only on use.
 */
export const SIDEBAR: SidebarApi = sidebarServer({
  get spreadsheet() {
    return activeSpreadsheet();
  },
  get utilities() {
    return Utilities;
  },
  get builders() {
    return SpreadsheetApp;
  },
  get protectionType() {
    return SpreadsheetApp.ProtectionType;
  },
  get scriptApp() {
    return ScriptApp;
  },
  get properties() {
    return PropertiesService.getDocumentProperties();
  },
  get lock() {
    return LockService.getDocumentLock();
  },
  get now() {
    return Date.now();
  },
  get me() {
    return me();
  },
  get effectiveUser() {
    return Session.getEffectiveUser().getEmail();
  },
  version: KAMNOT_VERSION,
  get ui() {
    return SpreadsheetApp.getUi();
  },
  get html() {
    return HtmlService;
  },
  get check() {
    return checkServices();
  },
});
