/** The words a digest uses, Thai first. */
import { type Msg, msg } from '../i18n/msg';
import type { Stage } from './types';

export const STAGE_WORDS: Record<Stage, Msg> = {
  'due-soon': msg('ใกล้ครบกำหนด', 'Due soon'),
  'due-today': msg('ครบกำหนดวันนี้', 'Due today'),
  overdue: msg('เกินกำหนด', 'Overdue'),
  escalation: msg('เกินกำหนด', 'Overdue'),
  uncertain: msg('ยังระบุไม่ได้ว่าเกินกำหนดหรือไม่', 'Cannot tell yet whether it is late'),
};

/** A count for every stage, all zero. */
export function noStages(): Record<Stage, number> {
  return { 'due-soon': 0, 'due-today': 0, overdue: 0, escalation: 0, uncertain: 0 };
}

/** Working days left, or by how many the case is late. */
export function daysLeftWords(daysLeft: number | null): Msg {
  if (daysLeft === null) return msg('—', '—');
  if (daysLeft === 0) return msg('วันนี้', 'today');
  const n = Math.abs(daysLeft);
  const days = n === 1 ? 'working day' : 'working days';
  return daysLeft > 0
    ? msg(`เหลือ ${n} วันทำการ`, `${n} ${days} left`)
    : msg(`เกิน ${n} วันทำการ`, `${n} ${days} overdue`);
}

export const WORDS = {
  greeting: (name: string) => msg(`เรียน ${name}`, `Dear ${name}`),
  intro: (date: Msg) =>
    msg(`เรื่องที่ใกล้ครบกำหนดและเกินกำหนด ณ วันที่ ${date.th}`, `Cases due soon or overdue as of ${date.en}`),
  own: msg('งานของคุณ', 'Your cases'),
  team: msg('ทีมของคุณ', 'Your team'),
  teamIntro: msg('เรื่องของผู้ใต้บังคับบัญชาที่เกินกำหนด', 'Overdue cases of the people who report to you'),
  subject: msg('เรื่อง', 'Subject'),
  step: msg('ขั้นตอนปัจจุบัน', 'Current step'),
  due: msg('ครบกำหนด', 'Due'),
  left: msg('วันทำการ', 'Working days'),
  state: msg('สถานะ', 'State'),
  assignee: msg('ผู้รับผิดชอบ', 'Assignee'),
  caseId: (id: string) => msg(`รหัส ${id}`, `ID ${id}`),
  docNo: (no: string) => msg(`เลขที่หนังสือ ${no}`, `Doc. no. ${no}`),
  /** When the mail shows only part of what is due: what it shows, and where the rest is. */
  cut: (shown: number, total: number) =>
    msg(
      `อีเมลนี้แสดง ${shown} จาก ${total} เรื่อง: เรื่องที่ครบกำหนดวันนี้และใกล้ครบกำหนดแสดงครบทุกเรื่อง ที่เหลือนับไว้ท้ายแต่ละทะเบียน`,
      `This mail shows ${shown} of ${total} cases: every case due today or soon; the rest are counted under each register`,
    ),
  openTab: (tab: string) => msg(`เปิดแท็บ "${tab}"`, `open the tab "${tab}"`),
  workbook: msg('เปิดสมุดงาน', 'Open the workbook'),
  footer: msg(
    'Kamnot ส่งสรุปนี้วันละหนึ่งฉบับในวันทำการ ถึงผู้ที่อยู่ในแท็บ People ของสมุดงาน',
    "Kamnot sends this digest once per working day to the people in the workbook's People tab",
  ),
} as const;

const uncertainWords = (n: number): Msg =>
  msg(`${n} เรื่องยังระบุกำหนดไม่ได้ (ไม่มีข้อมูลวันหยุด)`, `${n} with no exact due date yet (holidays missing)`);

/** The subject line's counts: "3 เรื่องเกินกำหนด, 2 เรื่องใกล้ครบกำหนด". */
export function countWords(counts: Record<Stage, number>): Msg {
  const parts: Msg[] = [];
  if (counts.overdue) parts.push(msg(`${counts.overdue} เรื่องเกินกำหนด`, `${counts.overdue} overdue`));
  if (counts['due-today'])
    parts.push(msg(`${counts['due-today']} เรื่องครบกำหนดวันนี้`, `${counts['due-today']} due today`));
  if (counts['due-soon'])
    parts.push(msg(`${counts['due-soon']} เรื่องใกล้ครบกำหนด`, `${counts['due-soon']} due soon`));
  if (counts.uncertain) parts.push(uncertainWords(counts.uncertain));
  if (counts.escalation)
    parts.push(msg(`ทีมของคุณ ${counts.escalation} เรื่องเกินกำหนด`, `${counts.escalation} overdue in your team`));
  return msg(parts.map((p) => p.th).join(', '), parts.map((p) => p.en).join(', '));
}

/** "…and 711 more overdue, 2 due soon in this register". */
export function moreWords(counts: Record<Stage, number>): Msg {
  const late = counts.overdue + counts.escalation;
  const parts: Msg[] = [];
  if (late) parts.push(msg(`${late} เรื่องเกินกำหนด`, `${late} overdue`));
  if (counts['due-today'])
    parts.push(msg(`${counts['due-today']} เรื่องครบกำหนดวันนี้`, `${counts['due-today']} due today`));
  if (counts['due-soon'])
    parts.push(msg(`${counts['due-soon']} เรื่องใกล้ครบกำหนด`, `${counts['due-soon']} due soon`));
  if (counts.uncertain) parts.push(uncertainWords(counts.uncertain));
  return msg(
    `…และอีก ${parts.map((p) => p.th).join(', ')} ในทะเบียนนี้`,
    `…and ${parts.map((p) => p.en).join(', ')} more in this register`,
  );
}
