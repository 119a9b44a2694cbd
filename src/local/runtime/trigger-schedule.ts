/**
 * Clock trigger schedules: what a ClockTriggerBuilder records, and the next instant it fires
 * (triggers.ts holds the triggers and builders; load-bundle.ts fires them as virtual time passes).
 *
 * Source: ClockTriggerBuilder reference (everyMinutes/everyHours/everyDays/everyWeeks, atHour,
 * nearMinute, onWeekDay, at/after, inTimezone). Modelled: recurring triggers fire at whole intervals
 * from their creation; daily and weekly ones exactly at the requested hour and minute of the
 * schedule's zone (production only approximates them).
 */
import { instantFromLocal, localFields } from './time-zone';

export interface ClockSchedule {
  /** Recurrence, ms (minutes/hours); days/weeks use the fields below. */
  readonly everyMs?: number;
  readonly everyDays?: number;
  readonly everyWeeks?: number;
  readonly atHour?: number;
  readonly nearMinute?: number;
  readonly onWeekDay?: string;
  readonly timeZone: string;
  /** One-off trigger instant. */
  readonly at?: number;
}

export const HOUR = 3_600_000;
const DAY = 24 * HOUR;
export const WEEKDAYS = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'];

/** The first instant after `after` at which a schedule fires. */
export function nextFire(schedule: ClockSchedule, createdAt: number, after: number): number | undefined {
  if (schedule.at !== undefined) return schedule.at > after ? schedule.at : undefined;
  if (schedule.everyMs !== undefined) {
    const k = Math.floor((after - createdAt) / schedule.everyMs) + 1;
    return createdAt + Math.max(1, k) * schedule.everyMs;
  }
  const hour = schedule.atHour ?? localFields(createdAt, schedule.timeZone).hour;
  const minute = schedule.nearMinute ?? 0;
  const stepDays = schedule.everyWeeks !== undefined ? 7 * schedule.everyWeeks : (schedule.everyDays ?? 1);
  const start = localFields(after, schedule.timeZone);
  for (let i = 0; i <= stepDays + 7; i++) {
    const t = instantFromLocal(schedule.timeZone, start.year, start.month, start.day + i, hour, minute);
    if (t <= after) continue;
    if (
      schedule.onWeekDay !== undefined &&
      WEEKDAYS[localFields(t, schedule.timeZone).weekday] !== schedule.onWeekDay
    )
      continue;
    return t;
  }
  return after + stepDays * DAY;
}
