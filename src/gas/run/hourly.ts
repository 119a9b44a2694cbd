import { escapeFormula } from '../../core/cells';
import { DASHBOARD_WIDTH, type DashboardEntry, dashboardRows } from '../../core/dashboard';
import { isoFromDay } from '../../core/dates/civil';
import { bilingual } from '../../core/i18n/msg';
import { peopleProblems } from '../../core/reminders/people';
import { stageOf } from '../../core/reminders/plan';
import type { UtilitiesLike } from '../date-io';
import { PROCEDURES_EDITOR } from '../procedures/editor';
import { settleProcedures } from '../procedures/registry';
import { syncHolidays } from '../workbook/holidays-tab';
import type { Builders, Sheet, Spreadsheet } from '../workbook/services';
import { ensureSystemTabs, readPeople, type SystemTab } from '../workbook/tabs';
import { addMissingColumns, recolour } from './add-columns';
import { noticeMoved, recordCalendar, watchCalendar } from './calendar-watch';
import { type WorkbookContext, workbookContext } from './context';
import { type DueEntry, readDue, writeDue } from './due-store';
import { readIdFloors, writeIdFloors } from './ids';
import type { MailLike, MailOutcome } from './mail';
import { findRegisters, type RegisterTab, readRegister, recordHeaderRow } from './registers';
import { remind } from './remind';
import { type RegisterOutcome, type RunContext, updateRegister } from './update-register';

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

/** One hourly run as its steps share it: the services, Kamnot's tabs, the workbook as read, the notes. */
export interface HourlyRun {
  readonly services: RunServices;
  readonly tabs: Record<SystemTab, Sheet>;
  /** With the calendar before a change, when one was noticed. */
  readonly context: WorkbookContext & RunContext;
  readonly started: number;
  /** The run record's notes: every step adds its own. */
  readonly notes: string[];
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
const TIME_BUDGET_MS = 4.5 * 60_000;
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
    const { settings, settingProblems, io, today } = context;
    const notes: string[] = settingProblems.map(bilingual);
    if (procedures.tab.problems.length > 0) {
      notes.push(
        `แท็บ Procedures มีปัญหา ${procedures.tab.problems.length} แถว ดูคอลัมน์ผลตรวจ / the Procedures tab has ${procedures.tab.problems.length} problem(s): see its Check column`,
      );
    }
    const holidayWarning = syncHolidays(
      tabs.holidays,
      settings.calendar,
      context.engine.calendar.years,
      today,
      io.dateOut,
    );
    if (holidayWarning) notes.push(holidayWarning);
    const registers = findRegisters(ss);
    // A holiday added or removed since the last run: each case is also counted the old way.
    const watch = watchCalendar(services.properties, context.engine, today);
    const runContext = watch.previous ? { ...context, previous: watch.previous } : context;
    const run: HourlyRun = { services, tabs, context: runContext, started, notes };
    const evaluated = evaluateInTurn(run, registers, watch.now);
    const { status, totals } = evaluated;
    writeDashboard(tabs.dashboard, dashboardRows(evaluated.dashboard, settings.lang));
    // People's mistakes are told every run, not only on the runs that send mail.
    const { people, problems: unreadablePeople } = readPeople(tabs.people);
    notes.push(...[...unreadablePeople, ...peopleProblems(people)].map(bilingual));
    if (watch.change) notes.push(...noticeMoved(run, watch.change, evaluated.moved));
    // What each register needs reminding of, by the day it was evaluated: today's runs together.
    const due = readDue(tabs.due);
    for (const [gid, entry] of evaluated.due) due.set(gid, entry);
    const alive = new Set(registers.map((r) => r.id));
    for (const gid of [...due.keys()]) if (!alive.has(gid)) due.delete(gid);
    writeDue(tabs.due, due);
    // Once every register has been counted on the calendar in use, later runs compare against it.
    if (registers.every((r) => due.get(r.id)?.calendar === watch.now))
      recordCalendar(services.properties, watch);
    const mail = services.mail ? remind(run, services.mail, { registers, due, people }) : undefined;
    return { status, registers: registers.length, ...totals, notes, ...(mail ? { mail } : {}) };
  } finally {
    services.lock.releaseLock();
  }
}

/**
 * Evaluates and writes the registers in turn from the saved cursor, stopping before one that would
 * not fit in the time left. Each register evaluated gives its `_due` entry for today.
 */
function evaluateInTurn(run: HourlyRun, registers: readonly RegisterTab[], calendar: string) {
  const { services, context, started, notes } = run;
  const { procedures, today } = context;
  const day = isoFromDay(today);
  const floors = readIdFloors(services.properties);
  let newIds = false;
  const cursor = Number(services.properties.getProperty(CURSOR) ?? 0) % Math.max(1, registers.length);
  const totals = { cases: 0, changedCells: 0, writes: 0, problems: 0 };
  let status: RunRecord['status'] = 'done';
  const dashboard: DashboardEntry[] = [];
  const due = new Map<number, DueEntry>();
  const moved: RegisterOutcome['moved'][number][] = [];
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
    let read = readRegister(tab, procedures);
    // A new step of an office procedure gets its column, then the register is read again.
    if (read.ok && addMissingColumns(read.value.bound)) {
      read = readRegister(tab, procedures);
      if (read.ok && services.builders) recolour(read.value.bound, services.builders);
    }
    const result = updateRegister(tab, context, floors.get(tab.id) ?? 0n, read);
    if (!result.ok) {
      notes.push(...result.error.map(bilingual));
      totals.problems += result.error.length;
      // Nothing of it can be reminded until it is fixed: it does not hold the day's mail back.
      due.set(tab.id, { day, views: [], calendar });
      continue;
    }
    const outcome = result.value;
    const name = outcome.bound.name;
    notes.push(...outcome.bound.warnings.map(bilingual));
    if (outcome.changed) {
      notes.push(
        `${name}: มีคนแก้แท็บตลอดเวลาที่ตรวจ จึงยังไม่เขียน จะตรวจใหม่รอบหน้า / the tab kept changing while the run read it: nothing written, checked again next run`,
      );
      continue;
    }
    if (outcome.bound.headerRow !== tab.headerRow) {
      recordHeaderRow(tab, outcome.bound.headerRow);
      notes.push(
        `${name}: หัวตารางย้ายจากแถว ${tab.headerRow} ไปแถว ${outcome.bound.headerRow} / the header moved from row ${tab.headerRow} to row ${outcome.bound.headerRow}`,
      );
    }
    if (outcome.highestId > (floors.get(tab.id) ?? 0n)) {
      floors.set(tab.id, outcome.highestId);
      newIds = true;
    }
    due.set(tab.id, { day, views: outcome.views.filter((v) => stageOf(v.state) !== null), calendar });
    moved.push(...outcome.moved);
    totals.cases += outcome.cases;
    totals.changedCells += outcome.cells;
    totals.writes += outcome.writes;
    totals.problems += outcome.problems;
    dashboard.push(...outcome.dashboard);
    slowest = Math.max(slowest, services.now() - registerStarted);
  }
  if (newIds)
    writeIdFloors(
      services.properties,
      floors,
      registers.map((r) => r.id),
    );
  if (status === 'done') services.properties.deleteProperty(CURSOR);
  return { status, totals, dashboard, due, moved };
}

function writeDashboard(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: unknown[][]): void {
  const last = sheet.getLastRow();
  if (last > 1) sheet.getRange(2, 1, last - 1, DASHBOARD_WIDTH).clearContent();
  if (rows.length > 0)
    sheet.getRange(2, 1, rows.length, DASHBOARD_WIDTH).setValues(rows.map((r) => r.map(safe)));
}

/** Register, step and assignee names come from sheets: written back as text, never as a formula. */
function safe(value: unknown): unknown {
  return typeof value === 'string' ? escapeFormula(value) : value;
}
