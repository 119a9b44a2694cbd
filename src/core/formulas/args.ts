/** Small hand-written guards for formula arguments: they run per cell, so no schema library here. */
import { CALENDAR_NAMES, type CalendarName, isCalendarName } from '../calendar/calendars';
import type { Day } from '../dates/civil';
import { DATE_STYLES, type DateStyle } from '../dates/format';
import { fromThaiDigits } from '../dates/names';
import { isBlank, parseDateValue } from '../dates/parse';
import type { OffsetAt } from '../dates/zone';
import { KamnotError } from '../i18n/error';
import type { Lang } from '../i18n/msg';
import { msg } from '../i18n/msg';

export type FormulaUnit = 'workdays' | 'days' | 'weeks' | 'months';

const UNIT_WORDS: Record<string, FormulaUnit> = {
  workdays: 'workdays',
  workday: 'workdays',
  'working days': 'workdays',
  wd: 'workdays',
  วันทำการ: 'workdays',
  days: 'days',
  day: 'days',
  'calendar days': 'days',
  วัน: 'days',
  weeks: 'weeks',
  week: 'weeks',
  สัปดาห์: 'weeks',
  months: 'months',
  month: 'months',
  เดือน: 'months',
};

export function readDate(value: unknown, offsetAt: OffsetAt): Day {
  const result = parseDateValue(value, offsetAt);
  if (!result.ok) throw new KamnotError(result.error);
  return result.value;
}

export function readCount(value: unknown): number {
  let n = Number.NaN;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string' && /^\s*[+-]?\d+(\.\d+)?\s*$/.test(fromThaiDigits(value)))
    n = Number(fromThaiDigits(value));
  if (!Number.isFinite(n)) {
    throw new KamnotError(
      msg(
        `จำนวนต้องเป็นตัวเลข ไม่ใช่ "${String(value)}"`,
        `the number of days must be a number, not "${String(value)}"`,
      ),
    );
  }
  if (Math.abs(n) > 100_000) throw new KamnotError(msg('จำนวนมากเกินไป', 'the number is too large'));
  return Math.trunc(n);
}

export function readUnit(value: unknown): FormulaUnit {
  if (isBlank(value)) return 'workdays';
  const unit = UNIT_WORDS[String(value).trim().toLowerCase()];
  if (!unit) {
    throw new KamnotError(
      msg(
        `หน่วย "${String(value)}" ไม่รู้จัก: ใช้ "วันทำการ", "วัน", "สัปดาห์" หรือ "เดือน"`,
        `unknown unit "${String(value)}": use "workdays", "days", "weeks" or "months"`,
      ),
    );
  }
  return unit;
}

export function readCalendarName(value: unknown): CalendarName {
  if (isBlank(value)) return 'TH';
  const name = String(value).trim().toUpperCase();
  if (!isCalendarName(name)) {
    throw new KamnotError(
      msg(
        `ปฏิทิน "${String(value)}" ไม่รู้จัก: ใช้ ${CALENDAR_NAMES.join(', ')}`,
        `unknown calendar "${String(value)}": use ${CALENDAR_NAMES.join(', ')}`,
      ),
    );
  }
  return name;
}

const STYLE_WORDS: Record<string, DateStyle> = {
  สั้น: 'short',
  ย่อ: 'short',
  ยาว: 'long',
  เต็ม: 'full',
  ตัวเลข: 'numeric',
};

export interface StyleChoice {
  readonly style: DateStyle;
  readonly thaiDigits: boolean;
  readonly lang: Lang;
}

/** "long", "full+thai", "ยาว เลขไทย", "en short": a style, optionally Thai digits and/or English. */
export function readStyle(value: unknown): StyleChoice {
  const choice = { style: 'short' as DateStyle, thaiDigits: false, lang: 'th' as Lang };
  if (isBlank(value)) return choice;
  for (const token of String(value)
    .trim()
    .toLowerCase()
    .split(/[\s+,_-]+/)) {
    if ((DATE_STYLES as readonly string[]).includes(token)) choice.style = token as DateStyle;
    else if (STYLE_WORDS[token]) choice.style = STYLE_WORDS[token];
    else if (token === 'thai' || token === 'เลขไทย' || token === 'ไทย') choice.thaiDigits = true;
    else if (token === 'en' || token === 'english') choice.lang = 'en';
    else if (token !== '' && token !== 'th') {
      throw new KamnotError(
        msg(
          `รูปแบบ "${String(value)}" ไม่รู้จัก: ใช้ short, long, full หรือ numeric (+thai)`,
          `unknown style "${String(value)}": use short, long, full or numeric (+thai)`,
        ),
      );
    }
  }
  return choice;
}

/** A holidays argument: a single date or a range of dates; blanks skipped, a bad cell is an error. */
export function readHolidayList(value: unknown, offsetAt: OffsetAt): Day[] {
  const cells = Array.isArray(value) ? (value as unknown[]).flat() : [value];
  const days: Day[] = [];
  for (const cell of cells) {
    if (isBlank(cell)) continue;
    const result = parseDateValue(cell, offsetAt);
    if (!result.ok) {
      throw new KamnotError(
        msg(
          `วันหยุด "${String(cell)}" อ่านไม่ได้: ${result.error.th}`,
          `holiday "${String(cell)}" cannot be read: ${result.error.en}`,
        ),
      );
    }
    days.push(result.value);
  }
  return days;
}
