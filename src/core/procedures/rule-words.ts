/**
 * The words of the deadline-rule grammar, shared by its reader and its writer so that what Kamnot
 * writes is always something it reads back. The writer uses the first, canonical word of each list.
 */
import type { Unit } from '../catalog/schema';
import type { Lang } from '../i18n/msg';

/** Canonical unit words: [Thai, English singular, English plural]. */
export const UNIT_TEXT: Record<Unit, readonly [string, string, string]> = {
  workdays: ['วันทำการ', 'workday', 'workdays'],
  days: ['วัน', 'day', 'days'],
  'calendar-days': ['วันตามปฏิทิน', 'calendar day', 'calendar days'],
  weeks: ['สัปดาห์', 'week', 'weeks'],
  months: ['เดือน', 'month', 'months'],
  hours: ['ชั่วโมง', 'hour', 'hours'],
};

export function unitText(unit: Unit, n: number, lang: Lang): string {
  const [th, one, many] = UNIT_TEXT[unit];
  return lang === 'th' ? th : n === 1 ? one : many;
}

/** Every spelling read as a unit, longest first so "วันทำการ" wins over "วัน". */
const UNIT_ALIASES: readonly (readonly [string, Unit])[] = (
  [
    ['วันทำการ', 'workdays'],
    ['วัน ทำการ', 'workdays'],
    ['working days', 'workdays'],
    ['working day', 'workdays'],
    ['workdays', 'workdays'],
    ['workday', 'workdays'],
    ['business days', 'workdays'],
    ['business day', 'workdays'],
    ['วันตามปฏิทิน', 'calendar-days'],
    ['วัน ตามปฏิทิน', 'calendar-days'],
    ['วันปฏิทิน', 'calendar-days'],
    ['calendar days', 'calendar-days'],
    ['calendar day', 'calendar-days'],
    ['calendar-days', 'calendar-days'],
    ['วัน', 'days'],
    ['days', 'days'],
    ['day', 'days'],
    ['สัปดาห์', 'weeks'],
    ['weeks', 'weeks'],
    ['week', 'weeks'],
    ['เดือน', 'months'],
    ['months', 'months'],
    ['month', 'months'],
    ['ชั่วโมง', 'hours'],
    ['ชม.', 'hours'],
    ['ชม', 'hours'],
    ['hours', 'hours'],
    ['hour', 'hours'],
    ['hrs', 'hours'],
    ['hr', 'hours'],
  ] as const
)
  .slice()
  .sort((a, b) => b[0].length - a[0].length);

/** The unit a text starts with, and how much of the text it took. ASCII words end at a word boundary. */
export function leadingUnit(text: string): { unit: Unit; length: number } | null {
  const lower = text.toLowerCase();
  for (const [word, unit] of UNIT_ALIASES) {
    if (!lower.startsWith(word)) continue;
    if (/^[a-z]/.test(word) && /^[a-z]/.test(lower.slice(word.length))) continue;
    return { unit, length: word.length };
  }
  return null;
}

/** The words a rule may open with: "ภายใน", "within", "ไม่น้อยกว่า", "at least"… (they change nothing). */
export const LEADING_FILLER = /^(?:ภายใน|ไม่เกิน|ไม่น้อยกว่า|อย่างน้อย|within|no later than|at least|in)\s*(?=\d)/i;

/** After the unit: what joins it to the anchor. */
export const AFTER_WORD = /^(?:หลังจาก|หลัง|นับตั้งแต่|นับแต่|นับจาก|จาก|after|from|following|of)\s*/i;
export const BEFORE_WORD = /^(?:ก่อนถึง|ก่อน|before|prior to)\s*/i;

/** Words an anchor may end with ("หลังขั้นที่ 2 เสร็จ", "after step 2 is done"). */
export const ANCHOR_TAIL = /\s*(?:เสร็จสิ้น|เสร็จ|แล้ว|is done|is complete|completes|done)$/i;

export const START_ANCHOR =
  /^(?:(?:วัน)?(?:ที่)?(?:เริ่ม(?:ต้น)?(?:เรื่อง|นับ)?|(?:ได้)?รับ(?:เรื่อง|หนังสือ|คำขอ))|(?:the\s+)?(?:case\s+)?(?:start|receipt|date received|day received))$/i;
export const PREVIOUS_ANCHOR = /^(?:ขั้น(?:ตอน)?(?:ที่)?(?:ก่อนหน้า|ก่อน|ที่แล้ว)|(?:the\s+)?previous(?:\s+step)?)$/i;
export const STEP_ANCHOR = /^(?:ขั้น(?:ตอน)?(?:ที่)?|step(?:\s+no\.?)?)\s*(\d+)$/i;
/** An unbracketed anchor that is plainly a date column: Thai names of dates start with "วัน". */
export const DATE_LIKE = /^วัน|\bdate\b/i;

export const NONE_WORDS = /^(?:|-|none|no deadline|ไม่มี|ไม่มีกำหนด|ไม่มีกำหนดเวลา)$/i;
export const MANUAL_WORDS =
  /^(?:manual|typed in|set by others|กรอกเอง|กรอกวันที่เอง|ตามที่กำหนด|ตามที่หน่วยงานอื่นกำหนด|ภายในระยะเวลาที่กำหนด)$/i;
export const IMMEDIATELY = /^(?:ทันที|immediately)\s*/i;

/** The canonical words the writer uses. */
export const WORDS = {
  none: { th: 'ไม่มีกำหนด', en: 'none' },
  manual: { th: 'กรอกเอง', en: 'manual' },
  after: { th: 'หลัง', en: 'after' },
  before: { th: 'ก่อน', en: 'before' },
  start: { th: 'เริ่ม', en: 'start' },
  previous: { th: 'ขั้นก่อนหน้า', en: 'previous step' },
  step: { th: 'ขั้นที่ ', en: 'step ' },
} as const;

/** Every rule shape, for help notes and for the message when a rule cannot be read. */
export const RULE_EXAMPLES = {
  th: [
    '15 วันทำการ หลังเริ่ม',
    '3 วัน หลังขั้นที่ 2',
    '5 วัน',
    '1-3 วัน',
    '30 วันตามปฏิทิน ก่อน [วันขอลาออก]',
    '45 วันตามปฏิทิน หลัง [วันสำเร็จการศึกษา]',
    'ภายในวันที่ 5 ของทุกเดือน',
    'ภายในวันที่ 1 มี.ค. ของทุกปี',
    'ภายในเดือน ต.ค.-ธ.ค.',
    'ภายในไตรมาส 2',
    'กรอกเอง',
    'ไม่มีกำหนด',
  ],
  en: [
    '15 workdays after start',
    '3 days after step 2',
    '5 days',
    '1-3 days',
    '30 calendar days before [requested date]',
    '45 calendar days after [graduation date]',
    'by day 5 of every month',
    'by 1 March every year',
    'within October-December',
    'by the end of Q2',
    'manual',
    'none',
  ],
} as const;
