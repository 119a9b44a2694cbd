// Nothing lost, nothing twice (issue 12): what officers do between and during runs, the hidden tabs
// they edit, workbooks too big for one run and runs that cross midnight, each against build/Code.js.
import { describe, expect, it } from 'vitest';
import type { Runtime } from '../../src/local/runtime';
import { load } from './harness';

const PROCEDURE = '003-resignation-leaving-service';
const TIME = { kind: 'time-driven' } as const;
const MENU = { kind: 'menu' } as const;

/** Bangkok wall-clock instant. */
const at = (iso: string) => new Date(`${iso}+07:00`).getTime();
/** H–J of a resignation register: checked, proposed and sent to the ESA on 2 Nov 2569. */
const SENT = ['2/11/2569', '2/11/2569', '2/11/2569'];

/**
 * A resignation register and a People chain. Each letter was received 1 Nov and checked, proposed and
 * sent on 2 Nov (H–J): the case waits on the order, due the day before the requested date:
 * 5/12/2569 → Fri 4 Dec 2569 (overdue from Mon 7 Dec); 19/12/2569 → Fri 18 Dec 2569.
 */
function office(
  start: string,
  registers = 1,
  costs?: Record<string, number>,
): { runtime: Runtime; tabs: string[] } {
  const runtime = load({
    spreadsheet: { timeZone: 'Asia/Bangkok', locale: 'th_TH', sheets: [{ name: 'Sheet1' }] },
    start: `${start}+07:00`,
    deployment: 'bound',
    ...(costs ? { costs: { byCall: costs } } : {}),
  });
  const tabs = Array.from(
    { length: registers },
    () => runtime.callIn(MENU, 'createRegister', PROCEDURE) as string,
  );
  runtime.spreadsheet.edit('People', 'A2:F3', [
    ['สมชาย ใจดี', 'somchai@example.org', 'officer', 'boss@example.org', 'TRUE', ''],
    ['หัวหน้า', 'boss@example.org', 'group-director', '', 'TRUE', ''],
  ]);
  tabs.forEach((tab, i) => {
    runtime.spreadsheet.edit(tab, 'B2:J3', [
      [`ลาออก ก ทะเบียน ${i + 1}`, 'somchai@example.org', '1/11/2569', '5/12/2569', '', '', ...SENT],
      [`ลาออก ข ทะเบียน ${i + 1}`, 'somchai@example.org', '1/11/2569', '19/12/2569', '', '', ...SENT],
    ]);
  });
  return { runtime, tabs };
}

const mailsTo = (r: Runtime, to: string) => r.outbox.filter((m) => m.to.includes(to));
const runAt = (r: Runtime, iso: string) => {
  r.clock.advanceTo(at(iso));
  return r.callIn(TIME, 'runHourly') as { status: string; notes: string[] } | null;
};
const lastRun = (r: Runtime) => {
  const rows = r.spreadsheet.values('_log').filter((row) => String(row[1]).startsWith('run:'));
  return JSON.parse(String(rows.at(-1)![2])) as { status: string; notes: string[] };
};

describe('a workbook too big for one run', () => {
  it('sends the day’s reminders once every register has been evaluated that day, whichever runs did it', () => {
    // Each read of a register costs 100 s: two registers fit in a run's 4.5 minutes, not four.
    const { runtime } = office('2026-12-08T09:00:00', 4, { 'Sheet.getDataRange': 50_000 });
    runAt(runtime, '2026-12-08T09:00:00');
    expect(lastRun(runtime).status).toBe('partial');
    expect(runtime.outbox).toHaveLength(0);
    runAt(runtime, '2026-12-08T10:00:00');
    const mails = mailsTo(runtime, 'somchai@example.org');
    expect(mails).toHaveLength(1);
    // Every register's overdue case is in the one digest.
    for (let i = 1; i <= 4; i++) expect(mails[0]!.htmlBody).toContain(`ลาออก ก ทะเบียน ${i}`);
    expect(mailsTo(runtime, 'boss@example.org')).toHaveLength(1);
    runAt(runtime, '2026-12-08T11:00:00');
    runAt(runtime, '2026-12-08T12:00:00');
    expect(mailsTo(runtime, 'somchai@example.org')).toHaveLength(1);
    // The next working day, the same again from that day's evaluations only.
    runAt(runtime, '2026-12-09T09:00:00');
    expect(mailsTo(runtime, 'somchai@example.org')).toHaveLength(1);
    runAt(runtime, '2026-12-09T10:00:00');
    expect(mailsTo(runtime, 'somchai@example.org')).toHaveLength(2);
  });
});

describe('case ids', () => {
  it('a deleted case’s id is never given again, and a new case under it is told to the supervisor at once', () => {
    const { runtime, tabs } = office('2026-12-08T09:30:00');
    const tab = tabs[0]!;
    runtime.callIn(TIME, 'runHourly');
    expect(runtime.spreadsheet.values(tab, 'A2:A3')).toEqual([['K-1'], ['K-2']]);
    const escalations = () => mailsTo(runtime, 'boss@example.org').length;
    expect(escalations()).toBe(1);
    // The highest case is deleted; a new overdue case is typed in its place the next day.
    runtime.spreadsheet.edit(tab, 'A3:J3', [Array(10).fill('')]);
    runtime.spreadsheet.edit(tab, 'A2:J2', [Array(10).fill('')]);
    runtime.spreadsheet.edit(tab, 'B2:J2', [
      ['ลาออก ครู ใหม่', 'somchai@example.org', '2/11/2569', '5/12/2569', '', '', ...SENT],
    ]);
    runAt(runtime, '2026-12-09T09:30:00');
    expect(runtime.spreadsheet.values(tab, 'A2')).toEqual([['K-3']]);
    // The supervisor hears of the new case on its first overdue day, not a week later.
    expect(escalations()).toBe(2);
    expect(mailsTo(runtime, 'boss@example.org')[1]!.htmlBody).toContain('ลาออก ครู ใหม่');
  });

  it('a row copied with its id as a template for a new case is reminded too', () => {
    const { runtime, tabs } = office('2026-12-08T09:30:00');
    const tab = tabs[0]!;
    runtime.callIn(TIME, 'runHourly');
    // Row 2 (K-1) copied to row 4, its subject changed; the id and the dates stay as copied.
    const copy = runtime.spreadsheet.values(tab, 'A2:E2')[0]!;
    runtime.spreadsheet.edit(tab, 'A4:J4', [
      [copy[0], 'ลาออก ครู สำเนา', copy[2], '1/11/2569', '5/12/2569', '', '', ...SENT],
    ]);
    runAt(runtime, '2026-12-09T09:30:00');
    const wednesday = mailsTo(runtime, 'somchai@example.org')[1]!;
    expect(wednesday.htmlBody).toContain('ลาออก ครู สำเนา');
    expect(wednesday.htmlBody).toContain('ลาออก ก ทะเบียน 1');
  });

  it('ids near 2^53 stay distinct', () => {
    const { runtime, tabs } = office('2026-12-08T09:30:00');
    const tab = tabs[0]!;
    runtime.spreadsheet.edit(tab, 'A2', [["'K-9007199254740991"]]);
    runtime.spreadsheet.edit(tab, 'B4:J5', [
      ['ลาออก ค', 'somchai@example.org', '1/11/2569', '19/12/2569', '', '', ...SENT],
      ['ลาออก ง', 'somchai@example.org', '1/11/2569', '19/12/2569', '', '', ...SENT],
    ]);
    runtime.callIn(TIME, 'runHourly');
    expect(runtime.spreadsheet.values(tab, 'A2:A5')).toEqual([
      ['K-9007199254740991'],
      ['K-9007199254740992'],
      ['K-9007199254740993'],
      ['K-9007199254740994'],
    ]);
  });
});

describe('the hidden _sent tab edited by people', () => {
  it('deleted after the day’s mail: nobody is mailed again that day, and no supervisor before the cadence', () => {
    const { runtime } = office('2026-12-08T09:30:00');
    runtime.callIn(TIME, 'runHourly');
    expect(runtime.outbox).toHaveLength(2);
    const sheet = runtime.gas.SpreadsheetApp.getActive()!.getSheetByName('_sent')!;
    runtime.run(MENU, () => runtime.gas.SpreadsheetApp.getActive()!.deleteSheet(sheet));
    runAt(runtime, '2026-12-08T10:30:00');
    expect(runtime.outbox).toHaveLength(2);
    // Wednesday: the officer's daily digest, but the supervisor was told on Tuesday (every 7 days).
    runtime.run(MENU, () => runtime.spreadsheet.range('_sent', 'A2:F50').clearContent());
    runAt(runtime, '2026-12-09T09:30:00');
    expect(mailsTo(runtime, 'somchai@example.org')).toHaveLength(2);
    expect(mailsTo(runtime, 'boss@example.org')).toHaveLength(1);
  });

  it('grown past 20,000 rows and sorted newest first: the day’s mail is not sent again', () => {
    const { runtime } = office('2026-12-08T09:30:00');
    runtime.callIn(TIME, 'runHourly');
    expect(runtime.outbox).toHaveLength(2);
    const today = runtime.spreadsheet.values('_sent').slice(1);
    const old = Array.from({ length: 20_000 }, (_, i) => [
      `2026-09-${String((i % 28) + 1).padStart(2, '0')}|due-soon|1|K-${i}|s1`,
      'somchai@example.org',
      `2026-09-01|somchai@example.org`,
      'sent',
      `2026-09-01T02:00:00.000Z`,
      '',
    ]);
    const sheet = runtime.spreadsheet.range('_sent', 'A1').getSheet();
    sheet.insertRowsAfter(sheet.getMaxRows(), old.length);
    runtime.spreadsheet.edit('_sent', `A2:F${today.length + old.length + 1}`, [...today, ...old]);
    runAt(runtime, '2026-12-08T10:30:00');
    expect(runtime.outbox).toHaveLength(2);
  });
});

describe('runs that cross midnight', () => {
  it('a run that starts before midnight and would send after it sends nothing; the day’s digest goes the next morning', () => {
    // Reading each register costs 3 minutes: a run started at 23:58 reaches the mail after midnight.
    const { runtime } = office('2026-12-08T23:58:00', 1, { 'Sheet.getDataRange': 90_000 });
    runtime.callIn(TIME, 'runHourly');
    expect(runtime.outbox).toHaveLength(0);
    expect(lastRun(runtime).notes.some((n) => /midnight/.test(n))).toBe(true);
    runAt(runtime, '2026-12-09T09:00:00');
    const mails = mailsTo(runtime, 'somchai@example.org');
    expect(mails).toHaveLength(1);
    expect(new Date(mails[0]!.at).getTime()).toBeGreaterThanOrEqual(at('2026-12-09T09:00:00'));
  });

  it('on a Friday night, nothing goes out on Saturday', () => {
    const { runtime } = office('2026-12-11T23:58:00', 1, { 'Sheet.getDataRange': 90_000 });
    runtime.callIn(TIME, 'runHourly');
    for (const hour of ['00', '08', '09', '12']) runAt(runtime, `2026-12-12T${hour}:30:00`);
    expect(runtime.outbox).toHaveLength(0);
  });
});

describe('officers typing while a run works', () => {
  /**
   * Runs once, counting the run's getDataRange calls: the last one is the register's re-read just
   * before writing, so an action armed before it lands after the read and before the write.
   */
  const rereadIndex = (r: Runtime) => {
    r.calls.reset();
    r.callIn(TIME, 'runHourly');
    return r.calls.count('Sheet.getDataRange');
  };

  it('an id typed into a blank case-id cell during the run stays; the run writes no id over it', () => {
    const { runtime, tabs } = office('2026-12-08T09:30:00');
    const tab = tabs[0]!;
    const n = rereadIndex(runtime);
    runtime.spreadsheet.edit(tab, 'B4:J4', [
      ['ลาออก ค', 'somchai@example.org', '1/11/2569', '19/12/2569', '', '', ...SENT],
    ]);
    runtime.faults.during(
      'Sheet.getDataRange',
      () => runtime.spreadsheet.edit(tab, 'A4', [['ศธ 0412/123']]),
      n,
    );
    runAt(runtime, '2026-12-08T10:30:00');
    expect(runtime.spreadsheet.values(tab, 'A4')).toEqual([['ศธ 0412/123']]);
    runAt(runtime, '2026-12-08T11:30:00');
    expect(runtime.spreadsheet.values(tab, 'A2:A4')).toEqual([['K-1'], ['K-2'], ['ศธ 0412/123']]);
  });

  it('a row inserted at the top during the run: nothing lands one row off', () => {
    const { runtime, tabs } = office('2026-12-08T09:30:00');
    const tab = tabs[0]!;
    const n = rereadIndex(runtime);
    const before = runtime.spreadsheet.values(tab, 'A2:Z3');
    runtime.spreadsheet.edit(tab, 'B4:J4', [
      ['ลาออก ค', 'somchai@example.org', '1/11/2569', '19/12/2569', '', '', ...SENT],
    ]);
    runtime.faults.during(
      'Sheet.getDataRange',
      () => runtime.spreadsheet.range(tab, 'A1').getSheet().insertRowsBefore(2, 1),
      n,
    );
    runAt(runtime, '2026-12-08T10:30:00');
    // The run saw the tab change, read it again and wrote against what it holds now.
    expect(runtime.spreadsheet.values(tab, 'A2:Z2')[0]!.every((v) => v === '')).toBe(true);
    expect(runtime.spreadsheet.values(tab, 'A3:Z4')).toEqual(before);
    expect(runtime.spreadsheet.values(tab, 'A5')).toEqual([['K-3']]);
    expect(runtime.spreadsheet.values(tab, 'B5')).toEqual([['ลาออก ค']]);
  });
});
