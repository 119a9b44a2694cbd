import { DASHBOARD_WIDTH, type DashboardEntry, dashboardRows } from '../../core/dashboard';
import { isoFromDay } from '../../core/dates/civil';
import { dayFromInstant } from '../../core/dates/zone';
import { bilingual } from '../../core/i18n/msg';
import { cellText } from '../../core/register/computed';
import { peopleFromRows } from '../../core/reminders/people-rows';
import { stageOf } from '../../core/reminders/plan';
import { readSentRecord, sentRecordText } from '../../core/reminders/sent-record';
import type { UtilitiesLike } from '../date-io';
import { PROCEDURES_EDITOR } from '../procedures/editor';
import { settleProcedures } from '../procedures/registry';
import { readChunked, writeChunked } from '../workbook/chunked-property';
import { syncHolidays } from '../workbook/holidays-tab';
import type { Builders, Sheet, Spreadsheet } from '../workbook/services';
import { bodyRows, ensureSystemTabs, type SystemTab } from '../workbook/tabs';
import { addMissingColumns, recolour } from './add-columns';
import { reminderSettingsOf, type WorkbookContext, workbookContext } from './context';
import { type DueEntry, readDue, writeDue } from './due-store';
import { readIdFloors, writeIdFloors } from './ids';
import { type MailLike, type MailOutcome, sendDigests } from './mail';
import { bindRegister, findRegisters, type RegisterTab, recordHeaderRow } from './registers';
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
      notes: ['another run holds the lock'],
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
    const holidayWarning = syncHolidays(tabs.holidays, settings.calendar, today, io.dateOut);
    if (holidayWarning) notes.push(holidayWarning);
    const registers = findRegisters(ss);
    const evaluated = evaluateInTurn(services, registers, context, started, notes);
    const { status, totals } = evaluated;
    writeDashboard(tabs.dashboard, dashboardRows(evaluated.dashboard, settings.lang));
    // What each register needs reminding of, by the day it was evaluated: today's runs together.
    const due = readDue(tabs.due);
    for (const [gid, entry] of evaluated.due) due.set(gid, entry);
    const alive = new Set(registers.map((r) => r.id));
    for (const gid of [...due.keys()]) if (!alive.has(gid)) due.delete(gid);
    writeDue(tabs.due, due);
    const mail = services.mail
      ? remind(services, services.mail, tabs, context, registers, due, notes)
      : undefined;
    return { status, registers: registers.length, ...totals, notes, ...(mail ? { mail } : {}) };
  } finally {
    services.lock.releaseLock();
  }
}

/**
 * Evaluates and writes the registers in turn from the saved cursor, stopping before one that would
 * not fit in the time left. Each register evaluated gives its `_due` entry for today.
 */
function evaluateInTurn(
  services: RunServices,
  registers: readonly RegisterTab[],
  context: WorkbookContext,
  started: number,
  notes: string[],
) {
  const { procedures, today } = context;
  const day = isoFromDay(today);
  const floors = readIdFloors(services.properties);
  let newIds = false;
  const cursor = Number(services.properties.getProperty(CURSOR) ?? 0) % Math.max(1, registers.length);
  const totals = { cases: 0, changedCells: 0, writes: 0, problems: 0 };
  let status: RunRecord['status'] = 'done';
  const dashboard: DashboardEntry[] = [];
  const due = new Map<number, DueEntry>();
  let slowest = 0;
  for (let n = 0; n < registers.length; n++) {
    const index = (cursor + n) % registers.length;
    // Stop when the next register, taking as long as the slowest so far, would not fit.
    if (services.now() - started + slowest > TIME_BUDGET_MS) {
      services.properties.setProperty(CURSOR, String(index));
      status = 'partial';
      notes.push(`time budget reached: continues from register ${index + 1} of ${registers.length}`);
      break;
    }
    const tab = registers[index]!;
    const registerStarted = services.now();
    let values = tab.sheet.getDataRange().getValues();
    const bound = bindRegister(tab, values, procedures);
    // A new step of an office procedure gets its column, then the register is read again.
    if (!('th' in bound) && addMissingColumns(bound)) {
      values = tab.sheet.getDataRange().getValues();
      const again = bindRegister(tab, values, procedures);
      if (!('th' in again) && services.builders) recolour(again, services.builders);
    }
    const outcome = updateRegister(tab, values, procedures, context, floors.get(tab.id) ?? 0n);
    if (Array.isArray(outcome)) {
      notes.push(...outcome.map(bilingual));
      totals.problems += outcome.length;
      // Nothing of it can be reminded until it is fixed: it does not hold the day's mail back.
      due.set(tab.id, { day, views: [] });
      continue;
    }
    const name = outcome.bound.name;
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
    due.set(tab.id, { day, views: outcome.views.filter((v) => stageOf(v.state) !== null) });
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
  return { status, totals, dashboard, due };
}

/**
 * The day's reminders, from the office's hour on, once every register has been evaluated today
 * (by this run or an earlier one). The day and the hour are read when the mail is sent: a run that
 * started before midnight sends nothing for a day that is over.
 */
function remind(
  services: RunServices,
  mailer: MailLike,
  tabs: Record<SystemTab, Sheet>,
  context: WorkbookContext,
  registers: readonly RegisterTab[],
  due: ReadonlyMap<number, DueEntry>,
  notes: string[],
): MailOutcome | undefined {
  const { settings, io, today, engine } = context;
  const dayNow = () => dayFromInstant(services.now(), io.offsetAt);
  if (dayNow() !== today) {
    notes.push(
      'เลยเที่ยงคืนระหว่างตรวจ: ส่งแจ้งเตือนรอบหน้า / midnight passed during the run: reminders wait for the next run',
    );
    return undefined;
  }
  const hour = Number(services.utilities.formatDate(new Date(services.now()), context.zone, 'H'));
  if (hour < settings.reminderHour) return undefined;
  const day = isoFromDay(today);
  const waiting = registers.filter((r) => due.get(r.id)?.day !== day);
  if (waiting.length > 0) {
    notes.push(
      `ยังตรวจไม่ครบทุกทะเบียนวันนี้ (เหลือ ${waiting.length}): ส่งแจ้งเตือนเมื่อครบ / ${waiting.length} register(s) not yet checked today: reminders go once all are`,
    );
    return undefined;
  }
  const { people, problems: peopleProblems } = peopleFromRows(bodyRows(tabs.people, 6));
  notes.push(...peopleProblems.map(bilingual));
  const mail = sendDigests(mailer, services.flush ?? (() => {}), tabs.sent, {
    cases: [...due.values()].flatMap((e) => e.views),
    people,
    settings: reminderSettingsOf(settings, services.spreadsheet),
    today,
    calendar: engine.calendar,
    nowIso: () => new Date(services.now()).toISOString(),
    stillToday: () => dayNow() === today,
    record: {
      read: () => readSentRecord(readChunked(services.properties, SENT_RECORD)),
      write: (record) => writeChunked(services.properties, SENT_RECORD, sentRecordText(record)),
    },
  });
  notes.push(...mail.problems.map(bilingual));
  return mail;
}

/** Where the compact record of what was sent lives (document properties). */
export const SENT_RECORD = 'kamnot.sent';

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
