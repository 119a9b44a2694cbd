/**
 * One register in the hourly run: evaluate every row, write back what changed (Kamnot's columns,
 * new case ids, the problem notes on the state cell), and collect what the reminders and the
 * Dashboard need.
 */

import type { DashboardEntry } from '../../core/dashboard';
import type { Day } from '../../core/dates/civil';
import { fiscalYearBe } from '../../core/dates/fiscal';
import type { EngineSettings } from '../../core/engine/types';
import { msg } from '../../core/i18n/msg';
import { withProblem } from '../../core/register/computed';
import type { EvaluatedRow } from '../../core/register/evaluate-register';
import type { CaseView, RegisterRef } from '../../core/reminders/types';
import type { Settings } from '../../core/settings';
import type { dateIO } from '../date-io';
import { computedCells, evaluateBound } from './evaluate-bound';
import type { BoundRegister } from './registers';
import { writeChanged } from './write-back';

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

/** What the reminders need of one evaluated row. */
export function caseView(register: Ref, row: EvaluatedRow, headerRow = 1): CaseView | null {
  if (!row.result) return null;
  const step = row.procedure.steps.find((x) => x.id === row.result!.current);
  return {
    register,
    caseId: register.officeIds ? row.parsed.caseId : (row.newId ?? row.parsed.caseId),
    row: row.index + headerRow + 1,
    subject: row.parsed.subject,
    assignee: row.parsed.assignee,
    step: step ? { id: step.id, name: { th: step.th, en: step.en } } : null,
    due: row.result.due,
    state: row.result.state,
    daysLeft: row.result.daysLeft,
  };
}

export function updateRegister(
  bound: BoundRegister,
  values: readonly (readonly unknown[])[],
  engine: EngineSettings,
  settings: Settings,
  io: ReturnType<typeof dateIO>,
  today: Day,
  views: CaseView[],
) {
  const { sheet, layout, columnOf } = bound;
  const register = registerRef(bound);
  const data = values.slice(bound.headerRow);
  const firstRow = bound.headerRow + 1;
  const evaluated = evaluateBound(bound, data, engine, settings, io, today, values[bound.headerRow - 1]);
  const computedColumns = layout.computed.map((c) => columnOf.get(c.key)!);
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
  const newIds = new Map<number, unknown[]>();
  for (const row of evaluated) {
    const c = row.computed;
    wanted.set(row.index, computedCells(c, io, row.version));
    const unnumbered = bound.officeIds && row.newId !== null;
    const note = unnumbered ? withProblem(c.note, NO_REFERENCE) : c.note;
    notes.set(row.index, note);
    if (note) problems++;
    if (row.newId && !bound.officeIds) newIds.set(row.index, [row.newId]);
    const view = caseView(register, row, bound.headerRow);
    if (view) views.push(view);
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
  const written = writeChanged(sheet, computedColumns, data, wanted, firstRow);
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
  const noteWrites = writeNotes(sheet, columnOf.get('kamnot:state')!, data.length, notes, firstRow);
  return {
    cases: evaluated.length,
    cells: written.cells + ids.cells,
    writes: written.writes + ids.writes + noteWrites,
    problems,
    dashboard,
  };
}

/** The state column's notes: one read, and one write from the first changed note to the last. */
function writeNotes(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  column: number,
  rows: number,
  notes: ReadonlyMap<number, string>,
  firstRow: number,
): number {
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
 * New case ids go only into cells that are really empty: a formula that shows '' or an error is the
 * office's content. Formulas are read (one call) only when there is an id to write.
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
