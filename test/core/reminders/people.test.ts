import { describe, expect, it } from 'vitest';
import {
  findSupervisor,
  peopleProblems,
  resolvePerson,
  supervisorOf,
} from '../../../src/core/reminders/people';
import { peopleFromRows } from '../../../src/core/reminders/people-rows';
import { BOSS, DIRECTOR, MALI, PEOPLE, person, SOMCHAI } from './fixtures';

describe('resolving an assignee as typed', () => {
  it('by email, in any case and with stray spaces', () => {
    expect(resolvePerson('  SomChai@ESA.go.th ', PEOPLE)).toEqual({ ok: true, person: SOMCHAI });
  });

  it('by name after trimming and collapsing whitespace', () => {
    expect(resolvePerson(' สมชาย   รักงาน\n', PEOPLE)).toEqual({ ok: true, person: SOMCHAI });
    expect(resolvePerson('สมชาย', PEOPLE).ok).toBe(false); // a part of a name is not a name
    // Latin names compare without case (person-name.test.ts has the Thai titles).
    expect(resolvePerson('mali suk', PEOPLE)).toEqual({ ok: true, person: MALI });
  });

  it.each([
    ['', 'blank'],
    ['   ', 'blank'],
    ['nobody@esa.go.th', 'unknown'],
    ['ใครก็ไม่รู้', 'unknown'],
  ] as const)('%j → %s', (typed, reason) => {
    const r = resolvePerson(typed, PEOPLE);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toBe(reason);
      expect(r.msg.th).not.toBe('');
      expect(r.msg.en).not.toBe('');
    }
  });

  it('an inactive person gets no mail; an active row with the same email does', () => {
    const gone = person('ปิติ', 'piti@esa.go.th', { active: false });
    const r = resolvePerson('piti@esa.go.th', [gone]);
    expect(r.ok === false && r.reason).toBe('inactive');
    expect(r.ok === false && r.msg.th).toContain('ไม่ได้ใช้งาน');
    const back = person('ปิติ', 'Piti@esa.go.th');
    expect(resolvePerson('ปิติ', [gone, back])).toEqual({ ok: true, person: back });
  });

  it('two active people with one name are ambiguous; an invalid email cannot receive', () => {
    const twins = [person('Anan', 'a1@x.th'), person('Anan', 'a2@x.th')];
    expect(resolvePerson('Anan', twins)).toMatchObject({ ok: false, reason: 'ambiguous' });
    expect(resolvePerson('a2@x.th', twins)).toEqual({ ok: true, person: twins[1] });
    expect(resolvePerson('Noemail', [person('Noemail', 'not an address')])).toMatchObject({
      ok: false,
      reason: 'no-email',
    });
  });
});

describe('supervisors', () => {
  it('by name or email, up the chain', () => {
    expect(supervisorOf(SOMCHAI, PEOPLE)).toBe(BOSS);
    expect(supervisorOf(MALI, PEOPLE)).toBe(BOSS);
    expect(supervisorOf(BOSS, PEOPLE)).toBe(DIRECTOR);
    expect(findSupervisor(DIRECTOR, PEOPLE)).toMatchObject({ ok: false, reason: 'none' });
  });

  it('an inactive supervisor is passed over to their own supervisor', () => {
    const away = { ...BOSS, active: false };
    expect(supervisorOf(SOMCHAI, [DIRECTOR, away, SOMCHAI])).toBe(DIRECTOR);
    const top = { ...DIRECTOR, active: false };
    expect(findSupervisor(SOMCHAI, [top, away, SOMCHAI])).toMatchObject({ ok: false, reason: 'no-active' });
  });

  it('an unknown supervisor, and a chain that loops, give no supervisor and a bilingual reason', () => {
    const lost = person('ก', 'k@x.th', { supervisor: 'ghost@x.th' });
    const unknown = findSupervisor(lost, [lost]);
    expect(unknown).toMatchObject({ ok: false, reason: 'unknown' });
    expect(!unknown.ok && unknown.msg.en).toContain('ghost@x.th');

    const a = person('A', 'a@x.th', { supervisor: 'b@x.th', active: true });
    const b = person('B', 'b@x.th', { supervisor: 'A', active: false });
    expect(findSupervisor(a, [a, b])).toMatchObject({ ok: false, reason: 'cycle' });
    const self = person('S', 's@x.th', { supervisor: 's@x.th' });
    expect(findSupervisor(self, [self])).toMatchObject({ ok: false, reason: 'cycle' });
  });
});

describe('problems of the People tab', () => {
  it('none for a sound tab', () => {
    expect(peopleProblems(PEOPLE)).toEqual([]);
  });

  it('unknown supervisors, loops (once each), duplicate emails, shared names, bad emails', () => {
    const a = person('A', 'a@x.th', { supervisor: 'b@x.th' });
    const b = person('B', 'b@x.th', { supervisor: 'C' });
    const c = person('C', 'c@x.th', { supervisor: 'a@x.th' });
    const d = person('D', 'd@x.th', { supervisor: 'a@x.th' }); // leads into the loop, is not in it
    const e = person('E', 'e@x.th', { supervisor: 'nobody' });
    const f = person('F', 'E@x.th');
    const g = person('A', 'a2@x.th');
    const h = person('H', 'h-at-x.th');
    const problems = peopleProblems([a, b, c, d, e, f, g, h, person('', '')]);
    const en = problems.map((p) => p.en);
    expect(en.filter((t) => t.includes('loops'))).toHaveLength(1);
    expect(en.find((t) => t.includes('loops'))).toMatch(/A → B → C → A/);
    expect(en).toContainEqual(expect.stringContaining('supervisor "nobody" is not in the People tab'));
    expect(en).toContainEqual(expect.stringContaining('e@x.th appears on 2 rows'));
    expect(en).toContainEqual(expect.stringContaining('2 people are named "A"'));
    expect(en).toContainEqual(expect.stringContaining('"h-at-x.th" is not an email'));
    for (const p of problems) expect(p.th).not.toBe(p.en);
  });
});

describe('the People tab read from its rows', () => {
  it('reads the language as th / en or its name; an unknown one is reported and the workbook’s is used', () => {
    const { people, problems } = peopleFromRows([
      ['นางสาวกนกพร ใจดี', 'kanokporn@esa.go.th', '', '', true, 'ไทย'],
      ['Mali Suk', 'mali@esa.go.th', '', '', true, 'English'],
      ['นางสาวสมศรี', 'somsri@esa.go.th', '', '', true, 'jp'],
    ]);
    expect(people.map((p) => p.lang)).toEqual(['th', 'en', undefined]);
    expect(problems).toEqual([
      {
        th: 'People แถว 4 (นางสาวสมศรี): ภาษา "jp" ไม่รู้จัก (ใช้ th หรือ en): ใช้ภาษาของสมุดงาน',
        en: 'People row 4 (นางสาวสมศรี): the language "jp" is unknown (use th or en): the workbook\'s language is used',
      },
    ]);
  });
});
