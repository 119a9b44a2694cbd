import {
  BY_QUARTER,
  FILE,
  HR_OFFICER,
  OTEPC_RULES,
  PERSONNEL,
  PLANNED_QUARTER,
  type Procedure,
  W_Q2_Q4,
} from './shared';

export const teacherTransferRound: Procedure = {
  id: '002-teacher-transfer-round',
  th: 'การย้ายข้าราชการครูและบุคลากรทางการศึกษา ตำแหน่งครู สังกัด สพฐ.',
  en: 'Transfer round, position teacher (OBEC)',
  manual: '002',
  unit: PERSONNEL,
  source: { file: FILE, section: '3.1 แผนการบริหารทรัพยากรบุคคล ข้อ 1.4–1.6, 1.13', lines: [819, 834] },
  caseIs: { th: 'การย้ายหนึ่งรอบ', en: 'One transfer round' },
  fields: PLANNED_QUARTER,
  legal: [`${OTEPC_RULES} (องค์ประกอบการย้าย ตำแหน่งครู)`],
  forms: [],
  recurrence: {
    type: 'annual',
    dates: [
      { month: 1, day: 1 },
      { month: 7, day: 1 },
    ],
  },
  steps: [
    {
      id: 'check-qualifications',
      th: 'ประชุมเชิงปฏิบัติการคณะทำงานตรวจสอบคุณสมบัติและจัดทำคะแนนตามตัวชี้วัดตามองค์ประกอบการย้าย ตำแหน่งครู',
      en: 'Working group: check qualifications and score the transfer indicators',
      role: HR_OFFICER,
      deadline: BY_QUARTER,
      words: W_Q2_Q4,
    },
    {
      id: 'verify-scores',
      th: 'ประชุมเชิงปฏิบัติการคณะทำงานตรวจสอบคะแนนประเมินตามองค์ประกอบการย้าย ตำแหน่งครู',
      en: 'Working group: verify the transfer assessment scores',
      role: HR_OFFICER,
      deadline: BY_QUARTER,
      words: W_Q2_Q4,
    },
    {
      id: 'score-development',
      th: 'ประชุมคณะกรรมการคิดค่าคะแนนการพัฒนาตนเองและพัฒนาวิชาชีพของข้าราชการครู',
      en: "Committee: score teachers' self- and professional development",
      role: HR_OFFICER,
      deadline: BY_QUARTER,
      words: W_Q2_Q4,
    },
    {
      id: 'screening',
      th: 'ประชุมคณะกรรมการกลั่นกรองการย้ายข้าราชการครูและบุคลากรทางการศึกษา ตำแหน่งครู',
      en: 'Transfer screening committee, position teacher',
      role: HR_OFFICER,
      deadline: BY_QUARTER,
      words: W_Q2_Q4,
    },
  ],
  notes: [
    'Plan items 1.4, 1.5, 1.6, 1.13 (42,740 baht) merged: same rounds, Q2 and Q4; order inferred from the numbering.',
    'Recurrence dates are the first days of the plan windows (Jan, Jul).',
  ],
};
