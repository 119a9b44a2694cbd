import { describe, expect, it } from 'vitest';
import { MANUAL_004 as M } from '../../../src/core/catalog/data/m004';
import { describeFacts, describeManualStructure, findProcedure, type PrintedFact } from './manual-structure';

const PLAN = '004-annual-action-plan';

describeManualStructure(M);

// Each row is checked against seeds/004_d53ecb354eded616.txt (line in the comment).
const FACTS: PrintedFact[] = [
  // 43: รับทราบนโยบายและงบประมาณที่ได้รับจัดสรร ... (เดือนตุลาคม)
  {
    proc: PLAN,
    step: 'study-policy-budget',
    deadline: { kind: 'calendar', at: { type: 'month-end', months: [10] } },
    words: 'เดือนตุลาคม',
  },
  // 44: มีกลยุทธ์ แผนงาน/งาน/โครงการ ... (เดือนตุลาคม)
  {
    proc: PLAN,
    step: 'review-strategies',
    deadline: { kind: 'calendar', at: { type: 'month-end', months: [10] } },
    words: 'เดือนตุลาคม',
  },
  // 45: มีเป้าหมายการพัฒนา ... (เดือนตุลาคม)
  {
    proc: PLAN,
    step: 'set-targets',
    deadline: { kind: 'calendar', at: { type: 'month-end', months: [10] } },
    words: 'เดือนตุลาคม',
  },
  // 46: แผนปฏิบัติการประจำปี สอดคล้องกับ ... (เดือนตุลาคม-ธันวาคม)
  {
    proc: PLAN,
    step: 'draft-plan',
    deadline: { kind: 'calendar', at: { type: 'month-end', months: [10, 11, 12] } },
    words: 'เดือนตุลาคม-ธันวาคม',
  },
  // 49: row 5 (PEC approval): its printed standard belongs to publication; no window of its own
  { proc: PLAN, step: 'propose-pec', deadline: { kind: 'none' }, words: null },
  // 49: เผยแพร่ ประชาสัมพันธ์ แผนปฏิบัติการ ประจำปี ... (เดือนธันวาคม- มกราคม), printed one row up
  {
    proc: PLAN,
    step: 'publish-plan',
    deadline: { kind: 'calendar', at: { type: 'month-end', months: [12, 1] } },
    words: 'เดือนธันวาคม- มกราคม',
  },
  // 50: แผนปฏิบัติการประจำปีของสถานศึกษา ... (เดือนตุลาคม-ธันวาคม), printed one row up
  {
    proc: PLAN,
    step: 'support-school-plans',
    deadline: { kind: 'calendar', at: { type: 'month-end', months: [10, 11, 12] } },
    words: 'เดือนตุลาคม-ธันวาคม',
  },
  // 52: ๘.๑ ไตรมาสที่ ๑ (ตุลาคม-ธันวาคม)
  {
    proc: PLAN,
    step: 'report-q1',
    deadline: { kind: 'calendar', at: { type: 'quarter-end', quarter: 1 } },
    words: 'ไตรมาสที่ ๑ (ตุลาคม-ธันวาคม)',
  },
  // 52: ๘.๒ ไตรมาสที่ ๒ (มกราคม-มีนาคม)
  {
    proc: PLAN,
    step: 'report-q2',
    deadline: { kind: 'calendar', at: { type: 'quarter-end', quarter: 2 } },
    words: 'ไตรมาสที่ ๒ (มกราคม-มีนาคม)',
  },
  // 52: ๘.๓ ไตรมาสที่ ๓ (เมษายน-มิถุนายน)
  {
    proc: PLAN,
    step: 'report-q3',
    deadline: { kind: 'calendar', at: { type: 'quarter-end', quarter: 3 } },
    words: 'ไตรมาสที่ ๓ (เมษายน-มิถุนายน)',
  },
  // 52: ๘.๔ ไตรมาสที่ ๔ (กรกฎาคม-กันยายน)
  {
    proc: PLAN,
    step: 'report-q4',
    deadline: { kind: 'calendar', at: { type: 'quarter-end', quarter: 4 } },
    words: 'ไตรมาสที่ ๔ (กรกฎาคม-กันยายน)',
  },
  // 81: บันทึกเสนอผู้บังคับบัญชา (ดำเนินการภายใน ๑ วัน)
  {
    proc: '004-group-correspondence-coordination-meetings',
    step: 'memo-superior',
    deadline: { kind: 'after', n: 1, unit: 'days', from: { type: 'previous' } },
    words: 'ดำเนินการภายใน ๑ วัน',
  },
  // 80: ดำเนินการตลอดเวลา (continuous, no date)
  {
    proc: '004-group-correspondence-coordination-meetings',
    step: 'coordinate-services',
    deadline: { kind: 'none' },
    words: 'ดำเนินการตลอดเวลา',
  },
  // 34: นำเสนอแผนพัฒนาการจัดการศึกษาขั้นพื้นฐานขอความเห็นชอบต่อคณะกรรมการเขตพื้นที่การศึกษา (no time)
  {
    proc: '004-basic-education-development-plan',
    step: 'propose-esa-committee',
    deadline: { kind: 'none' },
    words: null,
  },
  // 61: ๔.๑-๔.๔ school action with the committee, the school and the community (no time)
  {
    proc: '004-school-establishment-merger-closure',
    step: 'carry-out-action',
    deadline: { kind: 'none' },
    words: null,
  },
];

describeFacts(M, FACTS);

describe('manual 004: procedures', () => {
  it('has the 6 procedures of the duty list (duty 3 as a checklist)', () => {
    expect(M.procedures).toHaveLength(6);
  });

  it('the annual action plan recurs every fiscal year', () => {
    expect(findProcedure(M, PLAN).recurrence).toEqual({ type: 'fiscal-year' });
  });

  it('duty 3, which has no SOP table, is a checklist', () => {
    expect(findProcedure(M, '004-provincial-strategy-integration').checklist).toBe(true);
  });
});
