/**
 * Utilities.parseDate's engine: java.text.SimpleDateFormat.parse (Locale.US), lenient.
 *
 * Source: Java SE SimpleDateFormat (lenient parsing, the 80-years-back window for two-digit years,
 * "Unparseable date" is Java's message). Zones: only GMT, UTC, Z and offsets (GMT+7, +0700) parse.
 */
import { EN_MONTHS_LONG, EN_WEEKDAYS } from '../../../core/dates/names';
import { instantFromLocal, localFields, parseOffsetId, utcFromFields } from '../time-zone';
import { DateFormatError, type Token, tokenize } from './simple-date-pattern';

interface Parsed {
  year?: number;
  yearTwoDigits?: boolean;
  month?: number;
  day?: number;
  dayOfYear?: number;
  hour24?: number;
  hour12?: number;
  pm?: boolean;
  minute?: number;
  second?: number;
  millisecond?: number;
  offset?: number;
  bc?: boolean;
}

const NUMERIC = new Set(['y', 'Y', 'd', 'D', 'F', 'H', 'k', 'K', 'h', 'm', 's', 'S', 'w', 'W', 'u']);
const isNumericToken = (t: Token | undefined): boolean =>
  !!t &&
  t.kind === 'field' &&
  (NUMERIC.has(t.letter) || ((t.letter === 'M' || t.letter === 'L') && t.count < 3));

function matchName(
  text: string,
  at: number,
  names: readonly string[],
): [index: number, length: number] | undefined {
  const rest = text.slice(at).toLowerCase();
  let best: [number, number] | undefined;
  names.forEach((name, i) => {
    for (const candidate of [name, name.slice(0, 3)]) {
      if (rest.startsWith(candidate.toLowerCase()) && (!best || candidate.length > best[1]))
        best = [i, candidate.length];
    }
  });
  return best;
}

function parseZone(text: string, at: number): [offset: number, length: number] | undefined {
  const rest = text.slice(at);
  const m = /^(?:(?:GMT|UTC)?[+-]\d{1,2}(?::?\d{2})?|GMT|UTC|Z)/i.exec(rest);
  if (!m) return undefined;
  const off = parseOffsetId(m[0].toUpperCase());
  return off === undefined ? undefined : [off, m[0].length];
}

/**
 * Parses `text` leniently like SimpleDateFormat.parse: numeric fields read as many digits as present
 * (or exactly `count` when the next field abuts), out-of-range values roll over, trailing text is
 * ignored, two-digit years use an 80-years-back century window from `nowMs`.
 */
export function parseWithPattern(text: string, zoneId: string, pattern: string, nowMs: number): number {
  const tokens = tokenize(pattern);
  const fail = (): never => {
    throw new DateFormatError(`Unparseable date: "${text}"`);
  };
  const p: Parsed = {};
  let pos = 0;
  tokens.forEach((t, index) => {
    if (t.kind === 'text') {
      if (!text.startsWith(t.text, pos)) fail();
      pos += t.text.length;
      return;
    }
    if (isNumericToken(t)) {
      const abutting = isNumericToken(tokens[index + 1]);
      let end = pos;
      const max = abutting ? pos + t.count : text.length;
      while (end < max && /[0-9]/.test(text[end] as string)) end++;
      if (end === pos || (abutting && end - pos < t.count && index + 1 < tokens.length)) fail();
      const digits = text.slice(pos, end);
      const v = Number(digits);
      pos = end;
      switch (t.letter) {
        case 'y':
        case 'Y':
          p.year = v;
          p.yearTwoDigits = t.count <= 2 && digits.length === 2;
          break;
        case 'M':
        case 'L':
          p.month = v;
          break;
        case 'd':
          p.day = v;
          break;
        case 'D':
          p.dayOfYear = v;
          break;
        case 'H':
          p.hour24 = v;
          break;
        case 'k':
          p.hour24 = v === 24 ? 0 : v;
          break;
        case 'K':
          p.hour12 = v;
          break;
        case 'h':
          p.hour12 = v === 12 ? 0 : v;
          break;
        case 'm':
          p.minute = v;
          break;
        case 's':
          p.second = v;
          break;
        case 'S':
          p.millisecond = v;
          break;
        // w, W, F, u: accepted and ignored, as they do not fix a date on their own here.
      }
      return;
    }
    switch (t.letter) {
      case 'M':
      case 'L': {
        const m = matchName(text, pos, EN_MONTHS_LONG) ?? fail();
        p.month = m[0] + 1;
        pos += m[1];
        return;
      }
      case 'E': {
        const m = matchName(text, pos, EN_WEEKDAYS) ?? fail();
        pos += m[1];
        return;
      }
      case 'a': {
        const s = text.slice(pos, pos + 2).toUpperCase();
        if (s !== 'AM' && s !== 'PM') fail();
        p.pm = s === 'PM';
        pos += 2;
        return;
      }
      case 'G': {
        const s = text.slice(pos, pos + 2).toUpperCase();
        if (s !== 'AD' && s !== 'BC') fail();
        p.bc = s === 'BC';
        pos += 2;
        return;
      }
      default: {
        const z = parseZone(text, pos) ?? fail();
        p.offset = z[0];
        pos += z[1];
      }
    }
  });

  let year = p.year ?? 1970;
  if (p.year !== undefined && p.yearTwoDigits) {
    const startYear = localFields(nowMs, zoneId).year - 80;
    year = Math.floor(startYear / 100) * 100 + p.year;
    if (year < startYear) year += 100;
  }
  if (p.bc) year = 1 - year;
  let month = p.month ?? 1;
  let day = p.day ?? 1;
  if (p.dayOfYear !== undefined && p.month === undefined && p.day === undefined) {
    month = 1;
    day = p.dayOfYear;
  }
  const hour = p.hour24 ?? (p.hour12 ?? 0) + (p.pm ? 12 : 0);
  const minute = p.minute ?? 0;
  const second = p.second ?? 0;
  const ms = p.millisecond ?? 0;
  if (p.offset !== undefined)
    return utcFromFields(year, month, day, hour, minute, second, ms) - p.offset * 60_000;
  return instantFromLocal(zoneId, year, month, day, hour, minute, second, ms, 'standard');
}
