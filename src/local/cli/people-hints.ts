/**
 * Why the People tab may reach nobody though the office has a staff list: Kamnot reads People by
 * position (name, email, role, supervisor, active, language), and mails only the people in it. An
 * office that keeps its own staff sheet ("บุคลากร", with its own columns) or put the email in another
 * column of People is told so, with the tab and the column.
 */
import { columnLetters } from '../../core/cells';
import { type Msg, msg } from '../../core/i18n/msg';
import { isEmail } from '../../core/reminders/people';
import { TAB } from '../../gas/workbook/tabs';

type Tab = { readonly name: string; readonly values?: readonly (readonly unknown[] | undefined)[] };

const EMAIL_COLUMN = 1;

/** 0-based columns of a tab's rows holding at least two emails, with how many. */
function emailColumns(values: readonly (readonly unknown[] | undefined)[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const row of values.slice(1))
    (row ?? []).forEach((v, c) => {
      if (typeof v === 'string' && isEmail(v)) out.set(c, (out.get(c) ?? 0) + 1);
    });
  for (const [c, n] of out) if (n < 2) out.delete(c);
  return out;
}

/** Hints from the tabs as the file holds them (before the run). */
export function peopleHints(tabs: readonly Tab[]): Msg[] {
  const hints: Msg[] = [];
  const people = tabs.find((t) => t.name === TAB.people);
  const inPeople = people ? emailColumns(people.values ?? []) : new Map<number, number>();
  if (people && inPeople.size > 0 && !inPeople.has(EMAIL_COLUMN)) {
    const at = columnLetters([...inPeople.keys()][0]! + 1);
    hints.push(
      msg(
        `แท็บ People: อีเมลอยู่ในคอลัมน์ ${at} แต่ Kamnot อ่านอีเมลจากคอลัมน์ B (ลำดับคอลัมน์: ชื่อ, อีเมล, ตำแหน่ง, หัวหน้า, ใช้งาน, ภาษา)`,
        `the People tab has its emails in column ${at}, but Kamnot reads the email from column B (the columns are: name, email, role, supervisor, active, language)`,
      ),
    );
  }
  if (inPeople.has(EMAIL_COLUMN)) return hints;
  const system = new Set<string>(Object.values(TAB));
  for (const t of tabs) {
    if (system.has(t.name)) continue;
    const found = emailColumns(t.values ?? []);
    const n = Math.max(0, ...found.values());
    if (n === 0) continue;
    hints.push(
      msg(
        `แท็บ "${t.name}" มีอีเมล ${n} รายการ แต่ Kamnot ส่งอีเมลถึงเฉพาะคนในแท็บ People: คัดลอกชื่อและอีเมลไปไว้ที่นั่น (ชื่อ, อีเมล, ตำแหน่ง, หัวหน้า, ใช้งาน, ภาษา)`,
        `the tab "${t.name}" has ${n} emails, but Kamnot mails only the people in the People tab: copy the names and emails there (name, email, role, supervisor, active, language)`,
      ),
    );
  }
  return hints;
}
