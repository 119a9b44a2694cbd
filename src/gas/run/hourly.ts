import { DASHBOARD_WIDTH, type DashboardEntry, dashboardRows } from '../../core/dashboard';
import { bilingual } from '../../core/i18n/msg';
import { cellText } from '../../core/register/computed';
import { peopleProblems } from '../../core/reminders/people';
import { peopleFromRows } from '../../core/reminders/people-rows';
import type { CaseView } from '../../core/reminders/types';
import type { UtilitiesLike } from '../date-io';
import { PROCEDURES_EDITOR } from '../procedures/editor';
import { settleProcedures } from '../procedures/registry';
import { syncHolidays } from '../workbook/holidays-tab';
import type { Builders, Spreadsheet } from '../workbook/services';
import { bodyRows, ensureSystemTabs } from '../workbook/tabs';
import { addMissingColumns, recolour } from './add-columns';
import { reminderSettingsOf, workbookContext } from './context';
import { type MailLike, type MailOutcome, sendDigests } from './mail';
import { bindColumns, findRegisters } from './registers';
import { updateRegister } from './update-register';

export interface RunServices {
  readonly spreadsheet: Spreadsheet;
  readonly lock: Pick<GoogleAppsScript.Lock.Lock, 'tryLock' | 'releaseLock'>;
  readonly utilities: UtilitiesLike;
  readonly properties: Pick<
    GoogleAppsScript.Properties.Properties,
    'getProperty' | 'setProperty' | 'deleteProperty'
  >;
  readonly now: () => number;
  /** Absent: recompute only (the menu's "run now" before the reminder hour still sends; see runRegisters). */
  readonly mail?: MailLike;
  readonly flush?: () => void;
  /** Rule builders, to colour a register again after new step columns moved its due-date column. */
  readonly builders?: Builders;
}

export interface RunRecord {
  readonly status: 'done' | 'partial' | 'busy';
  readonly registers: number;
  readonly cases: number;
  readonly changedCells: number;
  readonly writes: number;
  readonly problems: number;
  readonly notes: readonly string[];
  readonly mail?: MailOutcome;
}

/** Leave a minute and a half of the six for the Dashboard, the log and the mail. */
export const TIME_BUDGET_MS = 4.5 * 60_000;
const CURSOR = 'kamnot.cursor';

export function runRegisters(services: RunServices): RunRecord {
  const started = services.now();
  if (!services.lock.tryLock(5_000)) {
    return {
      status: 'busy',
      registers: 0,
      cases: 0,
      changedCells: 0,
      writes: 0,
      problems: 0,
      notes: ['รอบตรวจอื่นกำลังทำงานอยู่ / another run holds the lock'],
    };
  }
  try {
    const ss = services.spreadsheet;
    const tabs = ensureSystemTabs(ss);
    // The office's procedures are checked on every run; a changed one becomes a new version here.
    const editor = services.properties.getProperty(PROCEDURES_EDITOR) ?? '';
    const procedures = settleProcedures(ss, new Date(started), editor || 'Kamnot', tabs);
    const context = workbookContext(ss, services.utilities, started, { ...tabs, procedures });
    const { settings, settingProblems, io, today, engine } = context;
    const notes: string[] = settingProblems.map(bilingual);
    if (procedures.tab.problems.length > 0) {
      notes.push(
        `แท็บ Procedures มีปัญหา ${procedures.tab.problems.length} แถว ดูคอลัมน์ผลตรวจ / the Procedures tab has ${procedures.tab.problems.length} problem(s): see its Check column`,
      );
    }
    const holidayWarning = syncHolidays(tabs.holidays, settings.calendar, today, io.dateOut);
    if (holidayWarning) notes.push(holidayWarning);
    const registers = findRegisters(ss);
    const cursor = Number(services.properties.getProperty(CURSOR) ?? 0) % Math.max(1, registers.length);
    let cases = 0;
    let changedCells = 0;
    let writes = 0;
    let problems = 0;
    let status: RunRecord['status'] = 'done';
    const dashboard: DashboardEntry[] = [];
    const views: CaseView[] = [];
    let slowest = 0;
    for (let n = 0; n < registers.length; n++) {
      const index = (cursor + n) % registers.length;
      // Stop when the next register, taking as long as the slowest so far, would not fit.
      if (services.now() - started + slowest > TIME_BUDGET_MS) {
        services.properties.setProperty(CURSOR, String(index));
        status = 'partial';
        notes.push(
          `ใช้เวลาครบกำหนดของรอบแล้ว: รอบถัดไปทำต่อจากทะเบียนที่ ${index + 1} จาก ${registers.length} / ` +
            `time budget reached: continues from register ${index + 1} of ${registers.length}`,
        );
        break;
      }
      const tab = registers[index]!;
      const registerStarted = services.now();
      let values = tab.sheet.getDataRange().getValues();
      let bound = bindColumns(tab, values[tab.headerRow - 1] ?? [], procedures);
      // A new step of an office procedure gets its column, then the register is read again.
      if (!('th' in bound) && addMissingColumns(bound)) {
        values = tab.sheet.getDataRange().getValues();
        bound = bindColumns(tab, values[tab.headerRow - 1] ?? [], procedures);
        if (!('th' in bound) && services.builders) recolour(bound, services.builders);
      }
      if ('th' in bound) {
        notes.push(bilingual(bound));
        problems++;
        continue;
      }
      notes.push(...bound.problems.map(bilingual), ...bound.warnings.map(bilingual));
      if (bound.problems.length > 0) {
        problems += bound.problems.length;
        continue;
      }
      const outcome = updateRegister(bound, values, engine, settings, io, today, views);
      cases += outcome.cases;
      changedCells += outcome.cells;
      writes += outcome.writes;
      problems += outcome.problems;
      dashboard.push(...outcome.dashboard);
      slowest = Math.max(slowest, services.now() - registerStarted);
    }
    if (status === 'done') services.properties.deleteProperty(CURSOR);
    // People's mistakes are told every run, not only on the runs that send mail.
    const { people, problems: unreadablePeople } = peopleFromRows(bodyRows(tabs.people, 6));
    notes.push(...[...unreadablePeople, ...peopleProblems(people)].map(bilingual));
    writeDashboard(tabs.dashboard, dashboardRows(dashboard, settings.lang));
    let mail: MailOutcome | undefined;
    // Reminders once the whole workbook has been read, from the office's hour on (the ledger makes
    // every later run that day a no-op for what was already sent).
    const hour = Number(services.utilities.formatDate(new Date(started), context.zone, 'H'));
    if (services.mail && status === 'done' && hour >= settings.reminderHour) {
      mail = sendDigests(services.mail, services.flush ?? (() => {}), tabs.sent, {
        cases: views,
        people,
        settings: reminderSettingsOf(settings, ss),
        today,
        calendar: engine.calendar,
        nowIso: () => new Date(services.now()).toISOString(),
      });
      notes.push(...mail.problems.map(bilingual));
    }
    return {
      status,
      registers: registers.length,
      cases,
      changedCells,
      writes,
      problems,
      notes,
      ...(mail ? { mail } : {}),
    };
  } finally {
    services.lock.releaseLock();
  }
}

function writeDashboard(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: unknown[][]): void {
  const last = sheet.getLastRow();
  if (last > 1) sheet.getRange(2, 1, last - 1, DASHBOARD_WIDTH).clearContent();
  if (rows.length > 0)
    sheet.getRange(2, 1, rows.length, DASHBOARD_WIDTH).setValues(rows.map((r) => r.map(safe)));
}

/** Register, step and assignee names come from sheets: written back as text, never as a formula. */
function safe(value: unknown): unknown {
  return typeof value === 'string' ? cellText(value) : value;
}
