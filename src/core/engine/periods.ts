/** Turning a manual's period (n units) into a due date on the office's calendar. */
import { addCalendarDays, addCalendarMonths, addWeeks, workday } from '../calendar/counting';
import type { WorkCalendar } from '../calendar/work-calendar';
import type { Unit } from '../catalog/schema';
import type { Day } from '../dates/civil';
import type { EngineSettings } from './types';

/** Plain "วัน" resolved by the workbook setting; hours are clock hours, so whole calendar days (dates carry no time). */
export type CountUnit = 'workdays' | 'calendar-days' | 'weeks' | 'months';

export function resolveUnit(unit: Unit, n: number, settings: EngineSettings): { unit: CountUnit; n: number } {
  switch (unit) {
    case 'days':
      return { unit: settings.plainDays, n };
    case 'hours':
      // Hours run on every day of the week: "ภายใน 48 ชั่วโมง" from a summons received on Friday ends on
      // Sunday, so (§193/8) on Monday, not two working days later. Under 24 hours is the same day.
      return { unit: 'calendar-days', n: n < 24 ? 0 : Math.ceil(n / 24) };
    default:
      return { unit, n };
  }
}

/** Moves `n` units from `anchor` (negative n counts back for lead times). */
export function movePeriod(calendar: WorkCalendar, anchor: Day, n: number, unit: CountUnit): Day {
  switch (unit) {
    case 'workdays':
      return workday(calendar, anchor, n);
    case 'calendar-days':
      return addCalendarDays(calendar, anchor, n);
    case 'weeks':
      return addWeeks(calendar, anchor, n);
    case 'months':
      return addCalendarMonths(calendar, anchor, n);
  }
}
