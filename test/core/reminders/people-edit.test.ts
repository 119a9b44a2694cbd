import { describe, expect, it } from 'vitest';
import { personProblems, unknownAssignees } from '../../../src/core/reminders/people-edit';
import { BOSS, caseView, DIRECTOR, MALI, PEOPLE, person, SOMCHAI } from './fixtures';

const en = (ms: readonly { en: string }[]) => ms.map((m) => m.en);

describe('checking one person before the People tab is written', () => {
  it('accepts a new person whose supervisor is already listed', () => {
    const newcomer = person('วิไล ขยัน', 'wilai@esa.go.th', { supervisor: 'boss@esa.go.th' });
    expect(personProblems(newcomer, PEOPLE, -1)).toEqual([]);
  });

  it('accepts an unchanged existing row (its own email is not a duplicate of itself)', () => {
    expect(personProblems(SOMCHAI, PEOPLE, PEOPLE.indexOf(SOMCHAI))).toEqual([]);
  });

  it('refuses a blank name, a bad email and a duplicate email, each in words', () => {
    expect(en(personProblems(person(' ', 'x@esa.go.th'), PEOPLE, -1))).toEqual(['a name is required']);
    expect(en(personProblems(person('A', 'not-an-email'), PEOPLE, -1))).toEqual([
      '"not-an-email" is not a valid email',
    ]);
    expect(en(personProblems(person('A', ' BOSS@esa.go.th '), PEOPLE, -1))).toEqual([
      'BOSS@esa.go.th is already in the People tab',
    ]);
  });

  it('refuses a supervisor who is not in the list, inactive, or the person themself', () => {
    const unknown = person('A', 'a@esa.go.th', { supervisor: 'nobody@esa.go.th' });
    expect(en(personProblems(unknown, PEOPLE, -1))[0]).toMatch(/must be an active person/);
    const inactive = [...PEOPLE, person('Gone', 'gone@esa.go.th', { active: false })];
    const underGone = person('A', 'a@esa.go.th', { supervisor: 'gone@esa.go.th' });
    expect(personProblems(underGone, inactive, -1)).toHaveLength(1);
    const self = { ...BOSS, supervisor: 'boss@esa.go.th' };
    expect(en(personProblems(self, PEOPLE, PEOPLE.indexOf(BOSS)))).toEqual([
      'a person cannot be their own supervisor',
    ]);
    expect(personProblems({ ...MALI, supervisor: 'สมหญิง ใจดี' }, PEOPLE, PEOPLE.indexOf(MALI))).toEqual([]);
    expect(personProblems(DIRECTOR, PEOPLE, 0)).toEqual([]);
  });
});

describe('assignees no reminder can reach', () => {
  it('lists open cases with a blank, unknown or inactive assignee, and skips closed ones', () => {
    const people = [...PEOPLE, person('Gone', 'gone@esa.go.th', { active: false })];
    const cases = [
      caseView({ assignee: 'somchai@esa.go.th' }),
      caseView({ assignee: '', row: 7 }),
      caseView({ assignee: 'stranger@esa.go.th', row: 8 }),
      caseView({ assignee: 'gone@esa.go.th', row: 9 }),
      caseView({ assignee: 'stranger@esa.go.th', row: 10, state: 'done' }),
    ];
    const found = unknownAssignees(cases, people);
    expect(found.map((u) => [u.row, u.typed])).toEqual([
      [7, ''],
      [8, 'stranger@esa.go.th'],
      [9, 'gone@esa.go.th'],
    ]);
    expect(found[1]!.problem.th).toContain('ไม่อยู่ในแท็บ People');
  });
});
