// The hourly run at scale: one time-driven run of build/Code.js over 50 registers × 2,000 cases in the
// offline runtime, at the office's hour (so the digests go out too). Figures with the targets beside
// them; no time is asserted. Registers are made by the bundle's createRegister; their rows are typed in
// one block per register: years of closed cases, and every 250th row an open one (the demo workbook's
// cases, repeated with fresh ids).
import { readFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { calendarNamed } from '../../src/core/calendar/calendars';
import { workday } from '../../src/core/calendar/counting';
import { procedureById } from '../../src/core/catalog/catalogue';
import { type Day, dayFromIso, isoFromDay } from '../../src/core/dates/civil';
import { registerLayout } from '../../src/core/register/layout';
import { lastRun, readLedger } from '../../src/local/demo/inspect';
import {
  BAD_DATE,
  bangkokInstant,
  buildDemoWorkbook,
  demoPlan,
  demoRuntime,
  letter,
  peopleRows,
} from '../../src/local/demo/workbook';
import type { Runtime } from '../../src/local/runtime';
import { line } from './timing';

const REGISTERS = Number(process.env.KAMNOT_BENCH_REGISTERS ?? 50);
const CASES = Number(process.env.KAMNOT_BENCH_CASES ?? 2_000);
const OPEN_EVERY = 250;
const HOUR = 8;

/** A workbook of `registers` × `cases` as of `today`; `room` adds rows to the hidden _sent and _log tabs. */
function workbook(code: string, today: Day, registers: number, cases: number, room: boolean): Runtime {
  const runtime = demoRuntime(code, today, HOUR - 2, { realTimeoutMs: 600_000 });
  const plans = demoPlan(today);
  for (let r = 0; r < registers; r++) {
    const plan = plans[r % plans.length]!;
    const tab = runtime.callIn({ kind: 'menu' }, 'createRegister', plan.procedureId) as string;
    const layout = registerLayout(procedureById(plan.procedureId)!);
    const at = new Map(layout.inputs.map((c, i) => [c.key, i]));
    // Closed history: the plan's cases that read cleanly, marked closed (unless cancelled).
    const history = plan.cases.filter((c) => c.cells.start !== BAD_DATE && !c.cells['hold-from']);
    const rows = Array.from({ length: cases }, (_, i) => {
      const open = i % OPEN_EVERY === 0;
      const template = open
        ? plan.cases[(i / OPEN_EVERY) % plan.cases.length]!
        : history[i % history.length]!;
      const row: string[] = layout.inputs.map(() => '');
      row[at.get('case-id')!] = `R${r + 1}-${i + 1}`;
      row[at.get('subject')!] = `${template.subject} #${i + 1}`;
      row[at.get('assignee')!] = template.assignee;
      for (const [key, value] of Object.entries(template.cells)) row[at.get(key)!] = value;
      if (!open && template.cells.status !== 'ยกเลิก') row[at.get('status')!] = 'ปิดเรื่อง';
      return row;
    });
    runtime.run({ kind: 'menu' }, () => {
      const sheet = runtime.gas.SpreadsheetApp.getActive()!.getSheetByName(tab)!;
      if (sheet.getMaxRows() < cases + 1)
        sheet.insertRowsAfter(sheet.getMaxRows(), cases + 1 - sheet.getMaxRows());
    });
    if (cases > 0) runtime.spreadsheet.edit(tab, `A2:${letter(layout.inputs.length)}${cases + 1}`, rows);
  }
  // The system tabs (People, Settings…) exist in every workbook, with or without registers.
  runtime.callIn({ kind: 'menu' }, 'installHourly');
  const people = peopleRows();
  runtime.spreadsheet.edit('People', `A2:F${people.length + 1}`, people);
  if (room) {
    runtime.run({ kind: 'menu' }, () => {
      for (const name of ['_sent', '_log']) {
        const sheet = runtime.gas.SpreadsheetApp.getActive()!.getSheetByName(name)!;
        for (let k = 0; k < 10; k++) sheet.insertRowsAfter(sheet.getMaxRows(), 5_000);
      }
    });
  }
  return runtime;
}

interface Measured {
  readonly ok: boolean;
  readonly error?: string;
  readonly calls: number;
  readonly byName: Readonly<Record<string, number>>;
  readonly sequence: readonly string[];
  readonly virtualMs: number;
  readonly cpuMs: number;
  /** CPU samples in build/Code.js (the add-on itself), when profiled. */
  readonly bundleMs: number | null;
  readonly wallMs: number;
}

/** Self time of the profile's samples whose script is Code.js. */
function bundleTime(profile: {
  nodes: { id: number; callFrame: { url: string } }[];
  samples: number[];
  timeDeltas: number[];
}): number {
  const inBundle = new Set(profile.nodes.filter((n) => n.callFrame.url.endsWith('Code.js')).map((n) => n.id));
  let us = 0;
  profile.samples.forEach((id, i) => {
    if (inBundle.has(id)) us += profile.timeDeltas[i] ?? 0;
  });
  return us / 1000;
}

/** One time-driven runHourly at `hour` on `day`, measured. */
function runAt(runtime: Runtime, day: Day, profile: boolean): Measured {
  runtime.clock.advanceTo(bangkokInstant(day, HOUR));
  runtime.calls.reset();
  const started = runtime.clock.now();
  const session = profile ? new Session() : null;
  let cpuProfile: Parameters<typeof bundleTime>[0] | null = null;
  if (session) {
    session.connect();
    session.post('Profiler.enable');
    session.post('Profiler.start');
  }
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  let error: string | undefined;
  try {
    runtime.callIn({ kind: 'time-driven' }, 'runHourly');
  } catch (e) {
    error = (e as Error).message;
  }
  const wallMs = performance.now() - t0;
  const used = process.cpuUsage(cpu);
  if (session) {
    session.post('Profiler.stop', (err, result) => {
      if (!err) cpuProfile = result.profile as unknown as Parameters<typeof bundleTime>[0];
    });
    session.disconnect();
  }
  return {
    ok: error === undefined,
    ...(error === undefined ? {} : { error }),
    calls: runtime.calls.total(),
    byName: runtime.calls.snapshot(),
    sequence: runtime.calls.sequence(),
    virtualMs: runtime.clock.now() - started,
    cpuMs: (used.user + used.system) / 1000,
    bundleMs: cpuProfile ? bundleTime(cpuProfile) : null,
    wallMs,
  };
}

/** Calls between the mail quota check and the release of the lock: the digests, their ledger rows, the flushes. */
function mailCalls(sequence: readonly string[]): number {
  const from = sequence.indexOf('MailApp.getRemainingDailyQuota');
  const to = sequence.lastIndexOf('Lock.releaseLock');
  return from < 0 || to < from ? 0 : to - from - 1;
}

/** What one register costs, by call: (full run − 0-register run) / registers, mail calls left out. */
function perRegisterCalls(full: Measured, empty: Measured): string {
  const from = full.sequence.indexOf('MailApp.getRemainingDailyQuota');
  const to = full.sequence.lastIndexOf('Lock.releaseLock');
  const mail = new Map<string, number>();
  if (from >= 0)
    for (const name of full.sequence.slice(from + 1, to)) mail.set(name, (mail.get(name) ?? 0) + 1);
  return Object.keys(full.byName)
    .map((name) => {
      const n =
        (full.byName[name]! - (empty.byName[name] ?? 0) - (mail.get(name) ?? 0)) / Math.max(1, REGISTERS);
      return [name, n] as const;
    })
    .filter(([, n]) => n >= 0.05)
    .sort((a, b) => b[1] - a[1])
    .map(([name, n]) => `${name} ${Number.isInteger(n) ? n : n.toFixed(1)}`)
    .join(', ');
}

function writesOf(byName: Readonly<Record<string, number>>): number {
  return Object.entries(byName)
    .filter(([name]) => /^Range\.(set|clear)|^Sheet\.(append|insert|delete)/.test(name))
    .reduce((n, [, v]) => n + v, 0);
}

export function benchRun(root: string): void {
  const code = readFileSync(join(root, 'build/Code.js'), 'utf8');
  const cal = calendarNamed('TH');
  const today = dayFromIso('2026-11-24')!; // a Tuesday, a working day: the digests go out
  const nextDay = workday(cal, today, 1);
  console.log(
    `\nhourly run: ${REGISTERS} registers × ${CASES.toLocaleString('en')} cases (1 in ${OPEN_EVERY} open), ` +
      `time-driven at ${HOUR}:00 on ${isoFromDay(today)} (Bangkok)`,
  );
  const t0 = performance.now();
  const empty = runAt(workbook(code, today, 0, 0, false), today, false);
  let runtime = workbook(code, today, REGISTERS, CASES, false);
  let full = runAt(runtime, today, true);
  if (!full.ok) {
    line('run: FAILED on a new workbook', clip(full.error ?? '', 60));
    console.log('   (measured again below in a workbook whose _sent and _log tabs have 50,000 more rows)');
    runtime = workbook(code, today, REGISTERS, CASES, true);
    full = runAt(runtime, today, true);
  }
  const record = lastRun(runtime);
  const mails = runtime.outbox;
  const recipients = new Set(mails.flatMap((m) => m.to.map((t) => t.toLowerCase())));
  const ledger = readLedger(runtime);
  const items = ledger.filter((e) => e.status === 'sent').length;
  const failed = ledger.filter((e) => e.status === 'failed');
  const mailPart = mailCalls(full.sequence);
  const perRegister = (full.calls - empty.calls) / Math.max(1, REGISTERS);
  const perRegisterWithoutMail = (full.calls - empty.calls - mailPart) / Math.max(1, REGISTERS);

  line('run: status', full.ok ? (record?.status ?? '?') : `threw: ${clip(full.error ?? '', 40)}`);
  line('run: cases evaluated', (record?.cases ?? 0).toLocaleString('en'));
  line('run: service calls, a run with 0 registers (the constant)', String(empty.calls));
  line(`run: service calls, ${REGISTERS} registers`, String(full.calls));
  line(`run: …per register ((total − 0-register run) / ${REGISTERS})`, perRegister.toFixed(1));
  line('run: …of which mail and its ledger (per recipient)', String(mailPart));
  line(
    'run: …per register, mail left out',
    perRegisterWithoutMail.toFixed(1),
    '≤ 5 + a constant',
    perRegisterWithoutMail <= 5,
  );
  line('run: …per register, by call', '');
  console.log(`   ${perRegisterCalls(full, empty)}`);
  line('run: reads (Range.getValues)', String(full.byName['Range.getValues'] ?? 0));
  line('run: write calls (setValues, setNotes, clear…)', String(writesOf(full.byName)));
  line('run: cells changed', (record?.changedCells ?? 0).toLocaleString('en'));
  const withReminders = new Set(ledger.map((e) => e.to.toLowerCase()));
  line(
    'run: emails sent',
    String(mails.length),
    `= recipients (${recipients.size})`,
    mails.length === recipients.size,
  );
  line(
    'run: people with reminders today / emails sent',
    `${withReminders.size} / ${mails.length}`,
    'equal',
    withReminders.size === mails.length,
  );
  line('run: reminder items in those emails (rows, not emails)', String(items));
  if (failed.length > 0)
    line(
      'run: reminder items whose mail failed',
      `${failed.length}: ${clip(String(failedNote(runtime)), 40)}`,
    );
  line(
    'run: Node CPU time of the run (process.cpuUsage, profiler on)',
    `${full.cpuMs.toFixed(0)} ms`,
    '< 2 s',
    full.cpuMs < 2000,
  );
  if (full.bundleMs !== null) {
    line('run: …in build/Code.js (profiler samples)', `${full.bundleMs.toFixed(0)} ms`);
    line(
      'run: …in the offline runtime (fake services, realm copies)',
      `${(full.cpuMs - full.bundleMs).toFixed(0)} ms`,
    );
  }
  line('run: wall time of the run', `${full.wallMs.toFixed(0)} ms`);
  line(
    'run: virtual Apps Script time (runtime clock)',
    `${(full.virtualMs / 1000).toFixed(1)} s`,
    '< 4.5 min budget',
    full.virtualMs < 270_000,
  );
  if (record?.status === 'partial') {
    const note = record.notes.find((n) => n.includes('time budget reached')) ?? '';
    const from = Number(/register (\d+) of/.exec(note)?.[1] ?? REGISTERS + 1) - 1;
    line(
      'run: stopped on the time budget; runs to cover every register',
      String(Math.ceil(REGISTERS / Math.max(1, from))),
    );
  } else line('run: runs to cover every register', '1');

  // The next working day: only days-left and states of the open cases change.
  const next = runAt(runtime, nextDay, false);
  line(
    `next working day (${isoFromDay(nextDay)}): service calls per register, mail left out`,
    ((next.calls - empty.calls - mailCalls(next.sequence)) / Math.max(1, REGISTERS)).toFixed(1),
    '≤ 5 + a constant',
    (next.calls - empty.calls - mailCalls(next.sequence)) / Math.max(1, REGISTERS) <= 5,
  );
  line('next working day: write calls', String(writesOf(next.byName)));
  line('next working day: Node CPU time', `${next.cpuMs.toFixed(0)} ms`);
  line(
    'setup: building the workbooks (not part of any run)',
    `${((performance.now() - t0 - empty.wallMs - full.wallMs - next.wallMs) / 1000).toFixed(1)} s`,
  );
}

/**
 * Where the run meets Apps Script's limits, each shown on a small workbook: the hidden tabs' rows
 * (a new sheet has 1,000) and the mail body size (200 KB for a consumer account).
 */
export function benchLimits(root: string): void {
  const code = readFileSync(join(root, 'build/Code.js'), 'utf8');
  const cal = calendarNamed('TH');
  const first = dayFromIso('2026-11-23')!;
  console.log('\nlimits: the demo office workbook (npm start) over the weeks, a full _log, one large digest');

  // The demo office, one run a day at the office hour: the _sent ledger grows by two rows a reminder.
  const office = demoRuntime(code, first, HOUR - 1);
  buildDemoWorkbook(office, first);
  let day = first;
  let days = 0;
  let failure: string | null = null;
  for (; days < 120 && failure === null; days++) {
    office.clock.advanceTo(bangkokInstant(day, HOUR));
    try {
      office.callIn({ kind: 'time-driven' }, 'runHourly');
      day = workday(cal, day, 1);
    } catch (e) {
      failure = (e as Error).message;
    }
  }
  const ledgerRows = office.spreadsheet.values('_sent').length;
  line(
    'limits: demo office, one run a working day: runs that went through',
    failure ? `${days - 1} (to ${isoFromDay(workday(cal, day, -1))})` : `${days}, all`,
  );
  if (failure) {
    line(`limits: …the run on ${isoFromDay(day)}, _sent at ${ledgerRows} rows, threw`, clip(failure, 48));
  }

  // _log: one row per run (and per edit); a new tab is full after 999 of them (41 days of hourly runs).
  const logged = demoRuntime(code, first, HOUR - 1);
  buildDemoWorkbook(logged, first);
  logged.spreadsheet.edit(
    '_log',
    'A2:D1000',
    Array.from({ length: 999 }, (_, i) => [
      isoFromDay(first),
      'run:done',
      `{"run":${i + 1}}`,
      'x@example.org',
    ]),
  );
  logged.clock.advanceTo(bangkokInstant(first, HOUR));
  let logFailure = 'no error';
  try {
    logged.callIn({ kind: 'time-driven' }, 'runHourly');
  } catch (e) {
    logFailure = `threw: ${(e as Error).message}`;
  }
  line('limits: _log holding 999 runs, the next run', clip(logFailure, 60));

  // One officer with many overdue cases: one digest holds them all.
  for (const count of [100, 200]) {
    const big = demoRuntime(code, first, HOUR - 1);
    const tab = big.callIn({ kind: 'menu' }, 'createRegister', '003-resignation-leaving-service') as string;
    big.spreadsheet.edit('People', 'A2:F2', [
      ['นายอนุชา รักงาน', 'anucha@example.org', 'officer', '', 'TRUE', ''],
    ]);
    const due = workday(cal, first, -3);
    big.spreadsheet.edit(
      tab,
      `B2:E${count + 1}`,
      Array.from({ length: count }, (_, i) => [
        `ครูคนที่ ${i + 1} ขอลาออกจากราชการ`,
        'anucha@example.org',
        isoFromDay(workday(cal, due, -10)),
        isoFromDay(due + 30),
      ]),
    );
    big.clock.advanceTo(bangkokInstant(first, HOUR));
    big.callIn({ kind: 'time-driven' }, 'runHourly');
    const note = failedNote(big);
    line(
      `limits: one officer, ${count} overdue cases: the digest`,
      note
        ? clip(`failed: ${note}`, 48)
        : `sent (${Math.round((big.outbox[0]?.htmlBody?.length ?? 0) / 1024)} K chars)`,
    );
  }
}

function failedNote(runtime: Runtime): string {
  const row = runtime.spreadsheet.values('_sent').find((r) => r[3] === 'failed');
  return String(row?.[5] ?? '');
}

function clip(text: string, max: number): string {
  const one = text.replace(/\s+/g, ' ');
  return one.length <= max ? one : `${one.slice(0, max - 1)}…`;
}
