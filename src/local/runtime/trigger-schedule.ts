/**
 * Clock trigger schedules: what a ClockTriggerBuilder records, and the next instant it fires
 * (triggers.ts holds the triggers and builders; load-bundle.ts fires them as virtual time passes).
 *
 * Source: ClockTriggerBuilder reference (everyMinutes/everyHours, at/after). Modelled: recurring
 * triggers fire at whole intervals from their creation (production picks a minute in each interval).
 */
export interface ClockSchedule {
  /** Recurrence, ms (everyMinutes/everyHours). */
  readonly everyMs?: number;
  /** One-off trigger instant (at/after). */
  readonly at?: number;
}

export const HOUR = 3_600_000;

/** The first instant after `after` at which a schedule fires. */
export function nextFire(schedule: ClockSchedule, createdAt: number, after: number): number | undefined {
  if (schedule.at !== undefined) return schedule.at > after ? schedule.at : undefined;
  if (schedule.everyMs === undefined) return undefined;
  const k = Math.floor((after - createdAt) / schedule.everyMs) + 1;
  return createdAt + Math.max(1, k) * schedule.everyMs;
}
