import { ANALYST, FILE, NONE, type Procedure, UNIT } from './shared';

export const smallSchoolManagement: Procedure = {
  id: '004-small-school-management',
  th: 'การบริหารจัดการโรงเรียนขนาดเล็ก',
  en: 'Managing small schools',
  manual: '004',
  unit: UNIT,
  source: { file: FILE, section: 'มาตรฐานการปฏิบัติงาน เรื่อง ๕', lines: [64, 72] },
  caseIs: { th: 'แผนบริหารจัดการโรงเรียนขนาดเล็กหนึ่งฉบับ', en: 'One small-school management plan' },
  fields: [],
  legal: ['แนวทางการบริหารจัดการโรงเรียนขนาดเล็ก กระทรวงศึกษาธิการ, สพฐ.'],
  forms: ['คำสั่งแต่งตั้งคณะกรรมการ', 'แผนบริหารจัดการโรงเรียนขนาดเล็ก'],
  steps: [
    {
      id: 'study-guidance',
      th: 'ศึกษาแนวทางการบริหารจัดการโรงเรียนขนาดเล็ก กระทรวงศึกษาธิการ, สพฐ.',
      en: 'Study the MOE/OBEC small-school guidance and tell all parties',
      role: ANALYST,
      deadline: NONE,
    },
    {
      id: 'study-situation',
      th: 'ศึกษาสภาพปัจจุบัน ปัญหาเกี่ยวกับโรงเรียนขนาดเล็ก ความต้องการการเข้าถึงบริการการศึกษาของประชากรวัยเรียน',
      en: "Survey small schools' situation and the school-age population's access needs",
      role: ANALYST,
      deadline: NONE,
    },
    {
      id: 'analyse-data',
      th: 'วิเคราะห์ สังเคราะห์ ข้อมูลการบริหารจัดการของโรงเรียนขนาดเล็กในสังกัดให้เป็นปัจจุบัน',
      en: 'Analyse and update the small-school data',
      role: ANALYST,
      deadline: NONE,
    },
    {
      id: 'prepare-plan',
      th: 'จัดทำแผนการบริหารจัดการโรงเรียนขนาดเล็ก เพื่อยกระดับคุณภาพการศึกษา',
      en: 'Prepare the small-school management plan',
      role: ANALYST,
      deadline: NONE,
      note: '4.1 appoint the plan committee; 4.2 propose to the PEC; 4.3 publish to all parties.',
    },
    {
      id: 'report-results',
      th: 'ติดตาม ประเมิน และรายงานผลการดำเนินงานที่ประชุมผู้บริหารเขตพื้นที่ และ กศจ.',
      en: "Monitor, evaluate and report to the area executives' meeting and the PEC",
      role: ANALYST,
      deadline: NONE,
      note: 'Report covers budget and development of small schools into quality learning centres.',
    },
  ],
  notes: ['No time standard.'],
};
