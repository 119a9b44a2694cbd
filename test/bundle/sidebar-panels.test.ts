// The sidebar's phase-2 server functions from the built bundle: People, My cases, the links to rows,
// the office's holidays, binding an existing tab, and Home's next run and trigger button.
import { describe, expect, it } from 'vitest';
import type { HolidaysView, Home, MyCases, PeopleView } from '../../src/gas/sidebar-api/public';
import { office as officeWorkbook } from './harness';

const SIDEBAR = { kind: 'sidebar' } as const;
const MENU = { kind: 'menu' } as const;
const PROCEDURE = '003-resignation-leaving-service';

function office() {
  return officeWorkbook({ user: 'somchai@example.org' });
}

type R = ReturnType<typeof office>;
const person = (over: Record<string, unknown> = {}) => ({
  row: null,
  expectEmail: '',
  name: 'สมชาย ใจดี',
  email: 'somchai@example.org',
  role: 'นักทรัพยากรบุคคล',
  supervisor: '',
  active: true,
  lang: '',
  ...over,
});

/** A register with two cases for Somchai (one overdue on 8 Dec 2569) and one for nobody known. */
function withCases(runtime: R): string {
  const tab = runtime.callIn(MENU, 'createRegister', PROCEDURE) as string;
  runtime.callIn(SIDEBAR, 'savePerson', person({ name: 'หัวหน้า', email: 'boss@example.org' }));
  runtime.callIn(SIDEBAR, 'savePerson', person({ supervisor: 'boss@example.org' }));
  // Each letter checked, proposed and sent (H–J): it waits on the order, due the day before the
  // requested date (Fri 4 Dec 2569, overdue on Tue 8 Dec; Fri 18 Dec).
  const sent = ['', '', '2/11/2569', '2/11/2569', '2/11/2569'];
  runtime.spreadsheet.edit(tab, 'B2:J4', [
    ['ลาออก ครู ก', 'somchai@example.org', '1/11/2569', '5/12/2569', ...sent],
    ['ลาออก ครู ข', 'สมชาย ใจดี', '1/11/2569', '19/12/2569', ...sent],
    ['ลาออก ครู ค', 'stranger@example.org', '1/11/2569', '19/12/2569', ...sent],
  ]);
  return tab;
}

describe('People', () => {
  it('adds and edits one row at a time, and a supervisor must already be listed', () => {
    const runtime = office();
    let view = runtime.callIn(
      SIDEBAR,
      'savePerson',
      person({ name: 'หัวหน้า', email: 'boss@example.org' }),
    ) as PeopleView;
    view = runtime.callIn(SIDEBAR, 'savePerson', person({ supervisor: 'boss@example.org' })) as PeopleView;
    expect(view.me).toBe('somchai@example.org');
    expect(view.people.map((p) => [p.row, p.email, p.supervisor])).toEqual([
      [2, 'boss@example.org', ''],
      [3, 'somchai@example.org', 'boss@example.org'],
    ]);
    const row = view.people[1]!;
    view = runtime.callIn(SIDEBAR, 'savePerson', {
      ...row,
      expectEmail: row.email,
      role: 'หัวหน้ากลุ่ม',
      lang: 'en',
    }) as PeopleView;
    expect(runtime.spreadsheet.values('People', 'A3:F3')).toEqual([
      ['สมชาย ใจดี', 'somchai@example.org', 'หัวหน้ากลุ่ม', 'boss@example.org', true, 'en'],
    ]);
    expect(() =>
      runtime.callIn(
        SIDEBAR,
        'savePerson',
        person({ email: 'new@example.org', supervisor: 'nobody@example.org' }),
      ),
    ).toThrow(/หัวหน้า "nobody@example.org" .* \/ .*supervisor "nobody@example.org"/);
    expect(runtime.spreadsheet.values('People').length).toBe(3);
  });

  it('refuses a duplicate email or a bad one in both languages, and writes nothing', () => {
    const runtime = office();
    runtime.callIn(SIDEBAR, 'savePerson', person());
    const before = runtime.spreadsheet.values('People');
    expect(() =>
      runtime.callIn(SIDEBAR, 'savePerson', person({ name: 'อีกคน', email: 'SOMCHAI@example.org' })),
    ).toThrow(/มีอยู่แล้ว.* \/ .*already in the People tab/);
    expect(() => runtime.callIn(SIDEBAR, 'savePerson', person({ email: 'somchai at example' }))).toThrow(
      /ไม่ถูกต้อง.*not a valid email/,
    );
    expect(runtime.spreadsheet.values('People')).toEqual(before);
  });

  it('never overwrites a row someone changed since the form was opened', () => {
    const runtime = office();
    const view = runtime.callIn(SIDEBAR, 'savePerson', person()) as PeopleView;
    runtime.spreadsheet.edit('People', 'A2:B2', [['มาลี', 'mali@example.org']]);
    expect(() =>
      runtime.callIn(SIDEBAR, 'savePerson', {
        ...view.people[0]!,
        expectEmail: 'somchai@example.org',
        role: 'x',
      }),
    ).toThrow(/ถูกแก้ไปแล้ว.*has changed/);
    expect(runtime.spreadsheet.values('People', 'A2:C2')).toEqual([
      ['มาลี', 'mali@example.org', 'นักทรัพยากรบุคคล'],
    ]);
  });

  it('deactivating keeps the row; the assignee check lists open cases no reminder can reach', () => {
    const runtime = office();
    withCases(runtime);
    let view = runtime.callIn(SIDEBAR, 'getPeople') as PeopleView;
    expect(view.unknownAssignees.map((u) => [u.row, u.typed])).toEqual([[4, 'stranger@example.org']]);
    const somchai = view.people.find((p) => p.email === 'somchai@example.org')!;
    view = runtime.callIn(SIDEBAR, 'savePerson', {
      ...somchai,
      expectEmail: somchai.email,
      active: false,
    }) as PeopleView;
    expect(view.people.find((p) => p.email === 'somchai@example.org')?.active).toBe(false);
    expect(view.unknownAssignees.map((u) => u.row)).toEqual([2, 3, 4]);
    expect(view.unknownAssignees[0]!.problem.en).toMatch(/inactive/);
  });
});

describe('My cases and the links to rows', () => {
  it("lists the signed-in user's cases that need attention, overdue first, whatever way they were assigned", () => {
    const runtime = office();
    const tab = withCases(runtime);
    const mine = runtime.callIn(SIDEBAR, 'getMyCases', '') as MyCases;
    expect(mine.email).toBe('somchai@example.org');
    expect(mine.cases.map((c) => [c.row, c.state])).toEqual([[2, 'overdue']]);
    expect(mine.cases[0]).toMatchObject({ register: tab, subject: 'ลาออก ครู ก', due: '4/12/2569' });
    expect((runtime.callIn(SIDEBAR, 'getMyCases', 'boss@example.org') as MyCases).cases).toEqual([]);
    runtime.setUser('');
    expect(runtime.callIn(SIDEBAR, 'getMyCases', '')).toEqual({ email: '', cases: [] });
  });

  it('showRows opens the tab and selects exactly the rows, consecutive ones as one range', () => {
    const runtime = office();
    const tab = withCases(runtime);
    const home = runtime.callIn(SIDEBAR, 'getHome') as Home;
    const register = home.registers[0]!;
    expect(register).toMatchObject({ open: 3, overdue: 1, overdueRows: [2], openRows: [2, 3, 4] });
    expect(runtime.callIn(SIDEBAR, 'showRows', register.gid, register.openRows)).toBe(tab);
    const selection = runtime.spreadsheet.selection();
    expect(selection.sheet).toBe(tab);
    expect(selection.ranges).toHaveLength(1);
    expect(selection.ranges[0]).toMatch(/^A2:[A-Z]+4$/);
    runtime.callIn(SIDEBAR, 'showRows', register.gid, [4, 2, 99999, -1]);
    expect(runtime.spreadsheet.selection().ranges.map((a) => a.replace(/:[A-Z]+/, ':'))).toEqual([
      'A2:2',
      'A4:4',
    ]);
    expect(() => runtime.callIn(SIDEBAR, 'showRows', 424242, [2])).toThrow(/the tab is gone/);
  });
});

describe("The office's own days off", () => {
  it('adds a day that moves due dates, refuses a duplicate, and removes only the row it names', () => {
    const runtime = office();
    let view = runtime.callIn(SIDEBAR, 'getHolidays') as HolidaysView;
    expect(view).toMatchObject({ calendar: 'TH', years: { first: 2024, last: 2028 }, office: [] });
    view = runtime.callIn(SIDEBAR, 'addHoliday', '2026-12-09', 'วันสถาปนาสำนักงาน') as HolidaysView;
    expect(view.office).toEqual([{ row: expect.any(Number), date: '2026-12-09', name: 'วันสถาปนาสำนักงาน' }]);
    expect(() => runtime.callIn(SIDEBAR, 'addHoliday', '2026-12-09', 'x')).toThrow(/already listed/);
    expect(() => runtime.callIn(SIDEBAR, 'addHoliday', '9/12/2569', 'x')).toThrow(/YYYY-MM-DD/);
    expect(() => runtime.callIn(SIDEBAR, 'addHoliday', '2026-12-10', '  ')).toThrow(/needs a name/);
    const { row } = view.office[0]!;
    expect(runtime.spreadsheet.values('Holidays', `A${row}:E${row}`)[0]!.slice(1)).toEqual([
      'วันสถาปนาสำนักงาน',
      'office',
      '',
      'somchai@example.org',
    ]);
    expect(() => runtime.callIn(SIDEBAR, 'removeHoliday', row, '2026-12-10')).toThrow(/has changed/);
    view = runtime.callIn(SIDEBAR, 'removeHoliday', row, '2026-12-09') as HolidaysView;
    expect(view.office).toEqual([]);
    expect(runtime.spreadsheet.values('Holidays').some((r) => r[1] === 'วันสถาปนาสำนักงาน')).toBe(false);
  });
});

describe('Binding an existing tab', () => {
  it("binds a copy whose header has the procedure's columns, adds only Kamnot's columns, and the run fills them", () => {
    const source = office();
    const tab = withCases(source);
    const header = source.spreadsheet.values(tab, 'A1:Z1')[0]!.filter((v) => v !== '');
    const inputs = header.slice(
      0,
      header.findIndex((h) => String(h).startsWith('ขั้นตอนปัจจุบัน')),
    );
    const rows = source.spreadsheet.values(tab, `A2:${String.fromCharCode(64 + inputs.length)}3`);
    const runtime = office();
    runtime.callIn(SIDEBAR, 'savePerson', person());
    runtime.spreadsheet.edit('Sheet1', `A1:${String.fromCharCode(64 + inputs.length)}3`, [inputs, ...rows]);
    const typed = runtime.spreadsheet.values('Sheet1', 'A1:Z3');
    const bindable = runtime.callIn(SIDEBAR, 'listBindableTabs') as {
      gid: number;
      procedures: { id: string; missing: number }[];
    }[];
    expect(bindable).toHaveLength(1);
    expect(bindable[0]!.procedures[0]).toMatchObject({ id: PROCEDURE, missing: 5 });
    expect(runtime.callIn(SIDEBAR, 'bindTab', bindable[0]!.gid, PROCEDURE)).toBe('Sheet1');
    expect(runtime.callIn(SIDEBAR, 'listBindableTabs')).toEqual([]);
    expect(() => runtime.callIn(SIDEBAR, 'bindTab', bindable[0]!.gid, PROCEDURE)).toThrow(
      /already a register/,
    );
    runtime.callIn(MENU, 'runNow');
    const after = runtime.spreadsheet.values('Sheet1', 'A1:Z3');
    // The office's cells are as typed (blank case ids get one, as in any register); Kamnot's five
    // columns follow them, filled in.
    expect(after.map((r) => r.slice(1, inputs.length))).toEqual(typed.map((r) => r.slice(1, inputs.length)));
    expect(after.map((r) => r[0])).toEqual([inputs[0], 'K-1', 'K-2']);
    expect(after[0]!.slice(inputs.length, inputs.length + 5).every((h) => String(h).includes(' / '))).toBe(
      true,
    );
    expect(after[1]![inputs.length + 4]).toMatch(/เกินกำหนด/);
    expect(
      runtime.spreadsheet.metadata().some((m) => m.key === 'kamnot.register' && m.value === PROCEDURE),
    ).toBe(true);
  });

  it('refuses a procedure the header does not match', () => {
    const runtime = office();
    runtime.spreadsheet.edit('Sheet1', 'A1:C1', [['ลำดับ', 'ชื่อ', 'วันที่']]);
    expect(runtime.callIn(SIDEBAR, 'listBindableTabs')).toEqual([]);
    const gid = (runtime.callIn(SIDEBAR, 'getHome') as Home).registers.length;
    expect(gid).toBe(0);
  });
});

describe('Home: next run, reminder hour, the trigger button', () => {
  it('installs the trigger once, names its owner, and then shows when the next run is due', () => {
    const runtime = office();
    let home = runtime.callIn(SIDEBAR, 'getHome') as Home;
    expect(home).toMatchObject({
      trigger: { installed: false },
      nextRun: null,
      reminderHour: 8,
      unconfirmedMails: 0,
    });
    expect(runtime.callIn(SIDEBAR, 'installTrigger')).toMatchObject({
      outcome: 'installed',
      owner: 'somchai@example.org',
    });
    expect(runtime.callIn(SIDEBAR, 'installTrigger')).toMatchObject({
      outcome: 'present',
      owner: 'somchai@example.org',
    });
    home = runtime.callIn(SIDEBAR, 'getHome') as Home;
    expect(home.trigger).toMatchObject({
      state: 'waiting',
      installed: true,
      owner: 'somchai@example.org',
      mine: true,
    });
    expect(home.nextRun).toEqual({ shown: null });
    runtime.callIn(MENU, 'runNow');
    home = runtime.callIn(SIDEBAR, 'getHome') as Home;
    expect(home.nextRun?.shown).toMatch(/^8\/12\/2569 10:3\d$/);
  });
});
