/**
 * The case engine: one register row (a case) → every step's due date, the current step, the state.
 * Pure and total: bad or missing input becomes a problem on the case, never an exception.
 */
import { networkdays, rollToWorkingDay } from '../calendar/counting';
import { branchesOf, optionOf } from '../catalog/branches';
import type { Procedure, Step } from '../catalog/schema';
import type { Day } from '../dates/civil';
import { KamnotError } from '../i18n/error';
import { resolvePoint } from './calendar-points';
import { pushPastHolds } from './holds';
import { movePeriod, resolveUnit } from './periods';
import { problem } from './problems';
import { stepsDoneOnReceipt } from './requester';
import type { CaseInput, CaseResult, EngineSettings, Problem, StepResult } from './types';

interface Draft {
  anchor: Day | null;
  due: Day | null;
  soonFrom: Day | null;
  /** The anchor is a real date (not a projection from an unfinished step). */
  anchorIsFact: boolean;
  /** The step has a deadline, but a date it needs (the start, a field, a typed due date) is blank. */
  needsDate?: boolean;
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
    if (due === null && draft.needsDate) needsDate.add(step.id);
    const result: StepResult = {
      id: step.id,
      due,
      soonFrom: typed === null ? draft.soonFrom : null,
      anchor: draft.anchor,
      done,
      // The requester's lateness is not the office's: a submission read from the receipt is not judged.
      late: done !== null && due !== null && !received.has(step.id) ? done > due : null,
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

const NO_DUE: Draft = { anchor: null, due: null, soonFrom: null, anchorIsFact: false };

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
  const none: Draft = { anchor: null, due: null, soonFrom: null, anchorIsFact: false };
  const missing: Draft = { ...none, needsDate: true };
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
  try {
    switch (rule.kind) {
      case 'after': {
        let anchor: Day | null = null;
        let fact = true;
        const from = rule.from;
        if (from.type === 'start') anchor = startDay();
        else if (from.type === 'field') anchor = fieldDay(from.field);
        else {
          const source = from.type === 'previous' ? previous : (byId.get(from.step) ?? null);
          if (source === null) anchor = startDay();
          else {
            anchor = source.done ?? source.due;
            fact = source.done !== null;
          }
        }
        if (anchor === null) return fact ? missing : none;
        const { unit, n } = resolveUnit(rule.unit, rule.n, settings);
        // "ทันที" (n = 0) on a day off is due on the next working day, not on the Saturday itself.
        const moved = movePeriod(settings.calendar, anchor, n, unit);
        const raw = n === 0 ? rollToWorkingDay(settings.calendar, moved, 1) : moved;
        const due = pushPastHolds(settings.calendar, anchor, raw, input.holds, today);
        const soonFrom =
          rule.nMin === undefined
            ? null
            : movePeriod(settings.calendar, anchor, resolveUnit(rule.unit, rule.nMin, settings).n, unit);
        return { anchor, due, soonFrom, anchorIsFact: fact };
      }
      case 'before': {
        const target = fieldDay(rule.field);
        if (target === null) return missing;
        const { unit, n } = resolveUnit(rule.unit, rule.n, settings);
        const moved = movePeriod(settings.calendar, target, -n, unit);
        return {
          anchor: null,
          // A lead time of none on a day off falls on the working day before: notice is never shortened.
          due: n === 0 ? rollToWorkingDay(settings.calendar, moved, -1) : moved,
          soonFrom: null,
          anchorIsFact: false,
        };
      }
      case 'calendar': {
        const start = startDay();
        if (start === null) return missing;
        const point = resolvePoint(settings.calendar, rule.at, start, input.fields);
        if ('missingField' in point) {
          defer(
            problem(
              'missing-anchor',
              step.id,
              point.missingField,
              procedure.fields.find((f) => f.id === point.missingField),
            ),
          );
          return missing;
        }
        return { anchor: start, due: point.due, soonFrom: null, anchorIsFact: true };
      }
      // A date someone else sets: until the officer types it in the step's due column, Kamnot cannot tell.
      case 'manual':
        return missing;
      case 'none':
        return none;
    }
  } catch (error) {
    if (!(error instanceof KamnotError)) throw error;
    report({ code: 'no-holiday-data', msg: error.msg, step: step.id });
    return none;
  }
}

/** `current`, or the first pending step after it with a due date when `current` has no deadline. */
function nextDeadline(procedure: Procedure, results: readonly StepResult[], current: StepResult): StepResult {
  const at = results.indexOf(current);
  if (current.due !== null || procedure.steps[at]?.deadline.kind !== 'none') return current;
  return results.slice(at + 1).find((r) => !r.skipped && r.done === null && r.due !== null) ?? current;
}

/** `timing`: the step whose due date the case is timed by (the current one, or its next deadline). */
function stateOf(
  results: readonly StepResult[],
  current: StepResult | null,
  timing: StepResult | null,
  input: CaseInput,
  settings: EngineSettings,
  today: Day,
  report: (p: Problem) => void,
  waitsForDate: boolean,
): Omit<CaseResult, 'steps' | 'problems'> {
  const quiet = { current: null, due: null, daysLeft: null, used: null };
  if (input.status === 'cancelled') return { ...quiet, state: 'cancelled' };
  if (current === null || input.status === 'closed') {
    return { ...quiet, state: results.some((r) => r.late === true) ? 'done-late' : 'done' };
  }
  const started = input.start !== null && input.start <= today;
  if (!started && results.every((r) => r.done === null)) {
    return { ...quiet, current: current.id, state: 'not-started' };
  }
  const timed = timing ?? current;
  const base = { current: current.id, due: timed.due };
  const onHold =
    input.status === 'on-hold' ||
    input.holds.some((h) => h.from <= today && (h.to === null || h.to >= today));
  const due = timed.due;
  if (due === null) {
    const state = onHold ? 'on-hold' : waitsForDate ? 'needs-date' : 'on-track';
    return { ...base, daysLeft: null, used: null, state };
  }
  try {
    const calendar = settings.calendar;
    // Working days after today up to the due date; on the due date itself, 0 (not an empty, reversed range).
    const daysLeft =
      due > today
        ? networkdays(calendar, today + 1, due)
        : due === today
          ? 0
          : -networkdays(calendar, due + 1, today);
    const used = usedFraction(timed, today, settings);
    if (onHold) return { ...base, daysLeft, used, state: 'on-hold' };
    let state: CaseResult['state'] = 'on-track';
    if (today > due) state = 'overdue';
    else if (today === due) state = 'due-today';
    else if (
      daysLeft <= settings.dueSoonWorkdays ||
      (used !== null && used >= settings.dueSoonFraction) ||
      (timed.soonFrom !== null && today >= timed.soonFrom)
    ) {
      state = 'due-soon';
    }
    return { ...base, daysLeft, used, state };
  } catch (error) {
    if (!(error instanceof KamnotError)) throw error;
    report({ code: 'no-holiday-data', msg: error.msg, step: timed.id });
    const state = onHold ? 'on-hold' : today > due ? 'overdue' : today === due ? 'due-today' : 'on-track';
    return { ...base, daysLeft: null, used: null, state };
  }
}

/** Working days used of the working days allowed between the anchor and the due date. */
function usedFraction(step: StepResult, today: Day, settings: EngineSettings): number | null {
  if (step.anchor === null || step.due === null || step.due <= step.anchor) return null;
  const allowed = networkdays(settings.calendar, step.anchor + 1, step.due);
  if (allowed <= 0) return null;
  const elapsed = today <= step.anchor ? 0 : networkdays(settings.calendar, step.anchor + 1, today);
  return elapsed / allowed;
}
