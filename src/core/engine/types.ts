/** The case engine's contract: a case as read from a register row, and what Kamnot computes from it. */
import type { WorkCalendar } from '../calendar/work-calendar';
import type { Day } from '../dates/civil';
import type { Msg } from '../i18n/msg';

export type CaseStatus = 'active' | 'on-hold' | 'cancelled' | 'closed';

export interface Hold {
  readonly from: Day;
  /** Null while the hold goes on. */
  readonly to: Day | null;
}

export interface CaseInput {
  /** The case's start: receipt of the letter or request. */
  readonly start: Day | null;
  /** Completion date of each step, by step id. */
  readonly done: Readonly<Record<string, Day | null | undefined>>;
  /** Due dates typed in by the officer (manual steps, or an extension granted), by step id. */
  readonly due: Readonly<Record<string, Day | null | undefined>>;
  /** The procedure's extra fields: dates as day numbers, a planned quarter as 1–4. */
  readonly fields: Readonly<Record<string, Day | number | string | null | undefined>>;
  /** The alternative typed for each branch (branch id → option id); absent or null when not chosen. */
  readonly branches?: Readonly<Record<string, string | null | undefined>>;
  readonly holds: readonly Hold[];
  readonly status: CaseStatus;
}

export interface EngineSettings {
  readonly calendar: WorkCalendar;
  /** How the manuals' plain "วัน" counts (default working days). */
  readonly plainDays: 'workdays' | 'calendar-days';
  /** Due soon when this many working days or fewer are left… */
  readonly dueSoonWorkdays: number;
  /** …or when this fraction of the allowed time is used. */
  readonly dueSoonFraction: number;
}

export const DEFAULT_THRESHOLDS = {
  plainDays: 'workdays',
  dueSoonWorkdays: 2,
  dueSoonFraction: 0.75,
} as const;

export const CASE_STATES = [
  'not-started',
  'on-track',
  'needs-date',
  'due-soon',
  'due-today',
  'overdue',
  'on-hold',
  /** The due date falls in a year with no holiday data, and the state differs between its bounds. */
  'uncertain',
  'done',
  'done-late',
  'cancelled',
] as const;
export type CaseState = (typeof CASE_STATES)[number];

export type ProblemCode =
  | 'missing-start'
  | 'missing-anchor'
  | 'out-of-order'
  | 'done-before-anchor'
  | 'done-in-future'
  | 'no-holiday-data'
  | 'bad-hold'
  | 'bad-field'
  | 'missing-branch'
  | 'branch-conflict';

export interface Problem {
  readonly code: ProblemCode;
  readonly msg: Msg;
  readonly step?: string;
  readonly field?: string;
}

/** A due date in a year the holiday data does not cover: known only to lie between two days. */
export interface DueRange {
  readonly earliest: Day;
  readonly latest: Day;
}

export interface StepResult {
  readonly id: string;
  /** Null when the step has no deadline, its anchor is not known yet, or only its range is known. */
  readonly due: Day | null;
  /** Present when the due date cannot be known yet (a year with no holiday data); `due` is null then. */
  readonly range?: DueRange;
  /** Where the due-soon warning starts for a range standard ("3–5 days": after 3). */
  readonly soonFrom: Day | null;
  /** The day the clock started for this step (its anchor), when it counts from one. */
  readonly anchor: Day | null;
  readonly done: Day | null;
  /** True when done after its due date; null when not done or no deadline. */
  readonly late: boolean | null;
  /** An optional step not done, or an alternative branch not taken. */
  readonly skipped: boolean;
  /** The due date is the officer's typed-in date. */
  readonly typed: boolean;
}

export interface CaseResult {
  readonly steps: readonly StepResult[];
  /** The step the case waits on; null when done, cancelled or not started. */
  readonly current: string | null;
  readonly state: CaseState;
  /** The current step's due date. */
  readonly due: Day | null;
  /** The current step's due date when only its bounds are known (`due` is null then). */
  readonly range?: DueRange;
  /** Working days from today to the due date: 0 on the day, negative when overdue. */
  readonly daysLeft: number | null;
  /** Fraction of the current step's allowed working time already used (0…, above 1 when late). */
  readonly used: number | null;
  readonly problems: readonly Problem[];
}
