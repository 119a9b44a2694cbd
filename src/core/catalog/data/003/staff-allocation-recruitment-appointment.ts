import { FILE, HEAD, MANPOWER_LEGAL, MANUAL, PREV, type Procedure, START, UNIT } from './shared';

export const staffAllocationRecruitmentAppointment: Procedure = {
  id: '003-staff-allocation-recruitment-appointment',
  th: 'งานจัดสรรอัตรากำลัง สรรหา บรรจุ แต่งตั้ง ของข้าราชการครูและบุคลากรทางการศึกษา',
  en: 'Staff allocation, recruitment and appointment',
  manual: '003',
  unit: UNIT,
  source: {
    file: FILE,
    section: 'ชื่องาน : งานจัดสรรอัตรากำลัง สรรหา บรรจุ แต่งตั้ง ของข้าราชการครูและบุคลากรทางการศึกษา',
    lines: [461, 515],
  },
  caseIs: { th: 'หนึ่งรอบการรายงานและจัดหาอัตรากำลัง', en: 'One staffing report and hiring round' },
  fields: [],
  legal: [
    ...MANPOWER_LEGAL,
    'ก.ค.ศ. ที่ ศธ 02026.3/ว18 (28 ต.ค. 2548)',
    'ก.ค.ศ. ที่ ศธ 0206.6/ว16 (26 พ.ย. 2557)',
    'ก.ค.ศ. ที่ ศธ 0202.7/ว19 (25 ต.ค. 2561)',
    'ก.ค.ศ. ที่ ศธ 0206.6/ว14 (1 พ.ค. 2566)',
  ],
  forms: ['รายงานข้อมูลข้าราชการครูจำแนกตามสาขา'],
  steps: [
    {
      id: 'report-esa',
      th: 'รวบรวมและรายงานข้อมูลข้าราชการครูและบุคลากรทางการศึกษาต่อ สพม. จำนวนข้าราชการครู จำแนกตามสาขา',
      en: 'Collect and report teacher numbers by subject to the ESA',
      role: HEAD,
      deadline: { kind: 'after', n: 7, unit: 'days', from: START },
      words: 'ภายใน 7 วัน',
    },
    {
      id: 'propose-needs',
      th: 'เสนอความต้องการ จำนวนและอัตราตำแหน่งข้าราชการครูจำแนกตามสาขา ตามเกณฑ์ ก.ค.ศ. ต่อ สพม.',
      en: 'Propose the needed number of teacher positions by subject (OTEPC criteria) to the ESA',
      role: HEAD,
      deadline: { kind: 'after', n: 1, unit: 'days', from: PREV },
      words: 'ภายใน 1 วัน',
    },
    {
      id: 'recruit-hire',
      th: 'ดำเนินการสรรหาและจัดจ้างบุคคลในตำแหน่งข้าราชการครู อัตราจ้างประจำหรืออัตราจ้างชั่วคราว และพนักงานราชการ',
      en: 'Recruit and hire for teacher, permanent or temporary contract and government-employee posts',
      role: HEAD,
      deadline: MANUAL,
      words: 'ภายใน ระยะเวลาที่ กำหนด',
    },
  ],
  notes: [
    'Duties 5.2.4–5.2.8 (inform new staff of standards; intensive preparation of assistant teachers, evaluated every 6 months; government employees evaluated twice a year; report; propose appointment) have no table: see 003-new-teacher-intensive-preparation.',
    'Letter number ศธ 02026.3/ว18 as printed.',
  ],
};
