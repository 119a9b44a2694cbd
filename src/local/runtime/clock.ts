/**
 * Virtual clock and per-call costs.
 *
 * Source: Apps Script quotas page (script runtime 6 min / execution, custom function runtime
 * 30 s / execution) and the triggers guide (simple triggers "cannot run for longer than 30 seconds").
 * Nothing here reads the host clock: a run is reproducible to the millisecond.
 */

export class VirtualClock {
  #now: number;

  constructor(startMs: number) {
    if (!Number.isFinite(startMs)) throw new RangeError(`VirtualClock: bad start ${startMs}`);
    this.#now = startMs;
  }

  now(): number {
    return this.#now;
  }

  advance(ms: number): number {
    if (!(ms >= 0)) throw new RangeError(`VirtualClock.advance: negative or NaN step ${ms}`);
    this.#now += ms;
    return this.#now;
  }

  /** Moves forward to `ms` (never backward: time-driven runs only go on). */
  advanceTo(ms: number): number {
    if (ms > this.#now) this.#now = ms;
    return this.#now;
  }
}

/** What kind of work a service call is, to price it on the virtual clock. */
export type CostClass =
  | 'spreadsheet-read'
  | 'spreadsheet-write'
  | 'properties'
  | 'cache'
  | 'mail'
  | 'lock'
  | 'script'
  | 'ui'
  | 'html'
  | 'session'
  | 'utility'
  | 'format'
  | 'builder';

/** Milliseconds each call of a class costs. Rough orders of magnitude seen in production logs. */
export const DEFAULT_COSTS: Readonly<Record<CostClass, number>> = {
  'spreadsheet-read': 5,
  'spreadsheet-write': 10,
  properties: 1,
  cache: 1,
  mail: 50,
  lock: 1,
  script: 5,
  ui: 5,
  html: 1,
  session: 0,
  utility: 0,
  /** Utilities.formatDate / parseDate: a call into the Java formatter and its zone data. */
  format: 1,
  builder: 0,
};

export interface CallCosts {
  /** Cost per class of call. */
  readonly byClass?: Partial<Record<CostClass, number>>;
  /** Cost of one exact call, e.g. `{ 'Range.getValues': 20 }`; wins over byClass. */
  readonly byCall?: Readonly<Record<string, number>>;
}

export function costOf(costs: CallCosts | undefined, call: string, cls: CostClass): number {
  const exact = costs?.byCall?.[call];
  if (exact !== undefined) return exact;
  return costs?.byClass?.[cls] ?? DEFAULT_COSTS[cls];
}

/** Execution time limits, in ms. */
export interface TimeLimits {
  readonly customFunctionMs: number;
  readonly simpleTriggerMs: number;
  readonly executionMs: number;
}

export const DEFAULT_TIME_LIMITS: TimeLimits = {
  customFunctionMs: 30_000,
  simpleTriggerMs: 30_000,
  executionMs: 360_000,
};
