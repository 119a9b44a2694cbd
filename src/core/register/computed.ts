/**
 * What Kamnot writes into its own columns for one case. Text that Kamnot writes can never start a
 * formula: a leading = + - @ gets an apostrophe, which Sheets keeps as "this is text".
 */
import type { Procedure } from '../catalog/schema';
import { escapeFormula } from '../cells';
import type { Day } from '../dates/civil';
import { formatDate, formatRange } from '../dates/format';
import type { CaseResult, CaseState, DueRange } from '../engine/types';
import { bilingual, type Lang, type Msg, msg, pick } from '../i18n/msg';
import type { RegisterLayout } from './layout';
import type { CellProblem } from './row';

export const STATE_LABELS: Record<CaseState, Msg> = {
  'not-started': msg('ยังไม่เริ่ม', 'not started'),
  'on-track': msg('ตามกำหนด', 'on track'),
  'needs-date': msg('รอข้อมูล', 'needs a date'),
  'due-soon': msg('ใกล้ครบกำหนด', 'due soon'),
  'due-today': msg('ครบกำหนดวันนี้', 'due today'),
  overdue: msg('เกินกำหนด', 'overdue'),
  'on-hold': msg('พักเรื่อง', 'on hold'),
  // The note names the year whose holidays are missing; the cell stays short enough to read at a glance.
  uncertain: msg('ยังระบุไม่ได้', 'cannot tell yet'),
  done: msg('เสร็จแล้ว', 'done'),
  'done-late': msg('เสร็จล่าช้า', 'done late'),
  cancelled: msg('ยกเลิก', 'cancelled'),
};

/** A note is read in a small box: problems that quote a long cell are cut, never the run. */
const MAX_NOTE = 5_000;

function cutNote(text: string): string {
  return text.length <= MAX_NOTE ? text : `${text.slice(0, MAX_NOTE - 1)}…`;
}

/** The computed columns in layout order: step, due (BE text), due (date, for the colour rules), days left, state. */
export interface ComputedRow {
  readonly step: string;
  readonly dueText: string;
  readonly dueDay: Day | null;
  readonly left: number | '';
  readonly state: string;
  /** The note on the state cell: the problems of the row in Thai and English, or '' when there are none. */
  readonly note: string;
}

/** The name of an input column in messages: its header as the office wrote it, or Kamnot's. */
export type ColumnNames = (key: string) => Msg | undefined;

/**
 * Names from the header row the office sees: the text in the column bound to each key (the office's
 * own words on an adopted tab; "ไทย / English" on a tab Kamnot made, split into its two halves).
 */
export function headerNames(layout: RegisterLayout, headerOf: (key: string) => unknown): ColumnNames {
  const byKey = new Map(layout.inputs.map((c) => [c.key, c]));
  return (key) => {
    const column = byKey.get(key);
    const raw = headerOf(key);
    const text = typeof raw === 'string' ? raw.replace(/\s+/g, ' ').trim() : '';
    if (text === '') return column?.header;
    if (column && text === bilingual(column.header)) return column.header;
    return msg(text, text);
  };
}

function problemLines(
  procedure: Procedure,
  result: CaseResult | null,
  cellProblems: readonly CellProblem[],
  names: ColumnNames,
): Msg[] {
  const stepName = (id: string): Msg => {
    const step = procedure.steps.find((s) => s.id === id);
    return names(`done:${id}`) ?? (step ? msg(step.th, step.en) : msg(id, id));
  };
  const named = (where: Msg | undefined, m: Msg): Msg =>
    where ? msg(`${where.th}: ${m.th}`, `${where.en}: ${m.en}`) : m;
  return [
    ...cellProblems.map((p) => named(names(p.column) ?? msg(p.column, p.column), p.msg)),
    ...(result?.problems ?? []).map((p) => named(p.step && !p.field ? stepName(p.step) : undefined, p.msg)),
  ];
}

export function computedRow(
  procedure: Procedure,
  result: CaseResult | null,
  cellProblems: readonly CellProblem[],
  lang: Lang,
  names: ColumnNames = () => undefined,
): ComputedRow {
  const problems = problemLines(procedure, result, cellProblems, names);
  // Thai first, then English, as every message Kamnot writes: the note is read by anyone in the office.
  const note = problems.length
    ? cutNote(`ตรวจพบ / Kamnot found:\n${problems.map((p) => `• ${p.th}\n  ${p.en}`).join('\n')}`)
    : '';
  if (!result) return { step: '', dueText: '', dueDay: null, left: '', state: '', note };
  const step = procedure.steps.find((s) => s.id === result.current);
  const flag = problems.length ? ' ⚠' : '';
  return {
    step: escapeFormula(step ? (lang === 'en' ? step.en : step.th) : ''),
    dueText:
      result.due !== null
        ? formatDate(result.due, { lang })
        : result.range
          ? rangeText(result.range, lang)
          : '',
    // The colours compare this with TODAY(): the latest the date can be is never more urgent than the truth.
    dueDay: result.due ?? result.range?.latest ?? null,
    left: result.daysLeft ?? '',
    state: pick(STATE_LABELS[result.state], lang) + flag,
    note,
  };
}

/** A due date known only by its bounds: "ระหว่าง 8–19 ม.ค. 2572" / "between 8–19 Jan 2029". */
export function rangeText(range: DueRange, lang: Lang): string {
  const days = formatRange(range.earliest, range.latest, lang);
  return lang === 'en' ? `between ${days}` : `ระหว่าง ${days}`;
}

/** A note with one more problem (a note Kamnot wrote, or ''). */
export function withProblem(note: string, problem: Msg): string {
  const item = `• ${problem.th}\n  ${problem.en}`;
  return note === '' ? `ตรวจพบ / Kamnot found:\n${item}` : `${note}\n${item}`;
}

/** A state cell's note back to its problems, Thai / English each: what the CLI and the log print. */
export function notedProblems(note: string): Msg[] {
  if (note.trim() === '') return [];
  return note
    .split(/\n• /)
    .slice(1)
    .map((item) => {
      const [th = '', ...rest] = item.split(/\n {2}/);
      const en = rest.join(' ').trim();
      return msg(th.trim(), en || th.trim());
    });
}
