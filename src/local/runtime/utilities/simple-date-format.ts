/**
 * java.text.SimpleDateFormat (Locale.US), the engine behind Utilities.formatDate and
 * Utilities.parseDate ("Formats date according to specification described in Java SE
 * SimpleDateFormat class" — Apps Script Utilities reference). Letters: G y Y M L w W D d F E u a H k
 * K h m s S z Z X, quoted text with '' for a quote. Zone names come from Intl (en-US), which differs
 * from Java for some zones (Java "ICT" vs Intl "GMT+7" for Asia/Bangkok).
 */
import { EN_MONTHS_LONG, EN_WEEKDAYS } from '../../../core/dates/names';
import {
  formatOffset,
  instantFromLocal,
  type LocalFields,
  localFields,
  offsetMinutes,
  parseOffsetId,
  resolveZone,
  utcFromFields,
  zoneName,
} from '../time-zone';

export type Token =
  | { readonly kind: 'field'; readonly letter: string; readonly count: number }
  | { readonly kind: 'text'; readonly text: string };

const LETTERS = 'GyYMLwWDdFEuaHkKhmsSzZX';

/** Raised for a bad pattern or an unparseable string; the service turns it into an Exception. */
export class DateFormatError extends Error {}

export function tokenize(pattern: string): Token[] {
  const out: Token[] = [];
  const pushText = (t: string) => {
    const last = out[out.length - 1];
    if (last && last.kind === 'text') out[out.length - 1] = { kind: 'text', text: last.text + t };
    else out.push({ kind: 'text', text: t });
  };
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i] as string;
    if (c === "'") {
      if (pattern[i + 1] === "'") {
        pushText("'");
        i += 2;
        continue;
      }
      let j = i + 1;
      let text = '';
      for (;;) {
        if (j >= pattern.length) throw new DateFormatError('Unterminated quote');
        if (pattern[j] === "'") {
          if (pattern[j + 1] === "'") {
            text += "'";
            j += 2;
            continue;
          }
          break;
        }
        text += pattern[j];
        j++;
      }
      pushText(text);
      i = j + 1;
      continue;
    }
    if (/[A-Za-z]/.test(c)) {
      if (!LETTERS.includes(c)) throw new DateFormatError(`Illegal pattern character '${c}'`);
      let j = i;
      while (pattern[j] === c) j++;
      if (c === 'X' && j - i > 3) throw new DateFormatError(`invalid ISO 8601 format: length=${j - i}`);
      out.push({ kind: 'field', letter: c, count: j - i });
      i = j;
      continue;
    }
    pushText(c);
    i++;
  }
  return out;
}

const pad = (n: number, width: number): string => {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length >= width ? s : '0'.repeat(width - s.length) + s);
};

function dayOfYear(f: LocalFields): number {
  return (utcFromFields(f.year, f.month, f.day) - utcFromFields(f.year, 1, 1)) / 86_400_000 + 1;
}

/** US week rules (first day Sunday, minimal days in first week 1): [weekYear, weekOfYear]. */
function usWeek(f: LocalFields): [number, number] {
  const sunday = utcFromFields(f.year, f.month, f.day) - f.weekday * 86_400_000;
  const saturday = new Date(sunday + 6 * 86_400_000);
  if (saturday.getUTCFullYear() > f.year) return [f.year + 1, 1];
  const jan1Weekday = new Date(utcFromFields(f.year, 1, 1)).getUTCDay();
  return [f.year, Math.floor((dayOfYear(f) - 1 + jan1Weekday) / 7) + 1];
}

/** Formats instant `ms` in `zoneId` with a SimpleDateFormat pattern. */
export function formatWithPattern(ms: number, zoneId: string, pattern: string): string {
  const zone = resolveZone(zoneId);
  const f = localFields(ms, zone);
  const offset = offsetMinutes(ms, zone);
  let out = '';
  for (const t of tokenize(pattern)) {
    if (t.kind === 'text') {
      out += t.text;
      continue;
    }
    const n = t.count;
    switch (t.letter) {
      case 'G':
        out += f.year > 0 ? 'AD' : 'BC';
        break;
      case 'y': {
        const y = f.year > 0 ? f.year : 1 - f.year;
        out += n === 2 ? pad(y % 100, 2) : pad(y, n);
        break;
      }
      case 'Y': {
        const y = usWeek(f)[0];
        out += n === 2 ? pad(y % 100, 2) : pad(y, n);
        break;
      }
      case 'M':
      case 'L':
        out +=
          n >= 4
            ? EN_MONTHS_LONG[f.month - 1]
            : n === 3
              ? (EN_MONTHS_LONG[f.month - 1] as string).slice(0, 3)
              : pad(f.month, n);
        break;
      case 'w':
        out += pad(usWeek(f)[1], n);
        break;
      case 'W': {
        const firstWeekday = new Date(utcFromFields(f.year, f.month, 1)).getUTCDay();
        out += pad(Math.floor((f.day - 1 + firstWeekday) / 7) + 1, n);
        break;
      }
      case 'D':
        out += pad(dayOfYear(f), n);
        break;
      case 'd':
        out += pad(f.day, n);
        break;
      case 'F':
        out += pad(Math.floor((f.day - 1) / 7) + 1, n);
        break;
      case 'E':
        out += n >= 4 ? EN_WEEKDAYS[f.weekday] : (EN_WEEKDAYS[f.weekday] as string).slice(0, 3);
        break;
      case 'u':
        out += pad(f.weekday === 0 ? 7 : f.weekday, n);
        break;
      case 'a':
        out += f.hour < 12 ? 'AM' : 'PM';
        break;
      case 'H':
        out += pad(f.hour, n);
        break;
      case 'k':
        out += pad(f.hour === 0 ? 24 : f.hour, n);
        break;
      case 'K':
        out += pad(f.hour % 12, n);
        break;
      case 'h':
        out += pad(f.hour % 12 === 0 ? 12 : f.hour % 12, n);
        break;
      case 'm':
        out += pad(f.minute, n);
        break;
      case 's':
        out += pad(f.second, n);
        break;
      case 'S':
        out += pad(f.millisecond, n);
        break;
      case 'z':
        out += zoneName(ms, zone, n >= 4 ? 'long' : 'short');
        break;
      case 'Z':
        out += formatOffset(offset, false);
        break;
      case 'X':
        if (Math.round(offset) === 0) out += 'Z';
        else if (n === 1) out += formatOffset(offset, false).slice(0, 3);
        else out += formatOffset(offset, n === 3);
        break;
    }
  }
  return out;
}

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
