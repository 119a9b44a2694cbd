/**
 * The case engine: one register row (a case) → every step's due date, the current step, the state.
 * Pure and total: bad or missing input becomes a problem on the case, never an exception.
 */
import { rollToWorkingDay } from '../calendar/counting';
import { openCalendar } from '../calendar/unknown-years';
import type { WorkCalendar } from '../calendar/work-calendar';
import { branchesOf, optionOf } from '../catalog/branches';
import type { Procedure, Step } from '../catalog/schema';
import type { Day } from '../dates/civil';
import type { Msg } from '../i18n/msg';
import { pointDirection, resolvePoint } from './calendar-points';
import { pushPastHolds } from './holds';
import { movePeriod, resolveUnit } from './periods';
import { problem } from './problems';
import { stepsDoneOnReceipt } from './requester';
import { stateOf } from './state';
import type { CaseInput, CaseResult, DueRange, EngineSettings, Problem, StepResult } from './types';
import { type Counted, lateAgainst, type Settled, settleDue } from './uncertain';

/**
 * Every draft (and every step result) has every key, in one order: objects of mixed shapes (an
 * optional key here, a spread there) made the engine 2–3 times slower (npm run bench, engine).
 */
interface Draft {
  readonly anchor: Day | null;
  readonly due: Day | null;
  /** The due date's bounds when it falls in a year with no holiday data (`due` is null then). */
  readonly range: DueRange | undefined;
  readonly soonFrom: Day | null;
  /** The anchor is a real date (not a projection from an unfinished step). */
  readonly anchorIsFact: boolean;
  /** The step has a deadline, but a date it needs (the start, a field, a typed due date) is blank. */
  readonly needsDate: boolean;
}

function drafted(anchor: Day | null, settled: Settled, anchorIsFact: boolean): Draft {
  return {
    anchor,
    due: settled.due,
    range: settled.range,
    soonFrom: settled.soonFrom,
    anchorIsFact,
    needsDate: false,
  };
}

export function evaluateCase(
  procedure: Procedure,
  input: CaseInput,
  settings: EngineSettings,
  today: Day,
): CaseResult {
  const problems: Problem[] = [];
  const report = (p: Problem) => {
    if (!problems.some((q) => q.code === p.code && q.step === p.step && q.field === p.field))
      problems.push(p);
  };
  const doneOf = completionDates(procedure, input, today, report);
  // Receiving the request is the requester's own submission done (and the round's steps before it):
  // without this, every request received today showed overdue until an officer retyped the date.
  const received = new Set<string>();
  if (input.start !== null && input.start <= today) {
    for (const step of stepsDoneOnReceipt(procedure)) {
      if (doneOf.get(step.id) != null) continue;
      doneOf.set(step.id, input.start);
      received.add(step.id);
    }
  }
  const chosen = chosenOptions(procedure, input, doneOf, report);
  // An alternative the case does not follow has no deadline; a step done anyway still counts as done.
  const notTaken = (s: Step) =>
    doneOf.get(s.id) == null &&
    s.branch !== undefined &&
    chosen.has(s.branch) &&
    chosen.get(s.branch) !== optionOf(s);
  const isSkipped = (s: Step) => doneOf.get(s.id) == null && (s.optional === true || notTaken(s));

  // A missing anchor matters only for the step the case waits on: later steps' dates (a return date,
  // a leaving date) are often not known yet, and that is not a problem.
  const deferred = new Map<string, Problem>();
  const needsDate = new Set<string>();
  const results: StepResult[] = [];
  const byId = new Map<string, StepResult>();
  let previous: StepResult | null = null;
  for (const step of procedure.steps) {
    const defer = (p: Problem) => deferred.set(step.id, p);
    const draft = notTaken(step)
      ? NO_DUE
      : dueOf(step, previous, byId, input, settings, today, report, defer, procedure);
    const undecided = step.branch === undefined ? undefined : undecidedBranch(procedure, step.branch, chosen);
    if (undecided) defer(problem('missing-branch', step.id, `branch:${undecided.id}`, undecided));
    const typed = input.due[step.id] ?? null;
    const done = doneOf.get(step.id) ?? null;
    if (done !== null && draft.anchorIsFact && draft.anchor !== null && done < draft.anchor) {
      report(problem('done-before-anchor', step.id));
    }
    const due = typed ?? draft.due;
    const range = typed === null ? draft.range : undefined;
    if (due === null && !range && draft.needsDate) needsDate.add(step.id);
    const result: StepResult = {
      id: step.id,
      due,
      range,
      soonFrom: typed === null ? draft.soonFrom : null,
      anchor: draft.anchor,
      done,
      // The requester's lateness is not the office's: a submission read from the receipt is not judged.
      late:
        done === null || received.has(step.id)
          ? null
          : due !== null
            ? done > due
            : range
              ? lateAgainst(done, range)
              : null,
      skipped: isSkipped(step),
      typed: typed !== null,
    };
    results.push(result);
    byId.set(step.id, result);
    if (!result.skipped) previous = result;
  }

  // A pending step with a later step done: scan from the end, remembering whether anything after is done.
  let laterDone = false;
  let current: StepResult | null = null;
  const outOfOrder: Problem[] = [];
  for (let i = results.length - 1; i >= 0; i--) {
    const r = results[i]!;
    if (!r.skipped && r.done === null) {
      if (laterDone) outOfOrder.unshift(problem('out-of-order', r.id));
      current = r;
    }
    if (r.done !== null) laterDone = true;
  }
  outOfOrder.forEach(report);
  // Only a case that is moving needs the date: a cancelled, closed or held case waits for nothing.
  const waiting = current && input.status === 'active' ? deferred.get(current.id) : undefined;
  if (waiting) report(waiting);
  const waitsForDate = current !== null && needsDate.has(current.id);
  // A step with no time standard of its own (an officer's check) is timed by the case's next deadline:
  // a resignation received and being checked is due by the authority's decision, not "on track" forever.
  const timing = current && !waitsForDate ? nextDeadline(procedure, results, current) : current;
  return {
    ...stateOf(results, current, timing, input, settings, today, report, waitsForDate),
    steps: results,
    problems,
  };
}

const NO_DUE: Draft = {
  anchor: null,
  due: null,
  range: undefined,
  soonFrom: null,
  anchorIsFact: false,
  needsDate: false,
};
const NEEDS_DATE: Draft = { ...NO_DUE, needsDate: true };

/**
 * The alternative each branch follows: the one typed in the case's branch column, else the one whose
 * step was done first (in step order). A step done outside the typed alternative is reported.
 */
function chosenOptions(
  procedure: Procedure,
  input: CaseInput,
  doneOf: ReadonlyMap<string, Day | null>,
  report: (p: Problem) => void,
): Map<string, string> {
  const chosen = new Map<string, string>();
  for (const branch of branchesOf(procedure)) {
    const typed = input.branches?.[branch.id] ?? null;
    const valid = typed !== null && branch.options.some((o) => o.id === typed) ? typed : null;
    const doneIn = branch.options.filter((o) => o.steps.some((id) => doneOf.get(id) != null));
    if (valid !== null) {
      chosen.set(branch.id, valid);
      for (const other of doneIn.filter((o) => o.id !== valid))
        for (const id of other.steps)
          if (doneOf.get(id) != null) report(problem('branch-conflict', id, `branch:${branch.id}`, branch));
    } else if (doneIn.length > 0) chosen.set(branch.id, doneIn[0]!.id);
  }
  return chosen;
}

/** The branch, when no alternative is chosen yet and there is more than one to choose from. */
function undecidedBranch(procedure: Procedure, id: string, chosen: ReadonlyMap<string, string>) {
  if (chosen.has(id)) return undefined;
  const branch = branchesOf(procedure).find((b) => b.id === id);
  return branch && branch.options.length > 1 ? branch : undefined;
}

/** Completion dates; a date in the future cannot be a completion, so it is reported and ignored. */
function completionDates(procedure: Procedure, input: CaseInput, today: Day, report: (p: Problem) => void) {
  const dates = new Map<string, Day | null>();
  for (const step of procedure.steps) {
    let done = input.done[step.id] ?? null;
    if (done !== null && done > today) {
      report(problem('done-in-future', step.id));
      done = null;
    }
    dates.set(step.id, done);
  }
  return dates;
}

function dueOf(
  step: Step,
  previous: StepResult | null,
  byId: ReadonlyMap<string, StepResult>,
  input: CaseInput,
  settings: EngineSettings,
  today: Day,
  report: (p: Problem) => void,
  defer: (p: Problem) => void,
  procedure: Procedure,
): Draft {
  const none = NO_DUE;
  const missing = NEEDS_DATE;
  const rule = step.deadline;
  const fieldDay = (field: string): Day | null => {
    const value = input.fields[field];
    if (typeof value === 'number' && Number.isInteger(value)) return value;
    defer(
      problem(
        'missing-anchor',
        step.id,
        field,
        procedure.fields.find((f) => f.id === field),
      ),
    );
    return null;
  };
  const startDay = (): Day | null => {
    if (input.start === null && Object.values(input.done).some((d) => d != null))
      report(problem('missing-start', step.id));
    return input.start;
  };
  const unknown = (m: Msg) => report({ code: 'no-holiday-data', msg: m, step: step.id });
  const calendar = settings.calendar;
  switch (rule.kind) {
    case 'after': {
      let lo: Day | null = null;
      let hi: Day | null = null;
      let fact = true;
      const from = rule.from;
      if (from.type === 'start') lo = startDay();
      else if (from.type === 'field') lo = fieldDay(from.field);
      else {
        const source = from.type === 'previous' ? previous : (byId.get(from.step) ?? null);
        if (source === null) lo = startDay();
        else {
          fact = source.done !== null;
          lo = source.done ?? source.due ?? source.range?.earliest ?? null;
          hi = source.done ?? source.due ?? source.range?.latest ?? null;
        }
      }
      hi ??= lo;
      if (lo === null || hi === null) return fact ? missing : none;
      const { unit, n } = resolveUnit(rule.unit, rule.n, settings);
      const count = (cal: WorkCalendar, anchor: Day): Counted => {
        // "ทันที" (n = 0) on a day off is due on the next working day, not on the Saturday itself.
        const moved = movePeriod(cal, anchor, n, unit);
        const raw = n === 0 ? rollToWorkingDay(cal, moved, 1) : moved;
        const due = pushPastHolds(cal, anchor, raw, input.holds, today);
        const soonFrom =
          rule.nMin === undefined
            ? null
            : movePeriod(cal, anchor, resolveUnit(rule.unit, rule.nMin, settings).n, unit);
        const counts = unit === 'workdays' || input.holds.length > 0;
        return { due, soonFrom, direction: 1, from: counts ? anchor + 1 : due };
      };
      const settled = settleDue(calendar, count, lo, hi, unknown);
      return drafted(lo === hi ? lo : null, settled, fact);
    }
    case 'before': {
      const target = fieldDay(rule.field);
      if (target === null) return missing;
      const { unit, n } = resolveUnit(rule.unit, rule.n, settings);
      const count = (cal: WorkCalendar, anchor: Day): Counted => {
        const moved = movePeriod(cal, anchor, -n, unit);
        // A lead time of none on a day off falls on the working day before: notice is never shortened.
        const due = n === 0 ? rollToWorkingDay(cal, moved, -1) : moved;
        return { due, soonFrom: null, direction: -1, from: unit === 'workdays' ? anchor - 1 : due };
      };
      return drafted(null, settleDue(calendar, count, target, target, unknown), false);
    }
    case 'calendar': {
      const start = startDay();
      if (start === null) return missing;
      const probe = resolvePoint(openCalendar(calendar), rule.at, start, input.fields);
      if ('missingField' in probe) {
        defer(
          problem(
            'missing-anchor',
            step.id,
            probe.missingField,
            procedure.fields.find((f) => f.id === probe.missingField),
          ),
        );
        return missing;
      }
      const count = (cal: WorkCalendar, anchor: Day): Counted => {
        const point = resolvePoint(cal, rule.at, anchor, input.fields);
        const due = 'due' in point ? point.due : anchor;
        return { due, soonFrom: null, direction: pointDirection(rule.at), from: due };
      };
      return drafted(start, settleDue(calendar, count, start, start, unknown), true);
    }
    // A date someone else sets: until the officer types it in the step's due column, Kamnot cannot tell.
    case 'manual':
      return missing;
    case 'none':
      return none;
  }
}

/** `current`, or the first pending step after it with a due date when `current` has no deadline. */
function nextDeadline(procedure: Procedure, results: readonly StepResult[], current: StepResult): StepResult {
  const at = results.indexOf(current);
  if (current.due !== null || procedure.steps[at]?.deadline.kind !== 'none') return current;
  return (
    results.slice(at + 1).find((r) => !r.skipped && r.done === null && (r.due !== null || r.range)) ?? current
  );
}
