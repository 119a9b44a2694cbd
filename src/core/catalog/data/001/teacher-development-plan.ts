import { FILE, GROUP, type Procedure, UNIT } from './shared';

export const teacherDevelopmentPlan: Procedure = {
  id: '001-teacher-development-plan',
  th: 'งานแผนพัฒนาครูและบุคลากรทางการศึกษา',
  en: 'Teacher and educational personnel development plan',
  manual: '001',
  unit: UNIT,
  source: { file: FILE, section: '๑๐. งานแผนพัฒนาครูและบุคลากรทางการศึกษา', lines: [1190, 1263] },
  caseIs: { th: 'แผนพัฒนาครูและบุคลากรทางการศึกษา ๑ ฉบับ', en: 'One development plan' },
  fields: [],
  legal: ['พ.ร.บ.ระเบียบข้าราชการครูและบุคลากรทางการศึกษา พ.ศ. ๒๕๔๗ และที่แก้ไขเพิ่มเติม'],
  forms: ['เครื่องมือเก็บรวบรวมข้อมูล เช่น แบบสอบถาม แบบประเมิน แบบสำรวจ แบบสังเกต'],
  recurrence: { type: 'fiscal-year' },
  steps: [
    {
      id: 'prepare',
      th: 'การเตรียมการและวางแผน: สำรวจความต้องการพัฒนาตนเอง ศึกษาแนวคิดทฤษฎี จัดเตรียมข้อมูลทั่วไป',
      en: 'Prepare: survey development needs, study the concepts, gather general data',
      role: GROUP,
      deadline: { kind: 'after', n: 5, unit: 'days', from: { type: 'start' } },
      words: '๕ วัน',
    },
    {
      id: 'draft-plan',
      th: 'การจัดทำแผนพัฒนาครูและบุคลากรทางการศึกษา (ส่วนที่ ๑-๓) และจัดทำรูปเล่ม',
      en: 'Write the plan (parts 1-3) and bind it',
      role: GROUP,
      deadline: { kind: 'after', n: 5, unit: 'days', from: { type: 'previous' } },
      words: '๕ วัน',
    },
    {
      id: 'request-approval',
      th: 'การขออนุมัติแผนพัฒนาครูและบุคลากรทางการศึกษา',
      en: 'Request approval of the plan from the ESA director',
      role: GROUP,
      deadline: { kind: 'after', n: 3, unit: 'days', from: { type: 'previous' } },
      words: '๓ วัน',
    },
    {
      id: 'publish',
      th: 'การเผยแพร่และประชาสัมพันธ์แผนพัฒนาครูและบุคลากรทางการศึกษา',
      en: 'Publish and publicise the plan',
      role: GROUP,
      deadline: { kind: 'after', n: 1, unit: 'days', from: { type: 'previous' } },
      words: '๑ วัน',
    },
  ],
  notes: [
    'The plan cycle is not stated; taken as the fiscal year (budget follows the plan). Every teacher is developed at least once a year (อย่างน้อยปีละ ๑ ครั้ง).',
  ],
};
