/**
 * My cases: the open cases of one person (the signed-in user by default) that need attention,
 * overdue first. Assignees resolve as the reminders resolve them, so the list is the digest's list.
 */
import { formatDate } from '../../core/dates/format';
import { resolvePerson } from '../../core/reminders/people';
import type { CaseView } from '../../core/reminders/types';
import type { UtilitiesLike } from '../date-io';
import { caseViewsOf, workbookContext } from '../run/context';
import type { Spreadsheet } from '../workbook/services';
import { ensureTab, readPeople } from '../workbook/tabs';
import type { MyCases } from './public';

/** What the digest lists: a case that may already be late (no holiday data for its year) included. */
const NEEDS_ATTENTION = new Set(['overdue', 'due-today', 'due-soon', 'uncertain']);

function dueWords(c: CaseView): string {
  const day = (d: number) => formatDate(d, { style: 'numeric' });
  if (c.due !== null) return day(c.due);
  return c.range ? `${day(c.range.earliest)}–${day(c.range.latest)}` : '';
}

export function getMyCases(ss: Spreadsheet, utilities: UtilitiesLike, now: number, email: string): MyCases {
  const who = email.trim().toLowerCase();
  if (who === '') return { email: '', cases: [] };
  const { people } = readPeople(ensureTab(ss, 'people'));
  const cases: MyCases['cases'][number][] = [];
  for (const c of caseViewsOf(ss, workbookContext(ss, utilities, now))) {
    if (!NEEDS_ATTENTION.has(c.state)) continue;
    const found = resolvePerson(c.assignee, people);
    if (!found.ok || found.person.email.trim().toLowerCase() !== who) continue;
    cases.push({
      register: c.register.name,
      gid: c.register.gid,
      row: c.row,
      caseId: c.caseId,
      subject: c.subject,
      step: c.step ? { th: c.step.name.th, en: c.step.name.en } : null,
      due: dueWords(c),
      state: c.state,
      daysLeft: c.daysLeft,
    });
  }
  cases.sort(
    (a, b) => (a.daysLeft ?? 0) - (b.daysLeft ?? 0) || a.register.localeCompare(b.register) || a.row - b.row,
  );
  return { email: who, cases };
}
