import { ANALYST, FILE, NONE, type Procedure, UNIT } from './shared';

export const provincialStrategyIntegration: Procedure = {
  id: '004-provincial-strategy-integration',
  th: 'งานบริหารยุทธศาสตร์และบูรณาการการศึกษาจังหวัด/กลุ่มจังหวัด',
  en: 'Strategy management and integration of education at province / province-cluster level',
  manual: '004',
  unit: UNIT,
  source: { file: FILE, section: 'งานในหน้าที่รับผิดชอบ ข้อ ๓', lines: [19, 19] },
  caseIs: { th: 'งานตามหน้าที่หนึ่งรอบ', en: 'One round of this duty' },
  fields: [],
  legal: [],
  forms: [],
  checklist: true,
  steps: [
    {
      id: 'integrate-strategy',
      th: 'บริหารยุทธศาสตร์และบูรณาการการศึกษาจังหวัด/กลุ่มจังหวัด',
      en: 'Manage and integrate provincial / province-cluster education strategy',
      role: ANALYST,
      deadline: NONE,
    },
  ],
  notes: [
    'Duty 3 of the duty list has no SOP table (tables jump from เรื่อง ๒ to เรื่อง ๔): no steps, roles or times.',
  ],
};
