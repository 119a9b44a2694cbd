/**
 * Fault injection: the failures that matter for "exactly once" and "carry the rest to the next run"
 * (DESIGN §4): a run killed half-way, a throw after the k-th mail, a short mail quota, a lock held by
 * another execution, a scope an account left unticked.
 */
export type LockKind = 'document' | 'script' | 'user';

/** Message of the transient MailApp failure injected by throwAfterMails (a real transient server error). */
const DEFAULT_MAIL_FAILURE = "We're sorry, a server error occurred. Please wait a bit and try again.";

export class Faults {
  #killAfter: number | undefined;
  #killAt: number | undefined;
  #mailsBeforeFailure: number | undefined;
  #mailFailure = DEFAULT_MAIL_FAILURE;
  readonly #heldLocks = new Map<LockKind, number>();
  #during: { call: string; left: number; action: () => void } | undefined;

  constructor(
    private readonly setMailQuota: (remaining: number) => void,
    private readonly untick: (scope: string, user?: string) => void = () => {},
  ) {}

  /**
   * The account (default: every account) left `scope` unticked on Google's consent screen (granular
   * consent): calls that need it fail, and AuthorizationInfo reports it missing (grants.ts).
   */
  untickScope(scope: string, user?: string): this {
    this.untick(scope, user);
    return this;
  }

  /** The n-th service call from now (1 = the next) throws ExecutionKilled and ends the run. One-shot. */
  killAfterCalls(n: number): this {
    if (!(n >= 1)) throw new RangeError('killAfterCalls: n must be >= 1');
    this.#killAfter = n;
    return this;
  }

  /** The first service call made at or after virtual instant `ms` throws ExecutionKilled. One-shot. */
  killAt(ms: number | Date): this {
    this.#killAt = typeof ms === 'number' ? ms : ms.getTime();
    return this;
  }

  /** After k more successful MailApp.sendEmail calls, every further send throws `message`. */
  throwAfterMails(k: number, message: string = DEFAULT_MAIL_FAILURE): this {
    this.#mailsBeforeFailure = k;
    this.#mailFailure = message;
    return this;
  }

  /** Sets today's remaining mail quota (recipients) to n. */
  quota(n: number): this {
    this.setMailQuota(n);
    return this;
  }

  /** Another execution holds this lock, until `untilMs` (virtual) or until releaseLock. */
  holdLock(kind: LockKind, untilMs: number = Number.POSITIVE_INFINITY): this {
    this.#heldLocks.set(kind, untilMs);
    return this;
  }

  releaseLock(kind: LockKind): this {
    this.#heldLocks.delete(kind);
    return this;
  }

  /**
   * Before the `nth` call named `call` (e.g. 'Range.setValues') the run makes from now, `action` runs:
   * what an officer does in the sheet while a run works (Apps Script's lock does not stop people
   * typing). The action may edit the spreadsheet model directly. One-shot.
   */
  during(call: string, action: () => void, nth = 1): this {
    if (!(nth >= 1)) throw new RangeError('during: nth must be >= 1');
    this.#during = { call, left: nth, action };
    return this;
  }

  /** @internal Called before every service call. */
  beforeCall(call: string): void {
    const d = this.#during;
    if (!d || d.call !== call) return;
    d.left -= 1;
    if (d.left > 0) return;
    this.#during = undefined;
    d.action();
  }

  /** Removes every armed fault (the quota stays as set). */
  clear(): this {
    this.#during = undefined;
    this.#killAfter = undefined;
    this.#killAt = undefined;
    this.#mailsBeforeFailure = undefined;
    this.#heldLocks.clear();
    return this;
  }

  /** @internal Called on every service call; true when this call must kill the run. */
  tickCall(): boolean {
    if (this.#killAfter === undefined) return false;
    this.#killAfter -= 1;
    if (this.#killAfter > 0) return false;
    this.#killAfter = undefined;
    return true;
  }

  /** @internal True when virtual time `now` reached the armed kill instant. */
  tickClock(now: number): boolean {
    if (this.#killAt === undefined || now < this.#killAt) return false;
    this.#killAt = undefined;
    return true;
  }

  /** @internal Called before each send; returns the failure message when this send must fail. */
  nextMailFailure(): string | undefined {
    if (this.#mailsBeforeFailure === undefined) return undefined;
    if (this.#mailsBeforeFailure > 0) {
      this.#mailsBeforeFailure -= 1;
      return undefined;
    }
    return this.#mailFailure;
  }

  /** @internal Until when another execution holds `kind` at `now`, or undefined when free. */
  heldElsewhereUntil(kind: LockKind, now: number): number | undefined {
    const until = this.#heldLocks.get(kind);
    if (until === undefined) return undefined;
    if (until <= now) {
      this.#heldLocks.delete(kind);
      return undefined;
    }
    return until;
  }
}
