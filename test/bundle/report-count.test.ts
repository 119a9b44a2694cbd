// The report's figures against an independent count (report-oracle.ts) over generated workbooks:
// every register, step, period and scope asked through build/Code.js's buildReport, read back from the
// Report tab as an officer would read it.
import { describe, expect, it } from 'vitest';
import { type Counts, median, oracle, p90 } from './report-oracle';
import { EDGES, type Generated, generate, PEOPLE } from './report-workbook';

const DAY_MS = 86_400_000;
const dayOf = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / DAY_MS;
/** The fiscal year (BE) of a day, and its periods as [key, first, last], counted here from scratch. */
const fiscalYear = (day: number) => {
  const t = new Date(day * DAY_MS);
  return t.getUTCFullYear() + (t.getUTCMonth() >= 9 ? 1 : 0) + 543;
};
function periods(fy: number): [string, number, number][] {
  const y = fy - 543;
  const month = (m: number) => {
    const year = m >= 10 ? y - 1 : y;
    return [dayOf(year, m, 1), dayOf(m === 12 ? year + 1 : year, m === 12 ? 1 : m + 1, 1) - 1] as const;
  };
  const months: [string, number, number][] = [10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((m) => [
    `m${m}`,
    ...month(m),
  ]);
  const q = (a: number, b: number): [number, number] => [month(a)[0], month(b)[1]];
  return [
    ...months,
    ['q1', ...q(10, 12)],
    ['q2', ...q(1, 3)],
    ['q3', ...q(4, 6)],
    ['q4', ...q(7, 9)],
    ['h1', ...q(10, 3)],
    ['h2', ...q(4, 9)],
    ['year', ...q(10, 9)],
  ];
}

type Grid = unknown[][];
const text = (v: unknown) => String(v ?? '');
/** The rows of the table under the first row at or after `from` whose column A starts with `heading`. */
function tableAfter(grid: Grid, from: number, heading: string): { rows: Grid; next: number } {
  const at = grid.findIndex((row, i) => i >= from && text(row[0]).startsWith(heading));
  expect(at, heading).toBeGreaterThanOrEqual(0);
  const rows: Grid = [];
  let i = at + 2; // the heading, then the table's head row
  // A table row fills more than column A; headings, notes and blank rows do not.
  while (i < grid.length && grid[i]!.slice(1).some((v) => v !== '')) rows.push(grid[i++]!);
  return { rows, next: i };
}

const tallyOf = (row: unknown[]): Counts & { rate: unknown } => ({
  received: row[1] as number,
  finished: row[2] as number,
  within: row[3] as number,
  late: row[4] as number,
  onTrack: row[5] as number,
  overdue: row[6] as number,
  cancelled: row[7] as number,
  rate: row[8],
});
const rate = (c: Counts) => (c.finished > 0 ? c.within / c.finished : '—');

function check(g: Generated, ask: { fiscalYear: number; period: string; scope: string }) {
  const { runtime, today, cases, offDays, tabs } = g;
  runtime.callIn({ kind: 'sidebar' }, 'buildReport', { ...ask, lang: 'th' });
  const grid = runtime.spreadsheet.values('Report');
  const o = oracle(offDays, today);
  const inScope = cases.filter((c) => ask.scope === 'office' || `person:${c.person}` === ask.scope);
  const [, first, last] = periods(ask.fiscalYear).find(([k]) => k === ask.period)!;
  const listed = tabs.filter((t) => ask.scope === 'office' || inScope.some((c) => c.register === t));
  const label = `${ask.fiscalYear} ${ask.period} ${ask.scope} (today ${new Date(today * DAY_MS).toISOString().slice(0, 10)})`;

  // 1. By procedure, and the total.
  const summary = tableAfter(grid, 0, '1. สรุป');
  expect(
    summary.rows.map((r) => text(r[0])),
    label,
  ).toEqual([...listed, 'รวม']);
  [...listed, null].forEach((tab, i) => {
    const mine = inScope.filter((c) => tab === null || c.register === tab);
    const want = o.counts(mine, first, last);
    expect(tallyOf(summary.rows[i]!), `${label} ${tab ?? 'total'}`).toEqual({ ...want, rate: rate(want) });
  });

  // 2. Each step: completions within and late, open (overdue) at the end, working days taken.
  const heading = (prefix: string) => grid.findIndex((row) => text(row[0]).startsWith(prefix));
  let from = heading('2. รายขั้นตอน');
  for (const tab of listed) {
    const steps = cases.find((c) => c.register === tab)!.n.length;
    const table = tableAfter(grid, from, tab);
    from = table.next;
    const want = o.steps(
      inScope.filter((c) => c.register === tab),
      steps,
      first,
      last,
    );
    expect(table.rows.length, `${label} ${tab} steps`).toBe(steps);
    table.rows.forEach((row, s) => {
      const w = want[s]!;
      const n = cases.find((c) => c.register === tab)!.n[s]!;
      const got = [row[2], row[3], row[4], text(row[5]), row[6], row[7], row[8]];
      const open = w.overdue > 0 ? `${w.open} (${w.overdue})` : String(w.open);
      const dash = (x: number | null) => (x === null ? '—' : x);
      expect(got, `${label} ${tab} step ${s + 1}`).toEqual([
        w.finished,
        w.within,
        w.late,
        open,
        dash(median(w.took)),
        dash(p90(w.took)),
        w.took.length ? n : '—',
      ]);
    });
  }

  // 3. Every month, quarter, half and the year, for the whole scope.
  const breakdown = tableAfter(grid, 0, '3. รายเดือน');
  expect(breakdown.rows.length).toBe(19);
  periods(ask.fiscalYear).forEach(([key, a, b], i) => {
    const want = o.counts(inScope, a, b);
    expect(tallyOf(breakdown.rows[i]!), `${label} breakdown ${key}`).toEqual({ ...want, rate: rate(want) });
  });

  // 4. The service statistics: month by month, received, finished, within the standard.
  from = heading('4. ข้อมูลเชิงสถิติ');
  for (const tab of listed) {
    const table = tableAfter(grid, from, `${tab} — `);
    from = table.next;
    const mine = inScope.filter((c) => c.register === tab);
    const months = periods(ask.fiscalYear).slice(0, 12);
    months.forEach(([key, a, b], i) => {
      const want = o.counts(mine, a, b, false);
      const row = table.rows[i]!;
      expect([row[1], row[2], row[3]], `${label} ${tab} service ${key}`).toEqual([
        want.received,
        want.finished,
        want.within,
      ]);
    });
  }
}

describe('the report against an independent count', () => {
  const SEEDS = Array.from({ length: 12 }, (_, i) => 1000 + i * 7919);
  let total = 0;

  it.each(SEEDS)('generated workbook %i: every figure, period and scope', (seed) => {
    const g = generate(seed);
    total += g.cases.length;
    const fy = fiscalYear(g.today);
    const r = (seed % 97) / 97;
    const quarter = `q${1 + (seed % 4)}`;
    const month = `m${[10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9][seed % 12]}`;
    check(g, { fiscalYear: fy, period: 'year', scope: 'office' });
    check(g, { fiscalYear: fy - 1, period: 'year', scope: 'office' });
    check(g, { fiscalYear: fy, period: r < 0.5 ? 'h1' : 'h2', scope: 'office' });
    check(g, { fiscalYear: fy, period: quarter, scope: `person:${PEOPLE[seed % 2]!.email}` });
    check(g, { fiscalYear: fy - (seed % 2), period: month, scope: 'office' });
  });

  it('covered every state, both fiscal-year and half-year edges, holds, cancellations and late finishes', () => {
    // Re-generate (cheap) to count what the seeds covered: the proof is only as good as its cases.
    const all = SEEDS.flatMap((s) => generate(s).cases);
    expect(all.length).toBe(total);
    expect(all.length).toBeGreaterThan(300);
    for (const edge of EDGES) expect(all.some((c) => c.start === edge)).toBe(true);
    expect(all.filter((c) => c.status === 'cancelled').length).toBeGreaterThan(5);
    expect(all.filter((c) => c.status === 'closed').length).toBeGreaterThan(5);
    expect(all.filter((c) => c.status === 'on-hold').length).toBeGreaterThan(5);
    expect(all.filter((c) => c.hold !== null).length).toBeGreaterThan(20);
    expect(all.filter((c) => c.done.every((d) => d !== null)).length).toBeGreaterThan(20);
    expect(all.filter((c) => c.done.every((d) => d === null)).length).toBeGreaterThan(20);
  });
});
