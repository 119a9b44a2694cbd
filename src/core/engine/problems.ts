/** The problems the engine reports on a case, in Thai and English. */
import { msg } from '../i18n/msg';
import type { Problem, ProblemCode } from './types';

const TEXT: Record<Exclude<ProblemCode, 'no-holiday-data' | 'bad-field'>, [string, string]> = {
  'missing-start': ['ยังไม่ได้กรอกวันเริ่ม (วันรับเรื่อง)', 'the start date (date received) is missing'],
  'missing-anchor': ['ยังไม่ได้กรอกวันที่ที่ใช้นับกำหนด', 'the date this step counts from is missing'],
  'out-of-order': ['ขั้นตอนนี้ยังไม่เสร็จ แต่ขั้นตอนถัดไปบันทึกว่าเสร็จแล้ว', 'this step is not done but a later step is'],
  'done-before-anchor': [
    'วันที่เสร็จอยู่ก่อนวันที่เริ่มนับของขั้นตอน',
    'the step is marked done before the date it counts from',
  ],
  'done-in-future': [
    'วันที่เสร็จเป็นวันในอนาคต: ยังไม่นับว่าเสร็จ',
    'the completion date is in the future: not counted as done',
  ],
  'bad-hold': ['ช่วงพักเรื่องไม่ถูกต้อง', 'the hold period is not valid'],
  'missing-branch': ['ยังไม่ได้เลือกกรณีของเรื่องนี้', 'the case this row follows is not chosen'],
  'branch-conflict': [
    'ขั้นตอนนี้บันทึกว่าเสร็จ แต่ไม่อยู่ในกรณีที่เลือกไว้',
    'this step is marked done but is not part of the case chosen',
  ],
};

/** `named` gives the field's Thai and English names for the message; the id stays in `field`. */
export function problem(
  code: keyof typeof TEXT,
  step?: string,
  field?: string,
  named?: { th: string; en: string },
): Problem {
  const [th, en] = TEXT[code];
  const where = (name: string | undefined) => (name ? ` (${name})` : field ? ` (${field})` : '');
  return {
    code,
    msg: msg(th + where(named?.th), en + where(named?.en)),
    ...(step ? { step } : {}),
    ...(field ? { field } : {}),
  };
}
