/**
 * A working-day calendar: a weekend mask plus a set of holidays, and the years for which the
 * holiday list is known. Counting past those years would give a date that looks right and is not,
 * so it is an error that names the missing year.
 */
import { type Day, dayFromYmd, weekday, yearOf } from '../dates/civil';
import { KamnotError } from '../i18n/error';
import { type Msg, msg } from '../i18n/msg';

export interface WorkCalendar {
  readonly name: string;
  /** Indexed by `weekday()`: true when that day of the week is a weekend. */
  readonly weekend: readonly boolean[];
  /** Holidays that fall on working weekdays, sorted, unique. */
  readonly holidays: readonly Day[];
  readonly holidaySet: ReadonlySet<Day>;
  /** CE years the holiday data covers, or null when any year is fine (weekends-only calendars). */
  readonly years: { readonly first: number; readonly last: number } | null;
  /** The same coverage as day numbers, so the hot path compares two numbers. */
  readonly coveredDays: { readonly first: Day; readonly last: Day } | null;
  readonly workdaysPerWeek: number;
  /**
   * Over the covered days: prefix[i] = working days in [coveredDays.first, coveredDays.first + i).
   * Makes NETWORKDAYS two array reads: the engine calls it several times for every case.
   */
  readonly prefix: Int32Array | null;
}

/** Saturday and Sunday, as WORKDAY and NETWORKDAYS assume. */
export const SAT_SUN: readonly boolean[] = [true, false, false, false, false, false, true];

/**
 * WORKDAY.INTL's mask: seven characters, Monday first, "1" = non-working ("0000011" = Sat/Sun).
 * Returns null when the mask is malformed or makes every day a weekend.
 */
export function weekendFromMask(mask: string): boolean[] | null {
  if (!/^[01]{7}$/.test(mask) || mask === '1111111') return null;
  const mondayFirst = [...mask].map((c) => c === '1');
  return [mondayFirst[6]!, ...mondayFirst.slice(0, 6)];
}

export function makeCalendar(
  name: string,
  holidays: Iterable<Day>,
  years: WorkCalendar['years'],
  weekend: readonly boolean[] = SAT_SUN,
): WorkCalendar {
  const unique = new Set<Day>();
  for (const day of holidays) if (!weekend[weekday(day)]) unique.add(day);
  const sorted = [...unique].sort((a, b) => a - b);
  const coveredDays = years && { first: dayFromYmd(years.first, 1, 1), last: dayFromYmd(years.last, 12, 31) };
  const workdaysPerWeek = weekend.filter((w) => !w).length;
  let prefix: Int32Array | null = null;
  if (coveredDays) {
    prefix = new Int32Array(coveredDays.last - coveredDays.first + 2);
    for (let i = 0, day = coveredDays.first; day <= coveredDays.last; i++, day++) {
      prefix[i + 1] = prefix[i]! + (weekend[weekday(day)] || unique.has(day) ? 0 : 1);
    }
  }
  return { name, weekend, holidays: sorted, holidaySet: unique, years, coveredDays, workdaysPerWeek, prefix };
}

/**
 * Same calendar, more non-working days (a formula's holidays range, the office's own days). A year next
 * to the covered ones becomes covered when the extra days list it as a year's holidays: the office
 * pasted or typed next year's list (issue 12 §4), so its dates can be known. "A year's list" is at
 * least half as many weekday days off as the leanest covered year has (TH: 18 in 2028, so 9): an
 * office's own days (a local festival, a sports day) come one or two at a time, a year's list with 15
 * or more, and an official list shorter than the leanest year by half has never been published.
 */
export function withExtraHolidays(calendar: WorkCalendar, extra: readonly Day[]): WorkCalendar {
  if (extra.length === 0) return calendar;
  return makeCalendar(
    calendar.name,
    [...calendar.holidays, ...extra],
    extendedYears(calendar, extra),
    calendar.weekend,
  );
}

function extendedYears(calendar: WorkCalendar, extra: readonly Day[]): WorkCalendar['years'] {
  const years = calendar.years;
  if (years === null) return null;
  const count = (list: Iterable<Day>) => {
    const byYear = new Map<number, number>();
    for (const d of list)
      if (!calendar.weekend[weekday(d)]) byYear.set(yearOf(d), (byYear.get(yearOf(d)) ?? 0) + 1);
    return byYear;
  };
  const shipped = count(calendar.holidays);
  let leanest = Number.POSITIVE_INFINITY;
  for (let y = years.first; y <= years.last; y++) leanest = Math.min(leanest, shipped.get(y) ?? 0);
  const enough = Math.max(1, Math.ceil(leanest / 2));
  const added = count(new Set(extra));
  let { first, last } = years;
  while ((added.get(last + 1) ?? 0) >= enough) last++;
  while ((added.get(first - 1) ?? 0) >= enough) first--;
  return first === years.first && last === years.last ? years : { first, last };
}

export function isWorkingDay(calendar: WorkCalendar, day: Day): boolean {
  return !calendar.weekend[weekday(day)] && !calendar.holidaySet.has(day);
}

export function assertCovered(calendar: WorkCalendar, day: Day): void {
  const missing = missingYear(calendar, day);
  if (missing) throw new KamnotError(missing);
}

/** Why `day` cannot be counted on (its year has no holiday data); null when it can. */
export function missingYear(calendar: WorkCalendar, day: Day): Msg | null {
  const years = calendar.years;
  const covered = calendar.coveredDays;
  if (years === null || covered === null || (day >= covered.first && day <= covered.last)) return null;
  const y = yearOf(day);
  return msg(
    `ยังไม่มีข้อมูลวันหยุดของปี พ.ศ. ${y + 543} (ปฏิทิน ${calendar.name} มีปี พ.ศ. ${years.first + 543}–${years.last + 543}): เพิ่มวันหยุดในแท็บ Holidays`,
    `no holiday data for ${y} (calendar ${calendar.name} covers ${years.first}–${years.last}): add that year's holidays in the Holidays tab`,
  );
}
