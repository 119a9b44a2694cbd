/**
 * Holds stop the clock (like a paused SLA): the working days a case spends on hold after its anchor
 * and before its due date push the due date later by the same number of working days. A hold never
 * makes a due date earlier.
 */
import { networkdays, workday } from '../calendar/counting';
import type { WorkCalendar } from '../calendar/work-calendar';
import type { Day } from '../dates/civil';
import type { Hold } from './types';

/**
 * `today` closes an ongoing hold: the clock has been stopped up to and including today. The held days
 * are counted up to the pushed due date, not the original one, so a hold that outlasts the first push
 * keeps pushing: iterate to the fixed point (held days only grow, and are bounded by the holds).
 */
export function pushPastHolds(
  calendar: WorkCalendar,
  anchor: Day,
  due: Day,
  holds: readonly Hold[],
  today: Day,
): Day {
  if (holds.length === 0) return due;
  let result = due;
  for (;;) {
    let held = 0;
    for (const hold of holds) {
      const to = hold.to ?? Math.max(today, hold.from);
      const first = Math.max(hold.from, anchor + 1);
      const last = Math.min(to, result);
      if (first <= last) held += networkdays(calendar, first, last);
    }
    const next = held > 0 ? workday(calendar, due, held) : due;
    if (next === result) return result;
    result = next;
  }
}
