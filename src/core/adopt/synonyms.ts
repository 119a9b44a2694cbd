/**
 * The words offices put in header cells, Thai and English, for each kind of register column, with
 * how strongly each word names the kind (1 = unmistakable). Office-only kinds (ลำดับ, หมายเหตุ,
 * ตำแหน่ง…) are listed too: a column they claim stays the office's and is not forced onto a field.
 */
import { dice, length, type NormalHeader, normaliseHeader } from './normalise';

/** Kinds a register input column can be. `quarter` is the generic word for quarter fields. */
export type InputKind =
  | 'case-id'
  | 'doc-no'
  | 'subject'
  | 'assignee'
  | 'start'
  | 'done'
  | 'due'
  | 'hold-from'
  | 'hold-to'
  | 'status'
  | 'quarter';

/** Columns offices keep for themselves: recognised so they are left alone. */
export type OfficeKind = 'seq' | 'notes' | 'hold-days' | 'count' | 'info' | 'period-end';

export type HeaderKind = InputKind | OfficeKind;

type Table = Readonly<Record<HeaderKind, readonly (readonly [number, readonly string[]])[]>>;

const TABLE: Table = {
  // A letter's number names the case too: it is the case id when the tab has no other (see propose.ts).
  'case-id': [
    [1, ['รหัสเรื่อง', 'เลขที่คำขอ', 'case id', 'reference no', 'ref no', 'case no', 'reference']],
    [0.95, ['เลขที่หนังสือ', 'เลขหนังสือ', 'เลขที่รับ', 'เลขรับ', 'เลขทะเบียนรับ', 'letter no', 'document no']],
    [0.9, ['ทะเบียนรับ', 'เลขที่คำสั่ง', 'เลขที่เอกสาร', 'เลขที่ทะเบียน', 'ref', 'doc no', 'file no']],
    [0.85, ['เลขที่', 'เลขที่ หนังสือ ที่']],
    [0.8, ['ที่', 'รหัส', 'id']],
  ],
  // The office's document number, as e-Saraban and Smart OBEC give it (เลขทะเบียนรับ, ที่ ศธ …).
  'doc-no': [
    [1, ['เลขที่หนังสือรับ', 'เลขหนังสือรับ', 'เลขที่หนังสือ', 'เลขหนังสือ', 'เลขทะเบียนรับ', 'เลขที่ทะเบียนรับ']],
    [1, ['เลขรับ', 'เลขที่รับ', 'document no', 'document number', 'letter no', 'incoming no', 'doc no']],
    [0.9, ['ทะเบียนรับ', 'เลขที่เอกสาร', 'เลขสารบรรณ', 'e saraban', 'saraban no']],
  ],
  subject: [
    [1, ['เรื่อง', 'ชื่อเรื่อง', 'subject', 'matter']],
    [0.9, ['เรื่องที่ขอ', 'ชื่อโครงการ', 'title', 'topic']],
    [0.8, ['รายการ', 'โครงการ', 'project']],
    [0.75, ['ชื่อผู้ขอ', 'ผู้ยื่นคำขอ', 'ชื่อผู้ลา', 'ชื่อผู้ยื่น', 'ชื่อผู้ขอลา']],
    [0.7, ['ชื่อ สกุล', 'ชื่อ นามสกุล', 'ผู้ขอ', 'ผู้ยื่น', 'ผู้ลา', 'applicant', 'requester', 'description']],
    [0.6, ['ชื่อ', 'รายละเอียด', 'name', 'case', 'item']],
  ],
  assignee: [
    [1, ['ผู้รับผิดชอบ', 'ผู้ปฏิบัติ', 'ผู้ปฏิบัติงาน', 'เจ้าของเรื่อง', 'ผู้ดำเนินการ', 'ผู้ได้รับมอบหมาย']],
    [1, ['เจ้าหน้าที่ผู้รับผิดชอบ', 'ผู้รับผิดชอบเรื่อง', 'ผู้รับผิดชอบงาน']],
    [1, ['assignee', 'owner', 'responsible', 'person responsible', 'handled by', 'assigned to']],
    [0.9, ['officer', 'in charge', 'person in charge']],
    [0.8, ['เจ้าหน้าที่', 'มอบหมาย', 'ผู้รับเรื่อง', 'ผู้รับผิด ชอบ']],
    [0.7, ['ผู้ประสานงาน', 'staff']],
    [0.6, ['อีเมล', 'email', 'e mail', 'ผู้ตรวจสอบ']],
  ],
  start: [
    [1, ['วันที่รับเรื่อง', 'วันรับ', 'วันที่รับ', 'วันเริ่มนับ', 'date received', 'received', 'start date']],
    [0.95, ['วันที่ลงรับ', 'ลงรับ', 'วันที่รับหนังสือ', 'รับหนังสือ', 'รับวันที่', 'received on']],
    [0.9, ['วันที่ยื่น', 'วันที่ยื่นคำขอ', 'ยื่นคำขอ', 'วันที่ยื่นใบลา', 'opened', 'date opened']],
    [0.85, ['วันที่เริ่ม', 'เริ่มต้น', 'submitted', 'date submitted']],
    [0.8, ['ลงวันที่', 'request date', 'วันที่ขอ']],
    [0.45, ['วันที่', 'วันเดือนปี', 'ว ด ป', 'date']],
  ],
  done: [
    [0.9, ['วันที่เสร็จ', 'เสร็จ', 'แล้วเสร็จ', 'เสร็จสิ้น', 'วันที่แล้วเสร็จ', 'ดำเนินการเสร็จ', 'เสร็จเมื่อ']],
    [0.9, ['done', 'completed', 'date completed', 'finished', 'completion date']],
    [0.75, ['วันปิดเรื่อง', 'ปิดเรื่อง', 'closed', 'date closed']],
  ],
  due: [
    [1, ['กำหนดส่ง', 'กำหนดเสร็จ', 'กำหนดแล้วเสร็จ', 'เส้นตาย', 'due', 'due date', 'deadline', 'due by']],
    [0.9, ['ครบกำหนด', 'วันครบกำหนด', 'ภายในวันที่', 'target date']],
    [0.8, ['กำหนด', 'กำหนดการ']],
  ],
  'hold-from': [
    [1, ['พักเรื่องตั้งแต่', 'เริ่มพักเรื่อง', 'ระงับตั้งแต่', 'on hold from', 'hold from']],
    [0.95, ['วันที่พักเรื่อง', 'พักเรื่อง', 'หยุดนับ']],
    [0.85, ['ระงับ', 'ระงับเรื่อง', 'on hold', 'paused', 'suspended']],
    [0.7, ['พัก', 'hold']],
  ],
  'hold-to': [
    [1, ['พักเรื่องถึง', 'พักถึง', 'ระงับถึง', 'สิ้นสุดการพัก', 'สิ้นสุดการพักเรื่อง', 'on hold until']],
    [1, ['hold until', 'hold to', 'resumed', 'resumed on']],
    [0.9, ['กลับมาดำเนินการ', 'ยกเลิกการพัก', 'ดำเนินการต่อ', 'resume']],
  ],
  status: [
    [1, ['สถานะ', 'สถานะเรื่อง', 'สถานะการดำเนินการ', 'status', 'case status']],
    [0.8, ['ผลการดำเนินการ', 'ความคืบหน้า', 'progress', 'state']],
    [0.6, ['การดำเนินการ', 'ผล', 'outcome']],
  ],
  quarter: [[0.9, ['ไตรมาส', 'ไตรมาสที่', 'quarter', 'fiscal quarter']]],
  seq: [
    [1, ['ลำดับ', 'ลำดับที่', 'seq']],
    [0.8, ['ที่', 'no', 'order']],
  ],
  notes: [
    [1, ['หมายเหตุ', 'ข้อสังเกต', 'note', 'notes', 'remark', 'remarks', 'comment', 'comments']],
    [0.7, ['บันทึก', 'ปัญหาอุปสรรค', 'ปัญหา']],
  ],
  'hold-days': [[1, ['จำนวนวันพัก', 'จำนวนวันที่พัก', 'จำนวนวันที่พักเรื่อง', 'days on hold', 'hold days']]],
  count: [
    [1, ['จำนวนวัน', 'จำนวนวันลา', 'ระยะเวลา', 'รวมวัน', 'duration', 'days', 'number of days']],
    [0.8, ['จำนวน', 'รวม', 'จำนวนเงิน', 'งบประมาณ', 'เงินเดือน', 'amount', 'budget', 'total', 'count']],
  ],
  info: [
    [1, ['ตำแหน่ง', 'สังกัด', 'โทรศัพท์', 'เบอร์โทร', 'เบอร์โทรศัพท์', 'ลายมือชื่อ', 'ที่อยู่', 'วิทยฐานะ']],
    [1, ['position', 'phone', 'tel', 'signature', 'address']],
    [0.9, ['โรงเรียน', 'สถานศึกษา', 'ลงชื่อ', 'school']],
    [0.8, ['หน่วยงาน', 'กลุ่มงาน', 'department', 'agency', 'ประเภท', 'type']],
    [0.7, ['จาก', 'from', 'ผู้ส่ง', 'sender']],
    [0.6, ['ถึง', 'to', 'กลุ่ม']],
  ],
  'period-end': [[0.9, ['ถึงวันที่', 'วันสิ้นสุด', 'สิ้นสุด', 'end date', 'until', 'to date']]],
};

/**
 * Words for the catalogue's own case fields, beyond the field's label: how registers of those
 * procedures head the same column.
 */
export const FIELD_ALIASES: Readonly<Record<string, readonly string[]>> = {
  'leave-type': ['ประเภทการลา', 'ประเภทลา', 'ลาประเภท', 'leave type', 'type of leave'],
  'leave-start': ['ตั้งแต่วันที่', 'ลาตั้งแต่', 'ลาตั้งแต่วันที่', 'วันที่เริ่มลา', 'leave from', 'from date'],
  'return-date': ['วันที่กลับ', 'กลับมาปฏิบัติราชการ', 'วันกลับเข้ารับราชการ', 'return date', 'returned'],
  'requested-date': ['วันที่ขอลาออก', 'ลาออกตั้งแต่', 'ประสงค์ลาออกวันที่', 'requested date'],
  'leaving-date': ['วันที่ออก', 'มีผลวันที่', 'ลาออกมีผล', 'effective date'],
  'licence-expiry': ['วันหมดอายุ', 'หมดอายุ', 'บัตรหมดอายุ', 'expiry', 'expiry date', 'expires'],
  'appointment-date': ['วันบรรจุ', 'วันที่บรรจุ', 'บรรจุแต่งตั้ง', 'วันที่แต่งตั้ง', 'appointed'],
  'planned-quarter': ['ไตรมาส', 'ไตรมาสที่', 'quarter'],
  'order-notified': ['วันที่รับแจ้งคำสั่ง', 'แจ้งคำสั่ง', 'order notified'],
  'documents-received': ['วันที่ยื่นผลสอบ', 'ยื่นผลสอบ', 'ส่งผลสอบ', 'ผลการสอบคัดเลือก', 'exam result'],
  'guidelines-notified': ['วันที่ สพฐ. แจ้ง', 'แจ้งแนวปฏิบัติ', 'แจ้งหลักเกณฑ์', 'guidelines notified'],
  'event-date': ['วันที่เกิดเหตุ', 'วันที่เปลี่ยนแปลง', 'event date'],
  'contract-end': ['วันครบสัญญา', 'สิ้นสุดสัญญา', 'ครบกำหนดสัญญา', 'contract end'],
  'study-end': ['วันสำเร็จการศึกษา', 'จบการศึกษา', 'สำเร็จการศึกษา', 'graduated'],
};

export interface Word {
  readonly raw: string;
  readonly key: string;
  readonly weight: number;
  /** `key`'s length in code points. */
  readonly size: number;
  /** Short words ("ที่", "id") match only a whole header: inside other words they mean nothing. */
  readonly exactOnly: boolean;
}

export function word(raw: string, weight = 1): Word {
  const key = normaliseHeader(raw).key;
  const size = length(key);
  return { raw, key, weight, size, exactOnly: size <= 3 };
}

const WORDS: ReadonlyMap<HeaderKind, readonly Word[]> = new Map(
  (Object.keys(TABLE) as HeaderKind[]).map((kind) => [
    kind,
    TABLE[kind].flatMap(([weight, list]) => list.map((w) => word(w, weight))),
  ]),
);

export const OFFICE_KINDS: readonly OfficeKind[] = [
  'seq',
  'notes',
  'hold-days',
  'count',
  'info',
  'period-end',
];

export function wordsFor(kind: HeaderKind): readonly Word[] {
  return WORDS.get(kind) ?? [];
}

type MatchHow = 'exact' | 'contains' | 'overlap';

export interface WordMatch {
  readonly score: number;
  readonly word: Word;
  readonly how: MatchHow;
}

/** How well one word names this header, 0..1: exact > contains > shared syllables. */
function matchWord(h: NormalHeader, hl: number, w: Word): WordMatch | null {
  if (h.key === '' || w.key === '') return null;
  if (h.key === w.key || h.compact === w.key) return { score: w.weight, word: w, how: 'exact' };
  const wl = w.size;
  if (!w.exactOnly && h.key.includes(w.key))
    return { score: w.weight * (0.7 + (0.25 * wl) / hl), word: w, how: 'contains' };
  if (hl > 3 && w.key.includes(h.key))
    return { score: w.weight * (0.55 + (0.25 * hl) / wl), word: w, how: 'contains' };
  if (hl > 3 && wl > 3) {
    const d = dice(h.key, w.key);
    if (d >= 0.45) return { score: w.weight * 0.65 * d, word: w, how: 'overlap' };
  }
  return null;
}

/** The best of `words` for this header, or null when none fits. */
export function matchWords(h: NormalHeader, words: readonly Word[]): WordMatch | null {
  let best: WordMatch | null = null;
  const hl = length(h.key);
  for (const w of words) {
    const m = matchWord(h, hl, w);
    if (m && (!best || m.score > best.score)) best = m;
  }
  return best;
}

export function matchKind(h: NormalHeader, kind: HeaderKind): WordMatch | null {
  return matchWords(h, wordsFor(kind));
}

/** Whether a cell's text reads like a register header word at all (used to find the header row). */
export function isKnownHeaderWord(text: string): boolean {
  const h = normaliseHeader(text);
  if (h.key === '') return false;
  for (const words of WORDS.values()) if ((matchWords(h, words)?.score ?? 0) >= 0.7) return true;
  return false;
}
