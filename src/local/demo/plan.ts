/** Which registers the demo has and the cases in them, as of a day. Pure: no runtime. */
import type { Day } from '../../core/dates/civil';
import type { CaseState } from '../../core/engine/types';
import { planContext } from './plan-context';
import { registersFirstHalf } from './registers-a';
import { registersSecondHalf } from './registers-b';

export interface DemoCase {
  /** Typed case id; '' lets Kamnot give one. */
  readonly id: string;
  readonly subject: string;
  /** As typed: an email (any case) or a name from People, or someone who is not there. */
  readonly assignee: string;
  /** Input cells by column key (`start`, `field:<id>`, `done:<step>`, `due:<step>`, `hold-from`, `status`…). */
  readonly cells: Readonly<Record<string, string>>;
  /** The state the case is built to have on a working day; absent when it follows the calendar. */
  readonly intended?: CaseState;
  /** What the case is, in a few words. */
  readonly story: string;
}

export interface DemoRegisterPlan {
  readonly procedureId: string;
  readonly cases: readonly DemoCase[];
}

/** Procedures with `after`, `before` and calendar deadlines from each of the five manuals. */
export function demoPlan(today: Day): DemoRegisterPlan[] {
  const ctx = planContext(today);
  return [...registersFirstHalf(ctx), ...registersSecondHalf(ctx)];
}
