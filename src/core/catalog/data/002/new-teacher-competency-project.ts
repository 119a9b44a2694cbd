import { DEVELOPMENT, FILE, OWNER, type Procedure, Q2_JAN_MAR } from './shared';

export const newTeacherCompetencyProject: Procedure = {
  id: '002-new-teacher-competency-project',
  th: 'โครงการเสริมสร้างสมรรถนะข้าราชการครูและบุคลากรทางการศึกษาที่ได้รับการบรรจุและแต่งตั้งใหม่สู่มืออาชีพ',
  en: 'Project 2.2: competency building for newly appointed teachers and personnel',
  manual: '002',
  unit: DEVELOPMENT,
  source: { file: FILE, section: '3.2 แผนพัฒนาครูและบุคลากรทางการศึกษา ข้อ 2.2', lines: [847, 847] },
  caseIs: { th: 'โครงการหนึ่งโครงการ', en: 'One project' },
  fields: [],
  legal: [],
  forms: [],
  steps: [
    {
      id: 'run-project',
      th: 'ดำเนินโครงการ',
      en: 'Run the project',
      role: OWNER,
      deadline: Q2_JAN_MAR,
      words: 'ม.ค.-มี.ค.67',
    },
  ],
  notes: ['40,000 baht. Only a plan-table row: no project form or steps.'],
};
