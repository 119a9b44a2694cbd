import { BOTH, FILE, NONE, type Procedure } from './shared';

export const annualHrPlan: Procedure = {
  id: '002-annual-hr-plan',
  th: 'การจัดทำแผนการบริหารและพัฒนาทรัพยากรบุคคล ประจำปีงบประมาณ',
  en: 'Annual HR administration and development plan',
  manual: '002',
  unit: BOTH,
  source: { file: FILE, section: 'ส่วนที่ 3 แผนการบริหารและพัฒนาทรัพยากรบุคคล', lines: [809, 848] },
  caseIs: { th: 'แผนประจำปีงบประมาณหนึ่งแผน', en: "One fiscal year's plan" },
  fields: [],
  legal: [],
  forms: [],
  recurrence: { type: 'fiscal-year' },
  steps: [
    {
      id: 'set-plan',
      th: 'กำหนดโครงการ/กิจกรรม งบประมาณ ระยะเวลาดำเนินการ (ไตรมาส) และผู้รับผิดชอบ',
      en: 'Set each project/activity, its budget, quarter(s) and responsible officer',
      role: { id: 'personnel-group', th: BOTH.th, en: BOTH.en },
      deadline: NONE,
    },
  ],
  notes: ['FY2567: 18 HR items (129,024 baht) and 3 projects (190,000 baht).'],
};
