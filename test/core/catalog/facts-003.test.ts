import { describe, expect, it } from 'vitest';
import { MANUAL_003 } from '../../../src/core/catalog/data/m003';
import {
  describeFacts,
  describeManualStructure,
  describeUnitFacts,
  findProcedure,
  kindOf,
  type StepFact,
  type UnitFact,
} from './manual-structure';

const procedure = (id: string) => findProcedure(MANUAL_003, id);

describeManualStructure(MANUAL_003);

/** words: substring of the step's words, when given; effort: its effortMinutes, when given. */
type Fact = StepFact & { words?: string; effort?: number };

const P = (id: string) => `003-${id}`;

// Facts read from the Thai original (seeds/003_3e7950c7bf3af2df.txt); the line is in each comment.
const FACTS: Fact[] = [
  // 557: resignation letter ไม่น้อยกว่า 30 วัน before the requested date (calendar days: OTEPC reg. 2548 cl. 3)
  {
    proc: P('resignation-leaving-service'),
    step: 'submit-letter',
    deadline: { kind: 'before', n: 30, unit: 'calendar-days', field: 'requested-date' },
    words: 'ไม่น้อยกว่า 30 วัน',
  },
  // 549: resignation for political office / election: at the latest on the resignation date (cl. 7)
  {
    proc: P('resignation-political-office'),
    step: 'submit-letter',
    deadline: { kind: 'before', n: 0, unit: 'calendar-days', field: 'requested-date' },
    words: 'อย่างช้าภายในวันที่ขอลาออก',
  },
  // 545: withholding at most 90 days, once only (528: counted from the requested date)
  {
    proc: P('resignation-leaving-service'),
    step: 'withholding-ends',
    deadline: {
      kind: 'after',
      n: 90,
      unit: 'calendar-days',
      from: { type: 'field', field: 'requested-date' },
    },
    words: 'ไม่เกิน 90 วัน',
  },
  // 564 (547: cl. 6, from the date of leaving service): notify within 7 days, calendar days like the
  // 30 and 90 days of the same regulation (was plain days)
  {
    proc: P('resignation-leaving-service'),
    step: 'notify',
    deadline: { kind: 'after', n: 7, unit: 'calendar-days', from: { type: 'field', field: 'leaving-date' } },
    words: 'ภายใน 7 วัน',
  },
  // 558: officer checks the form, 10 minutes of effort, no deadline
  {
    proc: P('resignation-leaving-service'),
    step: 'check-form',
    deadline: { kind: 'none' },
    words: '10 นาที',
    effort: 10,
  },
  // 432: student data before 10 June (and before 10 November)
  {
    proc: P('manpower-planning'),
    step: 'student-data-jun',
    deadline: { kind: 'calendar', at: { type: 'annual', month: 6, day: 10 } },
    words: 'ก่อน 10 มิ.ย.',
  },
  // 433: analysis within 7 days
  {
    proc: P('manpower-planning'),
    step: 'analyse',
    deadline: { kind: 'after', n: 7, unit: 'days', from: { type: 'previous' } },
    words: 'ภายใน 7 วัน',
  },
  // 437: manpower plan within the period set (by others)
  {
    proc: P('manpower-planning'),
    step: 'prepare-plan',
    deadline: { kind: 'manual' },
    words: 'ภายในระยะเวลาที่กำหนด',
  },
  // 504: staffing report to the ESA within 7 days of the request
  {
    proc: P('staff-allocation-recruitment-appointment'),
    step: 'report-esa',
    deadline: { kind: 'after', n: 7, unit: 'days', from: { type: 'start' } },
    words: 'ภายใน 7 วัน',
  },
  // 591: publicise transfer criteria before TRS opens (a date set each round)
  {
    proc: P('teacher-transfer-trs'),
    step: 'publicise',
    deadline: { kind: 'manual' },
    words: 'ก่อนระบบเปิดรับย้าย',
  },
  // 662: transfer documents within 3 working days (the manual's only วันทำการ standard), counted from
  // the transfer order of line 664
  {
    proc: P('teacher-transfer-trs-calendar'),
    step: 'release-documents',
    deadline: { kind: 'after', n: 3, unit: 'workdays', from: { type: 'step', step: 'transfer-order' } },
    words: 'ภายใน 3 วันทำการ',
  },
  // 664: the transfer order, "เมื่อ วันที่ 1 เมษายน 2568": a round date, typed in
  {
    proc: P('teacher-transfer-trs-calendar'),
    step: 'transfer-order',
    deadline: { kind: 'manual' },
    words: '1 เมษายน 2568',
  },
  // 606-610: by 8 January 2568, the ESA director explains the rules to school directors (garbled)
  {
    proc: P('teacher-transfer-trs-calendar'),
    step: 'esa-setup',
    deadline: { kind: 'manual' },
    words: 'ภายในวันที่ 8 มกราคม 2568',
  },
  // 752: headcount on 1 March for the 1 April salary round
  {
    proc: P('salary-step-increase'),
    step: 'count-staff-mar',
    deadline: { kind: 'calendar', at: { type: 'annual', month: 3, day: 1 } },
    words: 'ณ วันที่ 1 มีนาคม',
  },
  // 783: ESA sub-committee, 1 month
  {
    proc: P('salary-step-increase'),
    step: 'esa-committee',
    deadline: { kind: 'after', n: 1, unit: 'months', from: { type: 'previous' } },
    words: '1 เดือน',
  },
  // 887: personal leave form at least 3 days ahead
  {
    proc: P('leave-request'),
    step: 'submit-personal',
    deadline: { kind: 'before', n: 3, unit: 'days', field: 'leave-start' },
    words: 'ส่งใบลาล่วงหน้าอย่างน้อย 3 วัน',
    effort: 5,
  },
  // 894: maternity leave form at least 3 months before the due date of delivery
  {
    proc: P('leave-request'),
    step: 'submit-maternity',
    deadline: { kind: 'before', n: 3, unit: 'months', field: 'due-date-of-delivery' },
    words: 'ไม่น้อยกว่า 3 เดือน',
  },
  // 857: military selection: report the leave at least 48 hours before
  {
    proc: P('leave-request'),
    step: 'submit-military-selection',
    deadline: { kind: 'before', n: 48, unit: 'hours', field: 'selection-date' },
    words: '48 ชั่วโมง',
  },
  // 920: evaluation within 15 days
  {
    proc: P('performance-evaluation'),
    step: 'evaluate',
    deadline: { kind: 'after', n: 15, unit: 'days', from: { type: 'previous' } },
    words: 'ภายใน 15 วัน',
  },
  // 1041: appeal within 30 days of notice of the penalty order (calendar days by law)
  {
    proc: P('disciplinary-appeal'),
    step: 'lodge-appeal',
    deadline: {
      kind: 'after',
      n: 30,
      unit: 'calendar-days',
      from: { type: 'field', field: 'order-notified' },
    },
    words: 'นับแต่วันที่รับแจ้งคำสั่งลงโทษ',
  },
  // 1057: grievance within 30 days (anchor not stated: the case start)
  {
    proc: P('grievance'),
    step: 'lodge-grievance',
    deadline: { kind: 'after', n: 30, unit: 'calendar-days', from: { type: 'start' } },
    words: 'ภายใน 30 วัน',
  },
  // 1166: ESA proposes to its sub-committee within 1 month
  {
    proc: P('academic-standing-teacher'),
    step: 'esa-committee',
    deadline: { kind: 'after', n: 1, unit: 'months', from: { type: 'previous' } },
    words: 'ภายใน 1 เดือน',
  },
  // 1302: decorations: before the survey is filed (date set by the ESA)
  {
    proc: P('royal-decorations'),
    step: 'esa-survey',
    deadline: { kind: 'manual' },
    words: 'ก่อนยื่นแบบสำรวจ',
  },
  // 1304: applicant's request within 3 days
  {
    proc: P('royal-decorations'),
    step: 'submit-request',
    deadline: { kind: 'after', n: 3, unit: 'days', from: { type: 'previous' } },
    words: 'ภายใน 3 วัน',
  },
  // 1424: licence renewal 180 days before expiry, 15 minutes of effort
  {
    proc: P('teaching-licence-renewal'),
    step: 'apply-ksp',
    deadline: { kind: 'before', n: 180, unit: 'calendar-days', field: 'licence-expiry' },
    words: 'ก่อนหมดอายุ 180 วัน',
    effort: 15,
  },
  // 1441: ID card application within 30 days of the event
  {
    proc: P('government-id-card'),
    step: 'apply',
    deadline: { kind: 'after', n: 30, unit: 'calendar-days', from: { type: 'field', field: 'event-date' } },
    words: 'ภายใน 30 วัน',
    effort: 5,
  },
  // 1489: card by post within 7 days (the alternative to collecting it: counted from sending to the ESA)
  {
    proc: P('government-id-card'),
    step: 'hand-over-post',
    deadline: { kind: 'after', n: 7, unit: 'days', from: { type: 'step', step: 'send-esa' } },
    words: 'ภายใน 7 วัน',
  },
  // 1334: service-record copy request, 3 minutes of effort
  {
    proc: P('service-record-copy-request'),
    step: 'submit-request',
    deadline: { kind: 'none' },
    words: '3 นาที',
    effort: 3,
  },
  // 1542, 1555: evaluation every 6 months over 2 years: first and last milestone
  {
    proc: P('new-teacher-intensive-preparation'),
    step: 'evaluate-6m',
    deadline: { kind: 'after', n: 6, unit: 'months', from: { type: 'field', field: 'appointment-date' } },
    words: 'ทุก ๆ 6 เดือน',
  },
  {
    proc: P('new-teacher-intensive-preparation'),
    step: 'evaluate-24m',
    deadline: { kind: 'after', n: 24, unit: 'months', from: { type: 'field', field: 'appointment-date' } },
    words: 'ในระยะเวลา 2 ปี',
  },
  // 1007, 1015: discipline: no time limit, only "โดยไม่ชักช้า"
  {
    proc: P('disciplinary-action'),
    step: 'set-allegation',
    deadline: { kind: 'none' },
    words: 'โดยไม่ชักช้า',
  },
];

describeFacts(MANUAL_003, FACTS);

// Every calendar-day limit, the limits whose unit the re-audit changed, and examples of the other rules.
const UNIT_FACTS: UnitFact[] = [
  // 557/539: resignation letter at least 30 days before (OTEPC resignation regulation cl. 3)
  { proc: P('resignation-leaving-service'), step: 'submit-letter', line: 539, rule: 'law', source: 'ข้อ 3' },
  // 541-545: the authority's order, before the requested date (cl. 5)
  { proc: P('resignation-leaving-service'), step: 'decide', line: 541, rule: 'law', source: 'ข้อ 5' },
  // 545: withholding at most 90 days (cl. 5(2), s.108)
  {
    proc: P('resignation-leaving-service'),
    step: 'withholding-ends',
    line: 545,
    rule: 'law',
    source: 'ข้อ 5(2)',
  },
  // 547/564: notify the leaving date within 7 days (cl. 6): was days, now calendar days
  { proc: P('resignation-leaving-service'), step: 'notify', line: 547, rule: 'law', source: 'ข้อ 6' },
  // 549: political office, at the latest on the requested date (cl. 7)
  { proc: P('resignation-political-office'), step: 'submit-letter', line: 549, rule: 'law', source: 'ข้อ 7' },
  // 1041: appeal within 30 days of notice of the penalty (TEPA s.121)
  { proc: P('disciplinary-appeal'), step: 'lodge-appeal', line: 1041, rule: 'law', source: 'มาตรา 121' },
  // 1057: grievance within 30 days (TEPA s.122, 123)
  { proc: P('grievance'), step: 'lodge-grievance', line: 1057, rule: 'law', source: 'มาตรา 122' },
  // 1354/1424: licence renewal 180 days ahead, "(ประมาณ 6 เดือน)": was days, now calendar days
  {
    proc: P('teaching-licence-renewal'),
    step: 'apply-ksp',
    line: 1354,
    rule: 'manual-implies',
    source: 'ประมาณ 6 เดือน',
  },
  // 1441: ID card application within 30 days (State Official ID Card Act): was days, now calendar days
  {
    proc: P('government-id-card'),
    step: 'apply',
    line: 1441,
    rule: 'law',
    source: 'พ.ร.บ.บัตรประจำตัวเจ้าหน้าที่ของรัฐ',
  },
  // 851: ordination / Hajj leave at least 60 days ahead (PM's leave regulation): was days, now calendar days
  {
    proc: P('leave-request'),
    step: 'submit-ordination',
    line: 851,
    rule: 'law',
    source: 'ระเบียบสำนักนายกรัฐมนตรีว่าด้วยการลาของข้าราชการ',
  },
  // 857: military selection 48 hours before; mobilisation within 48 hours: clock hours
  { proc: P('leave-request'), step: 'submit-military-selection', line: 857, rule: 'clock-hours' },
  { proc: P('leave-request'), step: 'submit-mobilisation', line: 857, rule: 'clock-hours' },
  // 887, 889, 896: the school's own filing leads for personal, paternity and vacation leave
  { proc: P('leave-request'), step: 'submit-personal', line: 887, rule: 'office-standard' },
  { proc: P('leave-request'), step: 'submit-paternity', line: 889, rule: 'office-standard' },
  { proc: P('leave-request'), step: 'submit-vacation', line: 896, rule: 'office-standard' },
  // 662: the only วันทำการ of the manual
  {
    proc: P('teacher-transfer-trs-calendar'),
    step: 'release-documents',
    line: 662,
    rule: 'workdays-printed',
  },
  // 1429, 1489: Khurusapha prints within 20 days; the card is posted within 7 days: service standards
  { proc: P('teaching-licence-renewal'), step: 'print-licence', line: 1429, rule: 'office-standard' },
  { proc: P('government-id-card'), step: 'hand-over-post', line: 1489, rule: 'office-standard' },
  // 433: manpower analysis within 7 days
  { proc: P('manpower-planning'), step: 'analyse', line: 433, rule: 'office-standard' },
];

describeUnitFacts(MANUAL_003, UNIT_FACTS);

describe('manual 003 catalogue', () => {
  it('the facts show every deadline kind and anchor, and an effort', () => {
    const seen = new Set(FACTS.map((f) => kindOf(f.deadline)));
    for (const kind of [
      'after-start',
      'after-previous',
      'after-step',
      'after-field',
      'before',
      'calendar',
      'manual',
      'none',
    ]) {
      expect(seen, kind).toContain(kind);
    }
    expect(FACTS.some((f) => f.effort !== undefined)).toBe(true);
  });

  it('keeps every procedure of the manual', () => {
    expect(MANUAL_003.procedures).toHaveLength(30);
    const checklists = MANUAL_003.procedures.filter((p) => p.checklist).map((p) => p.id);
    expect(checklists).toEqual([
      P('personnel-group-management'),
      P('personnel-group-head-duties'),
      P('personnel-group-secretariat'),
      P('professional-standards-ethics'),
      P('personnel-records-maintenance'),
      P('staff-development'),
    ]);
  });

  it('adds the political-office resignation (lines 528, 549), missing from the extract', () => {
    const p = procedure(P('resignation-political-office'));
    expect(p.source.lines).toEqual([528, 549]);
    expect(p.steps.map((s) => s.id)).toEqual(['submit-letter', 'forward-authority', 'order']);
  });

  it('keeps one step per new-teacher evaluation milestone', () => {
    const months = procedure(P('new-teacher-intensive-preparation'))
      .steps.filter((s) => s.id.startsWith('evaluate-'))
      .map((s) => (s.deadline.kind === 'after' ? s.deadline.n : -1));
    expect(months).toEqual([6, 12, 18, 24]);
  });

  it('leaves no 2568 round date as a template constant', () => {
    for (const p of MANUAL_003.procedures) {
      for (const s of p.steps) {
        if (s.words?.includes('2568')) expect(s.deadline.kind, `${p.id}/${s.id}`).toBe('manual');
      }
    }
  });
});
