/**
 * The edge between instants and civil dates. The core never reads a time zone itself: the caller
 * passes `offsetAt`, which the Apps Script adapter builds from the spreadsheet's zone (and Node
 * code from Intl). Sheets hands dates to scripts as the instant of local midnight in the
 * spreadsheet's zone, and expects the same back.
 */
import type { Day } from './civil';

/**
 * Minutes east of UTC in force at a UTC instant (ms). A memoised source (memoOffset) also offers a
 * free guess: the offset it knows at the nearest instant it has looked up.
 */
export type OffsetAt = ((utcMs: number) => number) & {
  readonly guess?: (utcMs: number) => number | undefined;
};

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
  // Guess with the nearest offset known (no look-up); the look-up at the guessed instant confirms it.
  let utc = local - (offsetAt.guess?.(local) ?? offsetAt(local)) * MS_PER_MINUTE;
  utc = local - offsetAt(utc) * MS_PER_MINUTE;
  // In a gap (midnight does not exist) the guess lands on the previous day: move to the day's first instant.
  if (dayFromInstant(utc, offsetAt) < day) utc += MS_PER_MINUTE * 60;
  return utc;
}

/**
 * Zones whose offset has not changed since 1970 (IANA tz database, "asia" and "etcetera"): Bangkok's
 * has been +07:00 since 1920. For them no look-up is needed for any instant from 1970 on.
 */
const FIXED_SINCE_1970: Readonly<Record<string, number>> = {
  'Asia/Bangkok': 420,
  'Asia/Phnom_Penh': 420,
  'Asia/Vientiane': 420,
  'Asia/Jakarta': 420,
  'Asia/Yangon': 390,
  'Asia/Kolkata': 330,
  'Asia/Tokyo': 540,
  UTC: 0,
  'Etc/UTC': 0,
  GMT: 0,
  'Etc/GMT': 0,
};

/** No zone in the tz database changes its offset twice within a week. */
const WEEK_MS = 7 * MS_PER_DAY;

/**
 * Looks offsets up as rarely as the zone allows (each look-up is a service call at the edge): none for
 * a zone without transitions since 1970; otherwise an instant between two known instants at most a
 * week apart that share an offset has that offset (there can be no transition between them), so a
 * register's dates cost about one look-up per distinct day, and far fewer when they are close together.
 */
export function memoOffset(source: OffsetAt, zone?: string): OffsetAt {
  const fixed = zone === undefined ? undefined : FIXED_SINCE_1970[zone];
  const known: [number, number][] = [];
  /** Where `utcMs` goes in `known` (the first sample at or after it). */
  const place = (utcMs: number): number => {
    let lo = 0;
    let hi = known.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (known[mid]![0] < utcMs) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const offsetAt = (utcMs: number): number => {
    if (fixed !== undefined && utcMs >= 0) return fixed;
    const at = place(utcMs);
    const after = known[at];
    const before = known[at - 1];
    if (after && after[0] === utcMs) return after[1];
    if (before && after && before[1] === after[1] && after[0] - before[0] <= WEEK_MS) return before[1];
    const offset = source(utcMs);
    known.splice(at, 0, [utcMs, offset]);
    return offset;
  };
  const guess = (utcMs: number): number | undefined => {
    if (fixed !== undefined && utcMs >= 0) return fixed;
    const at = place(utcMs);
    const after = known[at];
    const before = known[at - 1];
    if (!before) return after?.[1];
    if (!after) return before[1];
    return utcMs - before[0] <= after[0] - utcMs ? before[1] : after[1];
  };
  return Object.assign(offsetAt, { guess });
}

/** Parses "+0700" / "-0330" (the `Z` date pattern of Apps Script's formatDate) into minutes. */
export function minutesFromZ(z: string): number {
  const match = /^([+-])(\d{2}):?(\d{2})$/.exec(z.trim());
  if (!match) throw new Error(`bad zone offset: ${z}`);
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}
