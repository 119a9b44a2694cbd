/**
 * Sidebar actions that change the workbook (adopting, stopping, saving a procedure, moving a case)
 * never run while the hourly run is writing: they take the document lock the run takes, and a busy
 * workbook refuses with nothing changed.
 */
export type LockLike = Pick<GoogleAppsScript.Lock.Lock, 'tryLock' | 'releaseLock'>;

export function withLock<T>(lock: LockLike, work: () => T): T {
  if (!lock.tryLock(10_000)) {
    throw new Error(
      'Kamnot กำลังตรวจทะเบียนอยู่: ลองอีกครั้งในอีกสักครู่ / Kamnot is checking the registers: try again in a moment',
    );
  }
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}
