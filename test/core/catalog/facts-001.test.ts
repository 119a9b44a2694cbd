import { describe, expect, it } from 'vitest';
import { branchesOf } from '../../../src/core/catalog/branches';
import { MANUAL_001 } from '../../../src/core/catalog/data/m001';
import type { Deadline } from '../../../src/core/catalog/schema';
import {
  describeFacts,
  describeManualStructure,
  describeUnitFacts,
  findProcedure,
  kindOf,
  type UnitFact,
} from './manual-structure';

describeManualStructure(MANUAL_001);

type Fact = [procedure: string, step: string, deadline: Deadline, words: string | null];

// Facts read from seeds/001_62f234584c2bf03b.txt (line numbers in the comments).
const FACTS: Fact[] = [
  // 174: ESA director evaluation, row ๑ "๑ วัน" from receipt of the appointment order
  [
    '001-perf-eval-esa-director',
    'receive-order',
    { kind: 'after', n: 1, unit: 'days', from: { type: 'start' } },
    '๑ วัน',
  ],
  // 178: round 1 at 6 months after appointment
  [
    '001-perf-eval-esa-director',
    'evaluate-6m',
    { kind: 'after', n: 6, unit: 'months', from: { type: 'field', field: 'appointment-date' } },
    'รอบ ๖ เดือน',
  ],
  // 178: round 2 at 12 months after appointment
  [
    '001-perf-eval-esa-director',
    'evaluate-12m',
    { kind: 'after', n: 12, unit: 'months', from: { type: 'field', field: 'appointment-date' } },
    'รอบ ๑๒ เดือน',
  ],
  // 179: summary and report to the OBEC Secretary-General "๑๕ วัน"
  [
    '001-perf-eval-esa-director',
    'report-obec',
    { kind: 'after', n: 15, unit: 'days', from: { type: 'previous' } },
    '๑๕ วัน',
  ],
  // 283: the deputy's table has the same 15 days
  [
    '001-perf-eval-esa-deputy-director',
    'report-obec',
    { kind: 'after', n: 15, unit: 'days', from: { type: 'previous' } },
    '๑๕ วัน',
  ],
  // 334: school director, 1-year round "รอบระยะเวลา ๑ ปี" = 12 months after appointment
  [
    '001-perf-eval-school-director',
    'evaluate-12m',
    { kind: 'after', n: 12, unit: 'months', from: { type: 'field', field: 'appointment-date' } },
    'รอบระยะเวลา ๑ ปี',
  ],
  // 449: deputy school director, row ๔ "๑๕ วัน"
  [
    '001-perf-eval-school-deputy-director',
    'coaching',
    { kind: 'after', n: 15, unit: 'days', from: { type: 'previous' } },
    '๑๕ วัน',
  ],
  // 535: research, row ๑ "๑ เดือน" from the start
  [
    '001-research-and-network-building',
    'prepare-project',
    { kind: 'after', n: 1, unit: 'months', from: { type: 'start' } },
    '๑ เดือน',
  ],
  // 538: research fieldwork "๖ เดือน"
  [
    '001-research-and-network-building',
    'conduct-research',
    { kind: 'after', n: 6, unit: 'months', from: { type: 'previous' } },
    '๖ เดือน',
  ],
  // 609: honours, selection "๒ สัปดาห์"
  [
    '001-honouring-teachers-and-personnel',
    'select',
    { kind: 'after', n: 2, unit: 'weeks', from: { type: 'previous' } },
    '๒ สัปดาห์',
  ],
  // 678: professional standards, row ๓ "ตามมาตรฐาน ที่คุรุสภากำหนด": a period someone else sets
  ['001-professional-standards-ethics-development', 'support-development', { kind: 'manual' }, 'ที่คุรุสภากำหนด'],
  // 794: type B, semester report within 30 days of the semester opening (study-leave rule: calendar days)
  [
    '001-study-leave-domestic-regular-type-b',
    'semester-report',
    { kind: 'after', n: 30, unit: 'calendar-days', from: { type: 'field', field: 'semester-open' } },
    'ภายใน ๓๐ วันนับจากวันเปิดภาคการศึกษา',
  ],
  // 790: type B, the study-leave order has no time standard
  ['001-study-leave-domestic-regular-type-b', 'issue-order', { kind: 'none' }, null],
  // 1055: type A, dispatch letter "๑๕ วัน"
  [
    '001-study-leave-domestic-regular-type-a',
    'dispatch-letter',
    { kind: 'after', n: 15, unit: 'days', from: { type: 'previous' } },
    '๑๕ วัน',
  ],
  // 1115: abroad, second approval "๒ สัปดาห์"
  [
    '001-study-leave-abroad',
    'propose-leave',
    { kind: 'after', n: 2, unit: 'weeks', from: { type: 'previous' } },
    '๒ สัปดาห์',
  ],
  // 798: extension evidence at least 30 days before the contract ends
  [
    '001-study-leave-extension',
    'submit-request',
    { kind: 'before', n: 30, unit: 'calendar-days', field: 'contract-end' },
    'ก่อนสิ้นสุดสัญญาไม่น้อยกว่า ๓๐ วัน',
  ],
  // 764: report back for duty "ทันที" once the course or permitted period ends
  [
    '001-study-leave-return-to-duty',
    'report-back',
    { kind: 'after', n: 0, unit: 'days', from: { type: 'field', field: 'study-end' } },
    'ทันที',
  ],
  // 768: thesis within 45 days of graduation
  [
    '001-study-leave-return-to-duty',
    'submit-thesis',
    { kind: 'after', n: 45, unit: 'calendar-days', from: { type: 'field', field: 'graduation-date' } },
    'ภายใน ๔๕ วัน',
  ],
  // 1072: report the return to OBEC "๑ วัน" after reporting back
  [
    '001-study-leave-return-to-duty',
    'report-obec',
    { kind: 'after', n: 1, unit: 'days', from: { type: 'step', step: 'report-back' } },
    '๑ วัน',
  ],
  // 1170: training abroad, notify OBEC within one month of sending the approval
  [
    '001-training-research-visit-abroad',
    'notify-obec',
    { kind: 'after', n: 1, unit: 'months', from: { type: 'step', step: 'propose-director' } },
    'ภายในหนึ่งเดือนนับแต่วันที่ส่งอนุมัติ',
  ],
  // 1186: training, orders "๕ วัน"
  [
    '001-training-research-visit-domestic',
    'issue-order',
    { kind: 'after', n: 5, unit: 'days', from: { type: 'previous' } },
    '๕ วัน',
  ],
  // 1261: development plan approval "๓ วัน"
  [
    '001-teacher-development-plan',
    'request-approval',
    { kind: 'after', n: 3, unit: 'days', from: { type: 'previous' } },
    '๓ วัน',
  ],
];

describeFacts(
  MANUAL_001,
  FACTS.map(([proc, step, deadline, words]) => ({ proc, step, deadline, words })),
);

// Every calendar-day limit (each names its rule and line) and examples of the office's own standards.
const STUDY_RULE = 'ระเบียบกระทรวงศึกษาธิการว่าด้วยการไปศึกษาเพิ่มเติม';
const UNIT_FACTS: UnitFact[] = [
  // 794, 856, 915: the semester report within 30 days of the semester opening, a duty the study rules
  // (the manual's ๘.๑) lay on the official on leave
  {
    proc: '001-study-leave-domestic-regular-type-b',
    step: 'semester-report',
    line: 794,
    rule: 'law',
    source: STUDY_RULE,
  },
  {
    proc: '001-study-leave-domestic-part-time',
    step: 'semester-report',
    line: 856,
    rule: 'law',
    source: STUDY_RULE,
  },
  {
    proc: '001-study-leave-domestic-summer',
    step: 'semester-report',
    line: 915,
    rule: 'law',
    source: STUDY_RULE,
  },
  // 798: extension at least 30 days before the contract ends (abroad: the PM's regulation, line 938)
  { proc: '001-study-leave-extension', step: 'submit-request', line: 798, rule: 'law', source: STUDY_RULE },
  // 768: thesis within 45 days of graduation
  {
    proc: '001-study-leave-return-to-duty',
    step: 'submit-thesis',
    line: 768,
    rule: 'law',
    source: STUDY_RULE,
  },
  // 1081: part-time row ๑, "๕ วัน": the office's own standard, also for the graduation report (line 832)
  {
    proc: '001-study-leave-domestic-part-time',
    step: 'receive-request',
    line: 1081,
    rule: 'office-standard',
  },
  {
    proc: '001-study-leave-domestic-part-time',
    step: 'report-graduation',
    line: 1081,
    rule: 'office-standard',
  },
  // 1055, 1183: the standards tables' "๑๕ วัน", "๓ วัน"
  {
    proc: '001-study-leave-domestic-regular-type-a',
    step: 'dispatch-letter',
    line: 1055,
    rule: 'office-standard',
  },
  {
    proc: '001-training-research-visit-domestic',
    step: 'check-documents',
    line: 1183,
    rule: 'office-standard',
  },
];

describeUnitFacts(MANUAL_001, UNIT_FACTS);

describe('001 part-time study: two cases, chosen per case (lines 822-880)', () => {
  const p = findProcedure(MANUAL_001, '001-study-leave-domestic-part-time');
  const [branch] = branchesOf(p);

  it('has one branch, "use of official time", with the manual\'s two cases', () => {
    expect(branchesOf(p)).toHaveLength(1);
    expect(branch!.options.map((o) => o.th)).toEqual(['ไม่ใช้เวลาราชการ', 'ใช้เวลาราชการบางส่วน']);
  });

  it('without official time (822-832): the receipt and the graduation report only', () => {
    const none = branch!.options.find((o) => o.id === 'none')!;
    expect(none.steps).toEqual(['report-graduation']);
    expect(p.steps[0]!.branch).toBeUndefined(); // the receipt (row ๑) belongs to both cases
  });

  it('partly in official time (834-880): the full study-leave steps', () => {
    const partly = branch!.options.find((o) => o.id === 'partly')!;
    expect(partly.steps).toEqual([
      'check-eligibility',
      'propose-leave',
      'sign-contract',
      'issue-order',
      'dispatch-letter',
      'semester-report',
      'report-return',
    ]);
  });
});

describe('manual 001 catalogue', () => {
  it('has every procedure of the manual', () => {
    expect(MANUAL_001.procedures).toHaveLength(18);
  });

  it('the facts show every kind of deadline of manual 001, and it has no calendar or effort', () => {
    const kinds = new Set(FACTS.map(([, , d]) => kindOf(d)));
    for (const k of [
      'after-start',
      'after-previous',
      'after-step',
      'after-field',
      'before',
      'manual',
      'none',
    ]) {
      expect(kinds.has(k), k).toBe(true);
    }
    // 001 has no calendar windows and no touch-time in minutes.
    const all = MANUAL_001.procedures.flatMap((p) => p.steps);
    expect(all.some((s) => s.deadline.kind === 'calendar')).toBe(false);
    expect(all.some((s) => s.effortMinutes !== undefined)).toBe(false);
  });
});
