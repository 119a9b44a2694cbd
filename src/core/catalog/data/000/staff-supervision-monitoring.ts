import { FILE, GD, MANUAL, type Procedure, UNIT } from './shared';

export const staffSupervisionMonitoring: Procedure = {
  id: '000-staff-supervision-monitoring',
  th: 'กำกับ ติดตาม ตรวจสอบ การปฏิบัติงานของบุคลากรในกลุ่มพัฒนาครูและบุคลากรทางการศึกษา',
  en: 'Supervising, following up and checking the work of group staff',
  manual: '000',
  unit: UNIT,
  source: { file: FILE, section: 'มาตรฐานการปฏิบัติงาน หน้า ๕', lines: [107, 112] },
  caseIs: { th: 'งานที่กำกับติดตามหนึ่งเรื่อง', en: 'One supervised work item' },
  fields: [],
  legal: [],
  forms: [],
  steps: [
    {
      id: 'supervise-work',
      th: 'กำกับ ติดตาม ตรวจสอบการปฏิบัติงานของบุคลากรในกลุ่ม ทั้งก่อน ระหว่าง และหลังปฏิบัติงาน',
      en: 'Supervise and check the staff work before, during and after it',
      role: GD,
      deadline: MANUAL,
      words: 'ดำเนินการให้แล้วเสร็จตามปฏิทินที่สพฐ.กำหนด',
    },
  ],
  notes: [
    'The number cell reads "๑ ๒ ๓ ๔ ๕ ๖" but holds one activity (7 work areas) with 7 standards: one step.',
  ],
};
