/**
 * The hourly run: under the document lock, read each register once, evaluate every case, write back
 * only what changed, refresh the Dashboard and append a run record to _log. Stops well before the
 * 6-minute limit and continues from a saved cursor in the next run.
 */
import { calendarNamed } from '../../core/calendar/calendars';
import { withExtraHolidays } from '../../core/calendar/work-calendar';
import type { Day } from '../../core/dates/civil';
import { parseDateValue } from '../../core/dates/parse';
import { dayFromInstant } from '../../core/dates/zone';
import type { EngineSettings } from '../../core/engine/types';
import type { Msg } from '../../core/i18n/msg';
import { evaluateRegister } from '../../core/register/evaluate-register';
import { readSettings, type Settings } from '../../core/settings';
import { dateIO, type UtilitiesLike } from '../date-io';
import { SHIPPED_BY, syncHolidays } from '../workbook/holidays-tab';
import type { Spreadsheet } from '../workbook/services';
import { bodyRows, ensureSystemTabs } from '../workbook/tabs';
import { type BoundRegister, bindColumns, findRegisters } from './registers';
import { runsOf, writeChanged } from './write-back';

export interface RunServices {
  readonly spreadsheet: Spreadsheet;
  readonly lock: Pick<GoogleAppsScript.Lock.Lock, 'tryLock' | 'releaseLock'>;
  readonly utilities: UtilitiesLike;
  readonly properties: Pick<
    GoogleAppsScript.Properties.Properties,
    'getProperty' | 'setProperty' | 'deleteProperty'
  >;
  readonly now: () => number;
}

export interface RunRecord {
  readonly status: 'done' | 'partial' | 'busy';
  readonly registers: number;
  readonly cases: number;
  readonly changedCells: number;
  readonly writes: number;
  readonly problems: number;
  readonly notes: readonly string[];
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
    const { settings, problems: settingProblems } = readSettings(bodyRows(tabs.settings, 2));
    const io = dateIO(services.utilities, ss.getSpreadsheetTimeZone());
    const today = dayFromInstant(started, io.offsetAt);
    const engine = engineSettings(settings, officeHolidays(bodyRows(tabs.holidays, 5), io.offsetAt));
    const notes: string[] = settingProblems.map(text);
    const holidayWarning = syncHolidays(tabs.holidays, settings.calendar, today, io.dateOut);
    if (holidayWarning) notes.push(holidayWarning);
    const { registers, procedures } = findRegisters(ss);
    const cursor = Number(services.properties.getProperty(CURSOR) ?? 0) % Math.max(1, registers.length);
    let cases = 0;
    let changedCells = 0;
    let writes = 0;
    let problems = 0;
    let status: RunRecord['status'] = 'done';
    const dashboard: unknown[][] = [];
    for (let n = 0; n < registers.length; n++) {
      const index = (cursor + n) % registers.length;
      if (services.now() - started > TIME_BUDGET_MS) {
        services.properties.setProperty(CURSOR, String(index));
        status = 'partial';
        notes.push(`time budget reached: continues from register ${index + 1} of ${registers.length}`);
        break;
      }
      const sheet = registers[index]!;
      const values = sheet.getDataRange().getValues();
      const bound = bindColumns(sheet, procedures.get(sheet.getSheetId()) ?? '', values[0] ?? []);
      if ('th' in bound) {
        notes.push(text(bound));
        problems++;
        continue;
      }
      notes.push(...bound.problems.map(text));
      if (bound.problems.length > 0) {
        problems += bound.problems.length;
        continue;
      }
      const outcome = updateRegister(bound, values, engine, settings, io, today);
      cases += outcome.cases;
      changedCells += outcome.cells;
      writes += outcome.writes;
      problems += outcome.problems;
      dashboard.push([sheet.getName(), outcome.open, outcome.soon, outcome.overdue, outcome.onTime]);
    }
    if (status === 'done') services.properties.deleteProperty(CURSOR);
    writeDashboard(tabs.dashboard, dashboard);
    return { status, registers: registers.length, cases, changedCells, writes, problems, notes };
  } finally {
    services.lock.releaseLock();
  }
}

function text(m: Msg): string {
  return `${m.th} / ${m.en}`;
}

export function engineSettings(settings: Settings, extra: readonly Day[]): EngineSettings {
  return {
    calendar: withExtraHolidays(calendarNamed(settings.calendar), extra),
    plainDays: settings.plainDays,
    dueSoonWorkdays: settings.dueSoonWorkdays,
    dueSoonFraction: settings.dueSoonFraction,
  };
}

/** The office's own days: Holidays rows not added by Kamnot, whose date can be read. */
export function officeHolidays(
  rows: readonly (readonly unknown[])[],
  offsetAt: (ms: number) => number,
): Day[] {
  const days: Day[] = [];
  for (const row of rows) {
    if (row[4] === SHIPPED_BY) continue;
    const day = parseDateValue(row[0], offsetAt);
    if (day.ok) days.push(day.value);
  }
  return days;
}

function updateRegister(
  bound: BoundRegister,
  values: readonly (readonly unknown[])[],
  engine: EngineSettings,
  settings: Settings,
  io: ReturnType<typeof dateIO>,
  today: Day,
) {
  const { sheet, procedure, layout, columnOf } = bound;
  const data = values.slice(1);
  const inputs = data.map((row) => layout.inputs.map((c) => row[columnOf.get(c.key)!]));
  const evaluated = evaluateRegister(
    procedure,
    layout,
    inputs,
    engine,
    settings.lang,
    io.offsetAt,
    today,
    'K',
  );
  const computedColumns = layout.computed.map((c) => columnOf.get(c.key)!);
  const wanted = new Map<number, unknown[]>();
  const notes = new Map<number, string>();
  // Rows that became blank lose Kamnot's values too.
  data.forEach((row, r) => {
    if (computedColumns.some((c) => row[c] !== '' && row[c] !== null)) wanted.set(r, ['', '', '', '', '']);
  });
  let open = 0;
  let soon = 0;
  let overdue = 0;
  let doneOnTime = 0;
  let doneTotal = 0;
  let problems = 0;
  const newIds = new Map<number, unknown[]>();
  for (const row of evaluated) {
    const c = row.computed;
    wanted.set(row.index, [
      c.step,
      c.dueText,
      c.dueDay === null ? '' : io.dateOut(c.dueDay),
      c.left,
      c.state,
    ]);
    notes.set(row.index, c.note);
    if (c.note) problems++;
    if (row.newId) newIds.set(row.index, [row.newId]);
    const state = row.result?.state;
    if (state === 'done' || state === 'done-late') {
      doneTotal++;
      if (state === 'done') doneOnTime++;
    } else if (state !== 'cancelled' && state !== 'not-started') {
      open++;
      if (state === 'due-soon' || state === 'due-today') soon++;
      if (state === 'overdue') overdue++;
    }
  }
  const written = writeChanged(sheet, computedColumns, data, wanted);
  const ids = writeChanged(sheet, [columnOf.get('case-id')!], data, newIds);
  const noteWrites = writeNotes(sheet, columnOf.get('kamnot:state')!, data.length, notes);
  return {
    cases: evaluated.length,
    cells: written.cells + ids.cells,
    writes: written.writes + ids.writes + noteWrites,
    problems,
    open,
    soon,
    overdue,
    onTime: doneTotal === 0 ? '' : Math.round((doneOnTime / doneTotal) * 100),
  };
}

/** The state column's notes: one read, one write per run of changed notes. */
function writeNotes(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  column: number,
  rows: number,
  notes: ReadonlyMap<number, string>,
): number {
  if (rows === 0) return 0;
  const current = sheet.getRange(2, column + 1, rows, 1).getNotes();
  const wanted = new Map<number, unknown[]>();
  for (let r = 0; r < rows; r++) {
    const note = notes.get(r) ?? '';
    if ((current[r]?.[0] ?? '') !== note) wanted.set(r, [note]);
  }
  let writes = 0;
  const changed = [...wanted.keys()].sort((a, b) => a - b);
  for (const [top, bottom] of runsOf(changed)) {
    const block = [];
    for (let r = top; r <= bottom; r++) block.push([notes.get(r) ?? '']);
    sheet.getRange(top + 2, column + 1, block.length, 1).setNotes(block);
    writes++;
  }
  return writes;
}

function writeDashboard(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: unknown[][]): void {
  const last = sheet.getLastRow();
  if (last > 1) sheet.getRange(2, 1, last - 1, 5).clearContent();
  if (rows.length > 0) sheet.getRange(2, 1, rows.length, 5).setValues(rows);
}
