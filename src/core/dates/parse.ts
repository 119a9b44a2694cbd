/**
 * Reading a date the way Thai offices write it. Every reading either names exactly one day or
 * fails with a message: a year that could be BE or CE, or a day/month order that could be either,
 * is an error, never a guess that shifts a date by 543 years or swaps day and month.
 */
import { isDateValue } from '../cells';
import { fail, ok, type Result } from '../i18n/error';
import { msg } from '../i18n/msg';
import { type Day, dayFromSerial, dayFromYmd, isValidYmd, weekday, ymdFromDay } from './civil';
import { BE_OFFSET, EN_WEEKDAYS, fromThaiDigits, monthFromWord, TH_WEEKDAYS } from './names';
import { dayFromInstant, type OffsetAt } from './zone';

/** Years Kamnot accepts (CE). Outside this, a date is far more likely a typo than a real case. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

type Era = 'BE' | 'CE';

export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** What offices put in a date cell to mean "nothing (yet)": "-", "–", "ไม่มี", "n/a". Not a bad date. */
export function isNoDate(value: unknown): boolean {
  return typeof value === 'string' && /^(?:[-–—_.]+|ไม่มี|n\/?a)$/i.test(value.trim());
}

/**
 * Any cell value → a civil date. `Date`s are read in the spreadsheet's zone (`offsetAt`); numbers are
 * spreadsheet serials; text is parsed by `parseDateText`.
 */
export function parseDateValue(value: unknown, offsetAt: OffsetAt): Result<Day> {
  if (isDateValue(value)) {
    const ms = (value as Date).getTime();
    if (Number.isNaN(ms)) return fail(msg('วันที่ไม่ถูกต้อง', 'invalid date'));
    return inRange(fromBeMistakenForCe(dayFromInstant(ms, offsetAt)));
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return fail(msg('ตัวเลขไม่ใช่วันที่', 'the number is not a date'));
    return inRange(fromBeMistakenForCe(dayFromSerial(value)));
  }
  if (typeof value === 'string') return parseDateText(value);
  if (typeof value === 'boolean') return fail(msg('ค่าจริง/เท็จไม่ใช่วันที่', 'TRUE/FALSE is not a date'));
  return fail(msg('ไม่ใช่วันที่', 'not a date'));
}

/**
 * A date cell in the year 2569 is a BE date that the spreadsheet took for CE when someone typed
 * "1/11/2569" (Sheets parses typed dates with the year as written). No CE year that far out is a real
 * case date, so the year is read as BE; the day and month are kept as the spreadsheet read them.
 */
function fromBeMistakenForCe(day: Day): Day {
  const { y, m, d } = ymdFromDay(day);
  if (y < MIN_YEAR + BE_OFFSET || y > MAX_YEAR + BE_OFFSET) return day;
  const ce = y - BE_OFFSET;
  return isValidYmd(ce, m, d) ? dayFromYmd(ce, m, d) : day;
}

function inRange(day: Day): Result<Day> {
  const y = yearOfDay(day);
  if (y < MIN_YEAR || y > MAX_YEAR) {
    return fail(msg(`ปี ค.ศ. ${y} อยู่นอกช่วงที่รับได้`, `year ${y} CE is out of range`));
  }
  return ok(day);
}

function yearOfDay(day: Day): number {
  // Cheap and exact enough for a range check: 365.2425 days per Gregorian year.
  return Math.floor(1970 + (day + 0.5) / 365.2425);
}

const WEEKDAY_PREFIX = new RegExp(
  `^(?:วัน)?(${TH_WEEKDAYS.join('|')})(?:ที่)?\\s*|^(${EN_WEEKDAYS.join('|')}),?\\s+`,
  'i',
);

/** Text → a civil date. Accepts Thai digits anywhere. */
export function parseDateText(raw: string): Result<Day> {
  let text = fromThaiDigits(raw).replace(/\s+/g, ' ').trim();
  if (text === '') return fail(msg('ว่าง', 'blank'));
  if (text.startsWith("'")) text = text.slice(1).trim();

  let statedWeekday: number | null = null;
  const wd = WEEKDAY_PREFIX.exec(text);
  if (wd) {
    statedWeekday = wd[1]
      ? TH_WEEKDAYS.indexOf(wd[1] as never)
      : EN_WEEKDAYS.findIndex((w) => w.toLowerCase() === wd[2]!.toLowerCase());
    text = text.slice(wd[0].length).trim();
  }

  const parsed = parseBody(text);
  if (!parsed.ok) return parsed;
  if (statedWeekday !== null && weekday(parsed.value) !== statedWeekday) {
    return fail(msg(`วันในสัปดาห์ไม่ตรงกับวันที่ "${raw}"`, `the weekday does not match the date "${raw}"`));
  }
  return parsed;
}

function parseBody(text: string): Result<Day> {
  // ISO: 2026-11-22 (or with a BE year: 2569-11-22); a time part is ignored.
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(text);
  if (m) return build(Number(m[3]), Number(m[2]), m[1]!, null, text);

  // Numeric day-first: 22/11/2569, 22-11-2026, 22.11.69
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text);
  if (m) return build(Number(m[1]), Number(m[2]), m[3]!, null, text, true);

  // Day, month word, optional era, year: 22 พ.ย. 2569, 22 พฤศจิกายน พ.ศ. 2569, 22 Nov 2026
  m =
    /^(\d{1,2})\s*([^\d\s][^\d]*?)\s*(พ\.?\s?ศ\.?|ค\.?\s?ศ\.?|B\.?E\.?|A\.?D\.?|C\.?E\.?)?\s*(\d{2}|\d{4})$/i.exec(
      text,
    );
  if (m) {
    const month = monthFromWord(m[2]!);
    if (month === null) return fail(msg(`ไม่รู้จักชื่อเดือน "${m[2]}"`, `unknown month name "${m[2]}"`));
    return build(Number(m[1]), month, m[4]!, eraOf(m[3]), text, false);
  }

  // English month first: November 22, 2026
  m = /^([A-Za-z.]+)\s+(\d{1,2}),?\s+(\d{4})$/.exec(text);
  if (m) {
    const month = monthFromWord(m[1]!);
    if (month === null) return fail(msg(`ไม่รู้จักชื่อเดือน "${m[1]}"`, `unknown month name "${m[1]}"`));
    return build(Number(m[2]), month, m[3]!, null, text, false);
  }
  return fail(
    msg(
      `อ่านวันที่ไม่ได้: "${text}" (ใช้ เช่น 22/11/2569 หรือ 22 พ.ย. 2569)`,
      `cannot read the date "${text}" (write e.g. 22/11/2569 or 22 Nov 2026)`,
    ),
  );
}

function eraOf(marker: string | undefined): Era | null {
  if (!marker) return null;
  return /^(พ|B)/i.test(marker) ? 'BE' : 'CE';
}

function build(
  d: number,
  month: number,
  yearText: string,
  era: Era | null,
  text: string,
  numeric = false,
): Result<Day> {
  const year = resolveYear(yearText, era, numeric, text);
  if (!year.ok) return year;
  if (month > 12 && d <= 12 && numeric) {
    return fail(
      msg(
        `"${text}" ดูเหมือนเขียนเดือนก่อนวัน: ให้เขียน วัน/เดือน/ปี`,
        `"${text}" looks like month/day order: write day/month/year`,
      ),
    );
  }
  if (!isValidYmd(year.value, month, d)) {
    return fail(msg(`ไม่มีวันที่ "${text}" ในปฏิทิน`, `"${text}" is not a day of the calendar`));
  }
  return inRange(dayFromYmd(year.value, month, d));
}

/**
 * Four-digit years name their era by their size: BE years of living memory are 2443–2743, CE years
 * 1900–2200, and the two ranges never meet. Two-digit years are BE only after a Thai month word
 * (22 พ.ย. 69, as offices write them); in a numeric date they could be either, so they are refused.
 */
function resolveYear(yearText: string, era: Era | null, numeric: boolean, text: string): Result<number> {
  const n = Number(yearText);
  if (yearText.length === 2) {
    if (numeric || era === 'CE' || !/[\u0e00-\u0e7f]/.test(text)) {
      return fail(
        msg(
          `ปี "${yearText}" กำกวม (พ.ศ. หรือ ค.ศ.?): ให้เขียนปีเต็ม 4 หลัก`,
          `the year "${yearText}" is ambiguous (BE or CE?): write all four digits`,
        ),
      );
    }
    return ok(2500 + n - BE_OFFSET);
  }
  const looksBe = n >= MIN_YEAR + BE_OFFSET && n <= MAX_YEAR + BE_OFFSET;
  const looksCe = n >= MIN_YEAR && n <= MAX_YEAR;
  if (era === 'BE' && !looksBe)
    return fail(msg(`พ.ศ. ${n} ไม่ใช่ปีพุทธศักราชที่เป็นไปได้`, `${n} is not a plausible BE year`));
  if (era === 'CE' && !looksCe)
    return fail(msg(`ค.ศ. ${n} ไม่ใช่ปีคริสต์ศักราชที่เป็นไปได้`, `${n} is not a plausible CE year`));
  if (looksBe) return ok(n - BE_OFFSET);
  if (looksCe) return ok(n);
  return fail(msg(`ปี ${n} อยู่นอกช่วงที่รับได้`, `the year ${n} is out of range`));
}
