/**
 * Counting on a working-day calendar.
 * - `workday`/`networkdays` have exactly the semantics of the spreadsheet functions WORKDAY,
 *   NETWORKDAYS and their .INTL forms: the start day is not counted, n = 0 returns the start.
 * - Calendar-day, week and month periods follow Thai law: the start day is not counted
 *   (CCC §193/3) and a period whose last day is not a working day ends on the next working day
 *   (§193/8) — or, counting back to a lead time, on the previous one, so the lead is never shortened.
 */
import { addMonths, type Day, weekday } from '../dates/civil';
import { assertCovered, isWorkingDay, type WorkCalendar } from './work-calendar';

export function workday(calendar: WorkCalendar, start: Day, n: number): Day {
  const steps = Math.trunc(n);
  if (steps === 0) return start;
  const { prefix, coveredDays } = calendar;
  if (prefix && coveredDays) return workdayByPrefix(calendar, prefix, coveredDays.first, start, steps);
  const dir = steps > 0 ? 1 : -1;
  let remaining = Math.abs(steps);
  let day = start;
  assertCovered(calendar, start);
  // Whole weeks first when far away and the weekend leaves whole working weeks: a week holds
  // (7 - weekend days) working days minus the holidays inside it, so step week by week.
  const perWeek = calendar.workdaysPerWeek;
  while (remaining > perWeek * 2) {
    const next = day + dir * 7;
    const lost = holidaysBetween(
      calendar,
      Math.min(day, next) + (dir > 0 ? 1 : 0),
      Math.max(day, next) - (dir > 0 ? 0 : 1),
    );
    const gained = perWeek - lost;
    if (gained >= remaining) break;
    assertCovered(calendar, next);
    day = next;
    remaining -= gained;
  }
  while (remaining > 0) {
    day += dir;
    if (isWorkingDay(calendar, day)) {
      remaining--;
      if (remaining === 0) assertCovered(calendar, day);
    }
  }
  return day;
}

/**
 * WORKDAY with the prefix table: the n-th working day after (before) the start is the first day whose
 * running count reaches the start's count plus n (minus n, plus one). A binary search, not a walk.
 */
function workdayByPrefix(
  calendar: WorkCalendar,
  prefix: Int32Array,
  first: Day,
  start: Day,
  steps: number,
): Day {
  assertCovered(calendar, start);
  const target = steps > 0 ? prefix[start - first + 1]! + steps : prefix[start - first]! + steps + 1;
  if (target <= 0) assertCovered(calendar, first - 1);
  if (target > prefix[prefix.length - 1]!) assertCovered(calendar, first + prefix.length - 1);
  const index = lowerBound(prefix, target);
  return first + index - 1;
}

/** NETWORKDAYS: working days from start to end, both counted; negative when end < start. */
export function networkdays(calendar: WorkCalendar, start: Day, end: Day): number {
  if (end < start) return -networkdays(calendar, end, start);
  assertCovered(calendar, start);
  assertCovered(calendar, end);
  const { prefix, coveredDays } = calendar;
  if (prefix && coveredDays) return prefix[end - coveredDays.first + 1]! - prefix[start - coveredDays.first]!;
  return weekdaysBetween(calendar, start, end) - holidaysBetween(calendar, start, end);
}

/** Non-weekend days in [first, last], by whole weeks plus the remainder. */
function weekdaysBetween(calendar: WorkCalendar, first: Day, last: Day): number {
  const total = last - first + 1;
  if (total <= 0) return 0;
  const weeks = Math.floor(total / 7);
  let count = weeks * calendar.workdaysPerWeek;
  for (let day = first + weeks * 7; day <= last; day++) if (!calendar.weekend[weekday(day)]) count++;
  return count;
}

/** Holidays (already limited to weekdays) in [first, last], by binary search. */
function holidaysBetween(calendar: WorkCalendar, first: Day, last: Day): number {
  if (last < first) return 0;
  return lowerBound(calendar.holidays, last + 1) - lowerBound(calendar.holidays, first);
}

function lowerBound(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Moves a period's last day off a non-working day: forward for periods after, back for lead times. */
export function rollToWorkingDay(calendar: WorkCalendar, day: Day, direction: 1 | -1): Day {
  let d = day;
  assertCovered(calendar, d);
  while (!isWorkingDay(calendar, d)) d += direction;
  assertCovered(calendar, d);
  return d;
}

export function addCalendarDays(calendar: WorkCalendar, start: Day, n: number): Day {
  const steps = Math.trunc(n);
  if (steps === 0) return start;
  return rollToWorkingDay(calendar, start + steps, steps > 0 ? 1 : -1);
}

export function addWeeks(calendar: WorkCalendar, start: Day, n: number): Day {
  return addCalendarDays(calendar, start, Math.trunc(n) * 7);
}

export function addCalendarMonths(calendar: WorkCalendar, start: Day, n: number): Day {
  const steps = Math.trunc(n);
  if (steps === 0) return start;
  return rollToWorkingDay(calendar, addMonths(start, steps), steps > 0 ? 1 : -1);
}
