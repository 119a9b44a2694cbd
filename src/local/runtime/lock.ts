/**
 * LockService: document, script and user locks. One execution runs at a time here, so "another
 * process" is simulated with runtime.faults.holdLock(kind[, untilMs]); waiting spends virtual time.
 *
 * Sources: Lock reference — tryLock(ms) returns false after the timeout; waitLock(ms) throws on
 * timeout; tryLock "has no effect if the lock has already been acquired" (same Lock object); locks are
 * released when the script ends. waitLock's production error: "Lock timeout: another process was
 * holding the lock for too long." A second Lock object of the same kind in the same execution waits
 * for the first (not re-entrant), as observed in production.
 */
import type { LockKind } from './faults';
import { type Kernel, SPEC } from './kernel';
import type { Implements } from './types';

type L = GoogleAppsScript.Lock.Lock;

const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

const lockSpec = (kind: LockKind) => ({
  name: 'Lock',
  classify: () => ({
    cost: 'lock' as const,
    capability: kind === 'document' ? ('lock.document' as const) : ('lock' as const),
  }),
});
const SPECS = { document: lockSpec('document'), script: lockSpec('script'), user: lockSpec('user') };

/** Which Lock object holds each lock in the running execution. */
export class LockTable {
  readonly held = new Map<string, LockImpl>();
}

export class LockImpl implements Implements<L, 'hasLock' | 'releaseLock' | 'tryLock' | 'waitLock'> {
  readonly [SPEC]: (typeof SPECS)[LockKind];

  constructor(
    private readonly kernel: Kernel,
    private readonly table: LockTable,
    readonly _kind: LockKind,
    /** Table key: the kind, plus the user for user locks. */
    private readonly key: string,
  ) {
    this[SPEC] = SPECS[_kind];
  }

  hasLock(): boolean {
    return this.table.held.get(this.key) === this;
  }

  tryLock(timeoutInMillis: number): boolean {
    if (this.hasLock()) return true;
    const timeout = Math.max(0, Number(timeoutInMillis) || 0);
    if (this.table.held.has(this.key)) {
      this.kernel.spend(timeout);
      return false;
    }
    const until = this.kernel.faults.heldElsewhereUntil(this._kind, this.kernel.clock.now());
    if (until !== undefined) {
      const wait = until - this.kernel.clock.now();
      if (wait > timeout) {
        this.kernel.spend(timeout);
        return false;
      }
      this.kernel.spend(wait);
    }
    this.table.held.set(this.key, this);
    return true;
  }

  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) this.kernel.fail(LOCK_TIMEOUT_MESSAGE);
  }

  releaseLock(): void {
    if (this.hasLock()) this.table.held.delete(this.key);
  }
}

const SERVICE_SPEC = {
  name: 'LockService',
  classify: (m: string) => ({
    cost: 'lock' as const,
    capability: m === 'getDocumentLock' ? ('lock.document' as const) : ('lock' as const),
  }),
};

export class LockServiceImpl {
  readonly [SPEC] = SERVICE_SPEC;

  constructor(
    private readonly kernel: Kernel,
    private readonly table: LockTable,
  ) {
    kernel.onExecutionEnd(() => table.held.clear());
  }

  getDocumentLock(): LockImpl {
    return new LockImpl(this.kernel, this.table, 'document', 'document');
  }

  getScriptLock(): LockImpl {
    return new LockImpl(this.kernel, this.table, 'script', 'script');
  }
}
