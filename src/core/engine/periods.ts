/** Turning a manual's period (n units) into a due date on the office's calendar. */
import { addCalendarDays, addCalendarMonths, addWeeks, workday } from '../calendar/counting';
import type { WorkCalendar } from '../calendar/work-calendar';
import type { Unit } from '../catalog/schema';
import type { Day } from '../dates/civil';
import type { EngineSettings } from './types';

/** Plain "วัน" resolved by the workbook setting; hours count as whole working days (dates carry no time). */
export type CountUnit = 'workdays' | 'calendar-days' | 'weeks' | 'months';

export function resolveUnit(unit: Unit, n: number, settings: EngineSettings): { unit: CountUnit; n: number } {
  switch (unit) {
    case 'days':
      return { unit: settings.plainDays, n };
    case 'hours':
      // "ภายใน 3 ชั่วโมง" is the same day; 24 hours is the next working day, 30 hours the second.
      return { unit: 'workdays', n: n < 24 ? 0 : Math.ceil(n / 24) };
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
