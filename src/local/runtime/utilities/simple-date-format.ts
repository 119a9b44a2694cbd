/**
 * java.text.SimpleDateFormat (Locale.US) formatting, the engine behind Utilities.formatDate
 * ("Formats date according to specification described in Java SE SimpleDateFormat class" — Apps
 * Script Utilities reference). The pattern language is simple-date-pattern.ts; parsing
 * (Utilities.parseDate) is simple-date-parse.ts. Zone names come from Intl (en-US), which differs
 * from Java for some zones (Java "ICT" vs Intl "GMT+7" for Asia/Bangkok).
 */
import { EN_MONTHS_LONG, EN_WEEKDAYS } from '../../../core/dates/names';
import {
  formatOffset,
  type LocalFields,
  localFields,
  offsetMinutes,
  resolveZone,
  utcFromFields,
  zoneName,
} from '../time-zone';
import { tokenize } from './simple-date-pattern';

export { parseWithPattern } from './simple-date-parse';
export { DateFormatError } from './simple-date-pattern';

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
