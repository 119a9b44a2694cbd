import { FILE, NONE, OFFICE, PERSONNEL, POLICY_NOTE, POLICY_SECTION, type Procedure } from './shared';

export const performanceEvaluationAndUse: Procedure = {
  id: '002-performance-evaluation-and-use',
  th: 'นโยบายด้านการประเมินผลการปฏิบัติงาน',
  en: 'HR policy 6: performance evaluation and use of results',
  manual: '002',
  unit: PERSONNEL,
  source: { file: FILE, section: `${POLICY_SECTION} ข้อ 6`, lines: [707, 713] },
  caseIs: { th: 'การประเมินหนึ่งรอบ', en: 'One evaluation round' },
  fields: [],
  legal: ['หลักเกณฑ์และวิธีการที่กำหนด'],
  forms: [],
  checklist: true,
  steps: [
    {
      id: 'evaluate-on-schedule',
      th: 'ประเมินผลการปฏิบัติราชการของข้าราชการครูฯ ลูกจ้างประจำ และพนักงานราชการ ตามหลักเกณฑ์และเป็นไปตามกำหนดเวลา',
      en: 'Evaluate staff, permanent and government employees per the rules and on schedule',
      role: OFFICE,
      deadline: NONE,
      words: 'เป็นไปตามหลักเกณฑ์และวิธีการที่กำหนด และเป็นไปตามกำหนดเวลา',
      note: 'A policy statement (line 711), not a dated step: the rounds themselves run under 002-salary-increment-round.',
    },
    {
      id: 'use-results',
      th: 'ผู้บังคับบัญชานำผลการประเมินไปปรับปรุงงาน และประกอบการพิจารณาเลื่อนเงินเดือน รางวัล การให้ออก การต่อสัญญาจ้าง',
      en: 'Supervisors use results to improve work and for increments, rewards, removal and contract renewal',
      role: { id: 'supervisor', th: 'ผู้บังคับบัญชา', en: 'Supervisor' },
      deadline: NONE,
    },
  ],
  notes: [
    POLICY_NOTE,
    'A checklist, so no due dates: "เป็นไปตามกำหนดเวลา" names a schedule set elsewhere (OTEPC/OBEC), not a time of its own.',
  ],
};
