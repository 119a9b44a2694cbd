import { CLERK, FILE, type Procedure, START, UNIT } from './shared';

export const adminCorrespondence: Procedure = {
  id: '000-admin-correspondence',
  th: 'งานธุรการ',
  en: 'Administrative (clerical) work',
  manual: '000',
  unit: UNIT,
  source: { file: FILE, section: 'มาตรฐานการปฏิบัติงาน หน้า ๑๕', lines: [263, 267] },
  caseIs: { th: 'หนังสือหรืองานธุรการหนึ่งเรื่อง', en: 'One letter or clerical task' },
  fields: [],
  legal: [],
  forms: ['ระบบรับ-ส่งหนังสือราชการอิเล็กทรอนิกส์'],
  steps: [
    {
      id: 'handle-task',
      th: 'รับ-ส่งและวิเคราะห์หนังสือราชการในระบบอิเล็กทรอนิกส์ ประชุมภายใน จัดเก็บ และประชาสัมพันธ์',
      en: 'Send, receive and route e-letters; internal meetings; filing; publicity',
      role: CLERK,
      deadline: { kind: 'after', n: 0, unit: 'days', from: START },
      words: 'ปฏิบัติทันที',
    },
  ],
  notes: [
    'One row holding sub-tasks 2.1.1-2.1.5.',
    'Duty list also names supplies registers (2.2), internal control (3), travel reports (9) and travel permission for school directors (10): no SOP table.',
  ],
};
