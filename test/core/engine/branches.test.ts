import { describe, expect, it } from 'vitest';
import { procedureById } from '../../../src/core/catalog/catalogue';
import { isoFromDay } from '../../../src/core/dates/civil';
import { evaluateCase } from '../../../src/core/engine/evaluate';
import { caseOf, iso, procedure, SETTINGS, step } from './fixtures';

const dues = (result: ReturnType<typeof evaluateCase>) =>
  Object.fromEntries(result.steps.map((s) => [s.id, s.due === null ? null : isoFromDay(s.due)]));
const skipped = (result: ReturnType<typeof evaluateCase>) =>
  result.steps.filter((s) => s.skipped).map((s) => s.id);
const codes = (result: ReturnType<typeof evaluateCase>) => result.problems.map((p) => p.code);

// 001 part-time study (lines 822-880): the case without official time has the receipt and the graduation
// report; the case partly in official time has the full study-leave steps.
const PART_TIME = procedureById('001-study-leave-domestic-part-time')!;
const START = iso('2026-11-02');

describe('a case field selects the branch', () => {
  it('without official time: only that alternative gets deadlines; the other is skipped', () => {
    const c = caseOf({
      start: START,
      done: { 'receive-request': iso('2026-11-04') },
      fields: { 'graduation-reported': iso('2026-11-05') },
      branches: { 'official-time': 'none' },
    });
    const r = evaluateCase(PART_TIME, c, SETTINGS, iso('2026-11-06'));
    const d = dues(r);
    expect(d['report-graduation']).toBe('2026-11-12'); // ๕ วัน (working days) from 5 Nov
    for (const id of [
      'check-eligibility',
      'propose-leave',
      'dispatch-letter',
      'semester-report',
      'report-return',
    ])
      expect(d[id], id).toBeNull();
    expect(skipped(r)).toEqual([
      'check-eligibility',
      'propose-leave',
      'sign-contract',
      'issue-order',
      'dispatch-letter',
      'semester-report',
      'report-return',
    ]);
    expect(r.current).toBe('report-graduation');
    expect(codes(r)).toEqual([]);
  });

  it('partly in official time: the study-leave steps count on from the receipt, the graduation report has none', () => {
    const c = caseOf({
      start: START,
      done: { 'receive-request': iso('2026-11-04') },
      branches: { 'official-time': 'partly' },
    });
    const r = evaluateCase(PART_TIME, c, SETTINGS, iso('2026-11-04'));
    expect(dues(r)['report-graduation']).toBeNull();
    // check-eligibility counts from the receipt (done 4 Nov), not from the skipped graduation report.
    expect(dues(r)['check-eligibility']).toBe('2026-11-05');
    expect(r.current).toBe('check-eligibility');
    expect(skipped(r)).toEqual(['report-graduation']);
  });

  it('before a choice: every alternative is live and the case says which column to fill', () => {
    const c = caseOf({ start: START, done: { 'receive-request': iso('2026-11-04') } });
    const r = evaluateCase(PART_TIME, c, SETTINGS, iso('2026-11-04'));
    expect(skipped(r)).toEqual([]);
    expect(r.current).toBe('report-graduation');
    const missing = r.problems.find((p) => p.code === 'missing-branch')!;
    expect(missing.msg.th).toContain('(การใช้เวลาราชการ)');
    expect(missing.field).toBe('branch:official-time');
  });

  it('a blank choice follows the alternative whose step was done first (as before the column existed)', () => {
    const c = caseOf({
      start: START,
      done: { 'receive-request': iso('2026-11-04'), 'check-eligibility': iso('2026-11-05') },
    });
    const r = evaluateCase(PART_TIME, c, SETTINGS, iso('2026-11-05'));
    expect(skipped(r)).toEqual(['report-graduation']);
    expect(r.current).toBe('propose-leave');
    expect(codes(r)).toEqual([]);
  });

  it('a step done outside the chosen alternative counts as done and is reported', () => {
    const c = caseOf({
      start: START,
      done: { 'receive-request': iso('2026-11-04'), 'check-eligibility': iso('2026-11-05') },
      branches: { 'official-time': 'none' },
    });
    const r = evaluateCase(PART_TIME, c, SETTINGS, iso('2026-11-05'));
    expect(r.steps.find((s) => s.id === 'check-eligibility')!.done).toBe(iso('2026-11-05'));
    expect(r.problems.find((p) => p.code === 'branch-conflict')?.step).toBe('check-eligibility');
    expect(r.current).toBe('report-graduation');
  });

  it('works for any procedure with branch steps: one step per alternative, no declared names', () => {
    const p = procedure([
      step('receive', { kind: 'after', n: 1, unit: 'days', from: { type: 'start' } }),
      step('post', { kind: 'after', n: 7, unit: 'days', from: { type: 'previous' } }, { branch: 'delivery' }),
      step(
        'collect',
        { kind: 'after', n: 2, unit: 'days', from: { type: 'previous' } },
        { branch: 'delivery' },
      ),
      step('file', { kind: 'after', n: 1, unit: 'days', from: { type: 'previous' } }),
    ]);
    const c = caseOf({ start: START, done: { receive: START }, branches: { delivery: 'collect' } });
    const r = evaluateCase(p, c, SETTINGS, START);
    expect(dues(r)).toEqual({ receive: '2026-11-03', post: null, collect: '2026-11-04', file: '2026-11-05' });
    expect(r.current).toBe('collect');
  });
});
