import { FILE, GROUP, type Procedure, UNIT } from './shared';

export const professionalStandardsEthicsDevelopment: Procedure = {
  id: '001-professional-standards-ethics-development',
  th: 'งานพัฒนาข้าราชการครูและบุคลากรทางการศึกษาให้เป็นไปตามมาตรฐานวิชาชีพและจรรยาบรรณ',
  en: 'Developing teachers to professional standards and ethics',
  manual: '001',
  unit: UNIT,
  source: { file: FILE, section: '๗. งานพัฒนาฯ ให้เป็นไปตามมาตรฐานวิชาชีพและจรรยาบรรณ', lines: [614, 680] },
  caseIs: {
    th: 'การพัฒนาตามมาตรฐานวิชาชีพและจรรยาบรรณ ๑ รอบ',
    en: 'One development round on professional standards and ethics',
  },
  fields: [],
  legal: [
    'พ.ร.บ.ระเบียบข้าราชการครูและบุคลากรทางการศึกษา พ.ศ. ๒๕๔๗ และที่แก้ไขเพิ่มเติม',
    'พ.ร.บ.สภาครูและบุคลากรทางการศึกษา พ.ศ. ๒๕๔๖',
    'ข้อบังคับคุรุสภา ว่าด้วยจรรยาบรรณของวิชาชีพ พ.ศ. ๒๕๕๖',
    'ข้อบังคับคุรุสภา ว่าด้วยใบอนุญาตประกอบวิชาชีพ พ.ศ. ๒๕๕๙ และ (ฉบับที่ ๒) พ.ศ. ๒๕๖๒',
    'ข้อบังคับคุรุสภา ว่าด้วยมาตรฐานวิชาชีพ (ฉบับที่ ๒) และ (ฉบับที่ ๓) พ.ศ. ๒๕๖๑, (ฉบับที่ ๔) พ.ศ. ๒๕๖๒',
  ],
  forms: [
    'แบบคำขอต่อใบประกอบวิชาชีพครู (คส.๐๒.๑๐)',
    'แบบคำขอต่อใบประกอบวิชาชีพผู้บริหารสถานศึกษา (คส.๐๒.๒๐)',
    'แบบคำขอต่อใบประกอบวิชาชีพผู้บริหารการศึกษา (คส.๐๒.๓๐)',
    'แบบคำขอต่อใบประกอบวิชาชีพศึกษานิเทศก์ (คส.๐๒.๔๐)',
    'แบบคำขอใบอนุญาตประกอบวิชาชีพทางการศึกษาใหม่ กรณีชำรุด/สูญหาย',
    'แบบคำขอใบอนุญาตประกอบวิชาชีพทางการศึกษาใหม่ กรณีแก้ไขหรือเพิ่มเติมรายการในทะเบียน',
  ],
  steps: [
    {
      id: 'prepare-data',
      th: 'สพท. จัดทำข้อมูลหรือประสานข้อมูลความต้องการ วางแผนพัฒนา',
      en: 'Collect the development needs for planning',
      role: GROUP,
      deadline: { kind: 'after', n: 5, unit: 'days', from: { type: 'start' } },
      words: '๕ วัน',
    },
    {
      id: 'plan-development',
      th: 'วางแผนการพัฒนามาตรฐานวิชาชีพ',
      en: 'Plan the professional-standards development',
      role: GROUP,
      deadline: { kind: 'after', n: 5, unit: 'days', from: { type: 'previous' } },
      words: '๕ วัน',
    },
    {
      id: 'support-development',
      th: 'สพท./สถานศึกษา ส่งเสริมสนับสนุนการดำเนินงานของผู้ประกอบวิชาชีพทางการศึกษาให้เป็นไปตามมาตรฐานวิชาชีพและจรรยาบรรณ',
      en: 'ESA office and schools support practitioners to meet the standards and ethics',
      role: GROUP,
      deadline: { kind: 'manual' },
      words: 'ตามมาตรฐาน ที่คุรุสภากำหนด',
      note: 'No period: the time column defers to the Teachers’ Council standard; enter the due date.',
    },
    {
      id: 'report-results',
      th: 'เก็บรวบรวมข้อมูล สรุปและรายงานผล',
      en: 'Collect the data, summarise and report',
      role: GROUP,
      deadline: { kind: 'after', n: 5, unit: 'days', from: { type: 'previous' } },
      words: '๕ วัน',
      note: 'The row is shifted one cell (line 679) and names no responsible unit: the group is assumed.',
    },
  ],
  notes: [
    'The standards table is headed การฝึกอบรมพัฒนาเพื่อเพิ่มศักยภาพการปฏิบัติงาน (line 673), apparently mislabelled.',
  ],
};
