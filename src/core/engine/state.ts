/**
 * A case's state from the step it is timed by: not started, on track, due soon, due today, overdue,
 * on hold, done… and, when the holiday data does not reach the dates it needs, the state both ends of
 * the possible range agree on, or 'uncertain' (uncertain.ts).
 */
import { networkdays } from '../calendar/counting';
import { missingYear } from '../calendar/work-calendar';
import type { Day } from '../dates/civil';
import type { CaseInput, CaseResult, EngineSettings, Problem, StepResult } from './types';
import { boundedState } from './uncertain';

/** `timing`: the step whose due date the case is timed by (the current one, or its next deadline). */
export function stateOf(
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
  const base = { current: current.id, due: timed.due, ...(timed.range ? { range: timed.range } : {}) };
  const onHold =
    input.status === 'on-hold' ||
    input.holds.some((h) => h.from <= today && (h.to === null || h.to >= today));
  const due = timed.due;
  if (timed.range) return { ...base, used: null, ...boundedState(timed, today, settings, onHold) };
  if (due === null) {
    const state = onHold ? 'on-hold' : waitsForDate ? 'needs-date' : 'on-track';
    return { ...base, daysLeft: null, used: null, state };
  }
  const calendar = settings.calendar;
  const first = Math.min(today, due, timed.anchor ?? due);
  const last = Math.max(today, due);
  const missing = missingYear(calendar, first) ?? missingYear(calendar, last);
  if (missing) {
    // Today (or the step's start) is in a year with no holiday data: the working days cannot be counted.
    report({ code: 'no-holiday-data', msg: missing, step: timed.id });
    return { ...base, used: null, ...boundedState(timed, today, settings, onHold) };
  }
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
}

/** Working days used of the working days allowed between the anchor and the due date. */
function usedFraction(step: StepResult, today: Day, settings: EngineSettings): number | null {
  if (step.anchor === null || step.due === null || step.due <= step.anchor) return null;
  const allowed = networkdays(settings.calendar, step.anchor + 1, step.due);
  if (allowed <= 0) return null;
  const elapsed = today <= step.anchor ? 0 : networkdays(settings.calendar, step.anchor + 1, today);
  return elapsed / allowed;
}
