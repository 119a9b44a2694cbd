import { describe, expect, it } from 'vitest';
import { MANUAL_002 } from '../../../src/core/catalog/data/m002';
import type { Deadline } from '../../../src/core/catalog/schema';
import { describeFacts, describeManualStructure } from './manual-structure';

const procedures = MANUAL_002.procedures;

describeManualStructure(MANUAL_002);

const byQuarter: Deadline = { kind: 'calendar', at: { type: 'quarter-end', field: 'planned-quarter' } };
const monthEnd = (...months: number[]): Deadline => ({
  kind: 'calendar',
  at: { type: 'month-end', months },
});

// [procedure, step, deadline, substring of the manual's words (undefined: none printed)]
const facts: [string, string, Deadline, string | undefined][] = [
  // line 818: workload request "พ.ย.66" (Q1 column)
  ['002-manpower-data-and-committee', 'request-workload-nov', monthEnd(11), 'พ.ย.66'],
  // line 818: "10 มิ.ย.67" (Q3 column), the plan's only exact day
  [
    '002-manpower-data-and-committee',
    'request-workload-jun',
    { kind: 'calendar', at: { type: 'annual', month: 6, day: 10 } },
    '10 มิ.ย.67',
  ],
  // line 816: manpower committee "ธ.ค..66" / "เม.ย.67" / "ก.ค.-ก.ย.67"
  ['002-manpower-data-and-committee', 'committee-dec', monthEnd(12), 'ธ.ค.'],
  ['002-manpower-data-and-committee', 'committee-apr', monthEnd(4), 'เม.ย.67'],
  ['002-manpower-data-and-committee', 'committee-q4', monthEnd(7, 8, 9), 'ก.ค.-ก.ย.67'],
  // line 817: area อ.ก.ค.ศ. every quarter
  ['002-area-personnel-subcommission-meeting', 'hold-meeting', byQuarter, 'เม.ย.-มิ.ย.67'],
  // line 819: teacher transfer qualification check, "ปีละ 2 ครั้ง", Q2 and Q4
  ['002-teacher-transfer-round', 'check-qualifications', byQuarter, 'ปีละ 2 ครั้ง'],
  // line 834: teacher transfer screening (1.13)
  ['002-teacher-transfer-round', 'screening', byQuarter, 'ก.ค.-ก.ย.67'],
  // line 835: supervisor screening "ปีละ 2 ครั้ง จำนวน 2 รอบ"
  ['002-supervisor-transfer-screening', 'screening', byQuarter, 'จำนวน 2 รอบ'],
  // line 825: administrator screening (1.7), "(เพิ่มเติม) จำนวน 2 ครั้ง", Q1 and Q2
  ['002-school-administrator-transfer-round', 'screening', byQuarter, 'จำนวน 2 ครั้ง'],
  // line 826: director assessment round 1 in "เม.ย.-มิ.ย.67"
  ['002-administrator-performance-assessment', 'assess-round-1', monthEnd(4, 5, 6), 'เม.ย.-มิ.ย.67'],
  // line 827: salary budget-pool committee, Q2 and Q4
  ['002-salary-increment-round', 'budget-pool', byQuarter, 'ม.ค.-มี.ค.67'],
  // line 899/900: project 2.1 activity 1, ticked in "ไตรมาสที่ 1 (ต.ค.-ธ.ค.66)"
  ['002-office-staff-ethics-award', 'present-award', monthEnd(10, 11, 12), 'ต.ค.-ธ.ค.66'],
  // line 903/914: activity 2, cluster chairs select
  ['002-outstanding-teacher-administrator-award', 'cluster-selection', monthEnd(10, 11, 12), 'ไตรมาสที่ 1'],
  // line 847: project 2.2 in Q2 "ม.ค.-มี.ค.67"
  ['002-new-teacher-competency-project', 'run-project', monthEnd(1, 2, 3), 'ม.ค.-มี.ค.67'],
  // line 1013: project 2.3 step 4, 60,000 baht in "ไตรมาสที่ 3 (เม.ย.-มิ.ย.67)"
  ['002-office-staff-development-project', 'group-development', monthEnd(4, 5, 6), 'เม.ย.-มิ.ย.67'],
  // line 1010: project 2.3 step 1, no quarter marked
  ['002-office-staff-development-project', 'request-approval', { kind: 'none' }, undefined],
  // line 711: evaluation "เป็นไปตามกำหนดเวลา": a policy statement of a checklist, no due date of its own
  ['002-performance-evaluation-and-use', 'evaluate-on-schedule', { kind: 'none' }, 'เป็นไปตามกำหนดเวลา'],
  // line 659: recruitment "ให้ทันต่อการเปลี่ยนแปลงหรือการสูญเสียกำลังคน", no date
  ['002-recruitment-selection-appointment', 'recruit-in-time', { kind: 'none' }, 'การสูญเสียกำลังคน'],
  // line 695: career path 4.4, no time standard
  ['002-career-path-guideline', 'control-evaluation', { kind: 'none' }, undefined],
  // line 723: ethics 7.3 integrity declaration and No Gift Policy, no time standard
  ['002-ethics-discipline-guideline', 'integrity-no-gift', { kind: 'none' }, undefined],
  // line 1038: approval by the director, no time standard
  ['002-project-proposal-approval', 'approve', { kind: 'none' }, undefined],
];

describeFacts(
  MANUAL_002,
  facts.map(([proc, step, deadline, words]) => ({ proc, step, deadline, words: words ?? null })),
);

describe('manual 002 (สพม.ลำปาง ลำพูน, HR plan FY2567)', () => {
  it('includes the policy sections the extract missed (4 career path, 7 ethics) as checklists', () => {
    const career = procedures.find((p) => p.id === '002-career-path-guideline');
    const ethics = procedures.find((p) => p.id === '002-ethics-discipline-guideline');
    expect(career?.checklist).toBe(true);
    expect(career?.steps).toHaveLength(5); // items 4.1–4.5, lines 689–697
    expect(career?.source.lines).toEqual([685, 697]);
    expect(ethics?.checklist).toBe(true);
    expect(ethics?.steps).toHaveLength(4); // items 7.1–7.4, lines 719–725
    expect(ethics?.source.lines).toEqual([715, 725]);
  });

  it('starts each salary round on the first day of its printed window, not on an unprinted date (827-830)', () => {
    const p = procedures.find((x) => x.id === '002-salary-increment-round')!;
    expect(p.recurrence).toEqual({
      type: 'annual',
      dates: [
        { month: 1, day: 1 },
        { month: 7, day: 1 },
      ],
    });
    expect(p.notes.join(' ')).not.toMatch(/1 April|1 October/);
  });

  it("says that the project 2.1 pages carry another office's page header (lines 891, 910)", () => {
    const proposal = procedures.find((x) => x.id === '002-project-proposal-approval')!;
    expect(proposal.notes.join(' ')).toMatch(/สกลนคร \(lines 891, 910\)/);
    for (const id of [
      '002-office-staff-ethics-award',
      '002-outstanding-teacher-administrator-award',
      '002-wpa-competency-training',
      '002-cefr-english-training',
    ])
      expect(procedures.find((x) => x.id === id)!.notes.join(' '), id).toMatch(/สกลนคร/);
  });

  it('has no effort minutes and no after/before deadlines (a plan by quarter)', () => {
    for (const p of procedures) {
      for (const s of p.steps) {
        expect(s.effortMinutes).toBeUndefined();
        expect(['calendar', 'manual', 'none']).toContain(s.deadline.kind);
      }
    }
  });
});
