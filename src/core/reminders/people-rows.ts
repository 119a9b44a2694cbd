/**
 * The People tab's rows (name, email, role, supervisor, active, language) into people, and back.
 * Read with zod/mini: the tab is typed by hand. A row that cannot be a person is reported, not
 * guessed at.
 */
import * as z from 'zod/mini';
import { type Lang, type Msg, msg } from '../i18n/msg';
import type { Person } from './types';

const Cell = z.union([z.string(), z.number(), z.boolean(), z.null(), z.undefined()]);
const Row = z.array(Cell);

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());

function active(v: unknown): boolean {
  if (v === false) return false;
  return !/^(false|no|ไม่|ไม่ใช้|ออก|inactive|0)$/i.test(text(v));
}

/** The mail language as people type it: th / en, or the language's own name. */
const LANGUAGES: Readonly<Record<string, Lang>> = {
  th: 'th',
  thai: 'th',
  ไทย: 'th',
  ภาษาไทย: 'th',
  en: 'en',
  english: 'en',
  อังกฤษ: 'en',
  ภาษาอังกฤษ: 'en',
};

export function peopleFromRows(rows: readonly unknown[]): { people: Person[]; problems: Msg[] } {
  const people: Person[] = [];
  const problems: Msg[] = [];
  rows.forEach((raw, i) => {
    const parsed = Row.safeParse(raw);
    if (!parsed.success) {
      problems.push(msg(`People แถว ${i + 2}: อ่านไม่ได้`, `People row ${i + 2}: cannot be read`));
      return;
    }
    const [name, email, role, supervisor, isActive, lang] = parsed.data;
    if (text(name) === '' && text(email) === '') return;
    const typed = text(lang);
    const language = LANGUAGES[typed.toLowerCase()];
    if (typed !== '' && !language)
      problems.push(
        msg(
          `People แถว ${i + 2} (${text(name) || text(email)}): ภาษา "${typed}" ไม่รู้จัก (ใช้ th หรือ en): ใช้ภาษาของสมุดงาน`,
          `People row ${i + 2} (${text(name) || text(email)}): the language "${typed}" is unknown (use th or en): the workbook's language is used`,
        ),
      );
    people.push({
      name: text(name),
      email: text(email),
      role: text(role),
      supervisor: text(supervisor),
      active: active(isActive),
      ...(language ? { lang: language } : {}),
    });
  });
  return { people, problems };
}

/** A person as a People row, in the tab's column order: the row `peopleFromRows` reads back as them. */
export function personRow(p: Person): unknown[] {
  return [p.name, p.email, p.role, p.supervisor, p.active, p.lang ?? ''];
}
