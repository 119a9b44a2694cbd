/**
 * An independent model of who must be told what, for the fault tests (faults.test.ts). Written from
 * the rules (DESIGN.md §4, the 003 manual, the README), not from src/: it imports nothing of Kamnot.
 *
 * The cases are resignation letters (003-resignation-leaving-service) received, checked, proposed
 * and sent, that never move past the authority's order, whose deadline is "before the requested
 * date": the due day is the requested date minus one calendar day, moved back to the nearest working
 * day so the time is never shortened. (Receiving the letter is the applicant's own step done.) On a
 * working day a case is
 *   - due soon when 1–2 working days are left (the default `due-soon-workdays` of 2; the
 *     used-fraction rule does not apply, a "before" deadline has no start),
 *   - due today on its due day,
 *   - overdue after it.
 * Each working day, the assignee hears of each case in one of those states; the assignee's
 * supervisor hears of each overdue case on the first working day it can ("breach") and again once
 * at least 7 calendar days have passed since the last time they heard of it. Nothing is sent on a
 * weekend or holiday.
 */

export type Stage = 'due-soon' | 'due-today' | 'overdue' | 'escalation';
export type Lang = 'th' | 'en';

const DAY_MS = 86_400_000;
/** Asia/Bangkok has had no daylight saving time since 1920. */
const BANGKOK_OFFSET_MS = 7 * 3_600_000;
export const REMINDER_HOUR = 8;
const DUE_SOON_WORKDAYS = 2;
const ESCALATE_EVERY_DAYS = 7;
/** The order is due this many calendar days before the requested date. */
export const NOTICE_DAYS = 1;

/**
 * Thai government holidays (calendar TH) from October 2026 to February 2027, from the cabinet's
 * standing list: Chulalongkorn Day, King Bhumibol's Birthday (Sat 5 Dec) and its substitution (Mon 7 Dec),
 * Constitution Day, New Year's Eve and New Year's Day. (Teachers' Day, 16 Jan, is a school holiday only.)
 */
const HOLIDAYS: readonly string[] = [
  '2026-10-13',
  '2026-10-23',
  '2026-12-05',
  '2026-12-07',
  '2026-12-10',
  '2026-12-31',
  '2027-01-01',
];

/** Days since 1970-01-01. */
export type DayNo = number;

export function dayOf(iso: string): DayNo {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

export function isoOf(day: DayNo): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The Bangkok wall-clock day and hour of an instant. */
export function bangkok(ms: number): { day: DayNo; hour: number } {
  const local = ms + BANGKOK_OFFSET_MS;
  return { day: Math.floor(local / DAY_MS), hour: Math.floor((local % DAY_MS) / 3_600_000) };
}

/** The instant of a Bangkok wall-clock time. */
export function instant(day: DayNo, hour: number, minute: number): number {
  return day * DAY_MS + (hour * 60 + minute) * 60_000 - BANGKOK_OFFSET_MS;
}

const HOLIDAY_SET = new Set(HOLIDAYS.map(dayOf));

export function isWorkingDay(day: DayNo): boolean {
  const weekday = (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
  return weekday !== 0 && weekday !== 6 && !HOLIDAY_SET.has(day);
}

/** Working days from `from` to `to`, both counted; 0 when `to` is before `from`. */
function workdays(from: DayNo, to: DayNo): number {
  let n = 0;
  for (let d = from; d <= to; d++) if (isWorkingDay(d)) n++;
  return n;
}

/** The day the order is due: NOTICE_DAYS calendar days before the requested date, moved back. */
export function noticeDue(requested: DayNo): DayNo {
  let due = requested - NOTICE_DAYS;
  while (!isWorkingDay(due)) due--;
  return due;
}

/** Working days left: 0 on the due day, negative when late. */
export function daysLeft(due: DayNo, today: DayNo): number {
  return due >= today ? workdays(today + 1, due) : -workdays(due + 1, today);
}

/** What the assignee is told of a case on a working day, or null. */
function ownStage(due: DayNo, today: DayNo): Exclude<Stage, 'escalation'> | null {
  if (today > due) return 'overdue';
  if (today === due) return 'due-today';
  return daysLeft(due, today) <= DUE_SOON_WORKDAYS ? 'due-soon' : null;
}

export interface ModelPerson {
  readonly email: string;
  readonly name: string;
  /** The supervisor's email; null at the top of the chain. Everyone is active. */
  readonly supervisor: string | null;
  readonly lang: Lang;
}

export interface ModelCase {
  /** Unique: the mail shows it, so it identifies the case. */
  readonly subject: string;
  /** The assignee's email. */
  readonly assignee: string;
  readonly requested: DayNo;
}

/** One line of a digest: a case and why it is there. */
export const item = (subject: string, stage: Stage): string => `${subject}#${stage}`;

/**
 * What each person must be told on `today` of the cases present, as `item` strings by email.
 * `lastEscalation(subject, supervisor)` is the last day that supervisor heard of that case (sent, or
 * possibly sent by a run that died before confirming), or null.
 */
export function required(
  today: DayNo,
  cases: readonly ModelCase[],
  people: readonly ModelPerson[],
  lastEscalation: (subject: string, supervisor: string) => DayNo | null,
): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  if (!isWorkingDay(today)) return out;
  const add = (email: string, entry: string) => {
    const set = out.get(email) ?? new Set<string>();
    set.add(entry);
    out.set(email, set);
  };
  for (const c of cases) {
    const stage = ownStage(noticeDue(c.requested), today);
    if (!stage) continue;
    add(c.assignee, item(c.subject, stage));
    if (stage !== 'overdue') continue;
    const boss = people.find((p) => p.email === c.assignee)?.supervisor ?? null;
    if (!boss) continue;
    const last = lastEscalation(c.subject, boss);
    if (last === null || today - last >= ESCALATE_EVERY_DAYS) add(boss, item(c.subject, 'escalation'));
  }
  return out;
}

const TH_MONTHS = [
  'ม.ค.',
  'ก.พ.',
  'มี.ค.',
  'เม.ย.',
  'พ.ค.',
  'มิ.ย.',
  'ก.ค.',
  'ส.ค.',
  'ก.ย.',
  'ต.ค.',
  'พ.ย.',
  'ธ.ค.',
];
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A day as a digest writes it: "8 ธ.ค. 2569" (Buddhist era) or "8 Dec 2026". */
export function shortDate(day: DayNo, lang: Lang): string {
  const d = new Date(day * DAY_MS);
  const [y, m, dd] = [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
  return lang === 'th' ? `${dd} ${TH_MONTHS[m]} ${y + 543}` : `${dd} ${EN_MONTHS[m]} ${y}`;
}

/** A day as an office types it in a Thai register: "4/1/2570". */
export function typedDate(day: DayNo): string {
  const d = new Date(day * DAY_MS);
  return `${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear() + 543}`;
}

/** The "working days left" column of a digest line. */
export function daysLeftText(left: number, lang: Lang): string {
  const n = Math.abs(left);
  if (lang === 'th') return left === 0 ? 'วันนี้' : left > 0 ? `เหลือ ${n} วันทำการ` : `เกิน ${n} วันทำการ`;
  const unit = n === 1 ? 'working day' : 'working days';
  return left === 0 ? 'today' : left > 0 ? `${n} ${unit} left` : `${n} ${unit} overdue`;
}

/** One line of a digest as read back from its plain-text body. */
export interface MailLine {
  readonly subject: string;
  readonly caseId: string;
  readonly stage: Stage;
  readonly due: string;
  readonly left: string;
}

const SECTIONS: Record<string, 'own' | 'team'> = {
  '== งานของคุณ ==': 'own',
  '== Your cases ==': 'own',
  '== ทีมของคุณ ==': 'team',
  '== Your team ==': 'team',
};
const STATES: Record<string, Exclude<Stage, 'escalation'>> = {
  ใกล้ครบกำหนด: 'due-soon',
  ครบกำหนดวันนี้: 'due-today',
  เกินกำหนด: 'overdue',
  'Due soon': 'due-soon',
  'Due today': 'due-today',
  Overdue: 'overdue',
};

/** The plain-text body: "- subject (รหัส id)" then "  step: … | due: … | left | state". */
export function linesOf(body: string): MailLine[] | string {
  const lines: MailLine[] = [];
  let section: 'own' | 'team' | null = null;
  let open: { subject: string; caseId: string } | null = null;
  for (const line of body.split('\n')) {
    if (line in SECTIONS) {
      section = SECTIONS[line]!;
      continue;
    }
    const head = /^- (.+) \((?:รหัส|ID) (.*)\)$/.exec(line);
    if (head) {
      if (open) return `no state line after ${open.subject}`;
      open = { subject: head[1]!, caseId: head[2]! };
      continue;
    }
    if (open && line.startsWith('  ') && line.includes(' | ')) {
      const parts = line.trim().split(' | ');
      const state = STATES[parts[parts.length - 1]!];
      if (!state || !section) return `unreadable line: ${line}`;
      if (section === 'team' && state !== 'overdue') return `team line not overdue: ${line}`;
      lines.push({
        ...open,
        stage: section === 'team' ? 'escalation' : state,
        due: parts[parts.length - 3] ?? '',
        left: parts[parts.length - 2] ?? '',
      });
      open = null;
    }
  }
  return open ? `no state line after ${open.subject}` : lines;
}
