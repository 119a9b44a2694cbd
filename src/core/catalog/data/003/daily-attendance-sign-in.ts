import { FILE, NONE, OFFICER, type Procedure, STAFF, UNIT } from './shared';

export const dailyAttendanceSignIn: Procedure = {
  id: '003-daily-attendance-sign-in',
  th: 'การลงชื่อปฏิบัติหน้าที่',
  en: 'Daily attendance sign-in',
  manual: '003',
  unit: UNIT,
  source: { file: FILE, section: 'ชื่องาน : การลงชื่อปฏิบัติหน้าที่การลาทุกประเภท', lines: [812, 884] },
  caseIs: { th: 'หนึ่งวันทำการ', en: 'One working day' },
  fields: [],
  legal: [],
  forms: ['สมุดลงเวลาปฏิบัติราชการ', 'สรุปการมาปฏิบัติราชการประจำวัน'],
  steps: [
    {
      id: 'sign-in',
      th: 'ข้าราชการครูและบุคลากรทางการศึกษาลงชื่อปฏิบัติหน้าที่',
      en: 'Staff sign the attendance book',
      role: STAFF,
      deadline: NONE,
      words: '1 นาที',
      effortMinutes: 1,
      note: 'Sign in by 07:40 (later is late, below the red line); sign out not before 16:30; in Thai digits.',
    },
    {
      id: 'daily-summary',
      th: 'สรุปการลงชื่อปฏิบัติหน้าที่ประจำวันเสนอต่อผู้อำนวยการทราบ',
      en: 'Summarise the day’s attendance for the director',
      role: OFFICER,
      deadline: NONE,
      words: '15 นาที',
      effortMinutes: 15,
      note: 'Every day, with leave by type and official travel.',
    },
  ],
  notes: [
    'Rows 1–2 of the table "การลงชื่อปฏิบัติหน้าที่การลาทุกประเภท"; the other rows are 003-leave-request.',
    'Daily work: the schema has no daily recurrence.',
    'Unannounced lateness is recorded as "ไม่ทราบสาเหตุ" for the director to decide.',
  ],
};
