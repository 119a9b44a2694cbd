import {
  APPOINTMENT_DATE,
  ESA_EVAL_NOTES,
  ESA_EVAL_STEPS,
  FILE,
  GROUP,
  LEGAL_EVAL,
  type Procedure,
  UNIT,
} from './shared';

export const perfEvalEsaDirector: Procedure = {
  id: '001-perf-eval-esa-director',
  th: 'งานประเมินสัมฤทธิ์ผลการปฏิบัติงานในหน้าที่เพื่อพัฒนาการศึกษา ตำแหน่งผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา',
  en: '1-year achievement evaluation of a new ESA director',
  manual: '001',
  unit: UNIT,
  source: { file: FILE, section: '๑. งานประเมินสัมฤทธิผล ตำแหน่งผู้อำนวยการ สพท.', lines: [75, 181] },
  caseIs: { th: 'ผู้ได้รับแต่งตั้งเป็นผู้อำนวยการ สพท. ๑ ราย', en: 'One newly appointed ESA director' },
  fields: [APPOINTMENT_DATE],
  legal: LEGAL_EVAL,
  forms: [
    'แบบฟอร์มการประเมินสัมฤทธิ์ผลการปฏิบัติงานในหน้าที่ตำแหน่งผู้อำนวยการ สพท. (Performance Agreement) ๑ ปี',
    'แบบฟอร์มผลการปฏิบัติงานในหน้าที่ของผู้อำนวยการ สพท.',
    'แบบฟอร์มสรุปผลการปฏิบัติงานในหน้าที่ของผู้อำนวยการ สพท.',
  ],
  steps: [
    {
      id: 'receive-order',
      th: 'รับคำสั่งแต่งตั้งการบรรจุแต่งตั้งข้าราชการครูและบุคลากรทางการศึกษา ตำแหน่งผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา',
      en: 'Receive the appointment order for the ESA director position',
      role: GROUP,
      deadline: { kind: 'after', n: 1, unit: 'days', from: { type: 'start' } },
      words: '๑ วัน',
    },
    ...ESA_EVAL_STEPS,
  ],
  notes: ESA_EVAL_NOTES,
};
