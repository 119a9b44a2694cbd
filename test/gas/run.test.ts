// The run's adapters (src/gas/run) on the fakes directly, without the bundle: a failure here points at
// one function with a TypeScript stack trace. The bundle suites prove the same paths end to end.
import { describe, expect, it } from 'vitest';
import { workbookContext } from '../../src/gas/run/context';
import { onRegisterEdit } from '../../src/gas/run/edit';
import { type RunServices, runRegisters } from '../../src/gas/run/hourly';
import { findRegisters } from '../../src/gas/run/registers';
import { updateRegister } from '../../src/gas/run/update-register';
import { runsOf, sameCell, writeChanged } from '../../src/gas/run/write-back';
import { createRegister } from '../../src/gas/sidebar-api/workbook-actions';
import { createEnvironment, SCOPES } from '../../src/local/runtime';

const PROCEDURE = '003-resignation-leaving-service';

function office(start = '2026-12-08T09:30:00+07:00') {
  const env = createEnvironment({
    manifest: {
      timeZone: 'Asia/Bangkok',
      oauthScopes: [SCOPES.currentOnly, SCOPES.containerUi, SCOPES.sendMail, SCOPES.scriptApp, SCOPES.email],
    },
    spreadsheet: { timeZone: 'Asia/Bangkok', locale: 'th_TH', sheets: [{ name: 'Sheet1' }] },
    start,
  });
  const ss = env.gas.SpreadsheetApp.getActive()!;
  const tab = env.run({ kind: 'menu' }, () => createRegister(ss, env.gas.SpreadsheetApp, PROCEDURE));
  env.spreadsheet.edit('People', 'A2:F3', [
    ['สมชาย ใจดี', 'somchai@example.org', 'officer', 'boss@example.org', 'TRUE', ''],
    ['หัวหน้า', 'boss@example.org', 'head', '', 'TRUE', ''],
  ]);
  // Received 1 Nov, checked, proposed and sent 2 Nov (H–J): each waits on the order, due the day
  // before the requested date (Fri 4 Dec, overdue; Fri 18 Dec).
  const sent = ['2/11/2569', '2/11/2569', '2/11/2569'];
  env.spreadsheet.edit(tab, 'B2:J3', [
    ['ลาออก ก', 'somchai@example.org', '1/11/2569', '5/12/2569', '', '', ...sent],
    ['ลาออก ข', 'somchai@example.org', '1/11/2569', '19/12/2569', '', '', ...sent],
  ]);
  const services = (): RunServices => ({
    spreadsheet: ss,
    lock: env.gas.LockService.getDocumentLock(),
    utilities: env.gas.Utilities,
    properties: env.gas.PropertiesService.getDocumentProperties(),
    now: () => env.clock.now(),
    mail: env.gas.MailApp,
    flush: () => env.gas.SpreadsheetApp.flush(),
    builders: env.gas.SpreadsheetApp,
  });
  return { env, ss, tab, services };
}

describe('write-back', () => {
  it('runs of rows, and cells compared as Sheets holds them', () => {
    expect(runsOf([2, 3, 4, 9, 11, 12])).toEqual([
      [2, 4],
      [9, 9],
      [11, 12],
    ]);
    expect(sameCell('', null)).toBe(true);
    expect(sameCell(new Date(5), new Date(5))).toBe(true);
    expect(sameCell(new Date(5), 5)).toBe(false);
  });

  it('span writes one block from the first changed row to the last; runs writes only changed cells', () => {
    const { env, ss, tab } = office();
    env.run({ kind: 'menu' }, () => {
      const sheet = ss.getSheetByName(tab)!;
      const row = (v: string) => Object.assign(Array(12).fill(''), { 10: v, 11: '' });
      const current = ['a', 'b', 'c', 'd'].map(row);
      const wanted = new Map([
        [0, ['A']],
        [2, ['C']],
      ]);
      const rows = { sheet, firstRow: 2, values: current };
      env.calls.reset();
      expect(writeChanged(rows, [10], wanted, 'span')).toEqual({ cells: 3, writes: 1 });
      expect(writeChanged(rows, [11], wanted, 'runs')).toEqual({ cells: 2, writes: 2 });
      expect(env.calls.count('Range.setValues')).toBe(3);
    });
    // The span wrote back what row 3 held as read ('b'); runs wrote only rows 2 and 4.
    expect(env.spreadsheet.values(tab, 'K2:L5')).toEqual([
      ['A', 'A'],
      ['b', ''],
      ['C', 'C'],
      ['', ''],
    ]);
  });
});

describe('updateRegister', () => {
  it('numbers new cases after the highest id the register ever had, and reports it', () => {
    const { env, ss, tab } = office();
    const outcome = env.run({ kind: 'menu' }, () => {
      const [register] = findRegisters(ss);
      const context = workbookContext(ss, env.gas.Utilities, env.clock.now());
      return updateRegister(register!, context, 41n);
    });
    if (!outcome.ok) throw new Error(`not updated: ${JSON.stringify(outcome.error)}`);
    expect(outcome.value.highestId).toBe(43n);
    expect(outcome.value.views.map((v) => v.identity)).toEqual(['K-42@2026-11-01', 'K-43@2026-11-01']);
    expect(env.spreadsheet.values(tab, 'A2:A3')).toEqual([['K-42'], ['K-43']]);
  });

  it('evaluates again from a newer read when an officer typed while it worked', () => {
    const { env, ss, tab } = office();
    env.faults.during('Sheet.getDataRange', () => env.spreadsheet.edit(tab, 'A3', [['ศธ 1/2569']]), 2);
    const outcome = env.run({ kind: 'menu' }, () => {
      const [register] = findRegisters(ss);
      const context = workbookContext(ss, env.gas.Utilities, env.clock.now());
      return updateRegister(register!, context, 0n);
    });
    expect(outcome.ok ? outcome.value.views.map((v) => v.caseId) : outcome.error).toEqual([
      'K-1',
      'ศธ 1/2569',
    ]);
    expect(env.spreadsheet.values(tab, 'A2:A3')).toEqual([['K-1'], ['ศธ 1/2569']]);
  });
});

describe('runRegisters', () => {
  it('writes the register, the _due entry of the day, and sends one digest per person', () => {
    const { env, services } = office();
    const record = env.run({ kind: 'time-driven' }, () => runRegisters(services()));
    expect(record).toMatchObject({ status: 'done', registers: 1, cases: 2 });
    expect(record.mail).toMatchObject({ sent: 2, failed: 0 });
    expect(env.outbox.map((m) => m.to[0]).sort()).toEqual(['boss@example.org', 'somchai@example.org']);
    expect(
      new Set(
        env.spreadsheet
          .values('_due')
          .slice(1)
          .map((r) => r[1]),
      ),
    ).toEqual(new Set(['2026-12-08']));
    const again = env.run({ kind: 'time-driven' }, () => runRegisters(services()));
    expect(again.mail?.sent).toBe(0);
  });

  it('exits as busy when another run holds the lock', () => {
    const { env, services } = office();
    env.faults.holdLock('document');
    expect(env.run({ kind: 'time-driven' }, () => runRegisters(services())).status).toBe('busy');
  });
});

describe('onRegisterEdit', () => {
  it('recomputes the edited row at once and logs the edit', () => {
    const { env, ss, tab } = office();
    env.spreadsheet.edit(tab, 'E2', [['10/12/2569']]);
    env.run({ kind: 'simple-trigger', authMode: 'LIMITED' }, () => {
      const range = ss.getSheetByName(tab)!.getRange('E2');
      onRegisterEdit(ss, env.gas.Utilities, { range, value: '10/12/2569' }, env.clock.now());
    });
    const header = env.spreadsheet.values(tab, 'A1:Z1')[0]!.map(String);
    const due = header.indexOf('ครบกำหนด / Due');
    // The day before 10 Dec 2569 is Wed 9 Dec.
    expect(env.spreadsheet.values(tab)[1]![due]).toBe('9 ธ.ค. 2569');
    expect(env.spreadsheet.values('_log').some((r) => r[1] === 'edit')).toBe(true);
  });
});
