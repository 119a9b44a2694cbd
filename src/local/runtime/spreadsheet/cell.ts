/**
 * The cell model and how Sheets reads what a script writes (setValue acts like typing):
 * "=…" becomes a formula; numeric text becomes a number; "TRUE"/"FALSE" booleans; ISO and locale
 * dates become date serials with a date format; a leading apostrophe forces text; a cell formatted
 * as plain text ("@") keeps text. A day, a month name and a year ("22 Nov 2026", "Nov 22, 2026",
 * "22 พ.ย. 2569") is a date too: Sheets reads strings "as if typed" (Sheets API ValueInputOption
 * USER_ENTERED: "strings may be converted to numbers, dates, etc."; gas-fakes test/testsheetsvalues.js
 * notes that Apps Script "automatically detects and converts types"). Which month words each locale
 * accepts is not documented: the strict reading, English and Thai names in every locale, is modelled
 * (the year is taken as written, as for "1/11/2569": a Buddhist-era year becomes a date in 2569 CE). Formulas are never evaluated: a formula cell keeps whatever value a
 * test stored with it (default ''), since the runtime has no formula engine.
 * Text starting with "+" or "-" that is not a number is treated as a formula, as Sheets parses it
 * (e.g. "-abc" shows #NAME?); the stored value is "#ERROR!". This makes formula-injection bugs visible.
 */
import { monthFromWord } from '../../../core/dates/names';
import { instantFromLocal, localFields, utcFromFields } from '../time-zone';
import {
  DAY_MS,
  DEFAULT_DATE_FORMAT,
  DEFAULT_DATE_TIME_FORMAT,
  isDateFormat,
  SERIAL_EPOCH_MS,
} from './number-format';

export type Scalar = string | number | boolean;

/** Stored state of one cell. Absent properties mean "default". */
export interface Cell {
  value: Scalar;
  formula?: string;
  format?: string;
  note?: string;
  background?: string;
  fontColor?: string;
  fontWeight?: string;
  fontStyle?: string;
  horizontalAlignment?: string;
  wrap?: boolean;
  /** A DataValidationImpl; typed loosely here to keep the model free of service classes. */
  validation?: unknown;
}

/** Date serial (days since 1899-12-30, wall clock in `timeZone`) of an instant. */
export function serialFromInstant(ms: number, timeZone: string): number {
  const f = localFields(ms, timeZone);
  const wall = utcFromFields(f.year, f.month, f.day, f.hour, f.minute, f.second, f.millisecond);
  return (wall - SERIAL_EPOCH_MS) / DAY_MS;
}

/** The instant a date serial denotes in `timeZone`. */
export function instantFromSerial(serial: number, timeZone: string): number {
  const wall = new Date(Math.round(SERIAL_EPOCH_MS + serial * DAY_MS));
  return instantFromLocal(
    timeZone,
    wall.getUTCFullYear(),
    wall.getUTCMonth() + 1,
    wall.getUTCDate(),
    wall.getUTCHours(),
    wall.getUTCMinutes(),
    wall.getUTCSeconds(),
    wall.getUTCMilliseconds(),
  );
}

export function serialFromWall(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number {
  return (utcFromFields(year, month, day, hour, minute, second) - SERIAL_EPOCH_MS) / DAY_MS;
}

export interface Written {
  readonly value: Scalar;
  readonly formula?: string;
  /** Format to apply when the cell's current format does not already fit (dates). */
  readonly format?: string;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const SLASH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

function dateSerial(
  y: number,
  mo: number,
  d: number,
  h?: string,
  mi?: string,
  s?: string,
): Written | undefined {
  // A day the month does not have ("31/6/2026", "31 Jun 2026") is not a date: it stays text.
  if (mo < 1 || mo > 12 || d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return undefined;
  const serial = serialFromWall(y, mo, d, Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0));
  return { value: serial, format: h === undefined ? DEFAULT_DATE_FORMAT : DEFAULT_DATE_TIME_FORMAT };
}

const WORD_DMY = /^(\d{1,2})[\s-]+([A-Za-z\u0E00-\u0E7F.]+)[\s-]+(\d{4})$/;
const WORD_MDY = /^([A-Za-z.]+)\s+(\d{1,2}),?\s+(\d{4})$/;

/** "22 Nov 2026", "Nov 22, 2026", "22 พ.ย. 2569": a date serial, or undefined. */
function monthWordDate(text: string): Written | undefined {
  const dmy = WORD_DMY.exec(text);
  const mdy = dmy ? undefined : WORD_MDY.exec(text);
  const [day, word, year] = dmy ? [dmy[1], dmy[2], dmy[3]] : mdy ? [mdy[2], mdy[1], mdy[3]] : [];
  if (day === undefined || word === undefined || year === undefined) return undefined;
  const month = monthFromWord(word);
  if (month === null) return undefined;
  return dateSerial(Number(year), month, Number(day));
}

/** Interprets text as Sheets does when it is typed (or written by setValue). */
export function parseTyped(text: string, currentFormat: string | undefined, locale: string): Written {
  if (currentFormat === '@') return { value: text };
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.startsWith('=') && text.length > 1) return { value: '', formula: text };
  const trimmed = text.trim();
  if (NUMBER.test(trimmed)) return { value: Number(trimmed) };
  if ((text.startsWith('+') || text.startsWith('-')) && text.length > 1)
    return { value: '#ERROR!', formula: `=${text}` };
  if (/^true$/i.test(trimmed)) return { value: true };
  if (/^false$/i.test(trimmed)) return { value: false };
  const iso = ISO_DATE.exec(trimmed);
  if (iso) {
    const w = dateSerial(Number(iso[1]), Number(iso[2]), Number(iso[3]), iso[4], iso[5], iso[6]);
    if (w) return { ...w, format: iso[4] === undefined ? 'yyyy-mm-dd' : 'yyyy-mm-dd H:mm:ss' };
  }
  const slash = SLASH_DATE.exec(trimmed);
  if (slash) {
    const monthFirst = /^en[-_]US$/i.test(locale) || /^en$/i.test(locale);
    const [a, b] = [Number(slash[1]), Number(slash[2])];
    const w = dateSerial(
      Number(slash[3]),
      monthFirst ? a : b,
      monthFirst ? b : a,
      slash[4],
      slash[5],
      slash[6],
    );
    if (w) return w;
  }
  return monthWordDate(trimmed) ?? { value: text };
}

/** What a cell holds after a script writes `v` into it. `isDate` tells whether v is a Date (any realm). */
export function fromScriptValue(
  v: unknown,
  currentFormat: string | undefined,
  timeZone: string,
  locale: string,
  isDate: (x: unknown) => x is Date,
): Written {
  if (v === null || v === undefined) return { value: '' };
  if (typeof v === 'number') return { value: v };
  if (typeof v === 'boolean') return { value: v };
  if (isDate(v)) {
    const ms = v.getTime();
    if (Number.isNaN(ms)) return { value: '#NUM!' };
    return {
      value: serialFromInstant(ms, timeZone),
      format: isDateFormat(currentFormat) ? (currentFormat as string) : DEFAULT_DATE_TIME_FORMAT,
    };
  }
  return parseTyped(String(v), currentFormat, locale);
}
