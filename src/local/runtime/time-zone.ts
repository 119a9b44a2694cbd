/**
 * Time-zone arithmetic on top of `Intl`, with an explicit zone everywhere: nothing here depends on
 * the Node process's TZ.
 *
 * Java (behind Utilities.formatDate/parseDate) accepts IANA ids and custom ids such as "GMT+7" or
 * "GMT+07:00", and silently falls back to GMT for an unknown id (java.util.TimeZone#getTimeZone);
 * `resolveZone` does the same.
 */

export interface LocalFields {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
  /** 0 = Sunday … 6 = Saturday */
  readonly weekday: number;
}

/** A zone: an IANA id understood by Intl, or a fixed offset in minutes. */
export type Zone =
  | { readonly kind: 'iana'; readonly id: string }
  | { readonly kind: 'fixed'; readonly id: string; readonly offsetMinutes: number };

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();
const zones = new Map<string, Zone>();

function formatterFor(id: string): Intl.DateTimeFormat {
  let f = formatters.get(id);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: id,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(id, f);
  }
  return f;
}

/** "GMT+7", "GMT+07:00", "GMT-0530", "UTC", "Z"… as an offset in minutes, or undefined. */
export function parseOffsetId(id: string): number | undefined {
  if (/^(GMT|UTC|Z|UT)$/i.test(id)) return 0;
  const m = /^(?:GMT|UTC)?([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(id);
  if (!m) return undefined;
  const hours = Number(m[2]);
  const minutes = Number(m[3] ?? 0);
  if (hours > 23 || minutes > 59) return undefined;
  return (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

export function isValidIanaZone(id: string): boolean {
  try {
    formatterFor(id);
    return true;
  } catch {
    return false;
  }
}

/** Resolves a zone id as Java would: IANA ids, custom GMT offsets, and GMT for anything unknown. */
export function resolveZone(id: string): Zone {
  const cached = zones.get(id);
  if (cached) return cached;
  const fixed = parseOffsetId(id.trim());
  let zone: Zone;
  if (fixed !== undefined && !/^(UTC|GMT)$/i.test(id.trim()))
    zone = { kind: 'fixed', id, offsetMinutes: fixed };
  else if (isValidIanaZone(id)) zone = { kind: 'iana', id };
  else zone = { kind: 'fixed', id: 'GMT', offsetMinutes: 0 };
  zones.set(id, zone);
  return zone;
}

function fieldsFromUtcShifted(shifted: number): LocalFields {
  const d = new Date(shifted);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
    weekday: d.getUTCDay(),
  };
}

/** Offset of `zone` from UTC at instant `ms`, in minutes (east positive; may be fractional for LMT). */
/**
 * Offsets change only at transitions, which every zone in use puts on a quarter hour: one Intl call
 * per zone and quarter hour instead of one per date cell (a 100,000-row read is otherwise Intl-bound).
 */
const QUARTER_HOUR = 15 * 60_000;
const offsetCache = new Map<string, Map<number, number>>();

export function offsetMinutes(ms: number, zone: Zone | string): number {
  const z = typeof zone === 'string' ? resolveZone(zone) : zone;
  if (z.kind === 'fixed') return z.offsetMinutes;
  const bucket = Math.floor(ms / QUARTER_HOUR);
  let cache = offsetCache.get(z.id);
  if (!cache) {
    cache = new Map();
    offsetCache.set(z.id, cache);
  }
  let offset = cache.get(bucket);
  if (offset === undefined) {
    offset = offsetFromIntl(ms, z);
    if (cache.size > 100_000) cache.clear();
    cache.set(bucket, offset);
  }
  return offset;
}

function offsetFromIntl(ms: number, z: Zone): number {
  const floor = Math.floor(ms / 1000) * 1000;
  const parts = formatterFor(z.id).formatToParts(new Date(floor));
  let year = 0;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let bc = false;
  for (const p of parts) {
    if (p.type === 'year') year = Number(p.value);
    else if (p.type === 'month') month = Number(p.value);
    else if (p.type === 'day') day = Number(p.value);
    else if (p.type === 'hour') hour = Number(p.value);
    else if (p.type === 'minute') minute = Number(p.value);
    else if (p.type === 'second') second = Number(p.value);
    else if (p.type === 'era') bc = p.value.startsWith('B');
  }
  if (bc) year = 1 - year;
  return (utcFromFields(year, month, day, hour, minute, second) - floor) / 60_000;
}

/** Wall-clock fields of instant `ms` in `zone`. */
export function localFields(ms: number, zone: Zone | string): LocalFields {
  return fieldsFromUtcShifted(ms + offsetMinutes(ms, zone) * 60_000);
}

/** Date.UTC without the 0–99 year quirk; out-of-range fields roll over (lenient, like Java and ES). */
export function utcFromFields(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  ms = 0,
): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, ms);
  return d.getTime();
}

/**
 * How to resolve a wall-clock time that happens twice (fall back) or never (spring forward):
 * - 'before': the offset in force before the transition — ECMAScript's rule for `new Date(y, m, d…)`.
 * - 'standard': the standard (smaller) offset — java.util.Calendar's rule behind Utilities.parseDate.
 */
export type Disambiguation = 'before' | 'standard';

/** The instant at which `zone` shows the given wall-clock time. Fields roll over leniently. */
export function instantFromLocal(
  zone: Zone | string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  ms = 0,
  rule: Disambiguation = 'before',
): number {
  const z = typeof zone === 'string' ? resolveZone(zone) : zone;
  const wall = utcFromFields(year, month, day, hour, minute, second, ms);
  if (!Number.isFinite(wall)) return Number.NaN;
  if (z.kind === 'fixed') return wall - z.offsetMinutes * 60_000;
  const before = offsetMinutes(wall - DAY_MS, z);
  const after = offsetMinutes(wall + DAY_MS, z);
  const candidates = new Set([before, after, offsetMinutes(wall, z)]);
  const valid: number[] = [];
  for (const off of candidates) {
    const t = wall - off * 60_000;
    if (offsetMinutes(t, z) === off) valid.push(t);
  }
  valid.sort((a, b) => a - b);
  if (valid.length === 1) return valid[0] as number;
  if (valid.length > 1) {
    // Two instants show this wall time: earlier = larger (pre-transition, DST) offset.
    return rule === 'before' ? (valid[0] as number) : (valid[valid.length - 1] as number);
  }
  // A gap: interpret with the pre-transition offset (ES) or the standard one (Java).
  const off = rule === 'before' ? before : Math.min(before, after);
  return wall - off * 60_000;
}

/** "+0700" style. */
export function formatOffset(minutes: number, withColon: boolean): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(Math.round(minutes));
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${sign}${hh}${withColon ? ':' : ''}${mm}`;
}

const nameFormatters = new Map<string, Intl.DateTimeFormat>();

/** Zone display name from Intl (en-US), e.g. "GMT+7" / "Indochina Time", or "EST" / "Eastern Standard Time". */
export function zoneName(ms: number, zone: Zone | string, style: 'short' | 'long'): string {
  const z = typeof zone === 'string' ? resolveZone(zone) : zone;
  if (z.kind === 'fixed') {
    if (z.offsetMinutes === 0) return style === 'short' ? 'GMT' : 'Greenwich Mean Time';
    return `GMT${formatOffset(z.offsetMinutes, true)}`;
  }
  const key = `${z.id}|${style}`;
  let f = nameFormatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: z.id, timeZoneName: style });
    nameFormatters.set(key, f);
  }
  return f.formatToParts(new Date(ms)).find((p) => p.type === 'timeZoneName')?.value ?? z.id;
}
