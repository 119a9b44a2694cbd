import { DEVELOPMENT, FILE, NONE, type Procedure } from './shared';

export const projectProposalApproval: Procedure = {
  id: '002-project-proposal-approval',
  th: 'การเสนอ เห็นชอบ และอนุมัติโครงการ',
  en: 'Project proposal, endorsement and approval',
  manual: '002',
  unit: DEVELOPMENT,
  source: { file: FILE, section: 'แบบโครงการ 2.1 และ 2.3 (ลงชื่อ)', lines: [962, 1040] },
  caseIs: { th: 'โครงการหนึ่งโครงการ', en: 'One project proposal' },
  fields: [],
  legal: [],
  forms: ['แบบโครงการ'],
  steps: [
    {
      id: 'propose',
      th: 'ผู้เสนอโครงการจัดทำและเสนอโครงการ',
      en: 'The project owner drafts and proposes the project',
      role: { id: 'officer', th: 'ผู้เสนอโครงการ/ผู้รับผิดชอบโครงการ', en: 'Proposer / project owner' },
      deadline: NONE,
    },
    {
      id: 'endorse',
      th: 'ผู้เห็นชอบโครงการลงนามเห็นชอบ',
      en: 'Endorsement',
      role: { id: 'deputy-director', th: 'รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา', en: 'Deputy director' },
      deadline: NONE,
    },
    {
      id: 'approve',
      th: 'ผู้อนุมัติโครงการลงนามอนุมัติ',
      en: 'Approval',
      role: { id: 'director', th: 'ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา', en: 'Director of the area office' },
      deadline: NONE,
    },
  ],
  notes: [
    'From the signature blocks; no time standard. The 2.1 signature block is garbled and carries template titles (อำเภอป่าสัก).',
  ],
};
