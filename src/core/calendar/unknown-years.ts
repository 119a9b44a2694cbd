/**
 * Counting into a year the holiday data does not cover (issue 12 §4). The exact date cannot be known,
 * but it can be bounded:
 * - the *open* calendar counts the unknown days with weekends only (and the holidays that are known
 *   there): fewer holidays can only make a period after a date end earlier, and a lead time later;
 * - the unknown days can hold at most `mostHolidays` weekday holidays, so the other bound is the open
 *   result moved that many more working days (later for a period, earlier for a lead time).
 *
 * Why the bound is the most weekday holidays that any stretch of as many days held in the covered
 * years: it is what the data shows, and it is tight (shipped TH data 2024–2028: 3 in any 7 days, 6 in
 * 30, 24 in any 366), where "a whole year's holidays for each year touched" would leave a case due in
 * early January uncertain for a month. A stretch longer than the covered years is cut into pieces
 * (a stretch cannot hold more than its pieces do). A future year with more days off in some stretch
 * than any covered one would move the latest bound by that excess; the due date itself is never
 * guessed: the run says the year is missing until its holidays are added.
 */
import type { Day } from '../dates/civil';
import { workday } from './counting';
import { makeCalendar, type WorkCalendar } from './work-calendar';

const opened = new WeakMap<WorkCalendar, WorkCalendar>();

/** The calendar with no coverage limit: unknown years count weekends (and known days) only. */
export function openCalendar(calendar: WorkCalendar): WorkCalendar {
  if (calendar.years === null) return calendar;
  let open = opened.get(calendar);
  if (!open) {
    open = makeCalendar(calendar.name, calendar.holidays, null, calendar.weekend);
    opened.set(calendar, open);
  }
  return open;
}

const windows = new WeakMap<WorkCalendar, Map<number, number>>();

/** The most weekday holidays any `length` consecutive covered days hold. */
function mostInStretch(calendar: WorkCalendar, length: number): number {
  const covered = calendar.coveredDays;
  if (covered === null || length <= 0) return 0;
  const span = covered.last - covered.first + 1;
  if (length > span) {
    const whole = Math.floor(length / span);
    return whole * mostInStretch(calendar, span) + mostInStretch(calendar, length - whole * span);
  }
  let cache = windows.get(calendar);
  if (!cache) {
    cache = new Map();
    windows.set(calendar, cache);
  }
  const known = cache.get(length);
  if (known !== undefined) return known;
  const days = calendar.holidays.filter((d) => d >= covered.first && d <= covered.last);
  let best = 0;
  for (let i = 0, j = 0; i < days.length; i++) {
    while (days[i]! - days[j]! >= length) j++;
    best = Math.max(best, i - j + 1);
  }
  cache.set(length, best);
  return best;
}

/** At most how many weekday holidays the days of [first, last] outside the covered years can hold. */
export function mostHolidays(calendar: WorkCalendar, first: Day, last: Day): number {
  const c = calendar.coveredDays;
  if (c === null || last < first) return 0;
  const before = Math.max(0, Math.min(last, c.first - 1) - first + 1);
  const after = Math.max(0, last - Math.max(first, c.last + 1) + 1);
  return mostInStretch(calendar, before) + mostInStretch(calendar, after);
}

/**
 * The far bound of a date the open calendar gave: `bound` working days further in `direction`, where
 * `bound` is what the unknown days between `from` (where the count's holidays start to matter) and the
 * far bound itself can hold. The far bound widens the stretch, so repeat until it stays put.
 */
export function farBound(calendar: WorkCalendar, near: Day, from: Day, direction: 1 | -1): Day {
  const open = openCalendar(calendar);
  let far = near;
  for (;;) {
    const held =
      direction > 0
        ? mostHolidays(calendar, Math.min(from, near), far)
        : mostHolidays(calendar, far, Math.max(from, near));
    const next = workday(open, near, direction * held);
    if (next === far) return far;
    far = next;
  }
}
