/**
 * Adopting and stopping change the tab's columns: never while the hourly run is writing to it. The
 * document lock is the one the run takes; a busy workbook refuses, with nothing changed.
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
