/** What manual 000's procedures share: its file, unit, roles, common steps and texts. */
import type { Manual } from '../../schema';
export const FILE = '000_c0fd10c200f1c587.txt';
export const UNIT = {
  th: 'กลุ่มพัฒนาครูและบุคลากรทางการศึกษา',
  en: 'Teacher and Educational Personnel Development Group',
};
export const GD = {
  id: 'group-director',
  th: 'ผู้อำนวยการกลุ่มพัฒนาครูและบุคลากรทางการศึกษา',
  en: 'Director of the Teacher Development Group',
};
export const CLERK = { id: 'officer', th: 'เจ้าพนักงานธุรการ', en: 'Administrative officer' };
export const SCHOOL = { id: 'school', th: 'โรงเรียน', en: 'School' };
export const NONE = { kind: 'none' } as const;
export const MANUAL = { kind: 'manual' } as const;
export const PREV = { type: 'previous' } as const;
export const START = { type: 'start' } as const;

export type Procedure = Manual['procedures'][number];
