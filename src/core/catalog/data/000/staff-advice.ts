import { FILE, GD, NONE, type Procedure, UNIT } from './shared';

export const staffAdvice: Procedure = {
  id: '000-staff-advice',
  th: 'การให้คำปรึกษา ข้อเสนอแนะ แก่บุคลากรในกลุ่มพัฒนาครูและบุคลากรทางการศึกษา',
  en: 'Advice and guidance to group staff',
  manual: '000',
  unit: UNIT,
  source: { file: FILE, section: 'มาตรฐานการปฏิบัติงาน หน้า ๔', lines: [100, 105] },
  caseIs: { th: 'การให้คำปรึกษาหนึ่งช่วงเวลา', en: 'One period of advising staff' },
  fields: [],
  legal: [],
  forms: [],
  checklist: true,
  steps: [
    {
      id: 'advise-on-request',
      th: 'ให้คำปรึกษาทุกครั้งที่มีการร้องขอ',
      en: 'Give advice every time it is asked for',
      role: GD,
      deadline: NONE,
    },
    {
      id: 'guide-new-matters',
      th: 'ให้คำแนะนำทุกครั้งที่มีเรื่องเข้าใหม่ หรือเป็นเรื่องยุ่งยาก/ซับซ้อน',
      en: 'Give guidance on every new or complex matter',
      role: GD,
      deadline: NONE,
    },
    {
      id: 'group-meeting',
      th: 'ประชุมบุคลากรในกลุ่มเพื่อสร้างความเข้าใจร่วมกัน',
      en: 'Hold a group staff meeting for shared understanding',
      role: GD,
      deadline: NONE,
      words: 'ประชุมบุคลากรในกลุ่มเพื่อสร้างความเข้าใจ ร่วมกันเดือนละ ๒ ครั้ง',
      note: 'Twice a month; no dates given.',
    },
  ],
  notes: [
    'One-row SOP; the checklist items are its standards. Method: one-to-one talks, work-group talks, group meetings.',
  ],
};
