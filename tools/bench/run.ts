// The hourly run at scale: one time-driven run of build/Code.js over 50 registers × 2,000 cases in the
// offline runtime, at the office's hour (so the digests go out too), then the next working day.
// Figures with the targets beside them; no time is asserted. The workbook is built in workbook.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { calendarNamed } from '../../src/core/calendar/calendars';
import { workday } from '../../src/core/calendar/counting';
import { dayFromIso, isoFromDay } from '../../src/core/dates/civil';
import { lastRun, readLedger } from '../../src/local/demo/inspect';
import { failedNote } from './limits';
import { note, section } from './report';
import { line } from './timing';
import { benchWorkbook, clip, HOUR, type Measured, OPEN_EVERY, runAt } from './workbook';

/** The size measured unless main.ts says otherwise (environment variables kept for one-off runs). */
export const RUN_REGISTERS = Number(process.env.KAMNOT_BENCH_REGISTERS ?? 50);
export const RUN_CASES = Number(process.env.KAMNOT_BENCH_CASES ?? 2_000);

/** Calls between the mail quota check and the release of the lock: the digests, their ledger rows, the flushes. */
function mailCalls(sequence: readonly string[]): number {
  const from = sequence.indexOf('MailApp.getRemainingDailyQuota');
  const to = sequence.lastIndexOf('Lock.releaseLock');
  return from < 0 || to < from ? 0 : to - from - 1;
}

/** What one register costs, by call: (full run − 0-register run) / registers, mail calls left out. */
function perRegisterCalls(full: Measured, empty: Measured, registers: number): string {
  const from = full.sequence.indexOf('MailApp.getRemainingDailyQuota');
  const to = full.sequence.lastIndexOf('Lock.releaseLock');
  const mail = new Map<string, number>();
  if (from >= 0)
    for (const name of full.sequence.slice(from + 1, to)) mail.set(name, (mail.get(name) ?? 0) + 1);
  return Object.keys(full.byName)
    .map((name) => {
      const n =
        (full.byName[name]! - (empty.byName[name] ?? 0) - (mail.get(name) ?? 0)) / Math.max(1, registers);
      return [name, n] as const;
    })
    .filter(([, n]) => n >= 0.05)
    .sort((a, b) => b[1] - a[1])
    .map(([name, n]) => `${name} ${Number.isInteger(n) ? n : n.toFixed(1)}`)
    .join(', ');
}

/** Every service call of a run by method, most frequent first; Utilities.formatDate always shown (a zone look-up is a call). */
function byMethod(byName: Readonly<Record<string, number>>): string {
  const counts = { 'Utilities.formatDate': 0, ...byName };
  return Object.entries(counts)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([name, n]) => `${name} ${n}`)
    .join(', ');
}

function writesOf(byName: Readonly<Record<string, number>>): number {
  return Object.entries(byName)
    .filter(([name]) => /^Range\.(set|clear)|^Sheet\.(append|insert|delete)/.test(name))
    .reduce((n, [, v]) => n + v, 0);
}

export function benchRun(root: string, registers = RUN_REGISTERS, cases = RUN_CASES): void {
  const code = readFileSync(join(root, 'build/Code.js'), 'utf8');
  const cal = calendarNamed('TH');
  const today = dayFromIso('2026-11-24')!; // a Tuesday, a working day: the digests go out
  const nextDay = workday(cal, today, 1);
  section(
    `hourly run: ${registers} registers × ${cases.toLocaleString('en')} cases (1 in ${OPEN_EVERY} open), ` +
      `time-driven at ${HOUR}:00 on ${isoFromDay(today)} (Bangkok)`,
  );
  const t0 = performance.now();
  const empty = runAt(benchWorkbook(code, today, 0, 0), today, false);
  let runtime = benchWorkbook(code, today, registers, cases);
  let full = runAt(runtime, today, true);
  if (!full.ok) {
    line('run: FAILED on a new workbook', clip(full.error ?? '', 60));
    note('(measured again below in a workbook whose _sent and _log tabs have 50,000 more rows)');
    runtime = benchWorkbook(code, today, registers, cases, true);
    full = runAt(runtime, today, true);
  }
  const record = lastRun(runtime);
  const mails = runtime.outbox;
  const recipients = new Set(mails.flatMap((m) => m.to.map((t) => t.toLowerCase())));
  const ledger = readLedger(runtime);
  const items = ledger.filter((e) => e.status === 'sent').length;
  const failed = ledger.filter((e) => e.status === 'failed');
  const mailPart = mailCalls(full.sequence);
  const perRegister = (full.calls - empty.calls) / Math.max(1, registers);
  const perRegisterWithoutMail = (full.calls - empty.calls - mailPart) / Math.max(1, registers);

  line('run: status', full.ok ? (record?.status ?? '?') : `threw: ${clip(full.error ?? '', 40)}`);
  line('run: cases evaluated', (record?.cases ?? 0).toLocaleString('en'));
  line('run: service calls, a run with 0 registers (the constant)', String(empty.calls));
  line(`run: service calls, ${registers} registers`, String(full.calls));
  line(`run: …per register ((total − 0-register run) / ${registers})`, perRegister.toFixed(1));
  line('run: …of which mail and its ledger (per recipient)', String(mailPart));
  line(
    'run: …per register, mail left out',
    perRegisterWithoutMail.toFixed(1),
    '≤ 5 + a constant',
    perRegisterWithoutMail <= 5,
  );
  note(`Per register, by call: ${perRegisterCalls(full, empty, registers)}.`);
  note(`The whole run, by method: ${byMethod(full.byName)}.`);
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
    line('run: …in build/Code.js (its share of the profiler samples)', `${full.bundleMs.toFixed(0)} ms`);
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
    const budget = record.notes.find((n) => n.includes('time budget reached')) ?? '';
    const from = Number(/register (\d+) of/.exec(budget)?.[1] ?? registers + 1) - 1;
    line(
      'run: stopped on the time budget; runs to cover every register',
      String(Math.ceil(registers / Math.max(1, from))),
    );
  } else line('run: runs to cover every register', '1');

  // The next working day: only days-left and states of the open cases change.
  const next = runAt(runtime, nextDay, false);
  line(
    `next working day (${isoFromDay(nextDay)}): service calls per register, mail left out`,
    ((next.calls - empty.calls - mailCalls(next.sequence)) / Math.max(1, registers)).toFixed(1),
    '≤ 5 + a constant',
    (next.calls - empty.calls - mailCalls(next.sequence)) / Math.max(1, registers) <= 5,
  );
  line('next working day: write calls', String(writesOf(next.byName)));
  line('next working day: Node CPU time', `${next.cpuMs.toFixed(0)} ms`);
  line(
    'setup: building the workbooks (not part of any run)',
    `${((performance.now() - t0 - empty.wallMs - full.wallMs - next.wallMs) / 1000).toFixed(1)} s`,
  );
}
