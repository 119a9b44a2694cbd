import { FILE, NONE, type Procedure, SCHOOL, SUPERIOR, UNIT, YEAR_DUTIES } from './shared';

export const professionalStandardsEthics: Procedure = {
  id: '003-professional-standards-ethics',
  th: 'การส่งเสริมมาตรฐานวิชาชีพและจรรยาบรรณวิชาชีพ',
  en: 'Promoting professional standards and ethics',
  manual: '003',
  unit: UNIT,
  source: { file: FILE, section: '15.การส่งเสริมมาตรฐานวิชาชีพและจรรยาบรรณวิชาชีพ', lines: [1275, 1284] },
  caseIs: YEAR_DUTIES,
  fields: [],
  legal: ['ข้อบังคับคุรุสภา ว่าด้วยมาตรฐานวิชาชีพ พ.ศ. 2556'],
  forms: [],
  checklist: true,
  steps: [
    {
      id: 'analyse-fairness',
      th: 'สถานศึกษาศึกษาวิเคราะห์เกี่ยวกับความมั่นคงและความเป็นธรรมในการประกอบอาชีพ',
      en: 'Study job security and fairness in the profession',
      role: SCHOOL,
      deadline: NONE,
    },
    {
      id: 'set-criteria',
      th: 'สถานศึกษากำหนดหลักเกณฑ์และวิธีการส่งเสริมความมั่นคงและความเป็นธรรมในการประกอบอาชีพ',
      en: 'Set criteria and methods to promote job security and fairness',
      role: SCHOOL,
      deadline: NONE,
    },
    {
      id: 'develop-conduct',
      th: 'สถานศึกษาพัฒนาข้าราชการครูให้ประพฤติดี ปฏิบัติตามระเบียบวินัย มาตรฐานและจรรยาบรรณของวิชาชีพ',
      en: 'Develop staff to follow discipline, professional standards and ethics',
      role: SCHOOL,
      deadline: NONE,
    },
    {
      id: 'supervise-conduct',
      th: 'ผู้บังคับบัญชาควบคุมดูแลและส่งเสริมให้ประพฤติปฏิบัติตามระเบียบวินัย มาตรฐานและจรรยาบรรณอย่างต่อเนื่อง',
      en: 'Superiors keep supervising and encouraging discipline, standards and ethics',
      role: SUPERIOR,
      deadline: NONE,
    },
  ],
  notes: ['Duty list only; no time standards.'],
};
