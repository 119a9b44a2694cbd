/**
 * A pasted list of days off, as a news item or the cabinet's announcement prints it: one or more
 * dates and a name on a line; BE or CE; Thai or English month names; Thai digits; "13–15 เมษายน 2570",
 * "13, 14 และ 15 เม.ย. 70", "31 ธ.ค. 69 – 2 ม.ค. 70"; a weekday that must agree with its date; a
 * heading line "ปี 2570" for dates written without a year. The name is what is left of the line.
 */
import { type Day, dayFromYmd, isoFromDay, isValidYmd, weekday, ymdFromDay } from '../dates/civil';
import {
  EN_MONTHS_LONG,
  EN_WEEKDAYS,
  fromThaiDigits,
  monthFromWord,
  TH_MONTHS_LONG,
  TH_MONTHS_SHORT,
  TH_WEEKDAYS,
} from '../dates/names';
import { parseDateText } from '../dates/parse';
import { type Msg, msg } from '../i18n/msg';
import { MAX_SPAN_DAYS, type PastedDay, type PastedList, type PasteProblem } from './paste-types';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// "พ.ค." as written: dots and one space optional ("พ.ค", "พค.", "พ. ค.").
const shortThai = (s: string) =>
  `${s
    .split('.')
    .filter((p) => p !== '')
    .map(esc)
    .join('\\.?\\s?')}\\.?`;
const MONTH = `(?:${[
  ...TH_MONTHS_LONG.map(esc),
  ...TH_MONTHS_SHORT.map(shortThai),
  ...EN_MONTHS_LONG.map(esc),
  ...EN_MONTHS_LONG.map((m) => `${m.slice(0, 3)}\\.?`),
  'Sept\\.?',
]
  .sort((a, b) => b.length - a.length)
  .join('|')})(?![A-Za-z])`;
const ERA = '(?:พ\\.?\\s?ศ\\.?|ค\\.?\\s?ศ\\.?|B\\.?E\\.?|A\\.?D\\.?|C\\.?E\\.?)';
// A year: four digits, or two after a month word (22 พ.ย. 69); never the hour of "12.00 น.".
const YEAR = `(?:\\s*,?\\s*(${ERA})?\\s*(\\d{4}|\\d{2})(?!\\d)(?![.:]\\d))?`;
const JOIN = '(?:,|และ|and|&|-|–|—|ถึง|to)';
const RANGE_JOIN = /^\s*(?:-|–|—|ถึง|to|until)\s*$/i;

const PATTERNS: readonly { kind: 'iso' | 'numeric' | 'day-month' | 'month-day'; re: RegExp }[] = [
  { kind: 'iso', re: /(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/g },
  { kind: 'numeric', re: /(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?!\d)/g },
  {
    kind: 'day-month',
    re: new RegExp(`(\\d{1,2})((?:\\s*${JOIN}\\s*\\d{1,2}(?!\\d))*)\\s*(${MONTH})${YEAR}`, 'gi'),
  },
  {
    kind: 'month-day',
    re: new RegExp(
      `(${EN_MONTHS_LONG.map((m) => `${m}|${m.slice(0, 3)}\\.?`).join('|')})\\s+(\\d{1,2})(?:\\s*[-–]\\s*(\\d{1,2}))?(?!\\d)(?:,?\\s+(\\d{4})(?!\\d))?`,
      'gi',
    ),
  },
];

const TH_WEEKDAY = `(?:วัน)?(${TH_WEEKDAYS.join('|')})(?:ที่)?`;
const WEEKDAY_BEFORE = new RegExp(`(?:${TH_WEEKDAY}|(${EN_WEEKDAYS.join('|')}),?)\\s*$`, 'i');
const WEEKDAY_AFTER = new RegExp(
  `^\\s*\\(?\\s*(?:(?:วัน)?(${TH_WEEKDAYS.join('|')})|(${EN_WEEKDAYS.join('|')}))\\s*\\)?`,
  'i',
);

/** One date mention on a line: where it is, and the days it names or why it names none. */
interface Mention {
  start: number;
  end: number;
  days: Day[];
  error: Msg | null;
  /** A single day written with its own year (a range's end may lend its year to the start). */
  single: boolean;
  yearless: boolean;
  parts?: { d: number; month: number };
}

/** A line longer than this is a paragraph, not a list item; reading it would cost more than it gives. */
const MAX_LINE_CHARS = 2000;

export function readList(raw: string): PastedList {
  const days = new Map<string, PastedDay>();
  const problems: PasteProblem[] = [];
  let ignored = 0;
  let contextYear: string | null = null;
  raw.split(/\r\n|\r|\n/).forEach((original, i) => {
    const lineNo = i + 1;
    const text = fromThaiDigits(original)
      .replace(/[\u00a0\u200b\t]/g, ' ')
      .replace(/^\s*(?:\d{1,3}[.)]\s+|[-•*▪●◦·]\s*)/, '')
      .trimEnd();
    if (text.trim() === '') return;
    if (text.length > MAX_LINE_CHARS) {
      problems.push({
        line: lineNo,
        text: `${original.slice(0, 80)}…`,
        why: msg(
          `บรรทัดยาวเกิน ${MAX_LINE_CHARS} ตัวอักษร: แบ่งเป็นบรรทัดละวัน`,
          `a line longer than ${MAX_LINE_CHARS} characters: put one day per line`,
        ),
      });
      return;
    }
    const mentions = findMentions(text, contextYear);
    if (mentions.length === 0) {
      const year = headingYear(text);
      if (year !== null) contextYear = year;
      ignored++;
      return;
    }
    let name = text;
    for (const m of [...mentions].sort((a, b) => b.start - a.start))
      name = `${name.slice(0, m.start)} ${name.slice(m.end)}`;
    name = cleanName(name);
    for (const m of mentions) {
      if (m.error) {
        problems.push({ line: lineNo, text: original.trim(), why: m.error });
        continue;
      }
      for (const day of m.days) {
        const iso = isoFromDay(day);
        if (days.has(iso)) continue;
        days.set(iso, {
          date: iso,
          name: name || 'วันหยุด',
          line: lineNo,
          observance: false,
          tentative: false,
        });
      }
    }
  });
  return {
    format: 'list',
    days: [...days.values()].sort((a, b) => a.date.localeCompare(b.date)),
    problems,
    ignored,
  };
}

/** "ปี 2570", "พ.ศ. 2570", "Holidays 2027": a line with no day in it sets the year of the lines after it. */
function headingYear(text: string): string | null {
  const m = new RegExp(`(?:(${ERA})\\s*)?(?:^|\\D)(\\d{4})(?!\\d)`, 'i').exec(text);
  if (!m) return null;
  const n = Number(m[2]);
  const plausible = (n >= 2443 && n <= 2743) || (n >= 1900 && n <= 2200);
  return plausible ? (m[1] ? `${m[1]} ${m[2]}` : m[2]!) : null;
}

function findMentions(text: string, contextYear: string | null): Mention[] {
  const found: Mention[] = [];
  for (const { kind, re } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      // A number glued to a longer number is not a day: "123 มกราคม" is not the 23rd.
      if (m.index > 0 && /\d/.test(text[m.index - 1]!)) continue;
      found.push(mention(kind, m, contextYear));
    }
  }
  // Earliest first, the longest of those that start together; overlaps dropped.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  for (const f of found) if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  for (const k of kept) widenForWeekday(text, k);
  joinRanges(text, kept);
  return kept;
}

function mention(kind: string, m: RegExpExecArray, contextYear: string | null): Mention {
  const start = m.index;
  const end = m.index + m[0].length;
  const base = { start, end, single: true, yearless: false };
  const oneDay = (dateText: string): Mention => {
    const r = parseDateText(dateText);
    return r.ok ? { ...base, days: [r.value], error: null } : { ...base, days: [], error: r.error };
  };
  if (kind === 'iso' || kind === 'numeric') return oneDay(m[0]);
  const monthWord = kind === 'day-month' ? m[3]! : m[1]!;
  const month = monthFromWord(monthWord)!;
  const era = kind === 'day-month' ? m[4] : undefined;
  const writtenYear = kind === 'day-month' ? m[5] : m[4];
  const yearText = writtenYear ? `${era ?? ''} ${writtenYear}`.trim() : contextYear;
  // The days: "13", "13-15", "13, 14 และ 15", "13 - 15" (English "May 13-15").
  const numbers: number[] = [];
  if (kind === 'day-month') {
    const joined = `${m[1]}${m[2] ?? ''}`;
    const parts = joined.split(new RegExp(`\\s*(${JOIN})\\s*`, 'i'));
    numbers.push(Number(parts[0]));
    for (let i = 1; i + 1 < parts.length; i += 2) {
      const to = Number(parts[i + 1]);
      if (/^(-|–|—|ถึง|to)$/i.test(parts[i]!)) {
        for (let d = numbers[numbers.length - 1]! + 1; d <= to && d <= 31; d++) numbers.push(d);
      } else numbers.push(to);
    }
  } else {
    numbers.push(Number(m[2]));
    if (m[3]) for (let d = Number(m[2]) + 1; d <= Number(m[3]) && d <= 31; d++) numbers.push(d);
  }
  if (yearText === null) {
    return {
      ...base,
      days: [],
      error: msg(
        `ไม่มีปี: เขียนปีในบรรทัดนั้น หรือเขียนบรรทัด "ปี 2570" ไว้ก่อน (${m[0]})`,
        `no year: write the year on the line, or a line "2027" before it (${m[0]})`,
      ),
      yearless: true,
      single: numbers.length === 1,
      parts: { d: numbers[0]!, month },
    };
  }
  const days: Day[] = [];
  for (const d of numbers) {
    // The month as written: parse.ts reads the year by its size and era, and a two-digit year only
    // after a Thai month word (4 พ.ค. 69), as it reads a typed date.
    const r = parseDateText(`${d} ${monthWord.trim()} ${yearText}`);
    if (!r.ok) return { ...base, days: [], error: r.error };
    days.push(r.value);
  }
  return {
    ...base,
    days,
    error: null,
    single: numbers.length === 1,
    yearless: !writtenYear,
    parts: { d: numbers[0]!, month },
  };
}

/** "31 ธ.ค. 2569 – 2 ม.ค. 2570", "31 ธันวาคม – 2 มกราคม 2570": two days joined by a dash are a stretch. */
function joinRanges(text: string, kept: Mention[]): void {
  for (let i = 0; i + 1 < kept.length; i++) {
    const a = kept[i]!;
    const b = kept[i + 1]!;
    if (!a.single || !b.single || b.error || b.days.length !== 1) continue;
    if (!RANGE_JOIN.test(text.slice(a.end, b.start))) continue;
    let first: Day | null = a.error === null ? a.days[0]! : null;
    if ((a.yearless || first === null) && a.parts) {
      // The start takes the end's year, or the year before when its month comes later (Dec → Jan).
      const end = ymdFromDay(b.days[0]!);
      const y = a.parts.month > end.m ? end.y - 1 : end.y;
      first = isValidYmd(y, a.parts.month, a.parts.d) ? dayFromYmd(y, a.parts.month, a.parts.d) : null;
    }
    const last = b.days[0]!;
    const merged: Mention = {
      start: a.start,
      end: b.end,
      days: [],
      error: null,
      single: false,
      yearless: false,
    };
    if (first === null) merged.error = a.error ?? msg('ไม่มีวันที่นี้ในปฏิทิน', 'no such day in the calendar');
    else if (last < first || last - first + 1 > MAX_SPAN_DAYS) {
      merged.error = msg(
        `ช่วงวันที่ไม่สมเหตุผล: ${text.slice(a.start, b.end)}`,
        `the stretch of days makes no sense: ${text.slice(a.start, b.end)}`,
      );
    } else for (let d = first; d <= last; d++) merged.days.push(d);
    kept.splice(i, 2, merged);
  }
}

/** "วันจันทร์ที่ 4 พฤษภาคม 2569", "4 May 2026 (Monday)": the weekday is part of the date, and must agree. */
function widenForWeekday(text: string, k: Mention): void {
  const before = WEEKDAY_BEFORE.exec(text.slice(0, k.start));
  const after = WEEKDAY_AFTER.exec(text.slice(k.end));
  const stated: number[] = [];
  if (before) {
    stated.push(weekdayIndex(before[1] ?? before[2]!));
    k.start = before.index;
  } else {
    // "หยุดวันที่ 13 เมษายน": "วันที่" belongs to the date, not to the name.
    const on = /(?:วันที่|ที่)\s*$/.exec(text.slice(0, k.start));
    if (on) k.start = on.index;
  }
  if (after && after[0].trim() !== '') {
    stated.push(weekdayIndex(after[1] ?? after[2]!));
    k.end += after[0].length;
  }
  if (k.error || k.days.length === 0) return;
  if (stated.some((w) => w !== weekday(k.days[0]!))) {
    k.error = msg(
      `วันในสัปดาห์ไม่ตรงกับวันที่ (${isoFromDay(k.days[0]!)}): ตรวจปี พ.ศ./ค.ศ.`,
      `the weekday does not match the date (${isoFromDay(k.days[0]!)}): check the year`,
    );
    k.days = [];
  }
}

function weekdayIndex(word: string): number {
  const th = TH_WEEKDAYS.indexOf(word as never);
  return th >= 0 ? th : EN_WEEKDAYS.findIndex((w) => w.toLowerCase() === word.toLowerCase());
}

function cleanName(text: string): string {
  let name = text
    .replace(/\(\s*\)/g, ' ')
    .replace(/(^|\s)(?:วันที่|ที่|ตรงกับ|เป็น|on)(?=\s|$)/gi, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s\-–—:|,;.[\]•*]+|[\s\-–—:|,;.[\]•*]+$/g, '')
    .replace(/(^|\s)(?:ให้)?(?:เป็น|ตรงกับ)(?=วัน)/g, '$1')
    .replace(/\s*(?:ตั้งแต่|from|since)$/i, '');
  // Brackets the date took its half of: "(Labour Day in lieu)" or "... banks)".
  const open = (name.match(/\(/g) ?? []).length;
  const close = (name.match(/\)/g) ?? []).length;
  if (/^\([^()]*\)$/.test(name)) name = name.slice(1, -1);
  else if (open !== close) name = name.replace(/[()]/g, ' ');
  return name.replace(/\s+/g, ' ').trim();
}
