/**
 * What Kamnot writes into its own columns for one case. Text that Kamnot writes can never start a
 * formula: a leading = + - @ gets an apostrophe, which Sheets keeps as "this is text".
 */
import type { Procedure } from '../catalog/schema';
import type { Day } from '../dates/civil';
import { formatDate } from '../dates/format';
import type { CaseResult, CaseState } from '../engine/types';
import { type Lang, type Msg, msg, pick } from '../i18n/msg';
import type { CellProblem } from './row';

export const STATE_LABELS: Record<CaseState, Msg> = {
  'not-started': msg('ยังไม่เริ่ม', 'not started'),
  'on-track': msg('ตามกำหนด', 'on track'),
  'due-soon': msg('ใกล้ครบกำหนด', 'due soon'),
  'due-today': msg('ครบกำหนดวันนี้', 'due today'),
  overdue: msg('เกินกำหนด', 'overdue'),
  'on-hold': msg('พักเรื่อง', 'on hold'),
  done: msg('เสร็จแล้ว', 'done'),
  'done-late': msg('เสร็จล่าช้า', 'done late'),
  cancelled: msg('ยกเลิก', 'cancelled'),
};

/** A note is read in a small box: problems that quote a long cell are cut, never the run. */
const MAX_NOTE = 5_000;

function cutNote(text: string): string {
  return text.length <= MAX_NOTE ? text : `${text.slice(0, MAX_NOTE - 1)}…`;
}

export function cellText(text: string): string {
  return /^[=+\-@]/.test(text) ? `'${text}` : text;
}

/** The computed columns in layout order: step, due (BE text), due (date, for the colour rules), days left, state. */
export interface ComputedRow {
  readonly step: string;
  readonly dueText: string;
  readonly dueDay: Day | null;
  readonly left: number | '';
  readonly state: string;
  /** The note on the state cell: the problems of the row, or '' when there are none. */
  readonly note: string;
}

export function computedRow(
  procedure: Procedure,
  result: CaseResult | null,
  cellProblems: readonly CellProblem[],
  lang: Lang,
): ComputedRow {
  const problems = [
    ...cellProblems.map((p) => `${p.column}: ${pick(p.msg, lang)}`),
    ...(result?.problems ?? []).map((p) => pick(p.msg, lang)),
  ];
  const note = problems.length
    ? cutNote(`${pick(msg('ตรวจพบ', 'Kamnot found'), lang)}:\n• ${problems.join('\n• ')}`)
    : '';
  if (!result) return { step: '', dueText: '', dueDay: null, left: '', state: '', note };
  const step = procedure.steps.find((s) => s.id === result.current);
  const flag = problems.length ? ' ⚠' : '';
  return {
    step: cellText(step ? (lang === 'en' ? step.en : step.th) : ''),
    dueText: result.due === null ? '' : formatDate(result.due, { lang }),
    dueDay: result.due,
    left: result.daysLeft ?? '',
    state: pick(STATE_LABELS[result.state], lang) + flag,
    note,
  };
}
