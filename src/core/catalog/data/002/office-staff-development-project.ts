import { DEVELOPMENT, FILE, NONE, OWNER, type Procedure, Q3_APR_JUN, TEPA_2547 } from './shared';

export const officeStaffDevelopmentProject: Procedure = {
  id: '002-office-staff-development-project',
  th: 'โครงการพัฒนาศักยภาพข้าราชการครูและบุคลากรทางการศึกษา ผู้ปฏิบัติงานในสำนักงาน',
  en: 'Project 2.3: capacity development for area-office staff',
  manual: '002',
  unit: DEVELOPMENT,
  source: { file: FILE, section: '3.2 แผนพัฒนาครูฯ ข้อ 2.3 และแบบโครงการ', lines: [848, 1040] },
  caseIs: { th: 'โครงการหนึ่งโครงการ', en: 'One project' },
  fields: [],
  legal: [`${TEPA_2547} มาตรา 79`, 'สพฐ. กลยุทธ์ที่ 3 ข้อ (10)'],
  forms: ['แบบโครงการ', 'แบบรายงานผล'],
  steps: [
    {
      id: 'request-approval',
      th: 'วางแผนเตรียมข้อมูลและเสนอขออนุมัติโครงการ',
      en: 'Plan, prepare data and request project approval',
      role: OWNER,
      deadline: NONE,
    },
    {
      id: 'plc-meeting',
      th: 'ประชุมข้าราชการครูและบุคลากรทางการศึกษาผู้ปฏิบัติงานสำนักงานทุกคน ด้วยกระบวนการ PLC',
      en: 'PLC meeting of all office staff',
      role: OWNER,
      deadline: NONE,
    },
    {
      id: 'appoint-committee',
      th: 'แต่งตั้งคณะกรรมการดำเนินงาน/ประชุมคณะกรรมการ',
      en: 'Appoint and convene the working committee',
      role: OWNER,
      deadline: NONE,
    },
    {
      id: 'group-development',
      th: 'กลุ่ม/หน่วยดำเนินการพัฒนาข้าราชการครูและบุคลากรทางการศึกษา โดยจัดสรรงบประมาณให้แก่กลุ่ม/หน่วย',
      en: 'Each office group/unit runs its own staff development with its allocated budget',
      role: { id: 'office-group', th: 'กลุ่ม/หน่วย', en: 'Office group/unit' },
      deadline: Q3_APR_JUN,
      words: 'ไตรมาสที่ 3 (เม.ย.-มิ.ย.67)',
      note: '60,000 baht over 6 group clusters (lines 1014–1019).',
    },
    {
      id: 'report',
      th: 'สรุปและรายงานผลการพัฒนา',
      en: 'Summarise and report development results',
      role: OWNER,
      deadline: NONE,
    },
  ],
  notes: [
    'The plan table puts the project in Q3 (เม.ย.-มิ.ย.67, line 848); the activity table marks only step 4. The last step is numbered 4 twice.',
    "KPI: 100% of office staff developed. Printed 'กลุ่มอำนาจการ', 'กลุ่มนิติศาสตร์และประเมินผลฯ' (read อำนวยการ, นิเทศ ติดตามฯ).",
  ],
};
