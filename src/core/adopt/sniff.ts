/**
 * What a column holds, read from its values: dates (date cells, serials, BE text, Thai digits),
 * emails, people's names, numbers, letter numbers such as "ศธ 04002/123", subjects, status words.
 * A column that is mostly dates has its other cells listed as unreadable, with the reason: they
 * are reported to the officer, never rewritten.
 */
import { isDateValue } from '../cells';
import type { Day } from '../dates/civil';
import { fromThaiDigits } from '../dates/names';
import { isBlank, isNoDate, parseDateText, parseDateValue } from '../dates/parse';
import type { OffsetAt } from '../dates/zone';
import { type Msg, msg } from '../i18n/msg';
import { isEmail, nameKey } from '../reminders/people';
import { a1, cellAt, type Grid } from './grid';
import { normaliseText } from './normalise';

export type ValueKind =
  | 'date'
  | 'bad-date'
  | 'serial'
  | 'email'
  | 'person'
  | 'name'
  | 'number'
  | 'code'
  | 'status'
  | 'long-text'
  | 'short-text'
  | 'boolean'
  | 'error';

export interface UnreadableCell {
  /** 0-based grid row and column. */
  readonly row: number;
  readonly column: number;
  /** "C12": where the officer finds it. */
  readonly cell: string;
  readonly value: unknown;
  readonly msg: Msg;
}

export interface ColumnSniff {
  readonly column: number;
  /** Non-blank values looked at (at most the sample size). */
  readonly filled: number;
  /** Share of the sampled values of each kind, 0..1. */
  readonly share: Readonly<Record<ValueKind, number>>;
  /** Share of values 1–4 or "ไตรมาส 2" / "Q2". */
  readonly quarterShare: number;
  /** Whole numbers that mostly count up by one: a ลำดับ column. */
  readonly sequence: boolean;
  /** Distinct values / filled values. */
  readonly uniqueShare: number;
  /** Median of the readable dates, for telling a start column from a done column. */
  readonly medianDay: Day | null;
}

export interface People {
  readonly names?: readonly string[];
  readonly emails?: readonly string[];
}

export interface SniffOptions {
  readonly offsetAt: OffsetAt;
  readonly people?: People;
  /** Values looked at per column. */
  readonly sample?: number;
}

const SAMPLE = 200;
/** Serials of 1 Jan 1990 and 31 Dec 2200: numbers outside are amounts, not dates. */
const SERIAL_MIN = 32874;
const SERIAL_MAX = 109574;
const ERROR_VALUE = /^#(REF!|N\/A|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|ERROR!|SPILL!|CALC!)/;
const TITLE =
  /^(?:นางสาว|นาง|นาย|น\.ส\.|ด\.ช\.|ด\.ญ\.|ดร\.|ผศ\.|รศ\.|ว่าที่\s*ร\.?\s*[ตทอ]\.?|ว่าที่ร้อย(?:ตรี|โท|เอก)|mr\.?|mrs\.?|ms\.?|miss|dr\.?)\s*\S/i;
const THAI_NAME = /^[\u0e01-\u0e4e]{2,25}\s+[\u0e01-\u0e4e]{2,30}$/;
const LATIN_NAME = /^[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2}$/;
const PLAIN_NUMBER = /^-?\d{1,3}(?:,\d{3})*(?:\.\d+)?$|^-?\d+(?:\.\d+)?$/;
const QUARTER = /^(?:ไตรมาส(?:ที่)?\s*[1-4]|q[1-4]|[1-4])$/i;
const NUMERIC_DATE = /^\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}$/;
const WORD_DATE =
  /^\d{1,2}\s*[\u0e01-\u0e2e]{1,3}\.?\s?[\u0e01-\u0e2e]{0,3}\.?\s*\d{2,4}$|^\d{4}-\d{1,2}-\d{1,2}/;

/** Words offices write in a status column (ดำเนินการ, พัก, ยกเลิก, เสร็จ…), already normalised. */
const STATUS_WORDS: ReadonlySet<string> = new Set(
  [
    'ดำเนินการ|กำลังดำเนินการ|อยู่ระหว่างดำเนินการ|ระหว่างดำเนินการ|ดำเนินการแล้ว|รอดำเนินการ|ยังไม่ดำเนินการ|รอ',
    'เสร็จ|เสร็จแล้ว|เสร็จสิ้น|แล้วเสร็จ|ปิดเรื่อง|ยกเลิก|พัก|พักเรื่อง|ระงับ|อนุมัติ|ไม่อนุมัติ|อนุญาต|ไม่อนุญาต|ส่งแล้ว',
    'active|in progress|pending|open|done|closed|completed|cancelled|canceled|on hold|on-hold|approved|rejected',
  ]
    .join('|')
    .split('|')
    .map(normaliseText),
);

/** Text that was meant as a date even when it cannot be read as one ("31/02/2569", "1/11/69"). */
export function looksLikeDate(text: string): boolean {
  const t = fromThaiDigits(text).trim();
  return NUMERIC_DATE.test(t) || WORD_DATE.test(t);
}

function isCode(t: string): boolean {
  if (t.length > 30 || !/\d/.test(t) || t.split(/\s+/).length > 4) return false;
  // "ศธ 04002/123", "ที่ ศธ 04002.5/ว 123", "123/2569", "LV-001"
  return /^[\u0e01-\u0e2eA-Za-z][\u0e01-\u0e4eA-Za-z.\s-]{0,12}\d[\d\s/.\-()\u0e01-\u0e2eA-Za-z]*$|^\d{1,6}\s*\/\s*\d{2,4}$/.test(
    t,
  );
}

interface Classifier {
  readonly offsetAt: OffsetAt;
  readonly names: ReadonlySet<string>;
  readonly emails: ReadonlySet<string>;
}

/** A value's text for counting distinct values; objects never reach `String()`, which can throw. */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return isDateValue(value) ? `date:${(value as Date).getTime()}` : '[object]';
}

/** One cell's kind. */
export function classify(value: unknown, c: Classifier): ValueKind {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return 'error';
    return Number.isInteger(value) && value >= SERIAL_MIN && value <= SERIAL_MAX ? 'serial' : 'number';
  }
  if (typeof value !== 'string') {
    if (!isDateValue(value)) return 'error';
    return parseDateValue(value, c.offsetAt).ok ? 'date' : 'bad-date';
  }
  const text = value.trim();
  if (ERROR_VALUE.test(text)) return 'error';
  const t = fromThaiDigits(text);
  // An address from the People tab is one of the office's own officers: an assignee, not an applicant.
  if (isEmail(t)) return c.emails.has(t.toLowerCase()) ? 'person' : 'email';
  if (parseDateText(t).ok) return 'date';
  if (looksLikeDate(t)) return 'bad-date';
  if (STATUS_WORDS.has(normaliseText(t))) return 'status';
  if (PLAIN_NUMBER.test(t)) return 'number';
  if (/^(true|false|✓|✔|☑|☐)$/i.test(t)) return 'boolean';
  if (isCode(t)) return 'code';
  if (TITLE.test(t) || c.names.has(nameKey(t))) return 'person';
  if (THAI_NAME.test(t) || LATIN_NAME.test(t)) return 'name';
  return t.length >= 25 || t.split(/\s+/).length >= 4 ? 'long-text' : 'short-text';
}

export function classifier(options: SniffOptions): Classifier {
  return {
    offsetAt: options.offsetAt,
    names: new Set((options.people?.names ?? []).map(nameKey).filter((n) => n !== '')),
    emails: new Set((options.people?.emails ?? []).map((e) => e.trim().toLowerCase())),
  };
}

const KINDS: readonly ValueKind[] = [
  'date',
  'bad-date',
  'serial',
  'email',
  'person',
  'name',
  'number',
  'code',
  'status',
  'long-text',
  'short-text',
  'boolean',
  'error',
];

/** Rows `first..last` (inclusive) of one column: the sample's kinds and shape. */
export function sniffColumn(
  grid: Grid,
  column: number,
  first: number,
  last: number,
  options: SniffOptions,
  c: Classifier = classifier(options),
): ColumnSniff {
  const limit = options.sample ?? SAMPLE;
  const counts = new Map<ValueKind, number>(KINDS.map((k) => [k, 0]));
  const distinct = new Set<string>();
  const days: Day[] = [];
  const integers: number[] = [];
  let filled = 0;
  let quarters = 0;
  for (let r = first; r <= last && filled < limit; r++) {
    const value = cellAt(grid, r, column);
    if (isBlank(value)) continue;
    filled++;
    const kind = classify(value, c);
    counts.set(kind, counts.get(kind)! + 1);
    const text = textOf(value);
    distinct.add(text);
    if (kind === 'date' || kind === 'serial') {
      const day = parseDateValue(value, c.offsetAt);
      if (day.ok) days.push(day.value);
    }
    const n =
      typeof value === 'number' ? value : kind === 'number' ? Number(fromThaiDigits(text)) : Number.NaN;
    if (Number.isInteger(n)) integers.push(n);
    if (QUARTER.test(fromThaiDigits(text))) quarters++;
  }
  const share = Object.fromEntries(KINDS.map((k) => [k, filled ? counts.get(k)! / filled : 0])) as Record<
    ValueKind,
    number
  >;
  days.sort((a, b) => a - b);
  return {
    column,
    filled,
    share,
    quarterShare: filled ? quarters / filled : 0,
    sequence: isSequence(integers, filled),
    uniqueShare: filled ? distinct.size / filled : 0,
    medianDay: days.length ? days[Math.floor(days.length / 2)]! : null,
  };
}

function isSequence(integers: readonly number[], filled: number): boolean {
  if (integers.length < 3 || integers.length < filled * 0.8) return false;
  let steps = 0;
  for (let i = 1; i < integers.length; i++) if (integers[i]! - integers[i - 1]! === 1) steps++;
  return steps >= (integers.length - 1) * 0.7;
}

/** Dates, serials and text meant as dates, over the filled values. */
export function dateShare(s: ColumnSniff): number {
  return s.share.date + s.share['bad-date'] + 0.8 * s.share.serial;
}

/** A column mostly holding dates: half its values or more. */
export function isDateColumn(s: ColumnSniff): boolean {
  return s.filled > 0 && dateShare(s) >= 0.5;
}

/**
 * Every non-blank cell of rows `first..last` in a date column that is not a readable date, with the
 * reason (BE/CE ambiguity, an impossible day, a formula error, a word where a date belongs).
 */
export function unreadableDates(
  grid: Grid,
  column: number,
  first: number,
  last: number,
  offsetAt: OffsetAt,
): UnreadableCell[] {
  const found: UnreadableCell[] = [];
  for (let r = first; r <= last; r++) {
    const value = cellAt(grid, r, column);
    if (isBlank(value) || isNoDate(value)) continue;
    const text = typeof value === 'string' ? value.trim() : null;
    let reason: Msg | null = null;
    if (text !== null && ERROR_VALUE.test(text)) {
      reason = msg(
        `ช่องนี้แสดงค่าผิดพลาด ${text} (สูตรหรือการอ้างอิงเสีย): อ่านเป็นช่องว่าง`,
        `the cell shows the error ${text} (a broken formula or reference): read as blank`,
      );
    } else {
      const parsed = parseDateValue(value, offsetAt);
      if (!parsed.ok) reason = parsed.error;
    }
    if (reason) found.push({ row: r, column, cell: a1(r, column), value, msg: reason });
  }
  return found;
}
