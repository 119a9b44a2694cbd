import { BOTH, FILE, NONE, OFFICE, type Procedure } from './shared';

export const re5StepsQualityCycle: Procedure = {
  id: '002-re-5-steps-quality-cycle',
  th: 'กระบวนการ Re 5 Steps (รูปแบบองค์กรคุณภาพแห่งความสุข HQO² LPSMILE)',
  en: 'Re 5 Steps quality-improvement cycle (HQO² LPSMILE model)',
  manual: '002',
  unit: BOTH,
  source: { file: FILE, section: '2.1 แนวทางการบริหารสำนักงานเขตพื้นที่การศึกษา', lines: [575, 585] },
  caseIs: { th: 'วงรอบการพัฒนาคุณภาพหนึ่งรอบ', en: 'One quality-improvement cycle' },
  fields: [],
  legal: ['นโยบายและจุดเน้น สพฐ. ปีงบประมาณ 2567–2568'],
  forms: [],
  checklist: true,
  steps: [
    {
      id: 're1-review-classify',
      th: 'Re1: ทบทวนผลการดำเนินงานปีที่ผ่านมาและนโยบาย สพฐ. และจัดกลุ่มสถานศึกษาที่มีบริบทใกล้เคียงกัน',
      en: "Re1: review last year's results and OBEC policy; group schools of similar context",
      role: OFFICE,
      deadline: NONE,
    },
    {
      id: 're2-set-goals',
      th: 'Re2: กำหนดเป้าหมายการพัฒนา สร้างความตระหนัก และสื่อสารสร้างความเข้าใจให้ตรงกัน',
      en: 'Re2: set development goals, raise awareness, build shared understanding',
      role: OFFICE,
      deadline: NONE,
    },
    {
      id: 're3-activities',
      th: 'Re3: จัดกิจกรรมที่หลากหลาย (ประชุม อบรม สร้างเครือข่าย) ให้เหมาะสมกับกลุ่มเป้าหมาย',
      en: 'Re3: run varied activities (meetings, training, networks) for the target groups',
      role: OFFICE,
      deadline: NONE,
    },
    {
      id: 're4-promote-support',
      th: 'Re4: ส่งเสริมสนับสนุนให้ผู้บริหารสถานศึกษา ครู และนักเรียนผลิตสื่อ/นวัตกรรมของตนเอง',
      en: 'Re4: support administrators, teachers and students to produce their own media/innovations',
      role: OFFICE,
      deadline: NONE,
    },
    {
      id: 're5-report-reflect',
      th: 'Re5: รายงานความสำเร็จและสะท้อนผล (เวทีแลกเปลี่ยนเรียนรู้ ถอดบทเรียน เผยแพร่ ขยายผล)',
      en: 'Re5: report successes and reflect (exchange forum, lessons learned, publicise, scale up)',
      role: OFFICE,
      deadline: NONE,
    },
  ],
  notes: ['Management framework: no responsible person or time standard is given.'],
};
