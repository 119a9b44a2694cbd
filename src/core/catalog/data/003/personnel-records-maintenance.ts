import { FILE, NONE, PERSONNEL, type Procedure, RECORDS_LEGAL, UNIT, YEAR_DUTIES } from './shared';

export const personnelRecordsMaintenance: Procedure = {
  id: '003-personnel-records-maintenance',
  th: 'งานทะเบียนประวัติ',
  en: 'Personnel records',
  manual: '003',
  unit: UNIT,
  source: { file: FILE, section: '17. งานทะเบียนประวัติ', lines: [1315, 1330] },
  caseIs: YEAR_DUTIES,
  fields: [],
  legal: RECORDS_LEGAL,
  forms: ['ก.พ.7 / ก.ค.ศ.16', 'HRMS.OBEC'],
  checklist: true,
  steps: [
    {
      id: 'publish-rules',
      th: 'รวบรวมและเผยแพร่ระเบียบ คำสั่ง แนวปฏิบัติต่างๆ',
      en: 'Collect and publish rules, orders and guidelines',
      role: PERSONNEL,
      deadline: NONE,
    },
    {
      id: 'keep-records',
      th: 'จัดทำทะเบียนประวัติของข้าราชการครูและบุคลากรทางการศึกษา ลูกจ้างของโรงเรียนให้เป็นปัจจุบัน',
      en: 'Keep the records of teachers, staff and employees up to date',
      role: PERSONNEL,
      deadline: NONE,
    },
    {
      id: 'correct-data',
      th: 'ดำเนินการแก้ไขข้อมูลของข้าราชการครูโดยเสนอไปยังเขตพื้นที่การศึกษา',
      en: "Correct a person's data through the ESA",
      role: PERSONNEL,
      deadline: NONE,
    },
    {
      id: 'advise-director',
      th: 'เสนอความเห็นเกี่ยวกับการจัดทำทะเบียนประวัติต่อผู้อำนวยการโรงเรียน',
      en: 'Advise the director on record keeping',
      role: PERSONNEL,
      deadline: NONE,
    },
    {
      id: 'update-hrms',
      th: 'บันทึกข้อมูลและปรับปรุงข้อมูลลงในระบบ HRMS.OBEC',
      en: 'Enter and update data in HRMS.OBEC',
      role: PERSONNEL,
      deadline: NONE,
    },
  ],
  notes: ['Copies of records, licences, ID cards and certification letters follow as their own procedures.'],
};
