/** What manual 003's procedures share: its file, unit, roles, common steps and texts. */
import type { Manual } from '../../schema';
// Seed 003: Khlong Chanuan Witthaya School, personnel administration group, AY 2568.
// Shared values are consts so that the bundle carries each text once.

export const FILE = '003_3e7950c7bf3af2df.txt';
export const UNIT = { th: 'กลุ่มบริหารงานบุคคล', en: 'Personnel administration group' };
export const YEAR_DUTIES = { th: 'หน้าที่ประจำปีการศึกษา', en: 'One academic year of standing duties' };

export const NONE = { kind: 'none' } as const;
export const MANUAL = { kind: 'manual' } as const;
export const START = { type: 'start' } as const;
export const PREV = { type: 'previous' } as const;

// Roles. The tables name two people: the head of the group and its secretary (the officer).
export const HEAD = { id: 'group-director', th: 'หัวหน้ากลุ่มบริหารงานบุคคล', en: 'Head of the personnel group' };
export const OFFICER = { id: 'officer', th: 'เจ้าหน้าที่กลุ่มบริหารงานบุคคล', en: 'Personnel group officer' };
export const DIR_DEPUTY = {
  id: 'deputy-director',
  th: 'ผู้อำนวยการและรองผู้อำนวยการกลุ่มบริหารงานบุคคล',
  en: 'Director and deputy director (personnel)',
};
export const PERSONNEL = { id: 'personnel-group', th: 'กลุ่มบริหารงานบุคคล', en: 'Personnel group' };
export const STAFF = { id: 'staff', th: 'ข้าราชการครูและบุคลากรทางการศึกษา', en: 'Teacher or staff member' };
export const APPLICANT = {
  id: 'applicant',
  th: 'ข้าราชการครูและบุคลากรทางการศึกษา',
  en: 'Applicant (teacher or staff member)',
};
export const MOVER = { id: 'applicant', th: 'ผู้ประสงค์ขอย้าย', en: 'Person requesting transfer' };
export const SUPERIOR = { id: 'director', th: 'ผู้บังคับบัญชา', en: 'Superior' };
export const SCHOOL = { id: 'school', th: 'สถานศึกษา', en: 'School' };
export const ESA = { id: 'esa', th: 'สำนักงานเขตพื้นที่การศึกษา', en: 'Educational service area office (ESA)' };
export const ESA_HEAD = { id: 'esa', th: 'ผอ.สพท. / หัวหน้าส่วนราชการ', en: 'ESA director / head of agency' };
export const ESA_COMMITTEE = {
  id: 'esa-committee',
  th: 'อ.ก.ค.ศ. เขตพื้นที่การศึกษา',
  en: 'ESA sub-committee (อ.ก.ค.ศ.)',
};
export const AUTHORITY = {
  id: 'appointing-authority',
  th: 'ผู้มีอำนาจตามมาตรา 53',
  en: 'Appointing authority (s.53)',
};
export const KSP = { id: 'khurusapha', th: 'เจ้าหน้าที่คุรุสภา', en: "Teachers' Council (Khurusapha) staff" };
export const EVAL_COMMITTEE = { id: 'committee', th: 'คณะกรรมการประเมิน', en: 'Evaluation committee' };
export const INQUIRY_COMMITTEE = { id: 'committee', th: 'คณะกรรมการสอบสวน', en: 'Investigation committee' };

export const ACT_2547 = 'พ.ร.บ.ระเบียบข้าราชการครูและบุคลากรทางการศึกษา พ.ศ. 2547 และที่แก้ไขเพิ่มเติม';
export const RESIGN_ACT = `${ACT_2547} (ฉบับที่ 2) พ.ศ.2551 ม.53, 107, 108, 133`;
/** The OTEPC resignation regulation that sets the resignation limits (the manual quotes it, lines 537-549). */
export const RESIGN_REG = 'ระเบียบ ก.ค.ศ. ว่าด้วยการลาออกจากราชการของข้าราชการครูและบุคลากรทางการศึกษา พ.ศ. 2548';
export const MANPOWER_LEGAL = [
  ACT_2547,
  'มาตรการบริหารจัดการกำลังคนภาครัฐ (พ.ศ.2562-2565)',
  'ก.ค.ศ. ที่ ศธ 1305/467 (11 มิ.ย. 2545) เกณฑ์อัตรากำลังข้าราชการครู',
  'ก.ค.ศ. ที่ ศธ 0206.3/ว24 (24 ธ.ค. 2548) การปรับปรุงการกำหนดตำแหน่ง',
  'ก.ค.ศ. ที่ ศธ 0206.3/ว7 (13 พ.ค. 2551) การปรับปรุงการกำหนดตำแหน่ง',
  'ก.ค.ศ. ที่ ศธ 0206.3/ว19 (14 มิ.ย. 2555) การเกลี่ยอัตรากำลัง',
  'สพฐ. ที่ ศธ 04009/ว1916 (22 พ.ย. 2559) สำรวจครูตามวิชาเอก วางแผนอัตรากำลัง 10 ปี',
  'ก.ค.ศ. ที่ ศธ 0206.3/0635 (10 ต.ค. 2560) ชั่วโมงการปฏิบัติงาน',
  'ก.ค.ศ. ที่ ศธ 0206.6/ว23 (23 ธ.ค. 2563) เกณฑ์อัตรากำลังสถานศึกษา สังกัด สพฐ.',
  'ก.ค.ศ. ที่ ศธ 0206.4/ว3 (26 ม.ค. 2564) มาตรฐานตำแหน่งและวิทยฐานะ',
];
export const TRS_LEGAL = [
  `${ACT_2547} (ฉบับที่ 2) พ.ศ.2551 ม.53, 59, 133`,
  'ก.พ. ที่ สร 0705/ว15 (9 พ.ค. 2521) การสับเปลี่ยนหรือโอนอัตราเงินเดือน',
  'คำสั่งหัวหน้า คสช. ที่ 19/2560 (3 เม.ย. 2560)',
  'ประกาศคณะกรรมการขับเคลื่อนการปฏิรูปการศึกษาของ ศธ. ในภูมิภาค (7 เม.ย. 2560)',
  'ก.ค.ศ. ที่ ศธ 0206.4/ว5 (12 ก.พ. 2567)',
  'ก.ค.ศ. ที่ ศธ 0206.4/ว24 (4 ธ.ค. 2567)',
  'ก.ค.ศ. ที่ ศธ 0206.4/ว4 (19 มิ.ย. 2568)',
];
export const DISCIPLINE_LEGAL = [
  ACT_2547,
  'กฎ ก.ค.ศ. ว่าด้วยการสอบสวนพิจารณา พ.ศ. 2550',
  'กฎ ก.ค.ศ. ว่าด้วยกรณีความผิดที่ปรากฏชัดแจ้ง พ.ศ. 2549',
  'กฎ ก.ค.ศ. ว่าด้วยอำนาจการลงโทษภาคทัณฑ์ ตัดเงินเดือน หรือลดขั้นเงินเดือน',
  'ระเบียบ ก.ค.ศ. ว่าด้วยวิธีการออกคำสั่งเกี่ยวกับการลงโทษทางวินัย พ.ศ. 2548',
  'ระเบียบ ก.ค.ศ. ว่าด้วยวันออกจากราชการ พ.ศ. 2548',
  'กฎ ก.ค. ฉบับที่ 22 (พ.ศ. 2542) ว่าด้วยการสั่งพักราชการและการให้ออกจากราชการไว้ก่อน',
  'กฎ ก.พ. ฉบับที่ 11 (พ.ศ. 2539) ว่าด้วยการสั่งพักราชการและการสั่งให้ออกจากราชการไว้ก่อน',
];
export const ACADEMIC_LEGAL = [
  'หลักเกณฑ์ ก.ค.ศ. ว 9/2564 (ตำแหน่งครู)',
  'หลักเกณฑ์ ก.ค.ศ. ว 10/2564 (ตำแหน่งผู้บริหารสถานศึกษา)',
  'สพฐ. ที่ ศธ 04346/3597 (6 ก.ย. 2564) ตัวชี้วัดและคู่มือตามหลักเกณฑ์',
  'สพฐ. ที่ ศธ 04346/426 (2 ก.พ. 2565) แนวทางการดำเนินการตามหลักเกณฑ์',
  'ก.ค.ศ. ที่ ศธ 0206.3/ว9 (20 พ.ค. 2564)',
  'ก.ค.ศ. ที่ ศธ 0206.3/ว10 (20 พ.ค. 2564)',
];
export const RECORDS_LEGAL = ['ระเบียบ ก.ค.ศ. ว่าด้วยระบบทะเบียนประวัติข้าราชการครูและบุคลากรทางการศึกษา พ.ศ. 2555'];
export const SALARY_ROUNDS = {
  type: 'annual' as const,
  dates: [
    { month: 4, day: 1 },
    { month: 10, day: 1 },
  ],
};

/** Salaries and wages rise in the same two rounds, each with its headcount date (003 line 752). */
export const SALARY_ROUND_BRANCH = {
  id: 'headcount',
  th: 'รอบการเลื่อน',
  en: 'Increment round',
  options: [
    {
      id: 'count-staff-mar',
      th: 'รอบ 1 เมษายน (ตรวจนับ 1 มีนาคม)',
      en: '1 April round (headcount on 1 March)',
    },
    {
      id: 'count-staff-sep',
      th: 'รอบ 1 ตุลาคม (ตรวจนับ 1 กันยายน)',
      en: '1 October round (headcount on 1 September)',
    },
  ],
  added: 'issue 15: the re-audit against the manual',
};

export type Procedure = Manual['procedures'][number];
