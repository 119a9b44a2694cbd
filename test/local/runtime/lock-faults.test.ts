import { describe, expect, it } from 'vitest';
import { createEnvironment, ExecutionKilled, loadBundle } from '../../../src/local/runtime';

describe('LockService', () => {
  it('acquires, reports and releases; locks end with the execution', () => {
    const env = createEnvironment({ costs: { byClass: { lock: 0 } } });
    const ls = env.gas.LockService;
    env.run({ kind: 'time-driven' }, () => {
      const lock = ls.getDocumentLock();
      expect(lock.hasLock()).toBe(false);
      expect(lock.tryLock(1000)).toBe(true);
      expect(lock.tryLock(1000)).toBe(true); // same object: no effect
      expect(lock.hasLock()).toBe(true);
      const other = ls.getDocumentLock();
      const t0 = env.clock.now();
      expect(other.tryLock(500)).toBe(false); // not re-entrant across Lock objects
      expect(env.clock.now() - t0).toBe(500);
    });
    env.run({ kind: 'time-driven' }, () => {
      expect(ls.getDocumentLock().tryLock(0)).toBe(true);
    });
  });

  it('waits on a lock another execution holds, then times out with the production message', () => {
    const env = createEnvironment({ costs: { byClass: { lock: 0 } } });
    env.faults.holdLock('document');
    const lock = env.gas.LockService.getDocumentLock();
    const t0 = env.clock.now();
    expect(lock.tryLock(2000)).toBe(false);
    expect(env.clock.now() - t0).toBe(2000);
    expect(() => lock.waitLock(30_000)).toThrow(
      'Lock timeout: another process was holding the lock for too long.',
    );
    expect(env.gas.LockService.getScriptLock().tryLock(0)).toBe(true);
  });

  it('gets a lock released by the other execution within the timeout', () => {
    const env = createEnvironment({ costs: { byClass: { lock: 0 } } });
    env.faults.holdLock('script', env.clock.now() + 3000);
    const lock = env.gas.LockService.getScriptLock();
    const t0 = env.clock.now();
    lock.waitLock(10_000);
    expect(lock.hasLock()).toBe(true);
    expect(env.clock.now() - t0).toBe(3000);
  });
});

const BUNDLE = `
function SEND(n) {
  var sent = 0;
  for (var i = 0; i < n; i++) {
    try { MailApp.sendEmail('a' + i + '@x.org', 'case ' + i, 'due'); sent++; }
    catch (e) { /* a careless bundle swallows everything */ }
  }
  return sent;
}
function READMANY() { var s = SpreadsheetApp.getActiveSheet(); for (var i = 0; i < 50; i++) s.getRange('A1').getValue(); return 'done'; }
`;

describe('faults', () => {
  it('killAfterCalls ends the run at the k-th service call even if the bundle catches', () => {
    const rt = loadBundle(BUNDLE, {});
    rt.faults.killAfterCalls(3);
    expect(() => rt.call('SEND', 5)).toThrow(ExecutionKilled);
    expect(rt.outbox.map((m) => m.subject)).toEqual(['case 0', 'case 1']);
    expect(rt.calls.count('MailApp.sendEmail')).toBe(3);
    expect(rt.call('SEND', 1)).toBe(1); // the next execution runs normally
  });

  it('killAt ends the run at a virtual instant', () => {
    const rt = loadBundle(BUNDLE, { costs: { byClass: { 'spreadsheet-read': 10 } } });
    rt.faults.killAt(rt.clock.now() + 205);
    expect(() => rt.call('READMANY')).toThrow(ExecutionKilled);
    // 10 ms a call: the 10th getValue reaches t0 + 210 ms and is the call that dies (it is counted).
    expect(rt.calls.count('Range.getValue')).toBe(10);
  });

  it('a short quota stops sends with the quota error', () => {
    const rt = loadBundle(BUNDLE, {});
    rt.faults.quota(3);
    expect(rt.call('SEND', 5)).toBe(3);
    expect(rt.remainingMailQuota()).toBe(0);
  });

  it('throwAfterMails makes later sends fail inside the bundle', () => {
    const rt = loadBundle(BUNDLE, {});
    rt.faults.throwAfterMails(1);
    expect(rt.call('SEND', 3)).toBe(1);
  });
});
