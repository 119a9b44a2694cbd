import { FILE, GD, NONE, type Procedure, UNIT } from './shared';

export const coordination: Procedure = {
  id: '000-coordination',
  th: 'การประสานงานกับกลุ่มต่าง ๆ ใน สพป./หน่วยงานอื่นเพื่อให้การบริหารงานบุคคลเป็นไปอย่างครบถ้วน สมบูรณ์',
  en: 'Coordinating with other groups and agencies for complete personnel administration',
  manual: '000',
  unit: UNIT,
  source: { file: FILE, section: 'มาตรฐานการปฏิบัติงาน หน้า ๖', lines: [114, 119] },
  caseIs: { th: 'งานที่ต้องประสานหนึ่งเรื่อง', en: 'One joint work item needing coordination' },
  fields: [],
  legal: [],
  forms: [],
  steps: [
    {
      id: 'coordinate',
      th: 'ประสานงานอย่างเป็นทางการและไม่เป็นทางการกับกลุ่มใน สพป. ศธจ.ลำพูน สพท.อื่น และสถานศึกษา',
      en: 'Coordinate formally and informally with office groups, the PEO, other ESAs and schools',
      role: GD,
      deadline: NONE,
    },
  ],
  notes: [
    'No time standard: coordinate every time others are involved, and agree the work before joint work.',
  ],
};
