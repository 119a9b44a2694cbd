import {
  BY_QUARTER,
  FILE,
  HR_OFFICER,
  OTEPC_RULES,
  PERSONNEL,
  PLANNED_QUARTER,
  type Procedure,
  TEPA_2547,
} from './shared';

export const salaryIncrementRound: Procedure = {
  id: '002-salary-increment-round',
  th: 'การประชุมคณะกรรมการบริหารวงเงินและพิจารณาเลื่อนเงินเดือนข้าราชการ',
  en: 'Salary-increment round: budget-pool and increment committees',
  manual: '002',
  unit: PERSONNEL,
  source: { file: FILE, section: '3.1 แผนการบริหารทรัพยากรบุคคล ข้อ 1.9–1.12', lines: [827, 830] },
  caseIs: { th: 'การเลื่อนเงินเดือนหนึ่งรอบ', en: 'One salary round' },
  fields: PLANNED_QUARTER,
  legal: [`${TEPA_2547} มาตรา 38 ค.(2)`, OTEPC_RULES],
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
      id: 'budget-pool',
      th: 'ประชุมคณะกรรมการบริหารวงเงินการเลื่อนเงินเดือนข้าราชการฯ ระดับ สพท.',
      en: 'Committee managing the salary-increment budget pool',
      role: HR_OFFICER,
      deadline: BY_QUARTER,
      words: 'ม.ค.-มี.ค.67 / ก.ค.-ก.ย.67',
    },
    {
      id: 'other-personnel',
      th: 'ประชุมคณะกรรมการพิจารณาเลื่อนเงินเดือนข้าราชการ ตำแหน่งบุคลากรทางการศึกษาอื่น ตามมาตรา 38 ค.(2)',
      en: 'Increment committee: other educational personnel (s.38 ค.(2))',
      role: HR_OFFICER,
      deadline: BY_QUARTER,
      words: 'ม.ค.-มี.ค.67 / ก.ค.-ก.ย.67',
    },
    {
      id: 'school-administrators',
      th: 'ประชุมคณะกรรมการพิจารณาเลื่อนเงินเดือนข้าราชการ ตำแหน่งผู้บริหารสถานศึกษา',
      en: 'Increment committee: school administrators',
      role: HR_OFFICER,
      deadline: BY_QUARTER,
      words: 'ม.ค.-มี.ค.67 / ก.ค.-ก.ย.67',
    },
    {
      id: 'office-staff',
      th: 'ประชุมคณะกรรมการพิจารณาเลื่อนเงินเดือนข้าราชการฯ ระดับ สพท.',
      en: 'Increment committee: civil servants at area-office level',
      role: HR_OFFICER,
      deadline: BY_QUARTER,
      words: 'ม.ค.-มี.ค.67 / ก.ค.-ก.ย.67',
    },
  ],
  notes: [
    "Printed 'โอนเงินเดือน' (lines 827–830): read เลื่อนเงินเดือน. 6,460 baht.",
    'The plan prints only the Q2 and Q4 windows (ม.ค.-มี.ค.67 / ก.ค.-ก.ย.67): each round starts on the first day of its window (1 January, 1 July), as the transfer rounds do. No increment date is printed.',
  ],
};
