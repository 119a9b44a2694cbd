/**
 * The People tab through the sidebar: listed, one person added or edited at a time (only that row is
 * written, and only if it still holds the person the officer opened), and every assignee in the
 * registers checked against the list.
 */
import { peopleProblems } from '../../core/reminders/people';
import { personProblems, unknownAssignees } from '../../core/reminders/people-edit';
import { peopleFromRows, personRow } from '../../core/reminders/people-rows';
import type { Person } from '../../core/reminders/types';
import type { UtilitiesLike } from '../date-io';
import { caseViewsOf, workbookContext } from '../run/context';
import type { Spreadsheet } from '../workbook/services';
import { appendRows, bodyRows, ensureTab } from '../workbook/tabs';
import { writeRowChanges } from '../workbook/write-cells';
import type { PeopleView, PersonInput, PersonRow } from './public';

function rowsOf(ss: Spreadsheet): {
  rows: PersonRow[];
  people: Person[];
  problems: PeopleView['problems'];
  raw: unknown[][];
} {
  const raw = bodyRows(ensureTab(ss, 'people'), 'people');
  const { people, problems } = peopleFromRows(raw);
  const rows: PersonRow[] = [];
  raw.forEach((cells, i) => {
    const [one] = peopleFromRows([cells]).people;
    if (one) rows.push({ row: i + 2, ...one, lang: one.lang ?? '' });
  });
  return { rows, people, problems: [...problems, ...peopleProblems(people)], raw };
}

export function getPeople(ss: Spreadsheet, utilities: UtilitiesLike, now: number, me: string): PeopleView {
  const { rows, people, problems } = rowsOf(ss);
  const cases = caseViewsOf(ss, workbookContext(ss, utilities, now));
  return { me, people: rows, problems, unknownAssignees: unknownAssignees(cases, people) };
}

export function savePerson(
  ss: Spreadsheet,
  utilities: UtilitiesLike,
  now: number,
  me: string,
  input: PersonInput,
): PeopleView {
  const person: Person = {
    name: String(input?.name ?? '').trim(),
    email: String(input?.email ?? '').trim(),
    role: String(input?.role ?? '').trim(),
    supervisor: String(input?.supervisor ?? '').trim(),
    active: input?.active !== false,
    ...(input?.lang === 'th' || input?.lang === 'en' ? { lang: input.lang } : {}),
  };
  const { rows, people, raw } = rowsOf(ss);
  const index = input.row === null ? -1 : rows.findIndex((r) => r.row === input.row);
  if (input.row !== null) {
    const current = rows[index];
    if (!current || current.email.toLowerCase() !== String(input.expectEmail ?? '').toLowerCase()) {
      throw new Error(
        'แถวนี้ในแท็บ People ถูกแก้ไปแล้ว: รีเฟรชแล้วลองใหม่ / this People row has changed since you opened it: refresh and try again',
      );
    }
  }
  const problems = personProblems(person, people, index);
  if (problems.length > 0) {
    throw new Error(`${problems.map((p) => p.th).join('; ')} / ${problems.map((p) => p.en).join('; ')}`);
  }
  const cells = personRow(person);
  const sheet = ensureTab(ss, 'people');
  if (input.row === null) appendRows(sheet, [cells]);
  else writeRowChanges(sheet, input.row, 1, raw[input.row - 2] ?? [], cells);
  return getPeople(ss, utilities, now, me);
}
