import { describe, expect, it } from 'vitest';
import { isoFromDay } from '../../../src/core/dates/civil';
import { evaluateCase } from '../../../src/core/engine/evaluate';
import { caseOf, iso, procedure, SETTINGS, step } from './fixtures';

const dues = (result: ReturnType<typeof evaluateCase>) =>
  Object.fromEntries(result.steps.map((s) => [s.id, s.due === null ? null : isoFromDay(s.due)]));

describe('each deadline kind', () => {
  it('after: from the start, then from the previous step (projected until it is done)', () => {
    const p = procedure([
      step('receive', { kind: 'after', n: 1, unit: 'days', from: { type: 'start' } }),
      step('check', { kind: 'after', n: 3, unit: 'days', from: { type: 'previous' } }),
      step('sign', { kind: 'after', n: 1, unit: 'weeks', from: { type: 'previous' } }),
    ]);
    const open = evaluateCase(p, caseOf({ start: iso('2026-11-20') }), SETTINGS, iso('2026-11-20'));
    expect(dues(open)).toEqual({ receive: '2026-11-23', check: '2026-11-26', sign: '2026-12-03' });
    const moved = evaluateCase(
      p,
      caseOf({ start: iso('2026-11-20'), done: { receive: iso('2026-11-25') } }),
      SETTINGS,
      iso('2026-11-25'),
    );
    expect(dues(moved)).toEqual({ receive: '2026-11-23', check: '2026-11-30', sign: '2026-12-08' });
  });

  it('plain "วัน" counts as the workbook setting says; law-fixed calendar days stay calendar days', () => {
    const p = procedure([step('a', { kind: 'after', n: 15, unit: 'days', from: { type: 'start' } })]);
    const law = procedure([
      step('a', { kind: 'after', n: 15, unit: 'calendar-days', from: { type: 'start' } }),
    ]);
    const c = caseOf({ start: iso('2026-04-08') });
    expect(dues(evaluateCase(p, c, SETTINGS, iso('2026-04-08'))).a).toBe('2026-05-05');
    expect(dues(evaluateCase(p, c, { ...SETTINGS, plainDays: 'calendar-days' }, iso('2026-04-08'))).a).toBe(
      '2026-04-23',
    );
    expect(dues(evaluateCase(law, c, SETTINGS, iso('2026-04-08'))).a).toBe('2026-04-23');
  });

  it('after: from a named earlier step and from a date field (45 days from graduation)', () => {
    const p = procedure(
      [
        step('report-back', {
          kind: 'after',
          n: 0,
          unit: 'days',
          from: { type: 'field', field: 'study-end' },
        }),
        step('thesis', {
          kind: 'after',
          n: 45,
          unit: 'calendar-days',
          from: { type: 'field', field: 'graduation-date' },
        }),
        step('notify-obec', {
          kind: 'after',
          n: 1,
          unit: 'days',
          from: { type: 'step', step: 'report-back' },
        }),
      ],
      [
        { id: 'study-end', th: 'วันสิ้นสุดการศึกษา', en: 'study end', type: 'date' },
        { id: 'graduation-date', th: 'วันสำเร็จการศึกษา', en: 'graduation', type: 'date' },
      ],
    );
    const c = caseOf({
      start: iso('2026-10-01'),
      fields: { 'study-end': iso('2026-11-02'), 'graduation-date': iso('2026-10-20') },
    });
    expect(dues(evaluateCase(p, c, SETTINGS, iso('2026-11-02')))).toEqual({
      'report-back': '2026-11-02',
      thesis: '2026-12-04',
      'notify-obec': '2026-11-03',
    });
  });

  it('before: a lead time counted back from a date field (resignation ≥ 30 days before)', () => {
    const p = procedure(
      [step('submit', { kind: 'before', n: 30, unit: 'calendar-days', field: 'requested-date' })],
      [{ id: 'requested-date', th: 'วันที่ขอลาออก', en: 'requested date', type: 'date' }],
    );
    const r = evaluateCase(
      p,
      caseOf({ start: iso('2026-11-01'), fields: { 'requested-date': iso('2027-01-04') } }),
      SETTINGS,
      iso('2026-11-02'),
    );
    expect(dues(r).submit).toBe('2026-12-04'); // Sat 5 Dec moves back to Fri 4 Dec: notice never shortened
  });

  it('calendar: day of month, annual date, month window, fiscal quarter (fixed and planned)', () => {
    const p = procedure(
      [
        step('cutoff', { kind: 'calendar', at: { type: 'day-of-month', day: 5 } }),
        step('headcount', { kind: 'calendar', at: { type: 'annual', month: 3, day: 1 } }),
        step('october', { kind: 'calendar', at: { type: 'month-end', months: [10] } }),
        step('dec-jan', { kind: 'calendar', at: { type: 'month-end', months: [12, 1] } }),
        step('q2', { kind: 'calendar', at: { type: 'quarter-end', quarter: 2 } }),
        step('planned', { kind: 'calendar', at: { type: 'quarter-end', field: 'planned-quarter' } }),
      ],
      [{ id: 'planned-quarter', th: 'ไตรมาส', en: 'quarter', type: 'quarter' }],
    );
    const r = evaluateCase(
      p,
      caseOf({ start: iso('2026-11-10'), fields: { 'planned-quarter': 'ไตรมาส ๔' } }),
      SETTINGS,
      iso('2026-11-10'),
    );
    expect(dues(r)).toEqual({
      cutoff: '2026-12-08', // 5 Dec is a Saturday and Mon 7 Dec its substitution day
      headcount: '2027-03-01',
      october: '2027-10-29', // 31 Oct 2027 is a Sunday: the window's last working day
      'dec-jan': '2027-01-29', // 31 Jan 2027 is a Sunday
      q2: '2027-03-31',
      planned: '2027-09-30',
    });
  });

  it("an annual date belongs to the case's own year, even a little before its start (a round's headcount)", () => {
    const p = procedure([step('headcount', { kind: 'calendar', at: { type: 'annual', month: 3, day: 1 } })]);
    const round = evaluateCase(p, caseOf({ start: iso('2027-04-01') }), SETTINGS, iso('2027-03-15'));
    expect(dues(round).headcount).toBe('2027-03-01');
    const early = evaluateCase(p, caseOf({ start: iso('2026-08-01') }), SETTINGS, iso('2026-08-01'));
    expect(dues(early).headcount).toBe('2027-03-01');
  });

  it('manual: the typed-in date, or none; a typed date also overrides a computed one', () => {
    const p = procedure([
      step('obec', { kind: 'manual' }),
      step('follow-up', { kind: 'after', n: 5, unit: 'workdays', from: { type: 'previous' } }),
      step('file', { kind: 'none' }),
    ]);
    const blank = evaluateCase(p, caseOf({ start: iso('2026-11-02') }), SETTINGS, iso('2026-11-02'));
    expect(dues(blank)).toEqual({ obec: null, 'follow-up': null, file: null });
    const typed = evaluateCase(
      p,
      caseOf({ start: iso('2026-11-02'), due: { obec: iso('2026-11-30'), 'follow-up': iso('2026-12-31') } }),
      SETTINGS,
      iso('2026-11-02'),
    );
    expect(dues(typed)).toEqual({ obec: '2026-11-30', 'follow-up': '2026-12-31', file: null });
    expect(typed.steps.map((s) => s.typed)).toEqual([true, true, false]);
  });

  it('hours are clock hours: 48 hours from a Friday end on Sunday, so on Monday (§193/8)', () => {
    // 003 line 857: mobilisation leave is reported "ภายใน 48 ชั่วโมง นับแต่เวลารับหมายเรียก"; hours run on
    // weekends too, so two working days (Tuesday) would be a day late. Under 24 hours is the same day.
    const p = procedure([
      step('a', { kind: 'after', n: 3, unit: 'hours', from: { type: 'start' } }),
      step('b', { kind: 'after', n: 48, unit: 'hours', from: { type: 'start' } }),
    ]);
    expect(dues(evaluateCase(p, caseOf({ start: iso('2026-11-20') }), SETTINGS, iso('2026-11-20')))).toEqual({
      a: '2026-11-20',
      b: '2026-11-23',
    });
    // A lead of 48 hours before a Monday selection day is Saturday, moved back to Friday.
    const lead = procedure(
      [step('a', { kind: 'before', n: 48, unit: 'hours', field: 'selection' })],
      [{ id: 'selection', th: 'วันตรวจเลือก', en: 'selection', type: 'date' }],
    );
    const c = caseOf({ start: iso('2026-11-02'), fields: { selection: iso('2026-11-23') } });
    expect(dues(evaluateCase(lead, c, SETTINGS, iso('2026-11-02'))).a).toBe('2026-11-20');
  });
});
