import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWorkingDay } from '../../../src/core/calendar/work-calendar';
import { isoFromDay } from '../../../src/core/dates/civil';
import { evaluateCase } from '../../../src/core/engine/evaluate';
import type { CaseInput, Hold } from '../../../src/core/engine/types';
import { caseOf, iso, procedure, SETTINGS, step } from './fixtures';

// Receive within 1 working day of the start, check within 10 working days, approve within 5.
const P = procedure([
  step('receive', { kind: 'after', n: 1, unit: 'workdays', from: { type: 'start' } }),
  step('check', { kind: 'after', n: 10, unit: 'days', from: { type: 'previous' } }),
  step('note', { kind: 'after', n: 1, unit: 'days', from: { type: 'previous' } }, { optional: true }),
  step('approve', { kind: 'after', n: 5, unit: 'workdays', from: { type: 'previous' } }),
]);
const START = iso('2026-11-02'); // Monday
const received = { receive: iso('2026-11-03') }; // check due Tue 17 Nov
const at = (c: CaseInput, today: string) => evaluateCase(P, c, SETTINGS, iso(today));

describe('case states', () => {
  it.each([
    ['not-started', caseOf({}), '2026-11-02'],
    ['not-started', caseOf({ start: iso('2026-12-01') }), '2026-11-02'],
    ['on-track', caseOf({ start: START, done: received }), '2026-11-04'],
    ['due-soon', caseOf({ start: START, done: received }), '2026-11-13'], // 2 working days left
    ['due-today', caseOf({ start: START, done: received }), '2026-11-17'],
    ['overdue', caseOf({ start: START, done: received }), '2026-11-18'],
    ['on-hold', caseOf({ start: START, done: received, status: 'on-hold' }), '2026-11-18'],
    [
      'on-hold',
      caseOf({ start: START, done: received, holds: [{ from: iso('2026-11-10'), to: null }] }),
      '2026-11-18',
    ],
    ['cancelled', caseOf({ start: START, done: received, status: 'cancelled' }), '2026-11-18'],
    [
      'done',
      caseOf({ start: START, done: { ...received, check: iso('2026-11-16'), approve: iso('2026-11-20') } }),
      '2026-11-30',
    ],
    [
      'done-late',
      caseOf({ start: START, done: { ...received, check: iso('2026-11-19'), approve: iso('2026-11-20') } }),
      '2026-11-30',
    ],
    ['done', caseOf({ start: START, done: received, status: 'closed' }), '2026-11-30'],
  ] as const)('%s', (state, c, today) => {
    expect(at(c, today).state).toBe(state);
  });

  it('has 0 working days left on the due date, whatever day follows it', () => {
    expect(at(caseOf({ start: START, done: received }), '2026-11-17').daysLeft).toBe(0);
    const friday = procedure([step('a', { kind: 'after', n: 4, unit: 'workdays', from: { type: 'start' } })]);
    expect(evaluateCase(friday, caseOf({ start: START }), SETTINGS, iso('2026-11-06')).daysLeft).toBe(0);
  });

  it('reports the current step, its due date, working days left and the share of time used', () => {
    const r = at(caseOf({ start: START, done: received }), '2026-11-10');
    expect(r.current).toBe('check');
    expect(isoFromDay(r.due!)).toBe('2026-11-17');
    expect(r.daysLeft).toBe(5);
    expect(r.used).toBeCloseTo(0.5);
    const late = at(caseOf({ start: START, done: received }), '2026-11-19');
    expect(late.daysLeft).toBe(-2);
    expect(late.used).toBeCloseTo(1.2);
  });

  it('is due soon once 75 % of the allowed time is used, even with more than 2 days left', () => {
    const long = procedure([
      step('study', { kind: 'after', n: 20, unit: 'workdays', from: { type: 'start' } }),
    ]);
    const c = caseOf({ start: START }); // due Mon 30 Nov 2026 (no holiday in between)
    expect(evaluateCase(long, c, SETTINGS, iso('2026-11-20')).state).toBe('on-track'); // 14 of 20 used
    const r = evaluateCase(long, c, SETTINGS, iso('2026-11-23')); // 15 of 20 used
    expect(r.used).toBeCloseTo(0.75);
    expect(r.daysLeft).toBe(5);
    expect(r.state).toBe('due-soon');
  });

  it('an optional step not done is skipped; a later step done first is a problem, not a crash', () => {
    const r = at(caseOf({ start: START, done: { approve: iso('2026-11-05') } }), '2026-11-06');
    expect(r.steps.find((s) => s.id === 'note')!.skipped).toBe(true);
    expect(r.current).toBe('receive');
    expect(r.problems.map((p) => [p.code, p.step])).toEqual([
      ['out-of-order', 'receive'],
      ['out-of-order', 'check'],
    ]);
  });

  it('flags a completion before its anchor, in the future, and a missing start', () => {
    const before = at(caseOf({ start: START, done: { receive: iso('2026-10-30') } }), '2026-11-06');
    expect(before.problems.map((p) => p.code)).toContain('done-before-anchor');
    const future = at(caseOf({ start: START, done: { receive: iso('2026-12-30') } }), '2026-11-06');
    expect(future.problems.map((p) => p.code)).toEqual(['done-in-future']);
    expect(future.current).toBe('receive');
    const noStart = at(caseOf({ done: { receive: iso('2026-11-03') } }), '2026-11-06');
    expect(noStart.problems.map((p) => p.code)).toEqual(['missing-start']);
  });

  it('reports a year without holiday data as a problem on the case', () => {
    const r = at(caseOf({ start: iso('2028-12-20'), done: { receive: iso('2028-12-21') } }), '2028-12-22');
    expect(r.problems.map((p) => p.code)).toContain('no-holiday-data');
    expect(r.problems[0]!.msg.en).toMatch(/2029/);
  });

  it('a fiscal-year boundary: the planned quarter is read in the fiscal year of the start', () => {
    const q = procedure(
      [step('report', { kind: 'calendar', at: { type: 'quarter-end', field: 'q' } })],
      [{ id: 'q', th: 'ไตรมาส', en: 'quarter', type: 'quarter' }],
    );
    const sept = evaluateCase(
      q,
      caseOf({ start: iso('2026-09-30'), fields: { q: 'Q1' } }),
      SETTINGS,
      iso('2026-09-30'),
    );
    const oct = evaluateCase(
      q,
      caseOf({ start: iso('2026-10-01'), fields: { q: 'Q1' } }),
      SETTINGS,
      iso('2026-10-01'),
    );
    expect(isoFromDay(sept.due!)).toBe('2025-12-30'); // 31 Dec is New Year's Eve, a holiday
    expect(sept.state).toBe('overdue');
    expect(isoFromDay(oct.due!)).toBe('2026-12-30'); // 31 Dec 2026 is a holiday (New Year's Eve)
    const missing = evaluateCase(
      q,
      caseOf({ start: iso('2026-10-01'), fields: { q: 'soon' } }),
      SETTINGS,
      iso('2026-10-01'),
    );
    expect(missing.problems.map((p) => [p.code, p.field])).toEqual([['missing-anchor', 'q']]);
  });
});

describe('holds stop the clock', () => {
  it('held working days push the due date by the same number of working days', () => {
    const held = caseOf({
      start: START,
      done: received,
      holds: [{ from: iso('2026-11-09'), to: iso('2026-11-11') }],
    });
    expect(isoFromDay(at(held, '2026-11-12').due!)).toBe('2026-11-20');
    expect(at(held, '2026-11-12').state).toBe('on-track');
  });

  it('an ongoing hold keeps pushing the due date while it lasts', () => {
    const held = caseOf({ start: START, done: received, holds: [{ from: iso('2026-11-16'), to: null }] });
    expect(isoFromDay(at(held, '2026-11-16').due!)).toBe('2026-11-18');
    expect(isoFromDay(at(held, '2026-11-20').due!)).toBe('2026-11-24');
  });
});

const day = fc.integer({ min: iso('2025-01-01'), max: iso('2027-06-30') });
const holds = fc.array(
  fc
    .tuple(day, fc.integer({ min: 0, max: 30 }), fc.boolean())
    .map(([from, len, open]): Hold => ({ from, to: open ? null : from + len })),
  { maxLength: 3 },
);

describe('engine properties', () => {
  it('working-day due dates never fall on a non-working day', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 60 }), (start, offset) => {
        const r = evaluateCase(P, caseOf({ start }), SETTINGS, start + offset);
        for (const s of r.steps)
          if (s.due !== null) expect(isWorkingDay(SETTINGS.calendar, s.due)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('a hold never makes a due date earlier', () => {
    fc.assert(
      fc.property(day, holds, fc.integer({ min: 0, max: 60 }), (start, hs, offset) => {
        const today = start + offset;
        const free = evaluateCase(P, caseOf({ start }), SETTINGS, today);
        const held = evaluateCase(P, caseOf({ start, holds: hs }), SETTINGS, today);
        free.steps.forEach((s, i) => {
          if (s.due !== null) expect(held.steps[i]!.due!).toBeGreaterThanOrEqual(s.due);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('completing a step on or before its due date never makes a later step due later', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 15 }), (start, early) => {
        const open = evaluateCase(P, caseOf({ start, done: { receive: start } }), SETTINGS, start);
        const checkDue = open.steps[1]!.due!;
        const doneOn = Math.max(start, checkDue - early);
        const closed = evaluateCase(
          P,
          caseOf({ start, done: { receive: start, check: doneOn } }),
          SETTINGS,
          doneOn,
        );
        expect(closed.steps[3]!.due!).toBeLessThanOrEqual(open.steps[3]!.due!);
      }),
      { numRuns: 500 },
    );
  });
});

describe('missing anchors', () => {
  it('are a problem for the step the case waits on, not for later steps whose dates are not known yet', () => {
    const p = procedure(
      [
        step('receive', { kind: 'after', n: 1, unit: 'workdays', from: { type: 'start' } }),
        step('report-return', {
          kind: 'after',
          n: 1,
          unit: 'workdays',
          from: { type: 'field', field: 'return-date' },
        }),
      ],
      [{ id: 'return-date', th: 'วันกลับ', en: 'return date', type: 'date' }],
    );
    const early = evaluateCase(p, caseOf({ start: START }), SETTINGS, iso('2026-11-02'));
    expect(early.problems).toEqual([]);
    expect(early.steps[1]!.due).toBeNull();
    const waiting = evaluateCase(
      p,
      caseOf({ start: START, done: { receive: iso('2026-11-03') } }),
      SETTINGS,
      iso('2026-11-04'),
    );
    expect(waiting.problems.map((x) => [x.code, x.field])).toEqual([['missing-anchor', 'return-date']]);
    expect(waiting.problems[0]!.msg.th).toContain('วันกลับ');
    expect(waiting.problems[0]!.msg.en).toContain('return date');
    for (const status of ['cancelled', 'closed', 'on-hold'] as const) {
      const held = caseOf({ start: START, done: { receive: iso('2026-11-03') }, status });
      expect(evaluateCase(p, held, SETTINGS, iso('2026-11-04')).problems, status).toEqual([]);
    }
  });
});

describe('alternative branches', () => {
  it('once one alternative is done the others are skipped, and the case moves on', () => {
    const p = procedure([
      step('by-post', { kind: 'after', n: 7, unit: 'days', from: { type: 'start' } }, { branch: 'delivery' }),
      step(
        'in-person',
        { kind: 'after', n: 1, unit: 'days', from: { type: 'start' } },
        { branch: 'delivery' },
      ),
      step('file', { kind: 'after', n: 2, unit: 'workdays', from: { type: 'previous' } }),
    ]);
    const open = evaluateCase(p, caseOf({ start: START }), SETTINGS, iso('2026-11-03'));
    expect(open.current).toBe('by-post');
    expect(open.steps.map((s) => s.skipped)).toEqual([false, false, false]);
    const taken = evaluateCase(
      p,
      caseOf({ start: START, done: { 'in-person': iso('2026-11-03') } }),
      SETTINGS,
      iso('2026-11-04'),
    );
    expect(taken.steps.map((s) => s.skipped)).toEqual([true, false, false]);
    expect(taken.current).toBe('file');
    expect(isoFromDay(taken.due!)).toBe('2026-11-05');
    expect(taken.problems).toEqual([]);
  });
});
