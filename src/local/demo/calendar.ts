/**
 * The demo places its dates on the shipped Thai calendar. Run as of a day near or past its last year
 * (`npm start -- --today 2029-03-01`), the dates it invents fall on weekdays alone there: the run
 * then shows what an office sees in a year without holiday data (ranges, "cannot tell yet").
 */
import { calendarNamed } from '../../core/calendar/calendars';
import { rollToWorkingDay, workday } from '../../core/calendar/counting';
import type { WorkCalendar } from '../../core/calendar/work-calendar';
import type { Day } from '../../core/dates/civil';
import { KamnotError } from '../../core/i18n/error';

const TH = calendarNamed('TH');
const WEEKDAYS = calendarNamed('NONE');

function onCalendar<T>(count: (c: WorkCalendar) => T): T {
  try {
    return count(TH);
  } catch (error) {
    if (!(error instanceof KamnotError)) throw error;
    return count(WEEKDAYS);
  }
}

/** `n` working days after `day` (before it when negative). */
export const demoWorkday = (day: Day, n: number): Day => onCalendar((c) => workday(c, day, n));

/** The nearest working day on or after (1) or on or before (-1) `day`. */
export const demoRoll = (day: Day, direction: 1 | -1): Day =>
  onCalendar((c) => rollToWorkingDay(c, day, direction));
