/**
 * One register row → a case. Raw values are whatever a sheet holds (Dates, serials, BE text, Thai
 * digits, booleans, error values such as #REF!). Never throws: a cell that cannot be read becomes a
 * problem naming its column, and the case is built from what can be read.
 */
import * as z from 'zod/mini';
import { type BranchChoice, branchesOf, readOption } from '../catalog/branches';
import type { Procedure } from '../catalog/schema';
import { isDateValue } from '../cells';
import type { Day } from '../dates/civil';
import { formatDate } from '../dates/format';
import { fromThaiDigits } from '../dates/names';
import { isBlank, isNoDate, parseDateValue } from '../dates/parse';
import type { OffsetAt } from '../dates/zone';
import { readQuarter } from '../engine/calendar-points';
import type { CaseInput, CaseStatus, Hold } from '../engine/types';
import { type Msg, msg } from '../i18n/msg';
import type { Column, RegisterLayout } from './layout';
import { shownValue } from './shown';

/** What Sheets can hand over for one cell. Dates may come from another realm, so no `instanceof`. */
const CellSchema = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.null(),
  z.undefined(),
  z.custom<Date>(isDateValue),
]);

const PRIMITIVES = new Set(['string', 'number', 'boolean']);

export interface CellProblem {
  /** The layout key of the column ("start", "done:check"): messages name the office's header for it. */
  readonly column: string;
  readonly msg: Msg;
}

/**
 * Dates further than this from today are far more likely a mistyped year (15/11/2612 for 2569)
 * than a real date of a case: refused, with the value shown. Seventy years back keeps dates of
 * birth and appointment; thirty ahead keeps retirement and contract ends.
 */
const PLAUSIBLE_YEARS_BACK = 70;
const PLAUSIBLE_YEARS_AHEAD = 30;

export interface ParsedRow {
  readonly caseId: string;
  readonly subject: string;
  readonly assignee: string;
  readonly input: CaseInput;
  readonly problems: readonly CellProblem[];
  /** True when every input cell is blank: not a case. */
  readonly blank: boolean;
}

const ERROR_VALUE = /^#(REF!|N\/A|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|ERROR!|SPILL!|CALC!)$/;

const STATUS_WORDS: Record<string, CaseStatus> = {
  ดำเนินการ: 'active',
  active: 'active',
  พักเรื่อง: 'on-hold',
  พัก: 'on-hold',
  'on hold': 'on-hold',
  'on-hold': 'on-hold',
  ยกเลิก: 'cancelled',
  cancelled: 'cancelled',
  canceled: 'cancelled',
  ปิดเรื่อง: 'closed',
  เสร็จสิ้น: 'closed',
  closed: 'closed',
  done: 'closed',
};

/** Where each part of a case sits in the row: worked out once per register, not once per row. */
interface RowPlan {
  readonly at: ReadonlyMap<Column, number>;
  readonly column: (key: string) => Column | undefined;
  readonly steps: readonly { readonly id: string; readonly done?: Column; readonly due?: Column }[];
  readonly fields: readonly { readonly id: string; readonly type: string; readonly column: Column }[];
  readonly branches: readonly { readonly choice: BranchChoice; readonly column: Column }[];
}

const plans = new WeakMap<RegisterLayout, RowPlan>();

function planOf(layout: RegisterLayout, procedure: Procedure): RowPlan {
  let plan = plans.get(layout);
  if (!plan) {
    const byKey = new Map(layout.inputs.map((c) => [c.key, c]));
    const column = (key: string) => byKey.get(key);
    plan = {
      at: new Map(layout.inputs.map((c, i) => [c, i])),
      column,
      steps: procedure.steps.map((s) => ({
        id: s.id,
        done: column(`done:${s.id}`),
        due: column(`due:${s.id}`),
      })),
      fields: procedure.fields.flatMap((f) => {
        const c = column(`field:${f.id}`);
        return c ? [{ id: f.id, type: f.type, column: c }] : [];
      }),
      branches: branchesOf(procedure).flatMap((choice) => {
        const c = column(`branch:${choice.id}`);
        return c ? [{ choice, column: c }] : [];
      }),
    };
    plans.set(layout, plan);
  }
  return plan;
}

/** `today`, when given, refuses dates too far from it (see PLAUSIBLE_YEARS_*). */
export function parseRow(
  layout: RegisterLayout,
  procedure: Procedure,
  values: readonly unknown[],
  offsetAt: OffsetAt,
  today?: Day,
): ParsedRow {
  const problems: CellProblem[] = [];
  const plan = planOf(layout, procedure);
  const column = plan.column;
  const blank = layout.inputs.every((_, i) => isBlank(values[i]));

  const readCell = (column: Column): unknown => {
    const value = values[plan.at.get(column) ?? -1];
    // Primitives are what sheets hold nearly always: typeof settles them; zod checks everything else.
    const primitive = value === null || value === undefined || PRIMITIVES.has(typeof value);
    if (!primitive && !CellSchema.safeParse(value).success) {
      problems.push({
        column: column.key,
        msg: msg('ค่าในช่องนี้อ่านไม่ได้', 'this cell holds a value Kamnot cannot read'),
      });
      return null;
    }
    if (typeof value === 'string' && ERROR_VALUE.test(value.trim())) {
      problems.push({
        column: column.key,
        msg: msg(
          `ช่องนี้แสดงค่าผิดพลาด ${value.trim()} (สูตรหรือการอ้างอิงเสีย): อ่านเป็นช่องว่าง`,
          `the cell shows the error ${value.trim()} (a broken formula or reference): read as blank`,
        ),
      });
      return null;
    }
    return isBlank(value) ? null : value;
  };
  const readDay = (column: Column): Day | null => {
    const value = readCell(column);
    if (value === null) return null;
    if (isNoDate(value)) return null;
    const shown = shownValue(value, offsetAt);
    const result = parseDateValue(value, offsetAt);
    if (!result.ok) {
      // Text errors quote the text already; a date cell's error says which date it was.
      const quoted = typeof value === 'string' ? result.error : withValue(shown, result.error);
      problems.push({ column: column.key, msg: quoted });
      return null;
    }
    if (today !== undefined && !plausible(result.value, today)) {
      problems.push({
        column: column.key,
        msg: msg(
          `วันที่ "${shown}" (${formatDate(result.value, { style: 'short' })}) ห่างจากวันนี้เกิน ${PLAUSIBLE_YEARS_AHEAD} ปี: น่าจะพิมพ์ปีผิด จึงไม่นำมาใช้`,
          `the date "${shown}" (${formatDate(result.value, { style: 'short', lang: 'en' })}) is too far from today: probably a mistyped year, so it is not used`,
        ),
      });
      return null;
    }
    return result.value;
  };
  const text = (column: Column | undefined): string => {
    if (!column) return '';
    const value = readCell(column);
    if (value === null) return '';
    // A date in a text column reads as the office wrote it, never as a JS date string.
    return isDateValue(value) ? shownValue(value, offsetAt) : String(value).trim();
  };
  const done: Record<string, Day | null> = {};
  const due: Record<string, Day | null> = {};
  for (const step of plan.steps) {
    if (step.done) done[step.id] = readDay(step.done);
    if (step.due) due[step.id] = readDay(step.due);
  }
  const fields: Record<string, Day | number | string | null> = {};
  for (const { id, type, column: c } of plan.fields) {
    if (type === 'date') fields[id] = readDay(c);
    else if (type === 'quarter') fields[id] = readQuarterCell(c, readCell(c), problems, offsetAt);
    else if (type === 'number') fields[id] = readNumberCell(c, readCell(c), problems, offsetAt);
    else fields[id] = text(c) || null;
  }
  const branches: Record<string, string | null> = {};
  for (const { choice, column: c } of plan.branches) {
    const typed = text(c);
    const option = readOption(choice, typed);
    if (typed !== '' && option === null)
      problems.push({
        column: c.key,
        msg: msg(
          `กรณี "${typed}" ไม่รู้จัก: เลือก ${choice.options.map((o) => o.th).join(', ')}`,
          `unknown alternative "${typed}": choose ${choice.options.map((o) => o.en).join(', ')}`,
        ),
      });
    branches[choice.id] = option;
  }
  const start = column('start') ? readDay(column('start')!) : null;
  if (start !== null) {
    for (const step of plan.steps) {
      const day = done[step.id];
      if (step.done && day != null && day < start)
        problems.push({
          column: step.done.key,
          msg: msg(
            `บันทึกว่าเสร็จ ${formatDate(day)} ก่อนวันรับเรื่อง ${formatDate(start)}: ตรวจวันที่อีกครั้ง`,
            `marked done on ${formatDate(day, { lang: 'en' })}, before the case was received on ${formatDate(start, { lang: 'en' })}: check the dates`,
          ),
        });
    }
  }
  const holds = readHolds(column('hold-from'), column('hold-to'), readDay, problems);
  const statusValue = column('status') ? readCell(column('status')!) : null;
  const status = readStatus(
    column('status'),
    statusValue === null ? '' : shownValue(statusValue, offsetAt),
    problems,
  );
  return {
    caseId: text(column('case-id')),
    subject: text(column('subject')),
    assignee: text(column('assignee')),
    input: { start, done, due, fields, branches, holds, status },
    problems,
    blank,
  };
}

function withValue(shown: string, error: Msg): Msg {
  return msg(`"${shown}": ${error.th}`, `"${shown}": ${error.en}`);
}

function plausible(day: Day, today: Day): boolean {
  const year = 365.2425;
  return day >= today - PLAUSIBLE_YEARS_BACK * year && day <= today + PLAUSIBLE_YEARS_AHEAD * year;
}

function readHolds(
  from: Column | undefined,
  to: Column | undefined,
  readDay: (c: Column) => Day | null,
  problems: CellProblem[],
): Hold[] {
  const f = from ? readDay(from) : null;
  const t = to ? readDay(to) : null;
  if (f === null) {
    if (t !== null)
      problems.push({
        column: 'hold-from',
        msg: msg('มีวันสิ้นสุดการพักเรื่องแต่ไม่มีวันเริ่ม', 'a hold end date without a start date'),
      });
    return [];
  }
  if (t !== null && t < f) {
    problems.push({
      column: 'hold-to',
      msg: msg('วันสิ้นสุดการพักเรื่องอยู่ก่อนวันเริ่ม', 'the hold ends before it starts'),
    });
    return [];
  }
  return [{ from: f, to: t }];
}

function readStatus(column: Column | undefined, value: string, problems: CellProblem[]): CaseStatus {
  if (value === '') return 'active';
  const status = STATUS_WORDS[value.toLowerCase()];
  if (status) return status;
  problems.push({
    column: column?.key ?? 'status',
    msg: msg(`สถานะ "${value}" ไม่รู้จัก: ถือว่ากำลังดำเนินการ`, `unknown status "${value}": treated as active`),
  });
  return 'active';
}

function readQuarterCell(
  column: Column,
  value: unknown,
  problems: CellProblem[],
  offsetAt: OffsetAt,
): number | null {
  if (value === null) return null;
  const quarter = readQuarter(value);
  if (quarter === null) {
    const shown = shownValue(value, offsetAt);
    problems.push({
      column: column.key,
      msg: msg(`ไตรมาส "${shown}" ไม่ถูกต้อง (1–4)`, `quarter "${shown}" is not 1–4`),
    });
  }
  return quarter;
}

function readNumberCell(
  column: Column,
  value: unknown,
  problems: CellProblem[],
  offsetAt: OffsetAt,
): number | null {
  if (value === null) return null;
  const isDate = isDateValue(value);
  const n =
    typeof value === 'number' ? value : isDate ? Number.NaN : Number(fromThaiDigits(String(value)).trim());
  if (Number.isFinite(n)) return n;
  const shown = shownValue(value, offsetAt);
  problems.push({
    column: column.key,
    msg: msg(`"${shown}" ไม่ใช่ตัวเลข`, `"${shown}" is not a number`),
  });
  return null;
}
