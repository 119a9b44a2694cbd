/**
 * The report as data: for one fiscal year, one period of it and one scope (the whole office, a unit,
 * or one person), per register and per step: received, finished (within the standard or late), open
 * at the end of the period (on track or overdue), cancelled, and the working days each step took
 * against its standard; the office's totals by month, quarter, half and year; and the service
 * statistics month by month. The Report tab and the print view are both drawn from this.
 */
import type { Day } from '../dates/civil';
import type { DayRange } from '../dates/fiscal';
import type { CaseState, EngineSettings } from '../engine/types';
import { type Msg, msg } from '../i18n/msg';
import { formatRule, namesOf } from '../procedures/format-rule';
import { resolvePerson } from '../reminders/people';
import type { Person } from '../reminders/types';
import {
  type CaseFacts,
  caseFacts,
  median,
  type OpenState,
  openOn,
  percentile90,
  type ReportRegister,
  type ReportRow,
  stepTime,
} from './cases';
import { allPeriods, FISCAL_MONTHS, inRange, type Period, periodLabel, periodRange } from './periods';

export type Scope =
  | { readonly kind: 'office' }
  | { readonly kind: 'unit'; readonly unit: string }
  | { readonly kind: 'person'; readonly email: string };

export interface ReportRequest {
  readonly fiscalYear: number;
  readonly period: Period;
  readonly scope: Scope;
}

export interface Tally {
  received: number;
  finished: number;
  /** Finished with every step within its standard. */
  within: number;
  late: number;
  /** Open at the end of the period (today for the period still running): on track = open − overdue. */
  open: number;
  overdue: number;
  /** Received in the period and cancelled since (a cancellation carries no date of its own). */
  cancelled: number;
}

interface StepRow {
  readonly id: string;
  readonly name: Msg;
  readonly standard: Msg;
  readonly finished: number;
  readonly within: number;
  readonly late: number;
  readonly open: number;
  readonly overdue: number;
  /** Working days taken by the steps finished in the period (holds left out): how many, median, 90th percentile. */
  readonly timed: number;
  readonly tookMedian: number | null;
  readonly tookP90: number | null;
  /** The median of the working days the standard allowed those same steps. */
  readonly allowedMedian: number | null;
}

interface MonthRow {
  readonly month: number;
  readonly received: number;
  readonly finished: number;
  readonly within: number;
}

interface RegisterReport {
  readonly register: ReportRegister;
  readonly tally: Tally;
  readonly steps: readonly StepRow[];
  /** The service statistics: the fiscal year month by month. */
  readonly months: readonly MonthRow[];
}

export interface CaseLine {
  readonly register: string;
  readonly caseId: string;
  readonly docNo: string;
  readonly subject: string;
  readonly assignee: string;
  readonly row: number;
  readonly received: Day | null;
  readonly finished: Day | null;
  /** The state at the end of the period: the outcome when it finished in or before it. */
  readonly state: CaseState;
  /** The step it waited on at the end of the period (open cases). */
  readonly step: Msg | null;
  readonly due: Day | null;
}

export interface ReportModel {
  readonly request: ReportRequest;
  readonly range: DayRange;
  /** The day the open counts are taken: the period's last day, or today while it runs. */
  readonly asOf: Day;
  readonly today: Day;
  readonly registers: readonly RegisterReport[];
  readonly total: Tally;
  readonly breakdown: readonly { readonly period: Period; readonly label: Msg; readonly tally: Tally }[];
  /** Finished late in the period, or overdue at its end: what a director asks about. */
  readonly exceptions: readonly CaseLine[];
  /** Every case received, finished or open in the period. */
  readonly cases: readonly CaseLine[];
  /** Cases the counts leave out, and why. */
  readonly uncounted: { readonly noStart: number; readonly closedNoDate: number };
}

const empty = (): Tally => ({
  received: 0,
  finished: 0,
  within: 0,
  late: 0,
  open: 0,
  overdue: 0,
  cancelled: 0,
});

function inScope(row: ReportRow, scope: Scope, people: readonly Person[]): boolean {
  if (scope.kind === 'office') return true;
  if (scope.kind === 'unit')
    return row.procedure.unit.th === scope.unit || row.register.procedure.unit.th === scope.unit;
  const want = scope.email.trim().toLowerCase();
  const typed = row.assignee.trim();
  if (typed.toLowerCase() === want) return true;
  const found = resolvePerson(typed, people);
  return found.ok && found.person.email.trim().toLowerCase() === want;
}

/** Memoised state at the end of each day asked for: quarter, half and year ends are month ends. */
function stateCache(engine: EngineSettings, today: Day) {
  const cache = new Map<CaseFacts, Map<Day, OpenState | null>>();
  return (c: CaseFacts, day: Day): OpenState | null => {
    let byDay = cache.get(c);
    if (!byDay) {
      byDay = new Map();
      cache.set(c, byDay);
    }
    if (!byDay.has(day)) byDay.set(day, openOn(c, day, engine, today));
    return byDay.get(day)!;
  };
}

/** `stateOn` null: the flows only (received, finished), as the service statistics count them. */
function tallyOf(
  facts: readonly CaseFacts[],
  range: DayRange,
  today: Day,
  stateOn: ((c: CaseFacts, day: Day) => OpenState | null) | null,
): Tally {
  const t = empty();
  const asOf = Math.min(range.last, today);
  for (const c of facts) {
    if (inRange(c.received, range)) {
      t.received++;
      if (c.outcome === 'cancelled') t.cancelled++;
    }
    if (inRange(c.finished, range)) {
      t.finished++;
      if (c.outcome === 'done') t.within++;
      else t.late++;
    }
    // A period not begun yet has nothing open at its end.
    if (!stateOn || range.first > today) continue;
    const open = stateOn(c, asOf);
    if (open) {
      t.open++;
      if (open.state === 'overdue') t.overdue++;
    }
  }
  return t;
}

function stepRows(
  register: ReportRegister,
  facts: readonly CaseFacts[],
  range: DayRange,
  today: Day,
  engine: EngineSettings,
  stateOn: (c: CaseFacts, day: Day) => OpenState | null,
): StepRow[] {
  interface Acc {
    name: Msg;
    standard: Msg;
    finished: number;
    within: number;
    late: number;
    open: number;
    overdue: number;
    took: number[];
    allowed: number[];
  }
  const acc = new Map<string, Acc>();
  const slot = (procedure: ReportRow['procedure'], id: string): Acc | null => {
    let a = acc.get(id);
    if (!a) {
      const step = procedure.steps.find((s) => s.id === id);
      if (!step) return null;
      const names = namesOf(procedure);
      const en = formatRule(step.deadline, names, 'en');
      a = {
        name: msg(step.th, step.en),
        standard: msg(step.words ?? formatRule(step.deadline, names, 'th'), en),
        ...{ finished: 0, within: 0, late: 0, open: 0, overdue: 0, took: [], allowed: [] },
      };
      acc.set(id, a);
    }
    return a;
  };
  // The register's own steps first and in order, even those nothing reached yet.
  for (const s of register.procedure.steps) slot(register.procedure, s.id);
  const asOf = Math.min(range.last, today);
  for (const c of facts) {
    const { procedure, result, input } = c.row;
    for (const s of result.steps) {
      if (!inRange(s.done, range)) continue;
      const a = slot(procedure, s.id);
      if (!a) continue;
      a.finished++;
      if (s.late === true) a.late++;
      else if (s.late === false) a.within++;
      if (s.anchor !== null && s.done !== null) {
        const time = stepTime(s.anchor, s.done, s.due, input.holds, engine, today);
        if (time) {
          a.took.push(time.took);
          if (time.allowed !== null) a.allowed.push(time.allowed);
        }
      }
    }
    if (range.first > today) continue;
    const open = stateOn(c, asOf);
    if (open?.step) {
      const a = slot(procedure, open.step);
      if (a) {
        a.open++;
        if (open.state === 'overdue') a.overdue++;
      }
    }
  }
  return [...acc].map(([id, a]) => ({
    id,
    name: a.name,
    standard: a.standard,
    finished: a.finished,
    within: a.within,
    late: a.late,
    open: a.open,
    overdue: a.overdue,
    timed: a.took.length,
    tookMedian: median(a.took),
    tookP90: percentile90(a.took),
    allowedMedian: median(a.allowed),
  }));
}

function caseLine(c: CaseFacts, asOf: Day, open: OpenState | null): CaseLine {
  const { row } = c;
  const finishedBy = c.finished !== null && c.finished <= asOf;
  const step = open?.step ? row.procedure.steps.find((s) => s.id === open.step) : undefined;
  return {
    register: row.register.name,
    caseId: row.caseId,
    docNo: row.docNo,
    subject: row.subject,
    assignee: row.assignee,
    row: row.row,
    received: c.received,
    finished: finishedBy ? c.finished : null,
    state: open ? open.state : c.outcome === 'open' ? 'not-started' : c.outcome,
    step: step ? msg(step.th, step.en) : null,
    due: open ? open.due : null,
  };
}

export function buildReport(
  request: ReportRequest,
  registers: readonly ReportRegister[],
  rows: readonly ReportRow[],
  people: readonly Person[],
  engine: EngineSettings,
  today: Day,
): ReportModel {
  const range = periodRange(request.fiscalYear, request.period);
  const asOf = Math.min(range.last, today);
  const stateOn = stateCache(engine, today);
  const all = rows.filter((r) => inScope(r, request.scope, people)).map(caseFacts);
  const uncounted = {
    noStart: all.filter((c) => c.received === null).length,
    closedNoDate: all.filter((c) => c.outcome !== 'open' && c.outcome !== 'cancelled' && c.finished === null)
      .length,
  };
  const byRegister = new Map<string, CaseFacts[]>(registers.map((r) => [r.key, []]));
  for (const c of all) byRegister.get(c.row.register.key)?.push(c);
  const months = (facts: readonly CaseFacts[]): MonthRow[] =>
    FISCAL_MONTHS.map((month) => {
      const t = tallyOf(facts, periodRange(request.fiscalYear, { kind: 'month', month }), today, null);
      return { month, received: t.received, finished: t.finished, within: t.within };
    });
  // The whole office lists every register; a unit its own and any holding its cases; a person theirs.
  const scope = request.scope;
  const listed = (r: ReportRegister) =>
    scope.kind === 'office' ||
    (byRegister.get(r.key)?.length ?? 0) > 0 ||
    (scope.kind === 'unit' && r.procedure.unit.th === scope.unit);
  const reports = registers.filter(listed).map((register) => {
    const facts = byRegister.get(register.key) ?? [];
    return {
      register,
      tally: tallyOf(facts, range, today, stateOn),
      steps: stepRows(register, facts, range, today, engine, stateOn),
      months: months(facts),
    };
  });
  const lines: CaseLine[] = [];
  const exceptions: CaseLine[] = [];
  for (const c of all) {
    const open = range.first > today ? null : stateOn(c, asOf);
    const touches = inRange(c.received, range) || inRange(c.finished, range) || open !== null;
    if (!touches) continue;
    const line = caseLine(c, asOf, open);
    lines.push(line);
    if ((inRange(c.finished, range) && c.outcome === 'done-late') || open?.state === 'overdue')
      exceptions.push(line);
  }
  return {
    request,
    range,
    asOf,
    today,
    registers: reports,
    total: tallyOf(all, range, today, stateOn),
    breakdown: allPeriods().map((period) => ({
      period,
      label: periodLabel(request.fiscalYear, period),
      tally: tallyOf(all, periodRange(request.fiscalYear, period), today, stateOn),
    })),
    exceptions,
    cases: lines,
    uncounted,
  };
}
