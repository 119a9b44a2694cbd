/**
 * The People tab: who an assignee as typed is, and who their supervisor is. Mail goes only to an
 * active person's address from this tab, never to an address typed in a register.
 */
import { type Msg, msg } from '../i18n/msg';
import { emailKey } from './keys';
import { cleanName, looseNameKey } from './person-name';
import type { Person } from './types';

/** Names compare after trimming and collapsing whitespace (a pasted name often carries extra spaces). */
export function nameKey(name: string): string {
  return cleanName(name);
}

const EMAIL = /^[^\s@<>()[\]"',;:\\]+@[^\s@<>()[\]"',;:\\]+\.[^\s@<>()[\]"',;:\\]+$/;

export function isEmail(text: string): boolean {
  return EMAIL.test(text.trim());
}

/** A person mail can go to. */
export function canReceive(person: Person): boolean {
  return person.active && isEmail(person.email);
}

type ResolveFailure = 'blank' | 'unknown' | 'inactive' | 'ambiguous' | 'no-email';

export type Resolution =
  | { readonly ok: true; readonly person: Person }
  | { readonly ok: false; readonly reason: ResolveFailure; readonly msg: Msg };

interface Index {
  readonly byEmail: ReadonlyMap<string, readonly Person[]>;
  readonly byName: ReadonlyMap<string, readonly Person[]>;
  /** By the name without titles and spaces (person-name.ts): "น.ส.กนกพร ใจดี" finds "นางสาวกนกพร ใจดี". */
  readonly byLooseName: ReadonlyMap<string, readonly Person[]>;
}

// Built once per People list: a run resolves every case's assignee against the same list.
const indexes = new WeakMap<readonly Person[], Index>();

function indexOf(people: readonly Person[]): Index {
  let index = indexes.get(people);
  if (!index) {
    const byEmail = new Map<string, Person[]>();
    const byName = new Map<string, Person[]>();
    const byLooseName = new Map<string, Person[]>();
    const add = (map: Map<string, Person[]>, key: string, person: Person) => {
      if (key) map.set(key, [...(map.get(key) ?? []), person]);
    };
    for (const person of people) {
      add(byEmail, emailKey(person.email), person);
      add(byName, nameKey(person.name), person);
      add(byLooseName, looseNameKey(person.name), person);
    }
    index = { byEmail, byName, byLooseName };
    indexes.set(people, index);
  }
  return index;
}

/** "กนกพร ใจดี <kanokporn@esa.go.th>" as mail programs copy it: the address in the brackets. */
function addressIn(typed: string): string {
  return /<([^<>\s]+@[^<>\s]+)>/.exec(typed)?.[1] ?? typed;
}

/**
 * Everyone the text names (any state): by email when it has an @; otherwise by name as written,
 * else by the name without titles and spaces.
 */
function matches(typed: string, people: readonly Person[]): readonly Person[] {
  const index = indexOf(people);
  if (typed.includes('@')) return index.byEmail.get(emailKey(addressIn(typed))) ?? [];
  const exact = index.byName.get(nameKey(typed));
  if (exact) return exact;
  const loose = looseNameKey(typed);
  return loose === '' ? [] : (index.byLooseName.get(loose) ?? []);
}

/**
 * People whose name starts with what was typed once titles are dropped ("ครูมาลี" → "นางมาลี
 * รักงาน"): offered in the message, never used to send.
 */
function likely(typed: string, people: readonly Person[]): Person[] {
  const loose = looseNameKey(typed);
  if ([...loose].length < 3) return [];
  return people.filter((p) => p.active && looseNameKey(p.name).startsWith(loose)).slice(0, 3);
}

function failure(reason: ResolveFailure, typed: string, people: readonly Person[] = []): Resolution {
  const t = nameKey(typed);
  const near = reason === 'unknown' && !typed.includes('@') ? likely(typed, people) : [];
  const hint = near.length ? near.map((p) => `"${nameKey(p.name)}"`).join(', ') : '';
  const text: Record<ResolveFailure, Msg> = {
    blank: msg('ไม่ได้ระบุผู้รับผิดชอบ', 'no assignee given'),
    unknown: hint
      ? msg(
          `"${t}" ไม่อยู่ในแท็บ People (ใกล้เคียง: ${hint}: พิมพ์ชื่อเต็มหรืออีเมล)`,
          `"${t}" is not in the People tab (close: ${hint}: type the full name or the email)`,
        )
      : msg(`"${t}" ไม่อยู่ในแท็บ People`, `"${t}" is not in the People tab`),
    inactive: msg(`"${t}" ไม่ได้ใช้งานในแท็บ People`, `"${t}" is inactive in the People tab`),
    ambiguous: msg(
      `ชื่อ "${t}" ตรงกับหลายคนในแท็บ People: ใช้อีเมลแทน`,
      `"${t}" matches several people in the People tab: use the email instead`,
    ),
    'no-email': msg(`"${t}" ไม่มีอีเมลที่ถูกต้องในแท็บ People`, `"${t}" has no valid email in the People tab`),
  };
  return { ok: false, reason, msg: text[reason] };
}

/** The active person an assignee cell names: email (any case) or exact name. */
export function resolvePerson(typed: string, people: readonly Person[]): Resolution {
  if (nameKey(typed) === '') return failure('blank', typed);
  const found = matches(typed, people);
  if (found.length === 0) return failure('unknown', typed, people);
  const active = found.filter((p) => p.active);
  if (active.length === 0) return failure('inactive', typed);
  // Two rows with one email are one mailbox; two people with one name are two people.
  const distinct = new Set(active.map((p) => emailKey(p.email)));
  if (distinct.size > 1) return failure('ambiguous', typed);
  const person = active.find(canReceive);
  return person ? { ok: true, person } : failure('no-email', typed);
}

type SupervisorFailure = 'none' | 'unknown' | 'ambiguous' | 'cycle' | 'no-active';

export type SupervisorLookup =
  | { readonly ok: true; readonly person: Person }
  | { readonly ok: false; readonly reason: SupervisorFailure; readonly msg: Msg };

/**
 * The nearest active supervisor up the chain: an inactive one (on leave, moved away) is passed over
 * to their own supervisor, so overdue work still reaches someone.
 */
export function findSupervisor(person: Person, people: readonly Person[]): SupervisorLookup {
  const who = nameKey(person.name) || emailKey(person.email);
  const fail = (reason: SupervisorFailure, m: Msg): SupervisorLookup => ({ ok: false, reason, msg: m });
  const seen = new Set<string>([emailKey(person.email) || `name:${nameKey(person.name)}`]);
  let current = person;
  for (;;) {
    const typed = current.supervisor;
    if (nameKey(typed) === '') {
      return current === person
        ? fail('none', msg(`${who} ไม่มีผู้บังคับบัญชา`, `${who} has no supervisor`))
        : fail(
            'no-active',
            msg(
              `ไม่มีผู้บังคับบัญชาของ ${who} ที่ยังใช้งานอยู่ในแท็บ People`,
              `no supervisor of ${who} is active in the People tab`,
            ),
          );
    }
    const found = matches(typed, people);
    const t = nameKey(typed);
    if (found.length === 0) {
      return fail(
        'unknown',
        msg(
          `ผู้บังคับบัญชา "${t}" ของ ${nameKey(current.name) || current.email} ไม่อยู่ในแท็บ People`,
          `supervisor "${t}" of ${nameKey(current.name) || current.email} is not in the People tab`,
        ),
      );
    }
    if (new Set(found.map((p) => emailKey(p.email))).size > 1) {
      return fail(
        'ambiguous',
        msg(
          `ชื่อผู้บังคับบัญชา "${t}" ตรงกับหลายคนในแท็บ People: ใช้อีเมลแทน`,
          `supervisor "${t}" matches several people in the People tab: use the email instead`,
        ),
      );
    }
    const next = found.find(canReceive) ?? found[0]!;
    const id = emailKey(next.email) || `name:${nameKey(next.name)}`;
    if (seen.has(id)) {
      return fail(
        'cycle',
        msg(
          `สายบังคับบัญชาของ ${who} วนกลับมาที่เดิม: ตรวจคอลัมน์ผู้บังคับบัญชาในแท็บ People`,
          `the supervisor chain of ${who} loops back on itself: check the supervisor column of the People tab`,
        ),
      );
    }
    if (canReceive(next)) return { ok: true, person: next };
    seen.add(id);
    current = next;
  }
}

export function supervisorOf(person: Person, people: readonly Person[]): Person | null {
  const found = findSupervisor(person, people);
  return found.ok ? found.person : null;
}

/** What is wrong with the People tab as a whole: shown when it is edited and in the run log. */
export function peopleProblems(people: readonly Person[]): Msg[] {
  const problems: Msg[] = [];
  const rows = people.filter((p) => nameKey(p.name) !== '' || p.email.trim() !== '');
  const label = (p: Person) => nameKey(p.name) || p.email.trim();
  const emails = new Map<string, number>();
  const names = new Map<string, Set<string>>();
  for (const p of rows) {
    if (p.active && !isEmail(p.email)) {
      problems.push(
        msg(
          `${label(p)}: อีเมล "${p.email.trim()}" ไม่ถูกต้อง`,
          `${label(p)}: "${p.email.trim()}" is not an email`,
        ),
      );
    }
    const e = emailKey(p.email);
    if (e) emails.set(e, (emails.get(e) ?? 0) + 1);
    const n = nameKey(p.name);
    if (n && p.active) names.set(n, (names.get(n) ?? new Set()).add(e));
  }
  for (const [e, count] of emails) {
    if (count > 1)
      problems.push(msg(`อีเมล ${e} ซ้ำกัน ${count} แถว`, `the email ${e} appears on ${count} rows`));
  }
  for (const [n, set] of names) {
    if (set.size > 1) {
      problems.push(
        msg(
          `ชื่อ "${n}" ซ้ำกัน ${set.size} คน: ระบุผู้รับผิดชอบด้วยอีเมล`,
          `${set.size} people are named "${n}": name assignees by email`,
        ),
      );
    }
  }
  const cycles = new Set<string>();
  for (const p of rows) {
    if (nameKey(p.supervisor) === '') continue;
    const found = matches(p.supervisor, people);
    if (found.length === 0) {
      problems.push(
        msg(
          `${label(p)}: ผู้บังคับบัญชา "${nameKey(p.supervisor)}" ไม่อยู่ในแท็บ People`,
          `${label(p)}: supervisor "${nameKey(p.supervisor)}" is not in the People tab`,
        ),
      );
      continue;
    }
    const loop = cycleFrom(p, people);
    if (loop) {
      const id = [...loop].map(label).sort().join('\u0000');
      if (!cycles.has(id)) {
        cycles.add(id);
        const path = [...loop, loop[0]!].map(label).join(' → ');
        problems.push(msg(`สายบังคับบัญชาวนกลับ: ${path}`, `the supervisor chain loops: ${path}`));
      }
    }
  }
  return problems;
}

/** The loop the raw chain from `start` falls into, if any (active or not: the tab itself is wrong). */
function cycleFrom(start: Person, people: readonly Person[]): Person[] | null {
  const path: Person[] = [];
  let current: Person | undefined = start;
  while (current) {
    const at = path.indexOf(current);
    if (at >= 0) return at === 0 ? path : null; // report a loop once, from one of its members
    path.push(current);
    const found: readonly Person[] =
      nameKey(current.supervisor) === '' ? [] : matches(current.supervisor, people);
    current = found.length === 1 ? found[0] : undefined;
  }
  return null;
}
