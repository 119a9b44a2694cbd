import {
  APPOINTMENT_DATE,
  FILE,
  GROUP,
  LEGAL_EVAL,
  type Procedure,
  SCHOOL_EVAL_6M,
  SCHOOL_EVAL_12M,
  SCHOOL_EVAL_NOTES,
  SCHOOL_EVAL_REPORT,
  SCHOOL_EVAL_STEPS,
  UNIT,
} from './shared';

export const perfEvalSchoolDeputyDirector: Procedure = {
  id: '001-perf-eval-school-deputy-director',
  th: 'งานประเมินสัมฤทธิ์ผลการปฏิบัติงานในหน้าที่เพื่อพัฒนาการศึกษา ตำแหน่งรองผู้อำนวยการสถานศึกษา',
  en: '1-year achievement evaluation of a new deputy school director',
  manual: '001',
  unit: UNIT,
  source: { file: FILE, section: '๔. งานประเมินสัมฤทธิผล ตำแหน่งรองผู้อำนวยการสถานศึกษา', lines: [369, 451] },
  caseIs: {
    th: 'ผู้ได้รับแต่งตั้งเป็นรองผู้อำนวยการสถานศึกษา ๑ ราย',
    en: 'One newly appointed deputy school director',
  },
  fields: [APPOINTMENT_DATE],
  legal: LEGAL_EVAL,
  forms: [
    'บันทึกข้อตกลงในการปฏิบัติงานในหน้าที่ตำแหน่งรองผู้อำนวยการสถานศึกษา (Key Performance Indicators) ๑ ปี',
    'แบบฟอร์มสรุปผลการปฏิบัติงานในหน้าที่ตำแหน่งรองผู้อำนวยการสถานศึกษา (Key Performance Indicators) ๑ ปี',
  ],
  steps: [
    {
      id: 'receive-order',
      th: 'รับคำสั่งแต่งตั้งตำแหน่ง รองผู้อำนวยการสถานศึกษา',
      en: 'Receive the appointment order for the deputy school director position',
      role: GROUP,
      deadline: { kind: 'after', n: 1, unit: 'days', from: { type: 'start' } },
      words: '๑ วัน',
    },
    ...SCHOOL_EVAL_STEPS,
    { ...SCHOOL_EVAL_6M, words: 'ระยะเวลา ๖ เดือน' },
    { ...SCHOOL_EVAL_12M, words: 'ระยะเวลา ๑ ปี' },
    SCHOOL_EVAL_REPORT,
  ],
  notes: SCHOOL_EVAL_NOTES,
};
