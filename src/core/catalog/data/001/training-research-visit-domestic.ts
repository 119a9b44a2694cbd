import { FILE, GROUP, type Procedure, TRAINING_HEAD, TRAINING_NOTES, TRAINING_TAIL, UNIT } from './shared';

export const trainingResearchVisitDomestic: Procedure = {
  id: '001-training-research-visit-domestic',
  th: 'การฝึกอบรม การปฏิบัติงานวิจัยและดูงานภายในประเทศ',
  en: 'Permission for training, research or a study visit in Thailand',
  manual: '001',
  unit: UNIT,
  source: {
    file: FILE,
    section: '๙. งานฝึกอบรม การปฏิบัติงานวิจัย และดูงาน: ๕.๑ และตาราง ๙',
    lines: [1121, 1188],
  },
  caseIs: { th: 'คำขอเข้ารับการฝึกอบรม/ปฏิบัติการวิจัย/ดูงาน ๑ เรื่อง', en: 'One request to attend' },
  fields: [],
  legal: ['ระเบียบที่กระทรวงการคลังกำหนด (งบประมาณการฝึกอบรม)'],
  forms: [],
  steps: [
    ...TRAINING_HEAD,
    {
      id: 'prepare-contract',
      th: 'จัดทำสัญญาฯ ตามแบบฟอร์มที่เกี่ยวข้อง',
      en: 'Prepare the contract on the relevant form',
      role: GROUP,
      deadline: { kind: 'after', n: 2, unit: 'days', from: { type: 'previous' } },
      words: '๒ วัน',
    },
    ...TRAINING_TAIL,
  ],
  notes: TRAINING_NOTES,
};
