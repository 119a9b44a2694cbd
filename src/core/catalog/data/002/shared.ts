/** What manual 002's procedures share: its file, unit, roles, common steps and texts. */
import type { Manual } from '../../schema';
export type Procedure = Manual['procedures'][number];
type Step = Procedure['steps'][number];
export type Deadline = Step['deadline'];

export const FILE = '002_1637ed538e816cf6.txt';

// Units of the office.
export const PERSONNEL = { th: 'กลุ่มบริหารงานบุคคล', en: 'Personnel Administration Group' };
export const DEVELOPMENT = {
  th: 'กลุ่มพัฒนาครูและบุคลากรทางการศึกษา',
  en: 'Teacher and Educational Personnel Development Group',
};
export const BOTH = {
  th: 'กลุ่มบริหารงานบุคคล และกลุ่มพัฒนาครูและบุคลากรทางการศึกษา',
  en: 'Personnel Administration Group and Teacher and Educational Personnel Development Group',
};

// Roles.
export const OFFICE = {
  id: 'esa-office',
  th: 'สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาลำปาง ลำพูน',
  en: 'Lampang–Lamphun Secondary ESA Office',
};
export const HR_OFFICER = { id: 'officer', th: 'นักทรัพยากรบุคคล (ผู้รับผิดชอบ)', en: 'HR officer (responsible)' };
export const OWNER = { id: 'officer', th: 'ผู้รับผิดชอบโครงการ', en: 'Project owner' };

// Deadlines.
export const NONE: Deadline = { kind: 'none' };
export const BY_QUARTER: Deadline = {
  kind: 'calendar',
  at: { type: 'quarter-end', field: 'planned-quarter' },
};
export const Q1_OCT_DEC: Deadline = { kind: 'calendar', at: { type: 'month-end', months: [10, 11, 12] } };
export const Q2_JAN_MAR: Deadline = { kind: 'calendar', at: { type: 'month-end', months: [1, 2, 3] } };
export const Q3_APR_JUN: Deadline = { kind: 'calendar', at: { type: 'month-end', months: [4, 5, 6] } };

// The manual's words for the plan windows (quarter columns of the plan tables, lines 814–848, 899).
export const W_Q2_Q4 = 'ม.ค.-มี.ค.67 / ก.ค.-ก.ย.67 (ปีละ 2 ครั้ง)';
export const W_Q1_Q2 = 'ต.ค.-ธ.ค.66 / ม.ค.-มี.ค.67 (จำนวน 2 ครั้ง)';
export const W_P21 = 'ไตรมาสที่ 1 (ต.ค.-ธ.ค.66)';

export const PLANNED_QUARTER = [
  { id: 'planned-quarter', th: 'ไตรมาสที่ดำเนินการ', en: 'Planned quarter', type: 'quarter' as const },
];

// Legal references.
export const OTEPC_RULES = 'หลักเกณฑ์และวิธีการที่ ก.ค.ศ. กำหนด';
export const TEPA_2547 = 'พ.ร.บ.ระเบียบข้าราชการครูและบุคลากรทางการศึกษา พ.ศ. 2547';
export const P21_LEGAL = [`${TEPA_2547} มาตรา 75, 79`, 'ยุทธศาสตร์ชาติ ข้อ 4.5, 4.6, 4.6.2', 'นโยบาย สพฐ. ข้อ 10'];
export const P21_FORMS = ['แบบโครงการ (แผน/เงิน รายไตรมาส)', 'E-Certificate'];
export const P21_SECTION = '3.2 แผนพัฒนาครูฯ: โครงการ 2.1 เสริมสร้างสมรรถนะ…และยกย่องเชิดชูเกียรติ';
export const P21_NOTE =
  'Project 2.1 (90,000 baht; plan row line 846): the activity table ticks Q1 for the whole activity, so every step is due by the end of Q1.';
/** The project 2.1 detail pages (lines 887-953) carry another office's page header. */
export const P21_HEADER_NOTE =
  "The activity pages of project 2.1 have page headers naming another office, สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาสกลนคร (lines 891, 910, 920, 935, 948): copied from its action plan; this office's own plan lists the project (line 846).";

export const POLICY_SECTION = '2.2 นโยบายการบริหารทรัพยากรบุคคล';
export const POLICY_NOTE =
  'HR policy guideline: the text names only the area office and gives no time standard. Group mandates: lines 775–807.';
