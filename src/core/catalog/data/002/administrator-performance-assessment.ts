import { FILE, HR_OFFICER, OTEPC_RULES, PERSONNEL, type Procedure, Q3_APR_JUN } from './shared';

export const administratorPerformanceAssessment: Procedure = {
  id: '002-administrator-performance-assessment',
  th: 'การประเมินสัมฤทธิ์ผลการปฏิบัติงานในหน้าที่ 1 ปี ผู้อำนวยการและรองผู้อำนวยการสถานศึกษา ครั้งที่ 1',
  en: 'One-year performance assessment of school directors and deputies, round 1',
  manual: '002',
  unit: PERSONNEL,
  source: { file: FILE, section: '3.1 แผนการบริหารทรัพยากรบุคคล ข้อ 1.8', lines: [826, 826] },
  caseIs: { th: 'การประเมินหนึ่งรอบ', en: 'One assessment round' },
  fields: [],
  legal: [OTEPC_RULES],
  forms: [],
  steps: [
    {
      id: 'assess-round-1',
      th: 'การประเมินสัมฤทธิ์ผลการปฏิบัติงานในหน้าที่ ครั้งที่ 1 (6 เดือนแรก)',
      en: 'Round-1 assessment (first 6 months)',
      role: HR_OFFICER,
      deadline: Q3_APR_JUN,
      words: 'เม.ย.-มิ.ย.67',
    },
  ],
  notes: [
    '14,500 baht. Round 1 covers the first 6 months of a 1-year period (เป็นระยะเวลา 1 ปี); the later round is not in the plan.',
    "Printed 'ในหน้าที่เพื่อการศึกษา'.",
  ],
};
