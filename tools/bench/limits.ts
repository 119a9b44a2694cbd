// Where the hourly run meets Apps Script's limits over time, each shown on a small workbook.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { calendarNamed } from '../../src/core/calendar/calendars';
import { workday } from '../../src/core/calendar/counting';
import { dayFromIso, isoFromDay } from '../../src/core/dates/civil';
import { bangkokInstant, buildDemoWorkbook, demoRuntime } from '../../src/local/demo/workbook';
import type { Runtime } from '../../src/local/runtime';
import { section } from './report';
import { line } from './timing';
import { clip, HOUR } from './workbook';

/**
 * Where the run meets Apps Script's limits, each shown on a small workbook: the hidden tabs' rows
 * (a new sheet has 1,000) and the mail body size (200 KB for a consumer account).
 */
export function benchLimits(root: string): void {
  const code = readFileSync(join(root, 'build/Code.js'), 'utf8');
  const cal = calendarNamed('TH');
  const first = dayFromIso('2026-11-23')!;
  section('limits: the demo office workbook (npm start) over the weeks, a full _log, one large digest');

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

export function failedNote(runtime: Runtime): string {
  const row = runtime.spreadsheet.values('_sent').find((r) => r[3] === 'failed');
  return String(row?.[5] ?? '');
}
