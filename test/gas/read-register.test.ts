// readRegister on the fakes directly: the one way every reader of a register reads and binds it.
import { describe, expect, it } from 'vitest';
import { workbookContext } from '../../src/gas/run/context';
import { findRegisters, readRegister, registerTab } from '../../src/gas/run/registers';
import { createRegister } from '../../src/gas/sidebar-api/workbook-actions';
import { createEnvironment } from '../../src/local/runtime';

const PROCEDURE = '003-resignation-leaving-service';

function office() {
  const env = createEnvironment({
    spreadsheet: { timeZone: 'Asia/Bangkok', locale: 'th_TH', sheets: [{ name: 'Sheet1' }] },
    start: '2026-12-08T09:30:00+07:00',
  });
  const ss = env.gas.SpreadsheetApp.getActive()!;
  const tab = env.run({ kind: 'menu' }, () => createRegister(ss, env.gas.SpreadsheetApp, PROCEDURE));
  env.spreadsheet.edit(tab, 'B2:D2', [['ลาออก ก', 'somchai@example.org', '1/11/2569']]);
  const procedures = () => workbookContext(ss, env.gas.Utilities, env.clock.now()).procedures;
  return { env, ss, tab, procedures };
}

describe('readRegister', () => {
  it('reads a register from row 1 and binds its columns, wherever its header now is', () => {
    const { env, ss, tab, procedures } = office();
    const read = env.run({ kind: 'menu' }, () => {
      const sheet = ss.getSheetByName(tab)!;
      // A title row typed above the header: the header is found on row 2, not read as a case.
      sheet.insertRowsBefore(1, 1);
      sheet.getRange('A1').setValue('ทะเบียนลาออก 2569');
      return readRegister(findRegisters(ss)[0]!, procedures());
    });
    if (!read.ok) throw new Error(`not read: ${read.error.en}`);
    const { bound, values } = read.value;
    expect(bound.headerRow).toBe(2);
    expect(bound.problems).toEqual([]);
    expect(values[0]![0]).toBe('ทะเบียนลาออก 2569');
    expect(values[2]![bound.columnOf.get('subject')!]).toBe('ลาออก ก');
  });

  it('gives the message, not a register, for a tab bound to a procedure nobody knows', () => {
    const { env, ss, tab, procedures } = office();
    const read = env.run({ kind: 'menu' }, () =>
      readRegister(registerTab(ss.getSheetByName(tab)!, 'no-such-procedure'), procedures()),
    );
    expect(read).toEqual({
      ok: false,
      error: {
        th: `แท็บ "${tab}" ผูกกับกระบวนงานที่ไม่รู้จัก (no-such-procedure)`,
        en: `tab "${tab}" is bound to an unknown procedure (no-such-procedure)`,
      },
    });
  });

  it('reads only the head of the tab when asked: the header search reaches 30 rows below the recorded one', () => {
    const { env, ss, tab, procedures } = office();
    const read = env.run({ kind: 'menu' }, () => {
      const sheet = ss.getSheetByName(tab)!;
      sheet.getRange(200, 2).setValue('a case far down');
      return readRegister(findRegisters(ss)[0]!, procedures(), { head: true });
    });
    if (!read.ok) throw new Error(`not read: ${read.error.en}`);
    expect(read.value.values).toHaveLength(31);
    expect(read.value.bound.headerRow).toBe(1);
  });
});
