// A deliberately simple, separate count of what the report must say, straight from the cases as they
// were generated: days walked one by one (Monday–Friday minus the office's days off), held days
// skipped, nothing from src/core/report, src/core/engine or src/core/calendar.

export interface GenCase {
  readonly register: string;
  /** Each step's standard in working days, counted from the previous step (the first from the start). */
  readonly n: readonly number[];
  readonly start: number;
  readonly done: readonly (number | null)[];
  readonly hold: { readonly from: number; readonly to: number | null } | null;
  readonly status: 'active' | 'cancelled' | 'closed' | 'on-hold';
  /** The email the assignee stands for ('' for nobody in People). */
  readonly person: string;
}

export interface Counts {
  received: number;
  finished: number;
  within: number;
  late: number;
  onTrack: number;
  overdue: number;
  cancelled: number;
}

export interface StepCounts {
  finished: number;
  within: number;
  late: number;
  open: number;
  overdue: number;
  took: number[];
}

export function oracle(offDays: ReadonlySet<number>, today: number) {
  const working = (d: number) => {
    const w = (((d + 4) % 7) + 7) % 7; // day 0 (1970-01-01) was a Thursday
    return w !== 0 && w !== 6 && !offDays.has(d);
  };
  const held = (c: GenCase, d: number, asOf: number) =>
    c.hold !== null && d >= c.hold.from && d <= (c.hold.to ?? Math.max(asOf, c.hold.from));
  const countDays = (c: GenCase, from: number, to: number, asOf: number) => {
    let n = 0;
    for (let d = from + 1; d <= to; d++) if (working(d) && !held(c, d, asOf)) n++;
    return n;
  };
  const walk = (c: GenCase, anchor: number, n: number, asOf: number) => {
    let d = anchor;
    for (let left = n; left > 0; ) {
      d++;
      if (working(d) && !held(c, d, asOf)) left--;
    }
    return d;
  };
  /** Completions known on `asOf`, and every step's anchor and due date as they stood that day. */
  const plan = (c: GenCase, asOf: number) => {
    const done = c.done.map((d) => (d !== null && d <= asOf ? d : null));
    const anchors: number[] = [];
    const dues: number[] = [];
    c.n.forEach((n, i) => {
      const anchor = i === 0 ? c.start : (done[i - 1] ?? dues[i - 1]!);
      anchors.push(anchor);
      dues.push(walk(c, anchor, n, asOf));
    });
    return { done, anchors, dues };
  };
  const finishedOn = (c: GenCase): number | null => {
    const all = c.done.every((d) => d !== null);
    if (c.status === 'cancelled' || (!all && c.status !== 'closed')) return null;
    const dates = c.done.filter((d): d is number => d !== null);
    return dates.length ? Math.max(...dates) : null;
  };
  const isLate = (c: GenCase) => {
    const p = plan(c, today);
    return c.done.some((d, i) => d !== null && d > p.dues[i]!);
  };
  /** Open at the end of `asOf`: the step it waits on and whether it is overdue; null when not open. */
  const openOn = (c: GenCase, asOf: number) => {
    if (c.start > asOf || c.status === 'cancelled') return null;
    const finished = finishedOn(c);
    if (finished !== null && finished <= asOf) return null;
    const p = plan(c, asOf);
    const current = p.done.indexOf(null);
    if (current < 0) return null;
    const onHold =
      c.status === 'on-hold' ||
      (c.hold !== null && c.hold.from <= asOf && (c.hold.to === null || c.hold.to >= asOf));
    return { step: current, overdue: !onHold && asOf > p.dues[current]! };
  };
  const inside = (d: number | null, first: number, last: number) => d !== null && d >= first && d <= last;

  return {
    counts(cases: readonly GenCase[], first: number, last: number, withOpen = true): Counts {
      const t: Counts = {
        received: 0,
        finished: 0,
        within: 0,
        late: 0,
        onTrack: 0,
        overdue: 0,
        cancelled: 0,
      };
      for (const c of cases) {
        if (inside(c.start, first, last)) {
          t.received++;
          if (c.status === 'cancelled') t.cancelled++;
        }
        const f = finishedOn(c);
        if (inside(f, first, last)) {
          t.finished++;
          if (isLate(c)) t.late++;
          else t.within++;
        }
        if (!withOpen || first > today) continue;
        const open = openOn(c, Math.min(last, today));
        if (open?.overdue) t.overdue++;
        else if (open) t.onTrack++;
      }
      return t;
    },
    steps(cases: readonly GenCase[], steps: number, first: number, last: number): StepCounts[] {
      const out = Array.from({ length: steps }, () => ({
        finished: 0,
        within: 0,
        late: 0,
        open: 0,
        overdue: 0,
        took: [] as number[],
      }));
      for (const c of cases) {
        const p = plan(c, today);
        c.done.forEach((d, i) => {
          if (!inside(d, first, last)) return;
          const s = out[i]!;
          s.finished++;
          if (d! > p.dues[i]!) s.late++;
          else s.within++;
          s.took.push(countDays(c, p.anchors[i]!, d!, today));
        });
        if (first > today) continue;
        const open = openOn(c, Math.min(last, today));
        if (open) {
          out[open.step]!.open++;
          if (open.overdue) out[open.step]!.overdue++;
        }
      }
      return out;
    },
  };
}

export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

export function p90(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  let rank = 1;
  while (rank < 0.9 * s.length) rank++;
  return s[rank - 1]!;
}
