/**
 * One register in the hourly run: evaluate every row, write back what changed (Kamnot's columns,
 * new case ids, the problem notes on the state cell), and collect what the reminders and the
 * Dashboard need.
 */
import type { Day } from '../../core/dates/civil';
import type { EngineSettings } from '../../core/engine/types';
import { evaluateRegister } from '../../core/register/evaluate-register';
import type { CaseView } from '../../core/reminders/types';
import type { Settings } from '../../core/settings';
import type { dateIO } from '../date-io';
import type { BoundRegister } from './registers';
import { runsOf, writeChanged } from './write-back';

export function updateRegister(
  bound: BoundRegister,
  values: readonly (readonly unknown[])[],
  engine: EngineSettings,
  settings: Settings,
  io: ReturnType<typeof dateIO>,
  today: Day,
  views: CaseView[],
) {
  const { sheet, procedure, layout, columnOf } = bound;
  const register = {
    key: String(sheet.getSheetId()),
    name: sheet.getName(),
    gid: sheet.getSheetId(),
    procedure: { th: procedure.th, en: procedure.en },
  };
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
    if (row.result) {
      const step = procedure.steps.find((x) => x.id === row.result!.current);
      views.push({
        register,
        caseId: row.newId ?? row.parsed.caseId,
        row: row.index + 2,
        subject: row.parsed.subject,
        assignee: row.parsed.assignee,
        step: step ? { id: step.id, name: { th: step.th, en: step.en } } : null,
        due: row.result.due,
        state: row.result.state,
        daysLeft: row.result.daysLeft,
      });
    }
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
