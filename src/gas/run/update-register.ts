/**
 * One register in the hourly run: evaluate every row, write back what changed (Kamnot's columns,
 * new case ids, the problem notes on the state cell), and collect what the reminders and the
 * Dashboard need.
 */

import type { DashboardEntry } from '../../core/dashboard';
import { isoFromDay } from '../../core/dates/civil';
import { fiscalYearBe } from '../../core/dates/fiscal';
import { msg, pick } from '../../core/i18n/msg';
import { type EvaluatedRow, kamnotIdNumber } from '../../core/register/evaluate-register';
import { caseIdentity } from '../../core/reminders/keys';
import type { CaseView, RegisterRef } from '../../core/reminders/types';
import { computedCells, type EvaluateContext, evaluateBound, ID_PREFIX } from './evaluate-bound';
import type { BoundRegister } from './registers';
import { sameCell, writeChanged } from './write-back';

/** `officeIds`: the register's case ids are the office's own reference numbers, never Kamnot's. */
type Ref = RegisterRef & { readonly officeIds?: boolean };

export function registerRef(bound: BoundRegister): Ref {
  const { id, name, procedure } = bound;
  const ref = { key: String(id), name, gid: id, procedure: { th: procedure.th, en: procedure.en } };
  return bound.officeIds ? { ...ref, officeIds: true } : ref;
}

/** A blank office reference number: Kamnot may not fill it, and an id made up each run would change. */
const NO_REFERENCE = msg(
  'ไม่มีเลขที่อ้างอิง: Kamnot ไม่เขียนลงคอลัมน์ของสำนักงาน จึงไม่แจ้งเตือนเรื่องนี้จนกว่าจะใส่เลขที่',
  "no reference number: Kamnot never writes the office's column, so this case gets no reminders until one is typed",
);

/**
 * What the reminders need of one evaluated row. Its identity is the case id and the day the case
 * started: a case typed under an id a deleted case had (or copied with a row's id) is another case,
 * and inherits none of that case's reminders or escalations.
 */
export function caseView(register: Ref, row: EvaluatedRow, headerRow = 1): CaseView | null {
  if (!row.result) return null;
  const step = row.procedure.steps.find((x) => x.id === row.result!.current);
  const caseId = register.officeIds ? row.parsed.caseId : (row.newId ?? row.parsed.caseId);
  const start = row.parsed.input.start;
  return {
    register,
    caseId,
    identity: caseIdentity(caseId, start === null ? '' : isoFromDay(start)),
    row: row.index + headerRow + 1,
    subject: row.parsed.subject,
    assignee: row.parsed.assignee,
    step: step ? { id: step.id, name: { th: step.th, en: step.en } } : null,
    due: row.result.due,
    state: row.result.state,
    daysLeft: row.result.daysLeft,
  };
}

export interface RegisterOutcome {
  readonly cases: number;
  readonly cells: number;
  readonly writes: number;
  readonly problems: number;
  readonly dashboard: readonly DashboardEntry[];
  /** The cases as the reminders see them; empty when the register was not written (see `changed`). */
  readonly views: readonly CaseView[];
  /** The highest id number the register has now (ids given this run included). */
  readonly highestId: bigint;
  /** The tab's rows were inserted, deleted or moved while the run evaluated it: nothing was written. */
  readonly changed: boolean;
}

/**
 * Evaluates the register read as `values` (from row 1) and writes what changed. Just before writing it
 * reads the tab once more: rows an officer edited meanwhile are left to onEdit and the next run, an id
 * is written only into a cell that is still blank, and if rows were inserted, deleted or sorted
 * meanwhile nothing is written at all (every value would land on the wrong row).
 */
export function updateRegister(
  bound: BoundRegister,
  values: readonly (readonly unknown[])[],
  context: EvaluateContext,
  idsAfter: bigint,
): RegisterOutcome {
  const { sheet, layout, columnOf } = bound;
  const { io, settings } = context;
  const register = registerRef(bound);
  const data = values.slice(bound.headerRow);
  const firstRow = bound.headerRow + 1;
  const evaluated = evaluateBound(bound, data, context, idsAfter);
  const computedColumns = layout.computed.map((c) => columnOf.get(c.key)!);
  let highestId = idsAfter;
  for (const row of evaluated) {
    const n = row.newId ?? row.parsed.caseId;
    const number = kamnotIdNumber(ID_PREFIX, n);
    if (number !== null && number > highestId && !bound.officeIds) highestId = number;
  }
  const guard = rowsStill(values, sheet.getDataRange().getValues(), bound.headerRow, computedColumns);
  const nothing = { cases: evaluated.length, cells: 0, writes: 0, problems: 0, dashboard: [], views: [] };
  if (guard === 'moved') return { ...nothing, highestId: idsAfter, changed: true };
  const wanted = new Map<number, unknown[]>();
  const notes = new Map<number, string>();
  // Rows that became blank lose Kamnot's values too.
  data.forEach((row, r) => {
    if (computedColumns.some((c) => row[c] !== '' && row[c] !== null))
      wanted.set(
        r,
        computedColumns.map(() => ''),
      );
  });
  let problems = 0;
  const dashboard: DashboardEntry[] = [];
  const views: CaseView[] = [];
  const newIds = new Map<number, unknown[]>();
  for (const row of evaluated) {
    const c = row.computed;
    wanted.set(row.index, computedCells(c, io, row.version));
    const unnumbered = bound.officeIds && row.newId !== null;
    const note = unnumbered
      ? [c.note, pick(NO_REFERENCE, settings.lang)].filter((n) => n).join('\n')
      : c.note;
    notes.set(row.index, note);
    if (note) problems++;
    if (row.newId && !bound.officeIds) newIds.set(row.index, [row.newId]);
    const view = caseView(register, row, bound.headerRow);
    if (view && !guard.has(row.index)) views.push(view);
    if (row.result) {
      const start = row.parsed.input.start;
      dashboard.push({
        register: register.name,
        step: row.computed.step,
        assignee: row.parsed.assignee,
        fiscalYear: start === null ? null : fiscalYearBe(start),
        state: row.result.state,
      });
    }
  }
  // Rows edited since the read keep what they hold now: onEdit has computed them, the next run will.
  for (const r of guard) {
    wanted.delete(r);
    notes.delete(r);
    newIds.delete(r);
  }
  const written = writeChanged(sheet, computedColumns, data, wanted, firstRow, 'span', guard);
  const idColumn = bound.officeIds ? -1 : (columnOf.get('case-id') ?? -1);
  const ids =
    idColumn < 0
      ? { cells: 0, writes: 0 }
      : writeChanged(
          sheet,
          [idColumn],
          data,
          blankIdCells(sheet, idColumn, data, newIds, firstRow),
          firstRow,
          'runs',
        );
  const noteWrites = writeNotes(sheet, columnOf.get('kamnot:state')!, data.length, notes, firstRow, guard);
  return {
    cases: evaluated.length,
    cells: written.cells + ids.cells,
    writes: written.writes + ids.writes + noteWrites,
    problems,
    dashboard,
    views,
    highestId,
    changed: false,
  };
}

/**
 * The data rows (0-based) an officer changed between `read` and `now` (both read from row 1), or
 * 'moved' when rows were inserted, deleted or sorted meanwhile. Kamnot's own columns are not compared:
 * onEdit may have written them. Rows added below the table change nothing read.
 */
function rowsStill(
  read: readonly (readonly unknown[])[],
  now: readonly (readonly unknown[])[],
  headerRow: number,
  computed: readonly number[],
): Set<number> | 'moved' {
  const mine = new Set(computed);
  const width = Math.max(read[0]?.length ?? 0, now[0]?.length ?? 0);
  const same = (a: readonly unknown[] | undefined, b: readonly unknown[] | undefined) => {
    for (let c = 0; c < width; c++) if (!mine.has(c) && !sameCell(a?.[c], b?.[c])) return false;
    return true;
  };
  if (!same(read[headerRow - 1], now[headerRow - 1])) return 'moved';
  const changed = new Set<number>();
  for (let r = headerRow; r < read.length; r++) if (!same(read[r], now[r])) changed.add(r - headerRow);
  // A row inserted or deleted shifts every row below it: many rows differ, and the count changed.
  if (changed.size > 0 && now.length !== read.length) return 'moved';
  return changed;
}

/** The state column's notes: one read, and one write from the first changed note to the last. */
function writeNotes(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  column: number,
  rows: number,
  notes: ReadonlyMap<number, string>,
  firstRow: number,
  keep: ReadonlySet<number>,
): number {
  if (rows === 0) return 0;
  const current = sheet.getRange(firstRow, column + 1, rows, 1).getNotes();
  const changed: number[] = [];
  for (let r = 0; r < rows; r++)
    if (!keep.has(r) && (current[r]?.[0] ?? '') !== (notes.get(r) ?? '')) changed.push(r);
  if (changed.length === 0) return 0;
  const top = changed[0]!;
  const bottom = changed[changed.length - 1]!;
  const block: string[][] = [];
  for (let r = top; r <= bottom; r++)
    block.push([keep.has(r) ? (current[r]?.[0] ?? '') : (notes.get(r) ?? '')]);
  sheet.getRange(top + firstRow, column + 1, block.length, 1).setNotes(block);
  return 1;
}

/**
 * New case ids go only into cells that are really empty now: a formula that shows '' or an error is
 * the office's content, and an id typed during the run is the officer's. Read (one call) only when
 * there is an id to write.
 */
function blankIdCells(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  column: number,
  data: readonly (readonly unknown[])[],
  newIds: ReadonlyMap<number, unknown[]>,
  firstRow: number,
): Map<number, unknown[]> {
  const empty = [...newIds].filter(([r]) => data[r]?.[column] === '' || data[r]?.[column] === null);
  if (empty.length === 0) return new Map();
  const formulas = sheet.getRange(firstRow, column + 1, data.length, 1).getFormulas();
  return new Map(empty.filter(([r]) => !formulas[r]?.[0]));
}
