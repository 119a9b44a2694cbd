// Kamnot's hourly run against a naive reminder script (naive/reminder.gs.js) on the same workbooks, in
// the offline runtime: service calls, emails, virtual Apps Script time and Node CPU time. The naive
// script runs twice per size: with no limits, to see what the whole job costs, and, when that passes
// a limit, again under Apps Script's own (6 minutes, 100 mail recipients a day) to see where it stops.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { calendarNamed } from '../../src/core/calendar/calendars';
import { workday } from '../../src/core/calendar/counting';
import { type Day, dayFromIso, isoFromDay } from '../../src/core/dates/civil';
import { readLedger } from '../../src/local/demo/inspect';
import { DEV_HEAD } from '../../src/local/demo/people';
import { DEMO_ZONE } from '../../src/local/demo/workbook';
import { DEFAULT_COSTS, DEFAULT_TIME_LIMITS, loadBundle, type Runtime } from '../../src/local/runtime';
import { note, section, table } from './report';
import { benchWorkbook, clip, HOUR, type Measured, OPEN_EVERY, runAt } from './workbook';

export interface Size {
  readonly registers: number;
  readonly cases: number;
}

export const SIZES: readonly Size[] = [
  { registers: 1, cases: 500 },
  { registers: 5, cases: 500 },
  { registers: 10, cases: 2_000 },
  { registers: 50, cases: 2_000 },
];

/** Mail recipients a day for a consumer account: the runtime's default, as in the Kamnot runs. */
const CONSUMER_QUOTA = 100;

const VARIANTS = [
  { handler: 'sendOverdueReminders', name: 'naive, getValue per cell' },
  { handler: 'sendOverdueRemindersBatched', name: 'naive, getValues per sheet' },
] as const;

interface Outcome {
  readonly m: Measured;
  readonly emails: number;
}

/** The naive script in a runtime of its own over the workbook `wb` holds; `free` lifts the limits. */
function naiveRun(code: string, wb: Runtime, day: Day, handler: string, free: boolean): Outcome {
  const runtime = loadBundle(code, {
    spreadsheet: wb.model,
    start: wb.clock.now(),
    scriptTimeZone: DEMO_ZONE,
    deployment: 'bound',
    user: DEV_HEAD,
    realTimeoutMs: 600_000,
    ...(free ? { limits: { executionMs: 1e12 }, quotas: { mailRecipientsPerDay: 1e9 } } : {}),
  });
  const m = runAt(runtime, day, false, handler);
  return { m, emails: runtime.outbox.length };
}

const count = (n: number) => n.toLocaleString('en');
const plural = (n: number, word: string) => `${count(n)} ${word}${n === 1 ? '' : 's'}`;
const seconds = (ms: number) =>
  ms < 60_000 ? `${(ms / 1000).toFixed(1)} s` : `${(ms / 60_000).toFixed(1)} min`;
const ratio = (a: number, b: number) =>
  b === 0 ? '—' : `${a / b >= 10 ? Math.round(a / b) : (a / b).toFixed(1)}×`;

/** Why a run stopped, in a few words. */
function stopped(m: Measured): string {
  if (m.ok) return 'done';
  if (/time/i.test(m.error ?? '')) return 'killed at the 6-min limit';
  if (/too many times/i.test(m.error ?? '')) return 'stopped: mail quota';
  return `threw: ${clip(m.error ?? '', 30)}`;
}

/** What the stop leaves undone: rows never reached (time), or emails left for the next day (quota). */
function after(real: Outcome, whole: Outcome, rowCount: number): string {
  if (/too many times/i.test(real.m.error ?? ''))
    return (
      `${real.emails} of ${whole.emails} emails sent; the rest wait for the next day's quota ` +
      '(the sent flags keep the first ones from going again).'
    );
  const share = real.m.calls / whole.m.calls;
  return (
    `≈${Math.round(share * 100)} % of the job (≈ row ${count(Math.round(share * rowCount))} of ` +
    `${count(rowCount)}), ${real.emails} of ${whole.emails} emails sent. It starts again from the top every ` +
    'day, so the rows past that point are never reminded about.'
  );
}

export function benchNaive(root: string, sizes: readonly Size[]): void {
  const kamnotCode = readFileSync(join(root, 'build/Code.js'), 'utf8');
  const naiveCode = readFileSync(join(root, 'tools/bench/naive/reminder.gs.js'), 'utf8');
  const today = dayFromIso('2026-11-24')!;
  const nextDay = workday(calendarNamed('TH'), today, 1);
  section(
    `Kamnot against a naive reminder script: the same workbooks (1 case in ${OPEN_EVERY} open), ` +
      `time-driven at ${HOUR}:00 on ${isoFromDay(today)} (Bangkok)`,
  );
  const rows: string[][] = [];
  const ratios: string[][] = [];
  const kills: string[] = [];
  for (const { registers, cases } of sizes) {
    const label = `${registers} × ${count(cases)}`;
    const wb = benchWorkbook(kamnotCode, today, registers, cases);
    const first = runAt(wb, today, false);
    const firstEmails = wb.outbox.length;
    const ledger = readLedger(wb).filter((e) => e.status === 'sent');
    const overdueCases = new Set(
      ledger.filter((e) => e.stage === 'overdue').map((e) => `${e.register}/${e.caseId}`),
    );
    const next = runAt(wb, nextDay, false);
    const nextEmails = wb.outbox.length - firstEmails;
    const row = (who: string, run: string, m: Measured, emails: number, extra = '') => [
      label,
      who,
      run,
      count(m.calls),
      String(emails),
      seconds(m.virtualMs),
      `${(m.cpuMs / 1000).toFixed(2)} s`,
      extra,
    ];
    rows.push(
      row(
        'Kamnot',
        'first run',
        first,
        firstEmails,
        `${plural(ledger.length, 'item')}; ${plural(overdueCases.size, 'overdue case')}`,
      ),
      row(
        'Kamnot',
        'next working day',
        next,
        nextEmails,
        stopped(next) === 'done' ? 'digests again' : stopped(next),
      ),
    );
    for (const v of VARIANTS) {
      const whole = naiveRun(
        naiveCode,
        benchWorkbook(kamnotCode, today, registers, cases),
        today,
        v.handler,
        true,
      );
      rows.push(
        row(
          v.name,
          'whole job, no limits',
          whole.m,
          whole.emails,
          `${plural(whole.emails, 'overdue row')} found`,
        ),
      );
      const overTime = whole.m.virtualMs > DEFAULT_TIME_LIMITS.executionMs;
      if (whole.emails === CONSUMER_QUOTA && !overTime)
        kills.push(
          `${label}, ${v.name}: its ${whole.emails} emails use the whole day's quota of a consumer account.`,
        );
      if (overTime || whole.emails > CONSUMER_QUOTA) {
        const real = naiveRun(
          naiveCode,
          benchWorkbook(kamnotCode, today, registers, cases),
          today,
          v.handler,
          false,
        );
        rows.push(row(v.name, 'under Apps Script limits', real.m, real.emails, stopped(real.m)));
        kills.push(
          `${label}, ${v.name}: ${stopped(real.m)} after ${count(real.m.calls)} calls; ${after(real, whole, registers * cases)}`,
        );
      }
      ratios.push([
        label,
        v.name,
        ratio(whole.m.calls, first.calls),
        ratio(whole.m.calls, next.calls),
        ratio(whole.m.virtualMs, first.virtualMs),
        ratio(whole.m.virtualMs, next.virtualMs),
        ratio(whole.emails, firstEmails),
        ratio(whole.m.cpuMs, first.cpuMs),
      ]);
    }
  }
  table(
    ['size', 'script', 'run', 'service calls', 'emails', 'virtual time', 'Node CPU', 'what it did'],
    rows,
  );
  console.log('');
  table(
    [
      'size',
      'naive ÷ Kamnot',
      'calls ÷ 1st',
      'calls ÷ next',
      'virtual ÷ 1st',
      'virtual ÷ next',
      'emails ÷ 1st',
      'CPU ÷ 1st',
    ],
    ratios,
  );
  for (const k of kills) note(k);
  note(
    'The naive script is tools/bench/naive/reminder.gs.js, written the way public reminder scripts are: one ' +
      'email, one setValue flag and one SpreadsheetApp.flush per row (googleworkspace/apps-script-samples, ' +
      'gmail/sendingEmails/sendingEmails.gs), overdue when the due date is before new Date() and the status is ' +
      'not done (rei620m/apps_script, overdue_invoice.gs); one variant reads every cell with ' +
      'getRange(r, c).getValue(), the pattern guides on the 6-minute limit name as the usual cause of time-outs, ' +
      'the other reads each sheet ' +
      'with one getDataRange().getValues(), as most public reminder scripts do.',
  );
  note(
    `Virtual time is the runtime's price list (a spreadsheet read ${DEFAULT_COSTS['spreadsheet-read']} ms, ` +
      `a write ${DEFAULT_COSTS['spreadsheet-write']} ms, an email ${DEFAULT_COSTS.mail} ms), the same for both ` +
      'scripts; Sheet.getRange is priced as a read, so the per-cell script pays twice per cell. Apps Script ' +
      'kills a run at 6 minutes of it; a consumer account may send to 100 recipients a day.',
  );
  note(
    'Kamnot reads each register once, writes its own columns for every row and sends one digest per person ' +
      '(and escalations to supervisors); the naive script only reads and mails. It counts 5 calendar days from the ' +
      'date received and cannot read dates typed as Thai text or assignees given by name, so it finds fewer ' +
      'overdue rows than Kamnot, and still sends more emails. Node CPU is the offline runtime on this machine ' +
      "(Kamnot's code runs several times slower in its node:vm than in a V8 global: see the bundle section), " +
      'not Apps Script time.',
  );
}
