/**
 * Rows of a register that are not cases, though they hold something: a totals row ("รวม 5 ราย",
 * "รวมทั้งสิ้น" beside a COUNTA), a section row ("ภาคเรียนที่ 2/2569", "เดือนพฤศจิกายน 2569") between
 * the cases, a row of numbers only (counts without their label, a row numbered in advance), and a
 * row holding only a case id. Kamnot gives them no state and no id, and mails nobody about them.
 */
import { fromThaiDigits, TH_MONTHS_LONG, TH_MONTHS_SHORT } from '../dates/names';
import { isBlank } from '../dates/parse';

export type NonCase = 'totals' | 'section' | 'numbers' | 'id-only';

const TOTALS =
  /^(?:รวม(?:ทั้งสิ้น|ทั้งหมด|ทั้งปี|ยอด)?|ยอดรวม|สรุป(?:รวม|ยอด)?|total|grand total|subtotal|sum)\s*[:：]?\s*(?:\(?[\d,.]+\)?\s*(?:ราย|คน|เรื่อง|รายการ|ฉบับ|cases?|items?)?)?$/i;
const SECTION =
  /^(?:ภาคเรียน|ภาคการศึกษา|เดือน|ประจำเดือน|ไตรมาส|ปีงบประมาณ|ปีการศึกษา|ปี\s*พ\.?\s*ศ\.?|รอบที่|รอบ|ครั้งที่|งวดที่|ส่วนที่|หมวด|term|semester|quarter|month|round|part|section)/i;
const MONTHS = [...TH_MONTHS_LONG, ...TH_MONTHS_SHORT].map((m) => m.replace(/\./g, '\\.')).join('|');
const MONTH_YEAR = new RegExp(`^(?:${MONTHS})\\s*(?:พ\\.?\\s*ศ\\.?\\s*)?\\d{2,4}$`);

const text = (v: unknown): string => fromThaiDigits(String(v)).replace(/\s+/g, ' ').trim();
const isNumberCell = (v: unknown): boolean =>
  typeof v === 'number' || (typeof v === 'string' && /^[\d,.]+$/.test(text(v)));

/**
 * Why the row is not a case, or null when it is one (or may become one as it is typed).
 * `inputs` are the register's input cells; `office` every cell of the row that is not Kamnot's
 * computed output (the office's own columns too); `start` and `caseId` the inputs' positions.
 */
export function nonCaseRow(
  inputs: readonly unknown[],
  office: readonly unknown[],
  at: { readonly start: number; readonly caseId: number },
): NonCase | null {
  const filled = office.filter((v) => !isBlank(v));
  if (filled.length === 0) return null;
  const startBlank = at.start < 0 || isBlank(inputs[at.start]);
  if (startBlank && filled.some((v) => typeof v === 'string' && TOTALS.test(text(v)))) return 'totals';
  const typedInputs = inputs.filter((v) => !isBlank(v));
  if (startBlank && filled.length === 1 && typeof filled[0] === 'string' && typedInputs.length <= 1) {
    const t = text(filled[0]);
    if ([...t].length <= 40 && (SECTION.test(t) || MONTH_YEAR.test(t) || /[:：]$/.test(t))) return 'section';
  }
  if (filled.every(isNumberCell) && filled.every((v) => Number(text(v).replace(/,/g, '')) < 10_000))
    return 'numbers';
  if (typedInputs.length === 1 && at.caseId >= 0 && !isBlank(inputs[at.caseId]) && filled.length === 1)
    return 'id-only';
  return null;
}
