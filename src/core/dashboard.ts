/**
 * The Dashboard: counts and on-time rates by register, by step, by officer and by fiscal year, in
 * one block of rows the run writes at once.
 */
import type { CaseState } from './engine/types';
import { type Lang, msg, pick } from './i18n/msg';

export interface DashboardEntry {
  readonly register: string;
  /** The current step's name, or '' when the case is closed. */
  readonly step: string;
  readonly assignee: string;
  /** Fiscal year (BE) of the case's start, or null when it has none. */
  readonly fiscalYear: number | null;
  readonly state: CaseState;
}

interface Tally {
  open: number;
  soon: number;
  overdue: number;
  done: number;
  onTime: number;
}

const SECTIONS = [
  { key: (e: DashboardEntry) => e.register, title: msg('ตามทะเบียน', 'By register') },
  {
    key: (e: DashboardEntry) => (e.step ? `${e.register} › ${e.step}` : ''),
    title: msg('ตามขั้นตอนปัจจุบัน', 'By current step'),
  },
  { key: (e: DashboardEntry) => e.assignee || '—', title: msg('ตามผู้รับผิดชอบ', 'By assignee') },
  {
    key: (e: DashboardEntry) => (e.fiscalYear === null ? '—' : String(e.fiscalYear)),
    title: msg('ตามปีงบประมาณ', 'By fiscal year'),
  },
] as const;

export const DASHBOARD_WIDTH = 6;

export function dashboardRows(entries: readonly DashboardEntry[], lang: Lang): (string | number)[][] {
  const rows: (string | number)[][] = [];
  for (const section of SECTIONS) {
    const tallies = new Map<string, Tally>();
    for (const e of entries) {
      const key = section.key(e);
      if (key === '') continue;
      const t = tallies.get(key) ?? { open: 0, soon: 0, overdue: 0, done: 0, onTime: 0 };
      count(t, e.state);
      tallies.set(key, t);
    }
    if (tallies.size === 0) continue;
    for (const [key, t] of [...tallies].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      rows.push([
        pick(section.title, lang),
        key,
        t.open,
        t.soon,
        t.overdue,
        t.done ? Math.round((t.onTime / t.done) * 100) : '',
      ]);
    }
  }
  return rows;
}

function count(t: Tally, state: CaseState): void {
  if (state === 'done' || state === 'done-late') {
    t.done++;
    if (state === 'done') t.onTime++;
    return;
  }
  if (state === 'cancelled' || state === 'not-started') return;
  t.open++;
  if (state === 'due-soon' || state === 'due-today') t.soon++;
  if (state === 'overdue') t.overdue++;
}
