import { ACT_2547, FILE, NONE, type Procedure, START, UNIT } from './shared';

export const grievance: Procedure = {
  id: '003-grievance',
  th: 'การร้องทุกข์',
  en: 'Grievance',
  manual: '003',
  unit: UNIT,
  source: { file: FILE, section: 'การร้องทุกข์', lines: [1052, 1063] },
  caseIs: { th: 'หนึ่งเรื่องร้องทุกข์', en: 'One grievance' },
  fields: [],
  legal: [`${ACT_2547} ม.122, 123`, 'กฎ ก.ค.ศ. ว่าด้วยการร้องทุกข์และการพิจารณาการร้องทุกข์ พ.ศ. 2551'],
  forms: ['หนังสือร้องทุกข์'],
  steps: [
    {
      id: 'lodge-grievance',
      th: 'ผู้มีสิทธิร้องทุกข์ยื่นร้องทุกข์',
      en: 'The person entitled lodges the grievance',
      role: { id: 'applicant', th: 'ผู้มีสิทธิร้องทุกข์', en: 'Person lodging the grievance' },
      deadline: { kind: 'after', n: 30, unit: 'calendar-days', from: START },
      words: 'ภายใน 30 วัน',
      unitSource: `${ACT_2547} มาตรา 122, 123 (line 1057)`,
      note: 'The manual does not say from when: start the case on the day the person learnt of the order or act.',
    },
    {
      id: 'consider-grievance',
      th: 'ก.ค.ศ. (ถูกสั่งให้ออก พักราชการ ให้ออกไว้ก่อน) หรือ อ.ก.ค.ศ. เขตพื้นที่การศึกษา แล้วแต่กรณี พิจารณา',
      en: 'OTEPC (ordered out, suspended, removed pending) or the ESA sub-committee decides',
      role: { id: 'otepc', th: 'ก.ค.ศ. / อ.ก.ค.ศ. เขตพื้นที่การศึกษา', en: 'OTEPC or ESA sub-committee' },
      deadline: NONE,
    },
  ],
  notes: [
    'Grounds: ordered out, suspended, removed pending investigation, unfair treatment by a superior, investigation committee appointed (lines 1059–1063).',
    'The anchor of the 30 days is not stated (line 1057).',
  ],
};
