import { ANALYST, FILE, NONE, type Procedure, UNIT } from './shared';

export const schoolEstablishmentMergerClosure: Procedure = {
  id: '004-school-establishment-merger-closure',
  th: 'งานจัดตั้ง ยุบ รวม เลิก และโอนสถานศึกษา',
  en: 'Establishing, dissolving, merging, closing and transferring schools',
  manual: '004',
  unit: UNIT,
  source: { file: FILE, section: 'มาตรฐานการปฏิบัติงาน เรื่อง ๔', lines: [54, 62] },
  caseIs: {
    th: 'แผนหรือการจัดตั้ง ยุบ รวม เลิก ขยายชั้นเรียน รับหรือโอนสถานศึกษาหนึ่งเรื่อง',
    en: 'One school-network plan or one school action',
  },
  fields: [],
  legal: ['ระเบียบกระทรวงศึกษาธิการเกี่ยวกับการจัดตั้ง ยุบ รวม เลิก สถานศึกษาขั้นพื้นฐาน การขยายชั้นเรียน การรับและโอนสถานศึกษา'],
  forms: ['คำสั่งแต่งตั้งคณะกรรมการ', 'สรุปผลการประชุมเสนอ กศจ.'],
  steps: [
    {
      id: 'study-regulations',
      th: 'ศึกษาระเบียบกระทรวงศึกษาธิการเกี่ยวกับการจัดตั้ง ยุบ รวม เลิก ขยายชั้นเรียน การรับและโอนสถานศึกษา',
      en: 'Study the MOE regulations and tell all parties the procedure',
      role: ANALYST,
      deadline: NONE,
    },
    {
      id: 'study-situation',
      th: 'ศึกษาสภาพปัจจุบัน ปัญหาเกี่ยวกับสถานศึกษา และความต้องการการเข้าถึงบริการการศึกษาของประชากรวัยเรียน',
      en: "Study schools' situation and the school-age population's access needs",
      role: ANALYST,
      deadline: NONE,
    },
    {
      id: 'prepare-plan',
      th: 'จัดทำแผนจัดตั้ง ยุบ รวม เลิก การขยายชั้นเรียน การรับและโอนสถานศึกษา เสนอขอความเห็นชอบ กศจ.',
      en: 'Prepare the school-network plan for PEC approval',
      role: ANALYST,
      deadline: NONE,
      note: '3.1 check school data; 3.2 appoint the plan committee; 3.3 committee meeting; 3.4 propose to the PEC.',
    },
    {
      id: 'carry-out-action',
      th: 'ดำเนินการจัดตั้ง ยุบ รวม เลิก การขยายชั้นเรียน การรับและโอนสถานศึกษา ตามระเบียบ เสนอ กศจ.',
      en: 'Carry out the school action under the MOE regulation, with PEC approval',
      role: ANALYST,
      deadline: NONE,
      note: "4.1 check the school's basic data; 4.2 appoint the operating committee; 4.3 meet committee, school and community; 4.4 summary to the PEC.",
    },
    {
      id: 'report-results',
      th: 'ติดตาม ประเมิน และรายงานผลการดำเนินงานที่ประชุมผู้บริหารเขตพื้นที่ และ กศจ.',
      en: "Monitor, evaluate and report to the area executives' meeting, the PEC and OBEC",
      role: ANALYST,
      deadline: NONE,
    },
  ],
  notes: [
    'No time standard. The standards of steps 3-4 speak of the small-school plan (apparently copied from เรื่อง ๕).',
  ],
};
