/**
 * Reading the Procedures tab's cells: whatever a sheet hands over (text, numbers, Dates from another
 * realm, booleans, error values, or junk) becomes text, a number, or a message saying why not.
 * Nothing here calls a value's own toString: a cell is never trusted to be well-behaved.
 */
import { isDateValue, unescapeFormula } from '../cells';
import { fromThaiDigits } from '../dates/names';
import { type Msg, msg } from '../i18n/msg';
import { squash } from './ids';

export type CellText =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly message: Msg };

const ERROR_VALUE = /^#(?:REF!|N\/A|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|ERROR!|SPILL!|CALC!)$/;

/** A cell read as text ("" when blank), or why it cannot be. */
export function readCellText(value: unknown): CellText {
  if (value === null || value === undefined) return { ok: true, text: '' };
  if (typeof value === 'string') {
    const text = value.trim();
    if (ERROR_VALUE.test(text))
      return {
        ok: false,
        message: msg(`สูตรในช่องนี้ผิดพลาด (${text})`, `the formula in this cell fails (${text})`),
      };
    // Kamnot writes text that would start a formula behind an apostrophe; read it back without one.
    return { ok: true, text: unescapeFormula(text) };
  }
  if (typeof value === 'number')
    return Number.isFinite(value)
      ? { ok: true, text: String(value) }
      : { ok: false, message: msg('ตัวเลขในช่องนี้อ่านไม่ได้', 'the number in this cell cannot be read') };
  if (typeof value === 'boolean') return { ok: true, text: value ? 'TRUE' : 'FALSE' };
  if (isDateValue(value))
    return {
      ok: false,
      message: msg(
        'ช่องนี้เป็นวันที่ (ชีตแปลงให้อัตโนมัติ): พิมพ์เป็นข้อความ',
        'this cell holds a date (the sheet converted what was typed): enter it as plain text',
      ),
    };
  return { ok: false, message: msg('ค่าในช่องนี้อ่านไม่ได้', 'this cell holds a value Kamnot cannot read') };
}

const MAX_STEP = 9999;

/** "3", 3, "๓", "ขั้นที่ 3", "Step 3." → 3. */
export function readStepNo(text: string): { ok: true; no: number } | { ok: false; message: Msg } {
  const t = fromThaiDigits(squash(text));
  const m = /^(?:ขั้น(?:ตอน)?(?:ที่)?|step(?:\s*no\.?)?)?\s*(\d+(?:\.\d+)?)\.?$/i.exec(t);
  const n = m ? Number(m[1]) : Number.NaN;
  if (Number.isInteger(n) && n >= 1 && n <= MAX_STEP) return { ok: true, no: n };
  if (m && !Number.isInteger(n))
    return {
      ok: false,
      message: msg(
        `ขั้นที่ "${text}" ต้องเป็นจำนวนเต็ม: ใช้เลขเว้นช่วง (10, 20, 30) เพื่อแทรกขั้นภายหลัง`,
        `step "${text}" must be a whole number: number steps 10, 20, 30 to leave room to insert`,
      ),
    };
  return {
    ok: false,
    message: msg(`ขั้นที่ "${text}" ต้องเป็นเลข 1–${MAX_STEP}`, `step "${text}" must be a number 1–${MAX_STEP}`),
  };
}

/** Kamnot writes the version; anything else found there is ignored, not an error. */
export function readVersion(text: string): number | null {
  const n = Number(fromThaiDigits(text));
  return text !== '' && Number.isInteger(n) && n >= 1 ? n : null;
}

export interface Condition {
  readonly optional: boolean;
  readonly branch: string | null;
  /** The alternative (กรณี) of the branch the step belongs to; null: the step is one of its own. */
  readonly option?: string | null;
}

const CONDITION =
  /^(?:(ไม่บังคับ|ถ้ามี|optional|if any)\s*[,;]?\s*)?(?:(?:ทางเลือก|alternative|either)\s*:?\s*(.+?)(?:\s*[,;]\s*(?:กรณี|case)\s*:?\s*(.+))?)?$/i;

/**
 * "", "ไม่บังคับ", "ทางเลือก: ก", "optional, alternative: headcount", and a step of a several-step
 * alternative, "ทางเลือก: การใช้เวลาราชการ, กรณี บางส่วน"; null when not one of them.
 */
export function readCondition(text: string): Condition | null {
  const m = CONDITION.exec(squash(text));
  if (!m) return null;
  return {
    optional: m[1] !== undefined,
    branch: m[2] === undefined ? null : m[2].trim(),
    option: m[3] === undefined ? null : m[3].trim(),
  };
}

export function conditionText(condition: Condition, lang: 'th' | 'en' = 'th'): string {
  const parts: string[] = [];
  if (condition.optional) parts.push(lang === 'th' ? 'ไม่บังคับ' : 'optional');
  if (condition.branch !== null) {
    const option = condition.option ? `, ${lang === 'th' ? 'กรณี' : 'case'} ${condition.option}` : '';
    parts.push(`${lang === 'th' ? 'ทางเลือก' : 'alternative'}: ${condition.branch}${option}`);
  }
  return parts.join(', ');
}

/** Touch-time: a time standard that is only minutes ("10 นาที") is effort, kept as information. */
export function effortOf(words: string): number | undefined {
  const m = /^(\d+)\s*(?:นาที|minutes?|mins?\.?)$/i.exec(fromThaiDigits(squash(words)));
  return m ? Number(m[1]) : undefined;
}
