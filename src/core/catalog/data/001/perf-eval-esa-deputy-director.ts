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

export const perfEvalEsaDeputyDirector: Procedure = {
  id: '001-perf-eval-esa-deputy-director',
  th: 'งานประเมินสัมฤทธิ์ผลการปฏิบัติงานในหน้าที่เพื่อพัฒนาการศึกษา ตำแหน่งรองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา',
  en: '1-year achievement evaluation of a new deputy ESA director',
  manual: '001',
  unit: UNIT,
  source: { file: FILE, section: '๒. งานประเมินสัมฤทธิผล ตำแหน่งรองผู้อำนวยการ สพท.', lines: [183, 285] },
  caseIs: { th: 'ผู้ได้รับแต่งตั้งเป็นรองผู้อำนวยการ สพท. ๑ ราย', en: 'One newly appointed deputy ESA director' },
  fields: [APPOINTMENT_DATE],
  legal: LEGAL_EVAL,
  forms: [
    'แบบฟอร์มการประเมินสัมฤทธิ์ผลการปฏิบัติงานในหน้าที่รองผู้อำนวยการ สพท. (Performance Agreement) ๑ ปี',
    'แบบฟอร์มผลการปฏิบัติงานในหน้าที่ของรองผู้อำนวยการ สพท.',
    'แบบฟอร์มสรุปผลการปฏิบัติงานในหน้าที่ของรองผู้อำนวยการ สพท.',
  ],
  steps: [
    {
      id: 'receive-order',
      th: 'รับคำสั่งแต่งตั้งการบรรจุแต่งตั้งข้าราชการครูและบุคลากรทางการศึกษา ตำแหน่งรองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา',
      en: 'Receive the appointment order for the deputy ESA director position',
      role: GROUP,
      deadline: { kind: 'after', n: 1, unit: 'days', from: { type: 'start' } },
      words: '๑ วัน',
      note: 'The table (line 278) says ผู้อำนวยการ: a copy error for รองผู้อำนวยการ.',
    },
    ...ESA_EVAL_STEPS,
  ],
  notes: ESA_EVAL_NOTES,
};
