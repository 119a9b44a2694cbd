// States that must not mislead (issue 14 §9): a deadline whose date is missing is "needs a date", not
// "on track"; "immediately" on a day off is due the next working day; the office receiving a request
// is the requester's own submission step done.
import { describe, expect, it } from 'vitest';
import { procedureById } from '../../../src/core/catalog/catalogue';
import { isoFromDay } from '../../../src/core/dates/civil';
import { evaluateCase } from '../../../src/core/engine/evaluate';
import { caseOf, iso, procedure, SETTINGS, step } from './fixtures';

describe('needs a date', () => {
  const P = procedure(
    [
      step('check', { kind: 'after', n: 2, unit: 'workdays', from: { type: 'start' } }),
      step('decide', { kind: 'before', n: 1, unit: 'calendar-days', field: 'requested' }),
      step('obec', { kind: 'manual' }),
      step('file', { kind: 'none' }),
    ],
    [{ id: 'requested', th: 'วันขอลาออก', en: 'Requested date', type: 'date' }],
  );
  const start = iso('2026-11-02');
  const today = iso('2026-11-10');

  it('when the field a deadline counts back from is blank', () => {
    const r = evaluateCase(P, caseOf({ start, done: { check: iso('2026-11-03') } }), SETTINGS, today);
    expect([r.state, r.current, r.due]).toEqual(['needs-date', 'decide', null]);
    expect(r.problems.map((p) => p.code)).toEqual(['missing-anchor']);
  });

  it('when a step others set a date for has none typed', () => {
    const done = { check: iso('2026-11-03'), decide: iso('2026-11-05') };
    const r = evaluateCase(
      P,
      caseOf({ start, done, fields: { requested: iso('2026-12-01') } }),
      SETTINGS,
      today,
    );
    expect([r.state, r.current]).toEqual(['needs-date', 'obec']);
    const typed = evaluateCase(
      P,
      caseOf({ start, done, fields: { requested: iso('2026-12-01') }, due: { obec: iso('2026-11-20') } }),
      SETTINGS,
      today,
    );
    expect(typed.state).toBe('on-track');
  });

  it('but a step with no deadline at all is on track, and a held case is on hold', () => {
    const done = { check: iso('2026-11-03'), decide: iso('2026-11-05'), obec: iso('2026-11-06') };
    expect(evaluateCase(P, caseOf({ start, done }), SETTINGS, today).state).toBe('on-track');
    const held = caseOf({ start, done: { check: iso('2026-11-03') }, status: 'on-hold' });
    expect(evaluateCase(P, held, SETTINGS, today).state).toBe('on-hold');
  });

  it('when the date received is blank but a step is done', () => {
    const r = evaluateCase(P, caseOf({ done: { file: iso('2026-11-05') } }), SETTINGS, today);
    expect(r.state).toBe('needs-date');
    expect(r.problems.map((p) => p.code)).toContain('missing-start');
  });
});

describe('"ทันที / immediately" on a day off', () => {
  const P = procedure([step('act', { kind: 'after', n: 0, unit: 'days', from: { type: 'start' } })]);

  it.each([
    ['2026-11-07', '2026-11-09'], // Saturday → Monday
    ['2026-11-08', '2026-11-09'], // Sunday → Monday
    ['2026-12-05', '2026-12-08'], // Saturday, Father's Day: Monday 7 Dec is its substitution day
    ['2026-11-09', '2026-11-09'], // a working day: that day
  ])('received %s: due %s', (received, due) => {
    const r = evaluateCase(P, caseOf({ start: iso(received) }), SETTINGS, iso(received));
    expect(isoFromDay(r.due!)).toBe(due);
  });

  it('is not due on the Saturday it was received, so it is not overdue on Monday morning', () => {
    const r = evaluateCase(P, caseOf({ start: iso('2026-11-07') }), SETTINGS, iso('2026-11-09'));
    expect(r.state).toBe('due-today');
  });
});

describe("the requester's own submission", () => {
  const resignation = procedureById('003-resignation-leaving-service')!;
  const today = iso('2026-12-08');

  it('is done when the office receives the letter: a letter received today is not overdue', () => {
    // Asked to leave on 20 Dec: the 30-day notice was due on 20 Nov, before the letter arrived.
    const c = caseOf({ start: today, fields: { 'requested-date': iso('2026-12-20') } });
    const r = evaluateCase(resignation, c, SETTINGS, today);
    expect(r.current).toBe('check-form');
    expect(r.state).not.toBe('overdue');
    const submit = r.steps.find((s) => s.id === 'submit-letter')!;
    expect(isoFromDay(submit.done!)).toBe('2026-12-08');
    // The applicant's short notice is not the office's lateness.
    expect(submit.late).toBe(null);
  });

  it('a date typed in the step wins, and a request not received yet submits nothing', () => {
    const typed = caseOf({ start: today, done: { 'submit-letter': iso('2026-12-01') } });
    expect(evaluateCase(resignation, typed, SETTINGS, today).steps[0]!.done).toBe(iso('2026-12-01'));
    const future = caseOf({ start: iso('2026-12-20') });
    expect(evaluateCase(resignation, future, SETTINGS, today).state).toBe('not-started');
  });

  it('a round publicised before anyone could file: filing (the receipt) completes that step too', () => {
    const trs = procedureById('003-teacher-transfer-trs')!;
    const r = evaluateCase(trs, caseOf({ start: iso('2026-11-20') }), SETTINGS, today);
    expect(r.steps.slice(0, 2).map((s) => [s.id, s.done === null ? null : isoFromDay(s.done)])).toEqual([
      ['publicise', '2026-11-20'],
      ['file-request', '2026-11-20'],
    ]);
    expect(r.current).toBe('check-documents');
    expect(r.problems).toEqual([]);
  });

  it('but office work with a deadline of its own before the requester’s step is never skipped', () => {
    const typeB = procedureById('001-study-leave-domestic-regular-type-b')!;
    const r = evaluateCase(typeB, caseOf({ start: iso('2026-11-20') }), SETTINGS, today);
    expect(r.steps.every((s) => s.done === null)).toBe(true);
    expect(r.current).toBe(typeB.steps[0]!.id);
  });

  it("an officer's first step is never taken as done", () => {
    const P = procedure([step('check', { kind: 'after', n: 1, unit: 'workdays', from: { type: 'start' } })]);
    expect(evaluateCase(P, caseOf({ start: iso('2026-12-01') }), SETTINGS, today).state).toBe('overdue');
  });
});
