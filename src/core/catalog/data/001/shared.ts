/** What manual 001's procedures share: its file, unit, roles, common steps and texts. */
import type { Manual } from '../../schema';
// Manual 001: Udon Thani Primary ESA 1, teacher development group (no year printed).
// Line numbers refer to seeds/001_62f234584c2bf03b.txt. The standards tables (section ๙) print plain "วัน".

export type Procedure = Manual['procedures'][number];
export type Step = Procedure['steps'][number];
export type Role = Step['role'];
export type Field = Procedure['fields'][number];

export const FILE = '001_62f234584c2bf03b.txt';
export const UNIT = {
  th: 'กลุ่มพัฒนาครูและบุคลากรทางการศึกษา',
  en: 'Teacher and Educational Personnel Development Group',
};

export const GROUP: Role = { id: 'officer', ...UNIT };
export const ESA: Role = { id: 'officer', th: 'สำนักงานเขตพื้นที่การศึกษา (สพท.)', en: 'ESA office' };
export const AUTHORITY: Role = {
  id: 'director',
  th: 'ผู้มีอำนาจอนุญาต (สถานศึกษา/สพท./สพฐ.)',
  en: 'Authorising authority (school, ESA office or OBEC)',
};
export const STUDENT: Role = { id: 'applicant', th: 'ผู้ลาศึกษาต่อ', en: 'Official on study leave' };

export const APPOINTMENT_DATE: Field = {
  id: 'appointment-date',
  th: 'วันที่ได้รับแต่งตั้ง (เริ่มปฏิบัติหน้าที่)',
  en: 'Appointment date (start of duty)',
  type: 'date',
};
export const SEMESTER_OPEN: Field = {
  id: 'semester-open',
  th: 'วันเปิดภาคการศึกษา',
  en: 'Opening date of the current semester',
  type: 'date',
};
export const RETURN_DATE: Field = {
  id: 'return-date',
  th: 'วันที่กลับเข้าปฏิบัติราชการ',
  en: 'Date returned to duty',
  type: 'date',
};

// ---------------------------------------------------------------- 1-year evaluations (chapters ๑-๕)

export const LEGAL_EVAL = [
  'รัฐธรรมนูญแห่งราชอาณาจักรไทย พ.ศ. ๒๕๖๐',
  'พ.ร.บ.การศึกษาแห่งชาติ พ.ศ. ๒๕๔๒ และที่แก้ไขเพิ่มเติม',
  'พ.ร.บ.ระเบียบบริหารราชการกระทรวงศึกษาธิการ พ.ศ. ๒๕๔๖ และที่แก้ไขเพิ่มเติม',
  'พ.ร.บ.ระเบียบข้าราชการครูและบุคลากรทางการศึกษา พ.ศ. ๒๕๔๗ และที่แก้ไขเพิ่มเติม',
];

/** ESA director and deputy: table rows ๒-๖ (lines 175-179, 279-283), row ๕ split into its two rounds. */
export const ESA_EVAL_STEPS: Step[] = [
  {
    id: 'prepare-plan',
    th: 'จัดทำข้อมูลและวางแผนการดำเนินงาน',
    en: 'Prepare the data and plan the work',
    role: GROUP,
    deadline: { kind: 'after', n: 2, unit: 'days', from: { type: 'previous' } },
    words: '๒ วัน',
  },
  {
    id: 'notify-evaluatee',
    th: 'แจ้งผู้รับการประเมิน: จัดทำข้อตกลงการพัฒนา และกำหนดการประเมินสัมฤทธิผลการปฏิบัติงาน',
    en: 'Notify the evaluatee: make the performance agreement and set the evaluation schedule',
    role: GROUP,
    deadline: { kind: 'after', n: 5, unit: 'days', from: { type: 'previous' } },
    words: '๕ วัน',
  },
  {
    id: 'coaching',
    th: 'คณะกรรมการให้คำปรึกษาจัดประชุมให้คำแนะนำปรึกษา รวบรวมและรายงานผลให้คณะกรรมการประเมินสัมฤทธิผลฯ ทราบ',
    en: 'Coaching team holds advisory meetings and reports to the evaluation team',
    role: GROUP,
    deadline: { kind: 'after', n: 10, unit: 'days', from: { type: 'previous' } },
    words: '๑๐ วัน',
    note: 'Two coaching meetings (๕.๗ จำนวน ๒ ครั้ง).',
  },
  {
    id: 'evaluate-6m',
    th: 'ประเมินสัมฤทธิผลการปฏิบัติงานในหน้าที่ ครั้งที่ ๑ (รอบ ๖ เดือน)',
    en: 'Achievement evaluation, round 1 (6 months)',
    role: GROUP,
    deadline: { kind: 'after', n: 6, unit: 'months', from: { type: 'field', field: 'appointment-date' } },
    words: 'ครั้งที่ ๑ (รอบ ๖ เดือน)',
    note: 'The table gives ๓ วัน for the evaluation itself.',
  },
  {
    id: 'evaluate-12m',
    th: 'ประเมินสัมฤทธิผลการปฏิบัติงานในหน้าที่ ครั้งที่ ๒ (รอบ ๑๒ เดือน)',
    en: 'Achievement evaluation, round 2 (12 months)',
    role: GROUP,
    deadline: { kind: 'after', n: 12, unit: 'months', from: { type: 'field', field: 'appointment-date' } },
    words: 'ครั้งที่ ๒ (รอบ ๑๒ เดือน)',
    note: 'The table gives ๓ วัน for the evaluation itself.',
  },
  {
    id: 'report-obec',
    th: 'คณะกรรมการประเมินสัมฤทธิผลฯ สรุปผลการประเมินและรายงานเลขาธิการ กพฐ.',
    en: 'Evaluation team summarises the results and reports to the OBEC Secretary-General',
    role: GROUP,
    deadline: { kind: 'after', n: 15, unit: 'days', from: { type: 'previous' } },
    words: '๑๕ วัน',
    note: 'OBEC letters the results back; the evaluatee is then told by memo (๕.๑๐-๕.๑๑).',
  },
];

export const ESA_EVAL_NOTES = [
  'Table times are per-step working time; the case runs 1 year (ในระยะเวลา ๑ ปี). The agreement is made with OBEC.',
  'Narrative (section ๕) has 11 finer steps and numbers ๕.๖-๕.๘ twice; the flow chart is an image missing from the text.',
];

/** School director, deputy school director and supervisor: table rows ๒-๔ (e.g. lines 363-365). */
export const SCHOOL_EVAL_STEPS: Step[] = [
  {
    id: 'sign-agreement',
    th: 'จัดทำพิธีลงนามบันทึกข้อตกลงการปฏิบัติงานในหน้าที่',
    en: 'Hold the signing of the performance agreement',
    role: GROUP,
    deadline: { kind: 'after', n: 3, unit: 'days', from: { type: 'previous' } },
    words: '๓ วัน',
  },
  {
    id: 'appoint-committees',
    th: 'เสนอแต่งตั้งคณะกรรมการที่เกี่ยวข้อง: คณะกรรมการที่ปรึกษา/พี่เลี้ยง และคณะกรรมการประเมิน',
    en: 'Propose the coaching/mentor committee and the evaluation committee',
    role: GROUP,
    deadline: { kind: 'after', n: 2, unit: 'days', from: { type: 'previous' } },
    words: '๒ วัน',
  },
  {
    id: 'coaching',
    th: 'ดำเนินการประเมิน: ให้คำปรึกษา/แนะนำ (นิเทศติดตาม)',
    en: 'Carry out the evaluation: advice and follow-up supervision',
    role: GROUP,
    deadline: { kind: 'after', n: 15, unit: 'days', from: { type: 'previous' } },
    words: '๑๕ วัน',
    note: 'The table row (advice + evaluation) gives ๑๕ วัน; the two rounds are dated from the appointment.',
  },
];

export const SCHOOL_EVAL_6M: Step = {
  id: 'evaluate-6m',
  th: 'ประเมินสัมฤทธิผล ครั้งที่ ๑ (รอบระยะเวลา ๖ เดือน)',
  en: 'Achievement evaluation, round 1 (6 months)',
  role: GROUP,
  deadline: { kind: 'after', n: 6, unit: 'months', from: { type: 'field', field: 'appointment-date' } },
  words: 'รอบระยะเวลา ๖ เดือน',
};
export const SCHOOL_EVAL_12M: Step = {
  id: 'evaluate-12m',
  th: 'ประเมินสัมฤทธิผล ครั้งที่ ๒ (รอบระยะเวลา ๑ ปี)',
  en: 'Achievement evaluation, round 2 (1 year)',
  role: GROUP,
  deadline: { kind: 'after', n: 12, unit: 'months', from: { type: 'field', field: 'appointment-date' } },
  words: 'รอบระยะเวลา ๑ ปี',
};
export const SCHOOL_EVAL_REPORT: Step = {
  id: 'report-results',
  th: 'รายงานผล',
  en: 'Report the results',
  role: GROUP,
  deadline: { kind: 'after', n: 2, unit: 'days', from: { type: 'previous' } },
  words: '๒ วัน',
  note: 'Memo to the ESA director, then the summary to the personnel group for the area อ.ก.ค.ศ. meeting (๕.๑๗-๕.๑๘).',
};

export const SCHOOL_EVAL_NOTES = [
  'Table times are per-step working time; the case runs 1 year (ในระยะเวลา ๑ ปี). The agreement is made with the ESA office.',
  'Narrative (section ๕) has 19 finer steps; results of both rounds are reported (๕.๑๙).',
];

// ---------------------------------------------------------------- study leave (chapter ๘)

export const LEGAL_STUDY = [
  'ระเบียบ ศธ. ว่าด้วยการไปศึกษาเพิ่มเติม ฝึกอบรม ดูงาน หรือปฏิบัติการวิจัยภายในประเทศ พ.ศ. ๒๕๕๙',
  'หนังสือ สพฐ. ที่ ศธ ๐๔๐๐๙/๘๐๕๑ ลว. ๑๘ พ.ค. ๒๕๔๗',
  'ประกาศ สพฐ. ลว. ๑๓ พ.ค. ๒๕๔๘',
  'คำสั่ง สพฐ. ที่ ๑๖๐๒/๒๕๔๗',
  'หนังสือ สพฐ. ที่ ศธ ๐๔๐๐๙/๕๑๘๔ ลว. ๓๐ มี.ค. ๒๕๔๗',
  'คำสั่ง สพฐ. ที่ ๑๒๘๑/๒๕๔๗',
  'ระเบียบสำนักนายกรัฐมนตรี ว่าด้วยการให้ข้าราชการไปศึกษา ฝึกอบรม ปฏิบัติการวิจัยและดูงาน ณ ต่างประเทศ พ.ศ. ๒๕๔๙',
  'หนังสือกรมบัญชีกลาง ที่ กค ๐๔๐๖.๒/ว.๔๑๐ ลว. ๒๓ พ.ย. ๒๕๕๐',
  'คำสั่ง สพฐ. ที่ ๓๐๗/๒๕๕๑',
  'หนังสือ สพฐ. ที่ ศธ ๐๔๒๑๖/ว๓๖๑๕ ลว. ๑ พ.ค. ๒๕๕๕',
  'คำสั่ง สพฐ. ที่ ๖๖๐/๒๕๕๕',
  'หนังสือ ก.ค.ศ. ที่ ศธ ๐๒๐๖.๗/ว๒๖ ลว. ๑๑ ต.ค. ๒๕๕๕',
];
export const FORMS_STUDY = ['แบบสำรวจ', 'สัญญาลาศึกษา', 'สัญญาค้ำประกัน'];
/**
 * The rule the study-leave chapter's narrative restates (the manual's ๘.๑), for the limits it sets on
 * the official on leave: calendar days, as the law counts periods. The manual prints no clause number.
 */
export const STUDY_RULES =
  'ระเบียบกระทรวงศึกษาธิการว่าด้วยการไปศึกษาเพิ่มเติม ฝึกอบรม ดูงาน หรือปฏิบัติการวิจัยภายในประเทศ พ.ศ. ๒๕๕๙ (the manual’s ๘.๑; clause not printed),';
export const ELIGIBILITY_NOTE =
  'Full time: at least 24 full months of service and age not over 45, both counted to 15 June of the year of entry (lines 698-702).';
export const WHO_ASKS_NOTE =
  'Teachers, deputy school directors and permanent employees ask the school director; school directors, ESA staff and deputy ESA directors ask the ESA director.';
export const SEE_ALSO_NOTE =
  'Extension and return to duty: see 001-study-leave-extension and 001-study-leave-return-to-duty.';

/** Table rows ๒-๓ of type B, part-time and summer (e.g. lines 1068-1069). */
export const CHECK_ELIGIBILITY: Step = {
  id: 'check-eligibility',
  th: 'ตรวจสอบเอกสาร และตรวจสอบคุณสมบัติเป็นไปตามเกณฑ์ และเสนอผู้บังคับบัญชาอนุญาตไปสมัครสอบคัดเลือก',
  en: 'Check the documents and eligibility; propose permission to sit the selection to the superior',
  role: GROUP,
  deadline: { kind: 'after', n: 1, unit: 'days', from: { type: 'previous' } },
  words: '๑ วัน',
};
export const PROPOSE_LEAVE: Step = {
  id: 'propose-leave',
  th: 'รับคำขออนุญาตลาศึกษาต่อ กรณีผู้ขออนุญาตผ่านการคัดเลือก และเสนอผู้บังคับบัญชาอนุญาต',
  en: 'If the applicant passes the selection, propose the study leave to the superior',
  role: GROUP,
  deadline: { kind: 'after', n: 1, unit: 'days', from: { type: 'previous' } },
  words: '๑ วัน',
};
export const SIGN_CONTRACT_REPORT: Step = {
  id: 'sign-contract',
  th: 'จัดทำสัญญาลาศึกษาต่อและสัญญาค้ำประกัน; สพท. รายงานรายชื่อ สพฐ. และแจ้งกลุ่มบริหารงานบุคคล',
  en: 'Sign the study-leave and guarantee contracts; report the names to OBEC and tell the personnel group',
  role: GROUP,
  deadline: { kind: 'after', n: 15, unit: 'days', from: { type: 'previous' } },
  words: '๑๕ วัน',
  note: 'The personnel group acts under the salary-step rules.',
};
export const ISSUE_ORDER: Step = {
  id: 'issue-order',
  th: 'จัดทำคำสั่งให้ลาศึกษาต่อ',
  en: 'Issue the study-leave order',
  role: AUTHORITY,
  deadline: { kind: 'none' },
  note: 'From the narrative (item ๕.๒); no table row.',
};
export const DISPATCH_LETTER: Step = {
  id: 'dispatch-letter',
  th: 'จัดทำหนังสือส่งตัวข้าราชการและลูกจ้างประจำที่ลาศึกษาไปยังสถาบันการศึกษา',
  en: 'Send the dispatch letter to the university',
  role: GROUP,
  deadline: { kind: 'after', n: 2, unit: 'weeks', from: { type: 'previous' } },
  words: '๒ สัปดาห์',
};
export const SEMESTER_REPORT: Step = {
  id: 'semester-report',
  th: 'ผู้ลาศึกษาต่อรายงานผลการศึกษาทุกภาคการศึกษาต่อผู้มีอำนาจอนุญาตให้ลาศึกษา',
  en: 'The official on leave reports study results every semester',
  role: STUDENT,
  deadline: { kind: 'after', n: 30, unit: 'calendar-days', from: { type: 'field', field: 'semester-open' } },
  words: 'ภายใน ๓๐ วันนับจากวันเปิดภาคการศึกษา',
  unitSource: `${STUDY_RULES} restated in the narrative (lines 794, 856, 915): a duty the rules lay on the official on leave`,
  note: 'Every semester: enter the new semester opening date. From the narrative; no table row.',
};
export const REPORT_RETURN: Step = {
  id: 'report-return',
  th: 'เมื่อผู้ลาศึกษากลับเข้าปฏิบัติราชการ รายงาน สพฐ. ทราบ และแจ้งกลุ่มบริหารงานบุคคล',
  en: 'When the official returns to duty, report to OBEC and tell the personnel group',
  role: GROUP,
  deadline: { kind: 'after', n: 1, unit: 'days', from: { type: 'field', field: 'return-date' } },
  words: '๑ วัน',
};

// ---------------------------------------------------------------- training (chapter ๙)

export const TRAINING_HEAD: Step[] = [
  {
    id: 'receive-request',
    th: 'รับเรื่องแจ้งความประสงค์ขอเข้ารับการพัฒนาฝึกอบรม การปฏิบัติการวิจัย และดูงานของบุคลากรในสังกัด',
    en: 'Receive a staff member’s request to attend training, research or a study visit',
    role: GROUP,
    deadline: { kind: 'after', n: 1, unit: 'days', from: { type: 'start' } },
    words: '๑ วัน',
  },
  {
    id: 'check-documents',
    th: 'ตรวจสอบเอกสารให้เป็นไปตามระเบียบ แนวปฏิบัติและหลักเกณฑ์ที่เกี่ยวข้อง',
    en: 'Check the documents against the rules',
    role: GROUP,
    deadline: { kind: 'after', n: 3, unit: 'days', from: { type: 'previous' } },
    words: '๓ วัน',
  },
  {
    id: 'propose-director',
    th: 'เสนอ ผอ.สพท. พิจารณาอนุญาตและอนุมัติงบประมาณ',
    en: 'Propose to the ESA director for permission and budget approval',
    role: GROUP,
    deadline: { kind: 'after', n: 2, unit: 'days', from: { type: 'previous' } },
    words: '๒ วัน',
    note: 'Budget per the Ministry of Finance rules.',
  },
];
export const TRAINING_TAIL: Step[] = [
  {
    id: 'issue-order',
    th: 'จัดทำคำสั่งให้ไปฝึกอบรม/คำสั่งกลับเข้าปฏิบัติราชการเมื่อเสร็จสิ้น',
    en: 'Issue the order to attend and the order to return to duty afterwards',
    role: GROUP,
    deadline: { kind: 'after', n: 5, unit: 'days', from: { type: 'previous' } },
    words: '๕ วัน',
  },
  {
    id: 'send-acceptance',
    th: 'หนังสือตอบรับ/แจ้งบุคลากรและหน่วยงานที่เกี่ยวข้อง',
    en: 'Send the acceptance letter to the organiser and notify the staff member',
    role: GROUP,
    deadline: { kind: 'after', n: 3, unit: 'days', from: { type: 'previous' } },
    words: '๓ วัน',
  },
];
export const TRAINING_NOTES = [
  'One standards table (lines 1176-1188) serves domestic and abroad; the chapter has no forms or references section.',
  'A study visit lasts at most 15 days; a longer one abroad is handled as training (line 1141).',
];
