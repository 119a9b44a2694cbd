import { describe, expect, it } from 'vitest';
import { MANUAL_000 as M } from '../../../src/core/catalog/data/m000';
import { describeFacts, describeManualStructure, findProcedure, type PrintedFact } from './manual-structure';

describeManualStructure(M);

// Each row is checked against seeds/000_c0fd10c200f1c587.txt (line in the comment).
const FACTS: PrintedFact[] = [
  // 167: ปฏิบัติทันที (on OBEC's invitation letter)
  {
    proc: '000-nominate-staff-external-training',
    step: 'receive-letter',
    deadline: { kind: 'after', n: 0, unit: 'days', from: { type: 'start' } },
    words: 'ปฏิบัติทันที',
  },
  // 169: ภายใน ๑ วัน แจ้งโรงเรียนในสังกัดทราบ
  {
    proc: '000-nominate-staff-external-training',
    step: 'notify-schools',
    deadline: { kind: 'after', n: 1, unit: 'days', from: { type: 'previous' } },
    words: 'ภายใน ๑ วัน แจ้งโรงเรียน',
  },
  // 170: ภายใน ๓-๕ วัน ให้แจ้งรายชื่อผู้เข้าร่วมฝึกอบรมฯ
  {
    proc: '000-nominate-staff-external-training',
    step: 'schools-reply',
    deadline: { kind: 'after', n: 5, nMin: 3, unit: 'days', from: { type: 'previous' } },
    words: 'ภายใน ๓-๕ วัน',
  },
  // 171: ภายใน ๑ วัน หลังจากได้รับรายชื่อ ... จากโรงเรียนในสังกัด
  {
    proc: '000-nominate-staff-external-training',
    step: 'send-reply-forms',
    deadline: { kind: 'after', n: 1, unit: 'days', from: { type: 'previous' } },
    words: 'ภายใน ๑ วัน หลังจากได้รับรายชื่อ',
  },
  // 153: ภายใน ๒ วัน นับจาก สพฐ.แจ้งแนวปฏิบัติให้ สพป.ทราบ
  {
    proc: '000-pre-academic-standing-development',
    step: 'publicise-guidelines',
    deadline: { kind: 'after', n: 2, unit: 'days', from: { type: 'field', field: 'guidelines-notified' } },
    words: 'ภายใน ๒ วัน นับจาก สพฐ.แจ้งแนวปฏิบัติ',
  },
  // 154: ภายในวันที่ ๕ ของทุกเดือน
  {
    proc: '000-pre-academic-standing-development',
    step: 'schools-submit',
    deadline: { kind: 'calendar', at: { type: 'day-of-month', day: 5 } },
    words: 'ภายในวันที่ ๕ ของทุกเดือน',
  },
  // 156: ภายใน ๑ วัน นับจากโรงเรียนส่งแบบคำขอ (counted from the school's submission, not from step 3)
  {
    proc: '000-pre-academic-standing-development',
    step: 'propose-superiors',
    deadline: { kind: 'after', n: 1, unit: 'days', from: { type: 'step', step: 'schools-submit' } },
    words: 'นับจากโรงเรียนส่งแบบคำขอ',
  },
  // 157: ภายในวันที่ ๑๐ ของทุกเดือน
  {
    proc: '000-pre-academic-standing-development',
    step: 'send-university',
    deadline: { kind: 'calendar', at: { type: 'day-of-month', day: 10 } },
    words: 'ภายในวันที่ ๑๐ ของทุกเดือน',
  },
  // 158: ภายใน ๑ วัน นับจากสถาบันอุดมศึกษา แจ้งผลการพัฒนาให้ สพป.ทราบ
  {
    proc: '000-pre-academic-standing-development',
    step: 'record-results',
    deadline: { kind: 'after', n: 1, unit: 'days', from: { type: 'field', field: 'university-result-date' } },
    words: 'นับจากสถาบันอุดมศึกษา แจ้งผลการพัฒนา',
  },
  // 181: ภายใน ๓ วัน หลังจากได้รับประกาศผลการคัดเลือกฯ จาก ศธจ.
  {
    proc: '000-school-director-pre-appointment-assessment',
    step: 'receive-selection',
    deadline: { kind: 'after', n: 3, unit: 'days', from: { type: 'start' } },
    words: 'ภายใน ๓ วัน หลังจากได้รับประกาศผลการคัดเลือกฯ',
  },
  // 185: ประเมินสัมฤทธิผลการปฏิบัติงาน ระยะ ๖ เดือน
  {
    proc: '000-school-director-pre-appointment-assessment',
    step: 'evaluate-6m',
    deadline: { kind: 'after', n: 6, unit: 'months', from: { type: 'field', field: 'assessment-start' } },
    words: '๖ เดือน',
  },
  // 185: ... และระยะเวลา ๑๒ เดือน
  {
    proc: '000-school-director-pre-appointment-assessment',
    step: 'evaluate-12m',
    deadline: { kind: 'after', n: 12, unit: 'months', from: { type: 'field', field: 'assessment-start' } },
    words: '๑๒ เดือน',
  },
  // 187: ภายใน ๑ วัน หลังจากทราบผลการพัฒนาจาก ศธจ.
  {
    proc: '000-school-director-pre-appointment-assessment',
    step: 'notify-sections',
    deadline: { kind: 'after', n: 1, unit: 'days', from: { type: 'field', field: 'peo-result-date' } },
    words: 'หลังจากทราบผลการพัฒนาจาก ศธจ.',
  },
  // 130: ภายในไตรมาสที่เสนอขอในโครงการ
  {
    proc: '000-needs-based-training',
    step: 'run-in-quarter',
    deadline: { kind: 'calendar', at: { type: 'quarter-end', field: 'planned-quarter' } },
    words: 'ภายในไตรมาสที่เสนอขอในโครงการ',
  },
  // 132: ภายใน ๑๐ วัน หลังจากมีข้อมูลเรียบร้อยแล้ว
  {
    proc: '000-needs-based-training',
    step: 'appoint-committees',
    deadline: { kind: 'after', n: 10, unit: 'days', from: { type: 'previous' } },
    words: 'ภายใน ๑๐ วัน',
  },
  // 133: ภายใน ๕ วัน หลังจากคณะกรรมการที่เกี่ยวข้องทราบคำสั่งแต่งตั้งคณะกรรมการ
  {
    proc: '000-needs-based-training',
    step: 'planning-meeting',
    deadline: { kind: 'after', n: 5, unit: 'days', from: { type: 'previous' } },
    words: 'ภายใน ๕ วัน',
  },
  // 135: ดำเนินการทันทีหลังการฝึกอบรม
  {
    proc: '000-needs-based-training',
    step: 'evaluate-project',
    deadline: { kind: 'after', n: 0, unit: 'days', from: { type: 'previous' } },
    words: 'ทันทีหลังการฝึกอบรม',
  },
  // 144: ภายใน ๓ วัน หลังจากดำเนินการจัดทำร่างแผนพัฒนาครูฯ แล้วเสร็จ
  {
    proc: '000-teacher-development-plan',
    step: 'appoint-committee',
    deadline: { kind: 'after', n: 3, unit: 'days', from: { type: 'previous' } },
    words: 'ภายใน ๓ วัน หลังจากดำเนินการจัดทำร่าง',
  },
  // 208: ภายใน ๑-๓ วัน (once the admitted applicant brings the documents)
  {
    proc: '000-study-leave',
    step: 'draw-contracts',
    deadline: {
      kind: 'after',
      n: 3,
      nMin: 1,
      unit: 'days',
      from: { type: 'field', field: 'documents-received' },
    },
    words: 'ภายใน ๑-๓ วัน',
  },
  // 209: ภายใน ๑-๒ วัน
  {
    proc: '000-study-leave',
    step: 'referral-letter',
    deadline: { kind: 'after', n: 2, nMin: 1, unit: 'days', from: { type: 'previous' } },
    words: 'ภายใน ๑-๒ วัน',
  },
  // 195: ดำเนินการตามปฏิทินที่กำหนด
  {
    proc: '000-teacher-honours',
    step: 'appoint-committee',
    deadline: { kind: 'manual' },
    words: 'ตามปฏิทินที่กำหนด',
  },
  // 112: ดำเนินการให้แล้วเสร็จตามปฏิทินที่สพฐ.กำหนด
  {
    proc: '000-staff-supervision-monitoring',
    step: 'supervise-work',
    deadline: { kind: 'manual' },
    words: 'ตามปฏิทินที่สพฐ.กำหนด',
  },
  // 105: ประชุมบุคลากรในกลุ่ม ... เดือนละ ๒ ครั้ง (a frequency, no date)
  {
    proc: '000-staff-advice',
    step: 'group-meeting',
    deadline: { kind: 'none' },
    words: 'เดือนละ ๒ ครั้ง',
  },
  // 267: งานธุรการ — ปฏิบัติทันที
  {
    proc: '000-admin-correspondence',
    step: 'handle-task',
    deadline: { kind: 'after', n: 0, unit: 'days', from: { type: 'start' } },
    words: 'ปฏิบัติทันที',
  },
  // 98: มีการให้ความเห็น ประกอบการพิจารณา แก่ผู้บังคับบัญชา (no time standard)
  {
    proc: '000-work-screening-before-submission',
    step: 'propose-with-opinion',
    deadline: { kind: 'none' },
    words: null,
  },
];

describeFacts(M, FACTS);

describe('manual 000: procedures', () => {
  it('has the 13 distinct procedures (two printed duplicates merged)', () => {
    expect(M.procedures).toHaveLength(13);
  });

  it('the merged duplicates are not listed twice', () => {
    expect(M.procedures.some((p) => p.id.endsWith('-admin-officer'))).toBe(false);
  });

  it('the monthly round recurs on the 5th', () => {
    const p = findProcedure(M, '000-pre-academic-standing-development');
    expect(p.recurrence).toEqual({ type: 'monthly', day: 5 });
  });
});
