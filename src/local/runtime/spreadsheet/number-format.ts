/**
 * Sheets number formats, enough for getDisplayValues and for deciding whether a number is a date.
 *
 * Source: Sheets API "Date and number formats" guide — date tokens d dd ddd dddd, m mm mmm mmmm
 * mmmmm (month, or minutes next to h / s), yy yyyy, h hh, s ss, .000, AM/PM, A/P, "text", \x;
 * number tokens 0 # , . % and ; sections (positive;negative;zero;text).
 * A date is a serial number of days since 1899-12-30 in the spreadsheet's time zone.
 */
import { EN_MONTHS_LONG, EN_WEEKDAYS } from '../../../core/dates/names';

export const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);
export const DAY_MS = 86_400_000;
/** Format Sheets gives a cell when a script writes a Date into an automatic cell (en_US locale). */
export const DEFAULT_DATE_TIME_FORMAT = 'M/d/yyyy H:mm:ss';
export const DEFAULT_DATE_FORMAT = 'M/d/yyyy';
/** What getNumberFormat returns for a cell never formatted. */
export const AUTOMATIC_FORMAT = 'General';

/** Removes "quoted text", \escapes and [bracketed] parts. */
function stripLiterals(format: string): string {
  return format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
}

export function isAutomatic(format: string | undefined): boolean {
  return format === undefined || format === '' || /^general$/i.test(format);
}

export function isDateFormat(format: string | undefined): boolean {
  if (isAutomatic(format) || format === '@') return false;
  return /[ydhms]/i.test(stripLiterals(format as string).replace(/am\/pm|a\/p/gi, ''));
}

type DateToken = { kind: 'lit'; text: string } | { kind: 'tok'; t: string };

function tokenizeDate(format: string): DateToken[] {
  const out: DateToken[] = [];
  let i = 0;
  while (i < format.length) {
    const c = format[i] as string;
    if (c === '"') {
      const j = format.indexOf('"', i + 1);
      const end = j < 0 ? format.length : j;
      out.push({ kind: 'lit', text: format.slice(i + 1, end) });
      i = end + 1;
      continue;
    }
    if (c === '\\') {
      out.push({ kind: 'lit', text: format[i + 1] ?? '' });
      i += 2;
      continue;
    }
    const rest = format.slice(i);
    const ampm = /^(am\/pm|a\/p)/i.exec(rest);
    if (ampm) {
      out.push({ kind: 'tok', t: ampm[0] });
      i += ampm[0].length;
      continue;
    }
    const frac = /^\.0+/.exec(rest);
    if (frac && out.length > 0) {
      out.push({ kind: 'tok', t: frac[0] });
      i += frac[0].length;
      continue;
    }
    if (/[ydhms]/i.test(c)) {
      let j = i;
      while (j < format.length && (format[j] as string).toLowerCase() === c.toLowerCase()) j++;
      out.push({ kind: 'tok', t: format.slice(i, j).toLowerCase() });
      i = j;
      continue;
    }
    out.push({ kind: 'lit', text: c });
    i++;
  }
  return out;
}

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

/** Formats a date serial (local wall clock) with a Sheets date/time format. */
function formatSerial(serial: number, format: string): string {
  const d = new Date(Math.round(serial * DAY_MS) + SERIAL_EPOCH_MS);
  const tokens = tokenizeDate(format);
  const hasAmPm = tokens.some((t) => t.kind === 'tok' && /^(am\/pm|a\/p)$/i.test(t.t));
  const dateTokens = tokens.filter((t): t is { kind: 'tok'; t: string } => t.kind === 'tok');
  const isMinute = (index: number): boolean => {
    const pos = dateTokens.indexOf(tokens[index] as { kind: 'tok'; t: string });
    const prev = dateTokens[pos - 1]?.t[0];
    const next = dateTokens[pos + 1]?.t[0];
    return prev === 'h' || next === 's';
  };
  const hour = d.getUTCHours();
  let out = '';
  tokens.forEach((t, index) => {
    if (t.kind === 'lit') {
      out += t.text;
      return;
    }
    const k = t.t;
    const n = k.length;
    switch (k[0]) {
      case 'y':
        out += n <= 2 ? pad(d.getUTCFullYear() % 100, 2) : pad(d.getUTCFullYear(), 4);
        break;
      case 'm':
        if (n <= 2 && isMinute(index)) out += pad(d.getUTCMinutes(), n);
        else if (n <= 2) out += pad(d.getUTCMonth() + 1, n);
        else if (n === 3) out += (EN_MONTHS_LONG[d.getUTCMonth()] as string).slice(0, 3);
        else if (n === 4) out += EN_MONTHS_LONG[d.getUTCMonth()];
        else out += (EN_MONTHS_LONG[d.getUTCMonth()] as string)[0];
        break;
      case 'd':
        if (n <= 2) out += pad(d.getUTCDate(), n);
        else if (n === 3) out += (EN_WEEKDAYS[d.getUTCDay()] as string).slice(0, 3);
        else out += EN_WEEKDAYS[d.getUTCDay()];
        break;
      case 'h': {
        const h = hasAmPm ? (hour % 12 === 0 ? 12 : hour % 12) : hour;
        out += pad(h, Math.min(n, 2));
        break;
      }
      case 's':
        out += pad(d.getUTCSeconds(), Math.min(n, 2));
        break;
      case '.':
        out += `.${pad(d.getUTCMilliseconds(), 3).slice(0, n - 1)}`;
        break;
      default: {
        const pm = hour >= 12;
        if (/^am\/pm$/i.test(k)) out += pm ? 'PM' : 'AM';
        else out += pm ? 'P' : 'A';
      }
    }
  });
  return out;
}

function formatNumberSection(n: number, section: string): string {
  const literals: string[] = [];
  const body = section.replace(
    /"([^"]*)"|\\(.)/g,
    (_m, quoted: string | undefined, escaped: string | undefined) => {
      literals.push(quoted ?? escaped ?? '');
      return `\uE000${literals.length - 1}\uE000`;
    },
  );
  const value = body.includes('%') ? n * 100 : n;
  const pattern = /[0#?][0#?,]*(?:\.[0#?]*)?|\.[0#?]+/.exec(body)?.[0] ?? '';
  const [intPattern = '', fracPattern = ''] = pattern.split('.');
  const minInt = (intPattern.match(/0/g) ?? []).length;
  const fixed = Math.abs(value).toFixed(fracPattern.length);
  const [rawInt = '', frac = ''] = fixed.split('.');
  let int = rawInt.replace(/^0+/, '');
  if (int.length < minInt) int = int.padStart(minInt, '0');
  if (intPattern.includes(',')) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const digits = frac ? `${int}.${frac}` : int;
  return body
    .replace(pattern, digits)
    .replace(/\uE000(\d+)\uE000/g, (_x, idx: string) => literals[Number(idx)] ?? '');
}

function automaticNumber(n: number): string {
  if (!Number.isFinite(n)) return '#NUM!';
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  if (Math.abs(n) >= 1e15 || (Math.abs(n) < 1e-9 && n !== 0)) return n.toExponential(2).toUpperCase();
  return String(Number.parseFloat(n.toPrecision(10)));
}

/** The text Sheets shows for `value` under `format`. */
export function displayValue(value: string | number | boolean, format: string | undefined): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (format === '@') return String(value);
  if (isAutomatic(format)) return automaticNumber(value);
  const fmt = format as string;
  if (isDateFormat(fmt)) return formatSerial(value, fmt);
  const sections = fmt.split(';');
  if (value < 0 && sections[1] !== undefined) return formatNumberSection(-value, sections[1]);
  if (value === 0 && sections[2] !== undefined) return formatNumberSection(0, sections[2]);
  const out = formatNumberSection(value, sections[0] as string);
  return value < 0 ? `-${out}` : out;
}
