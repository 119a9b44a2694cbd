/**
 * One register in the hourly run: evaluate every row, write back what changed (Kamnot's columns,
 * new case ids, the problem notes on the state cell), and collect what the reminders and the
 * Dashboard need.
 */

import type { DashboardEntry } from '../../core/dashboard';
import { type Day, isoFromDay } from '../../core/dates/civil';
import { fiscalYearBe } from '../../core/dates/fiscal';
import { evaluateCase } from '../../core/engine/evaluate';
import type { EngineSettings } from '../../core/engine/types';
import { ok, type Result } from '../../core/i18n/error';
import { type Msg, msg } from '../../core/i18n/msg';
import { withProblem } from '../../core/register/computed';
import { type EvaluatedRow, kamnotIdNumber } from '../../core/register/evaluate-register';
import { caseIdentity } from '../../core/reminders/keys';
import type { CaseView, MovedNotice, RegisterRef } from '../../core/reminders/types';
import { computedCells, type EvaluateContext, evaluateRead, ID_PREFIX } from './evaluate-bound';
import {
  type BoundRegister,
  type ProcedureSource,
  type RegisterRead,
  type RegisterTab,
  readRegister,
} from './registers';
import { type DataRows, sameCell, writeChanged } from './write-back';

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
export function caseView(
  register: Ref,
  row: EvaluatedRow & { readonly docNo?: string },
  headerRow = 1,
): CaseView | null {
  if (!row.result) return null;
  const step = row.procedure.steps.find((x) => x.id === row.result!.current);
  const caseId = register.officeIds ? row.parsed.caseId : (row.newId ?? row.parsed.caseId);
  const start = row.parsed.input.start;
  return {
    register,
    caseId,
    identity: caseIdentity(caseId, start === null ? '' : isoFromDay(start)),
    ...(row.docNo ? { docNo: row.docNo } : {}),
    row: row.index + headerRow + 1,
    subject: row.parsed.subject,
    assignee: row.parsed.assignee,
    step: step ? { id: step.id, name: { th: step.th, en: step.en } } : null,
    due: row.result.due,
    ...(row.result.range ? { range: row.result.range } : {}),
    state: row.result.state,
    daysLeft: row.result.daysLeft,
  };
}

export interface RegisterOutcome {
  /** The register as bound at the read that was written against (its header may have moved). */
  readonly bound: BoundRegister;
  readonly cases: number;
  readonly cells: number;
  readonly writes: number;
  readonly problems: number;
  readonly dashboard: readonly DashboardEntry[];
  /** The cases as the reminders see them; empty when the register was not written (see `changed`). */
  readonly views: readonly CaseView[];
  /** The highest id number the register has now (ids given this run included). */
  readonly highestId: bigint;
  /** Officers kept changing the tab while the run worked: nothing was written, the next run tries again. */
  readonly changed: boolean;
  /** Open cases whose due date the calendar change moved (`previous` given): the why is the caller's. */
  readonly moved: readonly Omit<MovedNotice, 'why' | 'stagesSent'>[];
}

/** The workbook as the run sees it, and the calendar it had before a change (to tell moved dates). */
export interface RunContext extends EvaluateContext {
  readonly procedures: ProcedureSource;
  readonly previous?: EngineSettings;
}

/** Reads before giving up on a tab people are busy changing: the first read, then two re-reads. */
const READS = 3;

/**
 * Evaluates the register from `first` (read now unless the caller has just read it) and writes what
 * changed. Just before writing it reads the tab again: when an officer changed anything meanwhile
 * (typed a case or an id, inserted or sorted rows, added a title row), it evaluates again from that
 * newer read, so nothing is written onto the wrong row, no id over one just typed, and no case is left
 * out of the day's mail. A register that cannot be read or bound gives its problems.
 */
export function updateRegister(
  tab: RegisterTab,
  context: RunContext,
  idsAfter: bigint,
  first: Result<RegisterRead> = readRegister(tab, context.procedures),
): Result<RegisterOutcome, readonly Msg[]> {
  let read = first;
  for (let n = 1; ; n++) {
    if (!read.ok) return { ok: false, error: [read.error] };
    const { bound } = read.value;
    if (bound.problems.length > 0) return { ok: false, error: bound.problems };
    const plan = planRegister(read.value, context, idsAfter);
    const now = bound.sheet.getDataRange().getValues();
    if (sameInputs(read.value.values, now, plan.computedColumns)) return ok(writeRegister(bound, plan, now));
    if (n >= READS)
      return ok({
        bound,
        ...plan.summary,
        cells: 0,
        writes: 0,
        views: [],
        highestId: idsAfter,
        changed: true,
        moved: [],
      });
    read = readRegister(tab, context.procedures, { values: now });
  }
}

interface Plan {
  readonly computedColumns: readonly number[];
  readonly wanted: Map<number, unknown[]>;
  readonly notes: Map<number, string>;
  readonly newIds: Map<number, unknown[]>;
  readonly views: readonly CaseView[];
  readonly highestId: bigint;
  readonly moved: RegisterOutcome['moved'];
  readonly summary: {
    readonly cases: number;
    readonly problems: number;
    readonly dashboard: readonly DashboardEntry[];
  };
}

/** Every row evaluated, and what Kamnot's cells, notes and new ids should be. Writes nothing. */
function planRegister(read: RegisterRead, context: RunContext, idsAfter: bigint): Plan {
  const { bound, values } = read;
  const { layout, columnOf } = bound;
  const { io } = context;
  const register = registerRef(bound);
  const data = values.slice(bound.headerRow);
  const evaluated = evaluateRead(read, context, idsAfter);
  const computedColumns = layout.computed.map((c) => columnOf.get(c.key)!);
  let highestId = idsAfter;
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
  const moved: Plan['moved'][number][] = [];
  for (const row of evaluated) {
    const number = kamnotIdNumber(ID_PREFIX, row.newId ?? row.parsed.caseId);
    if (number !== null && number > highestId && !bound.officeIds) highestId = number;
    const c = row.computed;
    wanted.set(row.index, computedCells(c, io, row.version));
    const unnumbered = bound.officeIds && row.newId !== null;
    const note = unnumbered ? withProblem(c.note, NO_REFERENCE) : c.note;
    notes.set(row.index, note);
    if (note) problems++;
    if (row.newId && !bound.officeIds) newIds.set(row.index, [row.newId]);
    const view = caseView(register, row, bound.headerRow);
    if (view) views.push(view);
    const before =
      context.previous && row.result?.due != null ? movedFrom(row, context.previous, context.today) : null;
    if (view && before !== null && row.result?.due != null)
      moved.push({
        register,
        caseId: view.caseId,
        identity: view.identity ?? view.caseId,
        step: view.step,
        subject: view.subject,
        assignee: view.assignee,
        row: view.row,
        before,
        after: row.result.due,
      });
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
  return {
    computedColumns,
    wanted,
    notes,
    newIds,
    views,
    highestId,
    moved,
    summary: { cases: evaluated.length, problems, dashboard },
  };
}

/** The due date the case's current step had under the calendar before the change, when it differs. */
function movedFrom(row: EvaluatedRow, previous: EngineSettings, today: Day): Day | null {
  const now = row.result!;
  if (now.due === null || now.state === 'done' || now.state === 'done-late' || now.state === 'cancelled')
    return null;
  try {
    const before = evaluateCase(row.procedure, row.parsed.input, previous, today);
    return before.current === now.current && before.due !== null && before.due !== now.due
      ? before.due
      : null;
  } catch {
    // The old calendar could not count this case (a year it lacked): nothing to tell.
    return null;
  }
}

/** Writes the plan against `current`, the read it was made from. */
function writeRegister(
  bound: BoundRegister,
  plan: Plan,
  current: readonly (readonly unknown[])[],
): RegisterOutcome {
  const { sheet, columnOf } = bound;
  const rows: DataRows = { sheet, firstRow: bound.headerRow + 1, values: current.slice(bound.headerRow) };
  const written = writeChanged(rows, plan.computedColumns, plan.wanted);
  const idColumn = bound.officeIds ? -1 : (columnOf.get('case-id') ?? -1);
  const ids =
    idColumn < 0
      ? { cells: 0, writes: 0 }
      : writeChanged(rows, [idColumn], blankIdCells(rows, idColumn, plan.newIds), 'runs');
  const noteWrites = writeNotes(rows, columnOf.get('kamnot:state')!, plan.notes);
  return {
    bound,
    ...plan.summary,
    cells: written.cells + ids.cells,
    writes: written.writes + ids.writes + noteWrites,
    views: plan.views,
    highestId: plan.highestId,
    changed: false,
    moved: plan.moved,
  };
}

/**
 * True when the office's cells are as they were read. Kamnot's own columns are not compared: onEdit
 * may have written them meanwhile.
 */
function sameInputs(
  read: readonly (readonly unknown[])[],
  now: readonly (readonly unknown[])[],
  computed: readonly number[],
): boolean {
  if (read.length !== now.length) return false;
  const mine = new Set(computed);
  const width = Math.max(read[0]?.length ?? 0, now[0]?.length ?? 0);
  for (let r = 0; r < read.length; r++)
    for (let c = 0; c < width; c++) if (!mine.has(c) && !sameCell(read[r]?.[c], now[r]?.[c])) return false;
  return true;
}

/** The state column's notes: one read, and one write from the first changed note to the last. */
function writeNotes(
  { sheet, firstRow, values }: DataRows,
  column: number,
  notes: ReadonlyMap<number, string>,
): number {
  const rows = values.length;
  if (rows === 0) return 0;
  const current = sheet.getRange(firstRow, column + 1, rows, 1).getNotes();
  const changed: number[] = [];
  for (let r = 0; r < rows; r++) if ((current[r]?.[0] ?? '') !== (notes.get(r) ?? '')) changed.push(r);
  if (changed.length === 0) return 0;
  const top = changed[0]!;
  const bottom = changed[changed.length - 1]!;
  const block: string[][] = [];
  for (let r = top; r <= bottom; r++) block.push([notes.get(r) ?? '']);
  sheet.getRange(top + firstRow, column + 1, block.length, 1).setNotes(block);
  return 1;
}

/**
 * New case ids go only into cells that are really empty now: a formula that shows '' or an error is
 * the office's content, and an id typed during the run is the officer's. Read (one call) only when
 * there is an id to write.
 */
function blankIdCells(
  { sheet, firstRow, values: data }: DataRows,
  column: number,
  newIds: ReadonlyMap<number, unknown[]>,
): Map<number, unknown[]> {
  const empty = [...newIds].filter(([r]) => data[r]?.[column] === '' || data[r]?.[column] === null);
  if (empty.length === 0) return new Map();
  const formulas = sheet.getRange(firstRow, column + 1, data.length, 1).getFormulas();
  return new Map(empty.filter(([r]) => !formulas[r]?.[0]));
}
