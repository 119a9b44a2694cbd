// Registers in the workbook and the run that keeps them current, on build/Code.js in the offline
// runtime: create a tab from the catalogue, type cases, run, edit, run again.
import { describe, expect, it } from 'vitest';
import { load } from './harness';

const PROCEDURE = '003-resignation-leaving-service';
const START = '2026-11-23T09:00:00+07:00'; // a Monday, 09:00 in Bangkok

function workbook() {
  const runtime = load({
    spreadsheet: { timeZone: 'Asia/Bangkok', sheets: [{ name: 'Sheet1' }] },
    start: START,
    deployment: 'bound',
  });
  const tab = runtime.callIn({ kind: 'menu' }, 'createRegister', PROCEDURE) as string;
  const header = runtime.spreadsheet.values(tab, 'A1:Z1')[0]!.filter((v) => v !== '') as string[];
  const col = (text: string) => {
    const i = header.findIndex((h) => h.includes(text));
    if (i < 0) throw new Error(`no column ${text} in ${header.join(' | ')}`);
    return String.fromCharCode(65 + i);
  };
  return { runtime, tab, header, col };
}

describe('a register tab from the catalogue', () => {
  it('has Thai/English headers with notes, a frozen header, the binding, validation and colour rules', () => {
    const { runtime, tab, header } = workbook();
    expect(header[0]).toBe('รหัสเรื่อง / Case ID');
    expect(header).toContain('วันขอลาออก / Requested resignation date');
    expect(header.slice(-5).map((h) => h.split(' / ')[1])).toEqual([
      'Current step',
      'Due',
      'Due (date)',
      'Working days left',
      'Deadline state',
    ]);
    const notes = runtime.spreadsheet.notes(tab, 'A1:A1')[0]![0]!;
    expect(notes).toMatch(/[\u0e00-\u0e7f]/);
    const snapshot = runtime.spreadsheet.snapshotSheet(tab);
    expect(snapshot.frozenRows).toBe(1);
    expect(
      runtime.spreadsheet.metadata().some((m) => m.key === 'kamnot.register' && m.value === PROCEDURE),
    ).toBe(true);
    expect(snapshot.conditionalFormats?.length ?? 0).toBeGreaterThanOrEqual(3);
    // Kamnot's columns are protected as a warning only; dates guide entry without rejecting pastes.
    expect(JSON.stringify(snapshot.protections)).toMatch(/"warningOnly":true/);
    const sheet = runtime.gas.SpreadsheetApp.getActive()!.getSheetByName(tab)!;
    const rule = runtime.run({ kind: 'menu' }, () => sheet.getRange('D2').getDataValidation());
    expect(rule?.getAllowInvalid()).toBe(true);
    expect(String(rule?.getCriteriaType())).toMatch(/DATE/);
    expect(
      ['People', 'Holidays', 'Settings', 'Dashboard', '_log', '_sent'].every((n) =>
        runtime.spreadsheet.sheetNames().includes(n),
      ),
    ).toBe(true);
  });
});

describe('the run', () => {
  it("fills Kamnot's columns, gives blank rows an id, and leaves every typed cell as it was", () => {
    const { runtime, tab, col } = workbook();
    runtime.spreadsheet.edit(tab, `B2:D3`, [
      ['ลาออก ครู ก', 'somchai@example.org', '23/11/2569'],
      ['<img src=x onerror=alert(1)>', 'ghost@example.org', 'พรุ่งนี้'],
    ]);
    runtime.spreadsheet.edit(tab, `${col('วันขอลาออก')}2:${col('วันขอลาออก')}3`, [['5 ธ.ค. 2569'], ['#REF!']]);
    // Row 2: the officer checked, proposed and sent the letter (H–J); it waits on the order, due the
    // day before the requested date.
    runtime.spreadsheet.edit(tab, 'H2:J2', [['23/11/2569', '23/11/2569', '23/11/2569']]);
    const inputsBefore = runtime.spreadsheet.values(tab, `B2:${col('สถานะเรื่อง')}3`);
    const record = runtime.callIn({ kind: 'menu' }, 'runNow') as { cases: number; changedCells: number };
    expect(record.cases).toBe(2);
    expect(runtime.spreadsheet.values(tab, `B2:${col('สถานะเรื่อง')}3`)).toEqual(inputsBefore);
    expect(runtime.spreadsheet.values(tab, 'A2:A3')).toEqual([['K-1'], ['K-2']]);
    const due = col('ครบกำหนด / Due');
    expect(runtime.spreadsheet.values(tab, `${due}2`)[0]![0]).toBe('4 ธ.ค. 2569');
    const state = col('สถานะกำหนด');
    expect(runtime.spreadsheet.values(tab, `${state}2`)[0]![0]).toBe('ตามกำหนด');
    expect(String(runtime.spreadsheet.values(tab, `${state}3`)[0]![0])).toMatch(/⚠/);
    expect(runtime.spreadsheet.notes(tab, `${state}3`)[0]![0]).toMatch(/#REF!|อ่านวันที่ไม่ได้/);
    // Nothing changed since: the second run writes nothing.
    const again = runtime.callIn({ kind: 'menu' }, 'runNow') as { changedCells: number; writes: number };
    expect(again.changedCells).toBe(0);
    expect(again.writes).toBe(0);
  });

  it('keeps working when the tab is renamed and a column is inserted before the data', () => {
    const { runtime, tab } = workbook();
    runtime.spreadsheet.edit(tab, 'B2:D2', [['ลาออก', 'a@example.org', '23/11/2569']]);
    runtime.callIn({ kind: 'menu' }, 'runNow');
    const sheet = runtime.gas.SpreadsheetApp.getActive()!.getSheetByName(tab)!;
    runtime.run({ kind: 'menu' }, () => {
      sheet.setName('ทะเบียนลาออก');
      sheet.insertColumnBefore(1);
    });
    const record = runtime.callIn({ kind: 'menu' }, 'runNow') as {
      cases: number;
      problems: number;
      changedCells: number;
    };
    expect(record.cases).toBe(1);
    expect(record.changedCells).toBe(0);
  });

  it('exits cleanly when another run holds the document lock', () => {
    const { runtime, tab } = workbook();
    runtime.spreadsheet.edit(tab, 'B2:D2', [['ลาออก', 'a@example.org', '23/11/2569']]);
    runtime.faults.holdLock('document');
    const record = runtime.callIn({ kind: 'time-driven' }, 'runNow') as { status: string };
    expect(record.status).toBe('busy');
    expect(runtime.spreadsheet.values(tab, 'A2')[0]![0]).toBe('');
  });

  it('reads each register once and writes in blocks: as many calls for 200 rows as for 2', () => {
    const callsFor = (n: number) => {
      const { runtime, tab } = workbook();
      const rows = Array.from({ length: n }, (_, i) => [`เรื่อง ${i}`, 'a@example.org', '23/11/2569']);
      runtime.spreadsheet.edit(tab, `B2:D${n + 1}`, rows);
      runtime.calls.reset();
      runtime.callIn({ kind: 'time-driven' }, 'runHourly');
      return runtime.calls.snapshot();
    };
    const few = callsFor(2);
    const many = callsFor(200);
    expect(many).toEqual(few);
    // Each register is read twice (once to evaluate, once just before writing, to see rows an officer
    // changed meanwhile); the system tabs and `_due` once each.
    expect(many['Range.getValues']).toBeLessThanOrEqual(14);
  });
});

describe('writes', () => {
  it("changed rows scattered among closed ones still cost one write for Kamnot's columns", () => {
    const { runtime, tab, col } = workbook();
    const status = col('สถานะเรื่อง');
    // Sent on (H–J): each open case waits on the order, due before its requested date.
    const rows = Array.from({ length: 100 }, (_, i) => [
      `เรื่อง ${i}`,
      'a@example.org',
      '23/11/2569',
      '4/1/2570',
      '',
      '',
      '23/11/2569',
      '23/11/2569',
      '23/11/2569',
    ]);
    runtime.spreadsheet.edit(tab, 'B2:J101', rows);
    runtime.spreadsheet.edit(
      tab,
      `${status}2:${status}101`,
      rows.map((_, i) => [i % 2 ? 'ยกเลิก' : '']),
    );
    runtime.callIn({ kind: 'time-driven' }, 'runHourly');
    runtime.clock.advance(24 * 3_600_000); // a day later, the open cases' working days left change
    runtime.calls.reset();
    const record = runtime.callIn({ kind: 'menu' }, 'runNow') as { changedCells: number };
    expect(record.changedCells).toBeGreaterThan(0);
    // Kamnot's block, the Dashboard, `_due` and the log: not one per changed row (50 here).
    expect(runtime.calls.count('Range.setValues')).toBeLessThanOrEqual(4);
  });
});

describe('the hourly trigger and onEdit', () => {
  it('installs one hourly trigger however often it is asked, and records its owner', () => {
    const { runtime } = workbook();
    expect(runtime.callIn({ kind: 'menu' }, 'installHourly')).toBe('installed');
    expect(runtime.callIn({ kind: 'menu' }, 'installHourly')).toBe('present');
    // The owner is said, because mail goes out under the owner's quota.
    expect(JSON.stringify(runtime.ui.toasts.at(-1))).toContain('officer@example.org');
    expect(runtime.triggers.triggers.filter((t) => t.handler === 'runHourly')).toHaveLength(1);
  });

  it('recomputes the edited row at once and writes an audit entry', () => {
    const { runtime, tab, col } = workbook();
    runtime.spreadsheet.edit(tab, 'B2:D2', [['ลาออก', 'a@example.org', '23/11/2569']]);
    runtime.spreadsheet.edit(tab, 'H2:J2', [['23/11/2569', '23/11/2569', '23/11/2569']]);
    runtime.fireOnEdit(tab, `${col('วันขอลาออก')}2`, [['5 ธ.ค. 2569']]);
    expect(runtime.spreadsheet.values(tab, `${col('ครบกำหนด / Due')}2`)[0]![0]).toBe('4 ธ.ค. 2569');
    const log = runtime.spreadsheet.values('_log');
    expect(log.some((row) => row[1] === 'edit' && String(row[2]).includes('5 ธ.ค. 2569'))).toBe(true);
  });
});

describe('the Holidays tab', () => {
  it("shows the shipped days once, reads the office's own days, and warns in November when next year is missing", () => {
    const runtime = load({
      spreadsheet: { timeZone: 'Asia/Bangkok', sheets: [{ name: 'Sheet1' }] },
      start: '2028-11-20T09:00:00+07:00',
    });
    const tab = runtime.callIn({ kind: 'menu' }, 'createRegister', PROCEDURE) as string;
    runtime.callIn({ kind: 'menu' }, 'runNow');
    const shipped = runtime.spreadsheet.values('Holidays').filter((r) => r[4] === 'Kamnot');
    expect(shipped.length).toBeGreaterThan(100);
    runtime.callIn({ kind: 'menu' }, 'runNow');
    expect(runtime.spreadsheet.values('Holidays').filter((r) => r[4] === 'Kamnot')).toHaveLength(
      shipped.length,
    );
    expect(runtime.spreadsheet.notes('Holidays', 'A1')[0]![0]).toMatch(/2572.*2029/);
    // An office day off on Tue 21 Nov 2028 moves a one-working-day deadline from Mon 20 Nov.
    runtime.spreadsheet.edit('Holidays', `A${shipped.length + 2}:B${shipped.length + 2}`, [
      ['21/11/2571', 'วันหยุดของสำนักงาน'],
    ]);
    runtime.spreadsheet.edit(tab, 'B2:D2', [['ลาออก', 'a@example.org', '20/11/2571']]);
    runtime.spreadsheet.edit(tab, 'E2', [['20/12/2571']]);
    runtime.callIn({ kind: 'menu' }, 'runNow');
    expect(runtime.spreadsheet.values('Holidays').filter((r) => r[1] === 'วันหยุดของสำนักงาน')).toHaveLength(1);
  });
});

describe('the time budget', () => {
  it('stops well before the six-minute limit and continues from a saved cursor', () => {
    // Make each register read cost 80 s of Apps Script time: five registers cannot fit in one run.
    const runtime = load({
      spreadsheet: { timeZone: 'Asia/Bangkok', sheets: [{ name: 'Sheet1' }] },
      start: '2026-11-23T06:00:00+07:00',
      costs: { byCall: { 'Sheet.getDataRange': 80_000 } },
    });
    const tabs = [
      '003-resignation-leaving-service',
      '000-study-leave',
      '001-study-leave-extension',
      '003-grievance',
      '003-disciplinary-appeal',
    ].map((id) => runtime.callIn({ kind: 'menu' }, 'createRegister', id) as string);
    for (const tab of tabs) runtime.spreadsheet.edit(tab, 'B2:D2', [['เรื่อง', 'a@example.org', '23/11/2569']]);
    const first = runtime.callIn({ kind: 'time-driven' }, 'runNow') as { status: string; cases: number };
    expect(first.status).toBe('partial');
    expect(first.cases).toBeLessThan(5);
    const covered = new Set<string>();
    for (let run = 0; run < 6 && covered.size < tabs.length; run++) {
      runtime.clock.advance(3_600_000);
      runtime.callIn({ kind: 'time-driven' }, 'runNow');
      for (const tab of tabs) if (runtime.spreadsheet.values(tab, 'A2')[0]![0] !== '') covered.add(tab);
    }
    expect(covered.size).toBe(tabs.length);
  });
});

describe('the run record', () => {
  it('goes to _log with when it started and ended and what it did', () => {
    const { runtime, tab } = workbook();
    runtime.spreadsheet.edit(tab, 'B2:D2', [['ลาออก', 'a@example.org', '23/11/2569']]);
    runtime.callIn({ kind: 'time-driven' }, 'runHourly');
    const log = runtime.spreadsheet.values('_log').filter((r) => String(r[1]).startsWith('run:'));
    const record = JSON.parse(String(log.at(-1)![2]));
    expect(record).toMatchObject({ status: 'done', cases: 1, registers: 1 });
    expect(Date.parse(record.ended)).toBeGreaterThanOrEqual(Date.parse(record.started));
  });

  it('an add-on time-driven run with no active spreadsheet does nothing and does not fail', () => {
    const runtime = load({ timeDrivenActiveSpreadsheet: 'null', start: START });
    expect(() => runtime.callIn({ kind: 'time-driven' }, 'runHourly')).not.toThrow();
    expect(runtime.outbox).toHaveLength(0);
  });
});
