import { AUTHORITY, FILE, NONE, type Procedure, RESIGN_ACT, RESIGN_REG, SUPERIOR, UNIT } from './shared';

export const resignationPoliticalOffice: Procedure = {
  id: '003-resignation-political-office',
  th: 'การลาออกจากราชการเพื่อดำรงตำแหน่งทางการเมืองหรือเพื่อสมัครรับเลือกตั้ง',
  en: 'Resignation to take political office or stand for election',
  manual: '003',
  unit: UNIT,
  source: { file: FILE, section: 'ระเบียบ ก.ค.ศ. ว่าด้วยการลาออก พ.ศ. 2548 ข้อ 7', lines: [528, 549] },
  caseIs: { th: 'หนึ่งหนังสือขอลาออก', en: 'One resignation letter' },
  fields: [{ id: 'requested-date', th: 'วันขอลาออก', en: 'Requested resignation date', type: 'date' }],
  legal: [RESIGN_ACT, 'ระเบียบ ก.ค.ศ. ว่าด้วยการลาออกจากราชการของข้าราชการครูและบุคลากรทางการศึกษา พ.ศ. 2548 ข้อ 7'],
  forms: ['หนังสือขอลาออกจากราชการ (ตามแบบที่ ก.ค.ศ. กำหนด)'],
  steps: [
    {
      id: 'submit-letter',
      th: 'ยื่นหนังสือลาออกเพื่อดำรงตำแหน่งทางการเมืองหรือเพื่อสมัครรับเลือกตั้งต่อผู้บังคับบัญชา',
      en: 'Submit the letter to the superior, at the latest on the resignation date',
      role: { id: 'applicant', th: 'ผู้ประสงค์ขอลาออก', en: 'Person resigning' },
      deadline: { kind: 'before', n: 0, unit: 'calendar-days', field: 'requested-date' },
      words: 'อย่างช้าภายในวันที่ขอลาออก',
      unitSource: `${RESIGN_REG} ข้อ 7 (line 549)`,
    },
    {
      id: 'forward-authority',
      th: 'ผู้บังคับบัญชาเสนอหนังสือขอลาออกต่อผู้บังคับบัญชาชั้นเหนือขึ้นไปตามลำดับจนถึงผู้มีอำนาจอนุญาต',
      en: 'The superior forwards the letter up the chain to the authority',
      role: SUPERIOR,
      deadline: NONE,
      words: 'โดยเร็ว',
    },
    {
      id: 'order',
      th: 'ผู้มีอำนาจอนุญาตมีคำสั่งอนุญาตให้ออกจากราชการตั้งแต่วันที่ขอลาออก',
      en: 'The authority orders the resignation effective from the requested date',
      role: AUTHORITY,
      deadline: NONE,
    },
  ],
  notes: [
    'Cl. 7 of the regulation and line 528; missing from the extract. No withholding: effective on the requested date.',
    "The school's check and covering letter are those of 003-resignation-leaving-service.",
  ],
};
