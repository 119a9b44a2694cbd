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

export const perfEvalSchoolDirector: Procedure = {
  id: '001-perf-eval-school-director',
  th: 'งานประเมินสัมฤทธิ์ผลการปฏิบัติงานในหน้าที่เพื่อพัฒนาการศึกษา ตำแหน่งผู้อำนวยการสถานศึกษา',
  en: '1-year achievement evaluation of a new school director',
  manual: '001',
  unit: UNIT,
  source: { file: FILE, section: '๓. งานประเมินสัมฤทธิผล ตำแหน่งผู้อำนวยการสถานศึกษา', lines: [287, 367] },
  caseIs: { th: 'ผู้ได้รับแต่งตั้งเป็นผู้อำนวยการสถานศึกษา ๑ ราย', en: 'One newly appointed school director' },
  fields: [APPOINTMENT_DATE],
  legal: LEGAL_EVAL,
  forms: [
    'บันทึกข้อตกลงในการปฏิบัติงานในหน้าที่ตำแหน่งผู้อำนวยการสถานศึกษา (Key Performance Indicators) ๑ ปี',
    'แบบฟอร์มสรุปผลการปฏิบัติงานในหน้าที่ตำแหน่งผู้อำนวยการสถานศึกษา (Key Performance Indicators) ๑ ปี',
  ],
  steps: [
    {
      id: 'receive-order',
      th: 'รับคำสั่งแต่งตั้งตำแหน่ง ผู้อำนวยการสถานศึกษา',
      en: 'Receive the appointment order for the school director position',
      role: GROUP,
      deadline: { kind: 'after', n: 1, unit: 'days', from: { type: 'start' } },
      words: '๑ วัน',
    },
    ...SCHOOL_EVAL_STEPS,
    SCHOOL_EVAL_6M,
    SCHOOL_EVAL_12M,
    SCHOOL_EVAL_REPORT,
  ],
  notes: SCHOOL_EVAL_NOTES,
};
