/**
 * Due dates and states when the holiday data stops short (issue 12 §4): a count that reaches a year the
 * calendar does not cover gives a range, not a date (calendar/unknown-years.ts says why the bounds
 * hold), and the case's state is the one both ends of the range agree on, else 'uncertain'. A case
 * overdue whatever that year's holidays turn out to be is overdue, and is reminded as such.
 */
import { networkdays } from '../calendar/counting';
import { farBound, mostHolidays, openCalendar } from '../calendar/unknown-years';
import type { WorkCalendar } from '../calendar/work-calendar';
import type { Day } from '../dates/civil';
import { KamnotError } from '../i18n/error';
import type { Msg } from '../i18n/msg';
import type { CaseState, DueRange, EngineSettings, StepResult } from './types';

/** One count on a given calendar from a given anchor. */
export interface Counted {
  readonly due: Day;
  readonly soonFrom: Day | null;
  /** 1 when more days off make the date later (a period after), -1 when earlier (a lead time, a window's end). */
  readonly direction: 1 | -1;
  /** The first day whose being a day off can move the date (the day after the anchor for a working-day count). */
  readonly from: Day;
}

export interface Settled {
  readonly due: Day | null;
  readonly range?: DueRange;
  readonly soonFrom: Day | null;
}

/**
 * The due date of a count from an anchor known to lie in [lo, hi]: exact when it can be counted, else
 * its bounds (`unknown` gets the calendar's "no holiday data" message when that is why).
 */
export function settleDue(
  calendar: WorkCalendar,
  count: (calendar: WorkCalendar, anchor: Day) => Counted,
  lo: Day,
  hi: Day,
  unknown: (m: Msg) => void,
): Settled {
  let missing: Msg | null = null;
  if (lo === hi) {
    try {
      const c = count(calendar, lo);
      return { due: c.due, soonFrom: c.soonFrom };
    } catch (error) {
      if (!(error instanceof KamnotError)) throw error;
      missing = error.msg;
    }
  }
  const open = openCalendar(calendar);
  const early = count(open, lo);
  const late = count(open, hi);
  const earliest = early.direction > 0 ? early.due : farBound(calendar, early.due, early.from, -1);
  const latest = late.direction > 0 ? farBound(calendar, late.due, late.from, 1) : late.due;
  if (earliest === latest) return { due: earliest, soonFrom: early.soonFrom };
  if (missing) unknown(missing);
  return { due: null, range: { earliest, latest }, soonFrom: early.soonFrom };
}

/** Whether a step done on `done` was late against a due date known only by its range; null when it cannot be told. */
export function lateAgainst(done: Day, range: DueRange): boolean | null {
  return done > range.latest ? true : done <= range.earliest ? false : null;
}

export interface BoundedState {
  readonly state: CaseState;
  readonly daysLeft: number | null;
}

/**
 * The state of a case timed by a step whose due date, or the working days from today to it, cannot be
 * counted exactly. The most urgent reading takes the earliest due date and the fewest working days
 * left (the unknown days as full of holidays as the data allows); the least urgent the latest due date
 * and the most days left (weekends only). Equal readings are the state; different ones, 'uncertain'.
 */
export function boundedState(
  timed: StepResult,
  today: Day,
  settings: EngineSettings,
  onHold: boolean,
): BoundedState {
  const calendar = settings.calendar;
  const open = openCalendar(calendar);
  const range = timed.range ?? { earliest: timed.due!, latest: timed.due! };
  // Working days after today up to the due date (negative: from the day after it up to today), counted
  // with weekends only: the most there can be. Up to `mostHolidays` of them may turn out days off.
  const most = (due: Day) =>
    due > today ? networkdays(open, today + 1, due) : due === today ? 0 : -networkdays(open, due + 1, today);
  const unknownIn = (due: Day) =>
    due > today ? mostHolidays(calendar, today + 1, due) : mostHolidays(calendar, due + 1, today);
  const fewest = (due: Day) => {
    const n = most(due);
    const held = unknownIn(due);
    return n > 0 ? Math.max(0, n - held) : n < 0 ? Math.min(0, n + held) : 0;
  };
  const used = (due: Day): number | null => {
    const anchor = timed.anchor;
    if (anchor === null || due <= anchor) return null;
    const allowed = networkdays(open, anchor + 1, due);
    return allowed <= 0 ? null : (today <= anchor ? 0 : networkdays(open, anchor + 1, today)) / allowed;
  };
  const reading = (due: Day, left: number, soonFrom: Day | null): CaseState => {
    if (today > due) return 'overdue';
    if (today === due) return 'due-today';
    const u = used(due);
    const soon =
      left <= settings.dueSoonWorkdays ||
      (u !== null && u >= settings.dueSoonFraction) ||
      (soonFrom !== null && today >= soonFrom);
    return soon ? 'due-soon' : 'on-track';
  };
  const urgent = reading(range.earliest, fewest(range.earliest), timed.soonFrom);
  const relaxed = reading(range.latest, most(range.latest), timed.range ? null : timed.soonFrom);
  const exact = range.earliest === range.latest && fewest(range.earliest) === most(range.earliest);
  const daysLeft = exact ? most(range.earliest) : null;
  if (onHold) return { state: 'on-hold', daysLeft };
  return { state: urgent === relaxed ? urgent : 'uncertain', daysLeft };
}
