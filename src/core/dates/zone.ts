/**
 * The edge between instants and civil dates. The core never reads a time zone itself: the caller
 * passes `offsetAt`, which the Apps Script adapter builds from the spreadsheet's zone (and Node
 * code from Intl). Sheets hands dates to scripts as the instant of local midnight in the
 * spreadsheet's zone, and expects the same back.
 */
import type { Day } from './civil';

/** Minutes east of UTC in force at a UTC instant (ms). */
export type OffsetAt = (utcMs: number) => number;

const MS_PER_DAY = 86_400_000;
const MS_PER_MINUTE = 60_000;

export function fixedOffset(minutes: number): OffsetAt {
  return () => minutes;
}

export function dayFromInstant(utcMs: number, offsetAt: OffsetAt): Day {
  return Math.floor((utcMs + offsetAt(utcMs) * MS_PER_MINUTE) / MS_PER_DAY);
}

/** The instant of local midnight starting `day` (or the first instant of that day when a DST gap skips midnight). */
export function instantFromDay(day: Day, offsetAt: OffsetAt): number {
  const local = day * MS_PER_DAY;
  let utc = local - offsetAt(local) * MS_PER_MINUTE;
  utc = local - offsetAt(utc) * MS_PER_MINUTE;
  // In a gap (midnight does not exist) the guess lands on the previous day: move to the day's first instant.
  if (dayFromInstant(utc, offsetAt) < day) utc += MS_PER_MINUTE * 60;
  return utc;
}

/** Memoises an expensive offset source (the edge's formatDate call, or Intl) by instant: sheets repeat dates a lot. */
export function memoOffset(source: OffsetAt): OffsetAt {
  const cache = new Map<number, number>();
  return (utcMs) => {
    let offset = cache.get(utcMs);
    if (offset === undefined) {
      offset = source(utcMs);
      cache.set(utcMs, offset);
    }
    return offset;
  };
}

/** Parses "+0700" / "-0330" (the `Z` date pattern of Apps Script's formatDate) into minutes. */
export function minutesFromZ(z: string): number {
  const match = /^([+-])(\d{2}):?(\d{2})$/.exec(z.trim());
  if (!match) throw new Error(`bad zone offset: ${z}`);
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}
