import { FILE, GD, MANUAL, NONE, type Procedure, UNIT } from './shared';

export const workScreeningBeforeSubmission: Procedure = {
  id: '000-work-screening-before-submission',
  th: 'การกลั่นกรองงานของบุคลากรกลุ่มพัฒนาครูและบุคลากรทางการศึกษาก่อนเสนอต่อผู้บังคับบัญชาตามลำดับ',
  en: 'Screening staff work before it goes up the chain of command',
  manual: '000',
  unit: UNIT,
  source: { file: FILE, section: 'มาตรฐานการปฏิบัติงาน หน้า ๓', lines: [89, 98] },
  caseIs: {
    th: 'งานหรือหนังสือหนึ่งเรื่องที่บุคลากรเสนอ',
    en: 'One work item or document submitted by a staff member',
  },
  fields: [],
  legal: ['ระเบียบ กฎหมาย ข้อบังคับ หนังสือสั่งการที่เกี่ยวข้อง (none named)'],
  forms: [],
  steps: [
    {
      id: 'screen-work',
      th: 'กลั่นกรองงานของบุคลากรในกลุ่มให้เป็นไปตามขั้นตอน ระบบ กฎหมาย และวัตถุประสงค์ของทางราชการ',
      en: 'Screen the staff work against procedure, system, law and government objectives',
      role: GD,
      deadline: MANUAL,
      words: 'ดำเนินการกลั่นกรองงานเป็นไปตามระยะเวลา ที่กำหนด',
    },
    {
      id: 'return-for-correction',
      th: 'แจ้งบุคลากรในกลุ่มแก้ไขเมื่อพบข้อผิดพลาด',
      en: 'Tell the staff member to correct any errors found',
      role: GD,
      deadline: NONE,
      optional: true,
    },
    {
      id: 'propose-with-opinion',
      th: 'นำเสนอพร้อมความเห็นประกอบการพิจารณาด้านการบริหารงานบุคคลของผู้บังคับบัญชา',
      en: "Submit the work with an opinion for the superiors' personnel decision",
      role: GD,
      deadline: NONE,
    },
  ],
  notes: [
    'Garbled table (lines 95-98): activity text spills over 4 rows; read as 3 steps, "within the set time" being the screening\'s own standard.',
  ],
};
