/**
 * What the report needs of one case, from the engine's own results: when it was received, when and
 * how it finished, and each step's dates. A case's state at the end of a past period is the engine's
 * state on that day (completions after it are not yet known then); at the end of the current period
 * it is today's state, the one the Dashboard shows.
 */
import { networkdays } from '../calendar/counting';
import type { Procedure } from '../catalog/schema';
import type { Day } from '../dates/civil';
import { evaluateCase } from '../engine/evaluate';
import type { CaseInput, CaseResult, CaseState, EngineSettings, Hold } from '../engine/types';
import { KamnotError } from '../i18n/error';

/** One evaluated register row, as the report is given it. */
export interface ReportRow {
  readonly register: ReportRegister;
  /** The rules the case follows (an office procedure's case keeps its version's). */
  readonly procedure: Procedure;
  readonly input: CaseInput;
  /** The engine's result as of today. */
  readonly result: CaseResult;
  readonly caseId: string;
  /** The office's document number (เลขที่หนังสือรับ), '' when the register has none. */
  readonly docNo: string;
  readonly subject: string;
  readonly assignee: string;
  /** 1-based sheet row. */
  readonly row: number;
}

export interface ReportRegister {
  /** Stable: the tab's sheet id. */
  readonly key: string;
  readonly name: string;
  /** The rules new cases follow: the order and names of the steps the report lists. */
  readonly procedure: Procedure;
}

type Outcome = 'open' | 'done' | 'done-late' | 'cancelled';

export interface CaseFacts {
  readonly row: ReportRow;
  readonly received: Day | null;
  readonly outcome: Outcome;
  /** The day the case finished: its last completion date; null while open, or closed with no date. */
  readonly finished: Day | null;
}

export function caseFacts(row: ReportRow): CaseFacts {
  const state = row.result.state;
  const outcome: Outcome =
    state === 'cancelled' ? 'cancelled' : state === 'done' || state === 'done-late' ? state : 'open';
  let finished: Day | null = null;
  if (outcome === 'done' || outcome === 'done-late')
    for (const s of row.result.steps)
      if (s.done !== null && (finished === null || s.done > finished)) finished = s.done;
  return { row, received: row.input.start, outcome, finished };
}

export interface OpenState {
  readonly state: CaseState;
  /** The step the case waits on that day. */
  readonly step: string | null;
  readonly due: Day | null;
}

/**
 * The case's state at the end of `day` when it was open then; null when it was not open (not yet
 * received, finished by then, cancelled, or closed with no completion date to place it).
 */
export function openOn(c: CaseFacts, day: Day, engine: EngineSettings, today: Day): OpenState | null {
  if (c.received === null || c.received > day || c.outcome === 'cancelled') return null;
  if (c.outcome !== 'open') {
    if (c.finished === null || c.finished <= day) return null;
  }
  const result =
    day >= today && c.outcome === 'open'
      ? c.row.result
      : evaluateCase(c.row.procedure, asOpen(c.row.input), engine, Math.min(day, today));
  if (result.state === 'done' || result.state === 'done-late' || result.state === 'cancelled') return null;
  return { state: result.state, step: result.current, due: result.due };
}

/** A case closed later was still moving on an earlier day. */
function asOpen(input: CaseInput): CaseInput {
  return input.status === 'closed' ? { ...input, status: 'active' } : input;
}

/** Working days a step took (held days do not count), and the working days its standard allowed. */
export interface StepTime {
  readonly took: number;
  readonly allowed: number | null;
}

export function stepTime(
  anchor: Day,
  done: Day,
  due: Day | null,
  holds: readonly Hold[],
  engine: EngineSettings,
  today: Day,
): StepTime | null {
  const working = (first: Day, last: Day): number => {
    if (last < first) return 0;
    let held = 0;
    for (const h of holds) {
      const a = Math.max(first, h.from);
      const b = Math.min(last, h.to ?? Math.max(today, h.from));
      if (a <= b) held += networkdays(engine.calendar, a, b);
    }
    return networkdays(engine.calendar, first, last) - held;
  };
  try {
    return {
      took: working(anchor + 1, done),
      allowed: due === null || due <= anchor ? null : working(anchor + 1, due),
    };
  } catch (error) {
    // A year with no holiday data: the time cannot be counted, so it is left out, not guessed.
    if (error instanceof KamnotError) return null;
    throw error;
  }
}

/** The median: the middle value, or the mean of the two middle ones. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The 90th percentile by nearest rank: the smallest value at or above 90 % of the values. */
export function percentile90(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.ceil(0.9 * s.length) - 1]!;
}
