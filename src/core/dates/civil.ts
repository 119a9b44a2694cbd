/**
 * Civil dates: a day number counts days since 1970-01-01 in the proleptic Gregorian calendar.
 * No JS `Date` here: a civil date has no time zone, so it cannot shift by one when the machine's
 * or the script's zone changes.
 */
export type Day = number;

export interface Ymd {
  readonly y: number;
  readonly m: number; // 1..12
  readonly d: number; // 1..31
}

/** Spreadsheet serial of 1970-01-01 (serial 0 is 1899-12-30 in Sheets, Excel and Calc). */
const SERIAL_OF_EPOCH = 25569;

// Howard Hinnant's days_from_civil / civil_from_days: exact for every Gregorian date.
export function dayFromYmd(y: number, m: number, d: number): Day {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function ymdFromDay(day: Day): Ymd {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeapYear(y) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
}

export function isValidYmd(y: number, m: number, d: number): boolean {
  return (
    Number.isInteger(y) &&
    Number.isInteger(m) &&
    Number.isInteger(d) &&
    m >= 1 &&
    m <= 12 &&
    d >= 1 &&
    d <= daysInMonth(y, m)
  );
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekday(day: Day): number {
  return (((day + 4) % 7) + 7) % 7;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function isoFromDay(day: Day): string {
  const { y, m, d } = ymdFromDay(day);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** Strict `YYYY-MM-DD`; null when the text is not one or names no real day. */
export function dayFromIso(iso: string): Day | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidYmd(y, m, d) ? dayFromYmd(y, m, d) : null;
}

export function serialFromDay(day: Day): number {
  return day + SERIAL_OF_EPOCH;
}

/** A serial's date part; the time of day (the fraction) is dropped. */
export function dayFromSerial(serial: number): Day {
  return Math.floor(serial) - SERIAL_OF_EPOCH;
}

/** EDATE: the same day-of-month n months later, clamped to the month's last day (31 Jan + 1 = 28/29 Feb). */
export function addMonths(day: Day, n: number): Day {
  const { y, m, d } = ymdFromDay(day);
  const index = y * 12 + (m - 1) + n;
  const ny = Math.floor(index / 12);
  const nm = index - ny * 12 + 1;
  return dayFromYmd(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

export function yearOf(day: Day): number {
  return ymdFromDay(day).y;
}
