import {
  APPOINTMENT_DATE,
  FILE,
  GROUP,
  type Procedure,
  SCHOOL_EVAL_6M,
  SCHOOL_EVAL_12M,
  SCHOOL_EVAL_NOTES,
  SCHOOL_EVAL_REPORT,
  SCHOOL_EVAL_STEPS,
  UNIT,
} from './shared';

export const perfEvalSupervisor: Procedure = {
  id: '001-perf-eval-supervisor',
  th: 'งานประเมินสัมฤทธิ์ผลการปฏิบัติงานในหน้าที่เพื่อพัฒนาการศึกษา ตำแหน่งศึกษานิเทศก์',
  en: '1-year achievement evaluation of a new educational supervisor',
  manual: '001',
  unit: UNIT,
  source: { file: FILE, section: '๕. งานประเมินสัมฤทธิผล ตำแหน่งศึกษานิเทศก์', lines: [453, 527] },
  caseIs: { th: 'ผู้ได้รับแต่งตั้งเป็นศึกษานิเทศก์ ๑ ราย', en: 'One newly appointed educational supervisor' },
  fields: [APPOINTMENT_DATE],
  legal: [
    'หนังสือสำนักงาน ก.ค.ศ. ที่ ศธ ๐๒๐๖.๔/ว ๓ ลว. ๒๖ ม.ค. ๒๕๖๔ (มาตรฐานตำแหน่งและมาตรฐานวิทยฐานะ)',
    'หนังสือสำนักงาน ก.ค.ศ. ที่ ศธ ๐๒๐๖.๖/ว ๑ ลว. ๕ ม.ค. ๒๕๖๕ (คัดเลือกเพื่อบรรจุและแต่งตั้งศึกษานิเทศก์)',
  ],
  forms: [
    'บันทึกข้อตกลงในการปฏิบัติงานในหน้าที่ตำแหน่งศึกษานิเทศก์ ๑ ปี',
    'แบบฟอร์มสรุปผลการปฏิบัติงานในหน้าที่ตำแหน่งศึกษานิเทศก์ ๑ ปี',
  ],
  steps: [
    {
      id: 'receive-order',
      th: 'รับคำสั่งแต่งตั้งตำแหน่ง ศึกษานิเทศก์',
      en: 'Receive the appointment order for the supervisor position',
      role: GROUP,
      deadline: { kind: 'after', n: 1, unit: 'days', from: { type: 'start' } },
      words: '๑ วัน',
    },
    ...SCHOOL_EVAL_STEPS,
    SCHOOL_EVAL_6M,
    SCHOOL_EVAL_12M,
    SCHOOL_EVAL_REPORT,
  ],
  notes: [...SCHOOL_EVAL_NOTES, 'The mentor is a supervisor appointed as พี่เลี้ยง (line 461).'],
};
