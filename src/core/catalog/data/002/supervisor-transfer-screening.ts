import {
  BY_QUARTER,
  FILE,
  HR_OFFICER,
  OTEPC_RULES,
  PERSONNEL,
  PLANNED_QUARTER,
  type Procedure,
} from './shared';

export const supervisorTransferScreening: Procedure = {
  id: '002-supervisor-transfer-screening',
  th: 'การกลั่นกรองการย้ายข้าราชการครูและบุคลากรทางการศึกษา ตำแหน่งศึกษานิเทศก์ สังกัด สพฐ.',
  en: 'Transfer screening, position supervisor (OBEC)',
  manual: '002',
  unit: PERSONNEL,
  source: { file: FILE, section: '3.1 แผนการบริหารทรัพยากรบุคคล ข้อ 1.14', lines: [835, 835] },
  caseIs: { th: 'การย้ายหนึ่งรอบ', en: 'One transfer round' },
  fields: PLANNED_QUARTER,
  legal: [OTEPC_RULES],
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
      id: 'screening',
      th: 'ประชุมคณะกรรมการกลั่นกรองการย้ายข้าราชการครูและบุคลากรทางการศึกษา ตำแหน่งศึกษานิเทศก์',
      en: 'Transfer screening committee, position supervisor',
      role: HR_OFFICER,
      deadline: BY_QUARTER,
      words: 'ม.ค.-มี.ค.67 / ก.ค.-ก.ย.67 (ปีละ 2 ครั้ง จำนวน 2 รอบ)',
    },
  ],
  notes: ['1,700 baht; same windows as the teacher transfer round.'],
};
