/**
 * Editing the People tab from the sidebar: one person checked against everyone else before a row is
 * written, and every assignee typed in the registers checked against the list.
 */
import { type Msg, msg } from '../i18n/msg';
import { emailKey } from './keys';
import { isEmail, nameKey, resolvePerson } from './people';
import type { CaseView, Person } from './types';

/**
 * What is wrong with `person` as row `index` of `people` (index −1 for a new row); [] when it can
 * be saved. Supervisors must be someone already in the list, and never the person themself.
 */
export function personProblems(person: Person, people: readonly Person[], index: number): Msg[] {
  const problems: Msg[] = [];
  const others = people.filter((_, i) => i !== index);
  if (nameKey(person.name) === '') problems.push(msg('ต้องมีชื่อ', 'a name is required'));
  if (!isEmail(person.email)) {
    problems.push(
      msg(`อีเมล "${person.email.trim()}" ไม่ถูกต้อง`, `"${person.email.trim()}" is not a valid email`),
    );
  } else if (others.some((p) => emailKey(p.email) === emailKey(person.email))) {
    problems.push(
      msg(
        `อีเมล ${person.email.trim()} มีอยู่แล้วในแท็บ People`,
        `${person.email.trim()} is already in the People tab`,
      ),
    );
  }
  const sup = person.supervisor.trim();
  if (sup !== '') {
    if (emailKey(sup) === emailKey(person.email) || nameKey(sup) === nameKey(person.name)) {
      problems.push(msg('เป็นหัวหน้าของตัวเองไม่ได้', 'a person cannot be their own supervisor'));
    } else if (!resolvePerson(sup, others).ok) {
      problems.push(
        msg(
          `หัวหน้า "${sup}" ต้องเป็นคนที่ใช้งานอยู่ในแท็บ People (ใส่อีเมล)`,
          `supervisor "${sup}" must be an active person in the People tab (use the email)`,
        ),
      );
    }
  }
  return problems;
}

export interface UnknownAssignee {
  readonly register: string;
  readonly gid: number;
  readonly row: number;
  readonly typed: string;
  readonly problem: Msg;
}

/** Open cases whose assignee no reminder can reach: blank, unknown, inactive, ambiguous. */
export function unknownAssignees(cases: readonly CaseView[], people: readonly Person[]): UnknownAssignee[] {
  const out: UnknownAssignee[] = [];
  for (const c of cases) {
    if (c.state === 'done' || c.state === 'done-late' || c.state === 'cancelled') continue;
    const found = resolvePerson(c.assignee, people);
    if (found.ok) continue;
    out.push({
      register: c.register.name,
      gid: c.register.gid,
      row: c.row,
      typed: c.assignee,
      problem: found.msg,
    });
  }
  return out;
}
