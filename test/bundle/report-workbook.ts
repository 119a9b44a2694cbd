// Generated office workbooks for the report's proof: two registers whose steps all count working days
// from the step before, cases in every state (open on track and overdue, on hold, finished on time and
// late, closed by status, cancelled), starts and completions on both sides of 30 September / 1 October
// and 31 March / 1 April, the office's own days off, and calendar NONE so the oracle needs no holidays.
import { procedureById } from '../../src/core/catalog/catalogue';
import { registerLayout } from '../../src/core/register/layout';
import type { Runtime } from '../../src/local/runtime';
import { load } from './harness';
import type { GenCase } from './report-oracle';

const PROCEDURES = ['001-teacher-development-plan', '001-training-research-visit-domestic'] as const;
export const PEOPLE = [
  { name: 'สมศรี ใจดี', email: 'somsri@example.org' },
  { name: 'วิชัย รักงาน', email: 'wichai@example.org' },
] as const;

const DAY_MS = 86_400_000;
const dayOf = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / DAY_MS;
const ymd = (day: number) => {
  const t = new Date(day * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
};
/** As offices type it: d/m/yyyy with the BE year. */
const be = (day: number) => {
  const { y, m, d } = ymd(day);
  return `${d}/${m}/${y + 543}`;
};
export const EDGES = [dayOf(2026, 9, 30), dayOf(2026, 10, 1), dayOf(2027, 3, 31), dayOf(2027, 4, 1)];

function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export interface Generated {
  readonly runtime: Runtime;
  readonly today: number;
  readonly offDays: ReadonlySet<number>;
  readonly cases: readonly GenCase[];
  readonly tabs: readonly string[];
}

export function generate(seed: number): Generated {
  const r = rng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  // Today from mid-October 2569 to December 2570: fiscal years 2570 and 2571, both halves.
  const today = int(dayOf(2026, 10, 15), dayOf(2027, 12, 20));
  const { y, m, d } = ymd(today);
  const stamp = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}T10:00:00+07:00`;
  const runtime = load({
    spreadsheet: { timeZone: 'Asia/Bangkok', locale: 'th_TH', sheets: [{ name: 'Sheet1' }] },
    start: stamp,
    deployment: 'bound',
  });
  const tabs = PROCEDURES.map((id) => runtime.callIn({ kind: 'menu' }, 'createRegister', id) as string);
  const settings = runtime.spreadsheet.values('Settings');
  const calendarRow = settings.findIndex((row) => row[0] === 'calendar') + 1;
  runtime.spreadsheet.edit('Settings', `B${calendarRow}`, [['NONE']]);
  const offDays = new Set<number>();
  while (offDays.size < 6) offDays.add(int(today - 400, today + 60));
  runtime.spreadsheet.edit(
    'Holidays',
    `A2:E${offDays.size + 1}`,
    [...offDays].map((day) => [be(day), 'วันหยุดของสำนักงาน', '', '', 'office']),
  );
  runtime.spreadsheet.edit(
    'People',
    'A2:F3',
    PEOPLE.map((p) => [p.name, p.email, 'officer', '', 'TRUE', 'th']),
  );
  const cases: GenCase[] = [];
  PROCEDURES.forEach((id, t) => {
    const procedure = procedureById(id)!;
    const n = procedure.steps.map((s) => (s.deadline.kind === 'after' ? s.deadline.n : 0));
    const layout = registerLayout(procedure);
    const at = new Map(layout.inputs.map((c, i) => [c.key, i]));
    const rows: string[][] = [];
    const count = int(14, 30);
    for (let i = 0; i < count; i++) {
      const edge = EDGES[i % 8];
      const start = edge !== undefined && edge <= today && i < 8 ? edge : int(today - 420, today);
      const done: (number | null)[] = [];
      let anchor = start;
      const steps = int(0, n.length);
      for (let s = 0; s < n.length; s++) {
        const day = s < steps ? anchor + int(0, 2 * n[s]! + 3) : null;
        if (day === null || day > today) {
          done.push(null);
          for (let rest = s + 1; rest < n.length; rest++) done.push(null);
          break;
        }
        done.push(day);
        anchor = day;
      }
      const from = start + int(0, 25);
      const hold = r() < 0.25 && from <= today ? { from, to: r() < 0.5 ? null : from + int(0, 15) } : null;
      const x = r();
      const anyDone = done.some((v) => v !== null);
      const status =
        x < 0.08 ? 'cancelled' : x < 0.14 && anyDone ? 'closed' : x < 0.18 ? 'on-hold' : 'active';
      const who = int(0, 3);
      const assignee = [PEOPLE[0].email, PEOPLE[1].name, 'ghost@example.org', PEOPLE[0].email.toUpperCase()][
        who
      ]!;
      const person = who === 0 || who === 3 ? PEOPLE[0].email : who === 1 ? PEOPLE[1].email : '';
      cases.push({ register: tabs[t]!, n, start, done, hold, status, person });
      const row = layout.inputs.map(() => '');
      row[at.get('subject')!] = `เรื่องที่ ${i + 1} ของทะเบียน ${t + 1}`;
      row[at.get('assignee')!] = assignee;
      row[at.get('start')!] = be(start);
      procedure.steps.forEach((s, k) => {
        if (done[k] != null) row[at.get(`done:${s.id}`)!] = be(done[k]!);
      });
      if (hold) {
        row[at.get('hold-from')!] = be(hold.from);
        if (hold.to !== null) row[at.get('hold-to')!] = be(hold.to);
      }
      row[at.get('status')!] = { active: '', cancelled: 'ยกเลิก', closed: 'ปิดเรื่อง', 'on-hold': 'พักเรื่อง' }[
        status
      ];
      rows.push(row);
    }
    const last = String.fromCharCode(64 + layout.inputs.length);
    runtime.spreadsheet.edit(tabs[t]!, `A2:${last}${rows.length + 1}`, rows);
  });
  return { runtime, today, offDays, cases, tabs };
}
