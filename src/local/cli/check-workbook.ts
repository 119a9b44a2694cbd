/**
 * `npm start -- --workbook file.xlsx`: the office's own workbook through the add-on, offline. The
 * file is read (never written), its registers are recognised by their headers and bound as the
 * add-on binds them, build/Code.js's runHourly runs at the office's hour in Bangkok (Kamnot's tabs
 * are created when missing, as in Sheets), and the checked workbook and the digests are written to
 * the output folder. Bad input gives a Thai / English message and exit code 2.
 */
import { mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { calendarNamed } from '../../core/calendar/calendars';
import { isWorkingDay } from '../../core/calendar/work-calendar';
import { type Day, isoFromDay } from '../../core/dates/civil';
import { bilingual, type Msg, msg } from '../../core/i18n/msg';
import { lastRun } from '../demo/inspect';
import { bangkokInstant } from '../demo/workbook';
import type { Runtime } from '../runtime';
import { readInputFile } from '../xlsx/input-file';
import { type OpenedWorkbook, openWorkbook, workbookRuntime } from '../xlsx/open-workbook';
import { DEFAULT_ZONE } from '../xlsx/read-workbook';
import { writeWorkbook } from '../xlsx/write-workbook';
import type { Progress } from './progress';
import { digests, registerResult, sentBefore, writeDigests } from './workbook-results';
import { workbookSummary } from './workbook-summary';

export interface CheckOptions {
  /** The repository root (build/ is read from it). */
  readonly root: string;
  readonly file: string;
  readonly today: Day;
  /** Output folder. */
  readonly out: string;
  readonly progress: Progress;
  /** Runs on the checked workbook after the run (the report); returns lines for the summary. */
  readonly after?: (runtime: Runtime, name: string) => Promise<string>;
}

export interface CheckOutcome {
  /** 0 done, 1 the run or the output failed, 2 bad input. */
  readonly exitCode: 0 | 1 | 2;
  /** The summary, or the message saying what is wrong. */
  readonly text: string;
}

const bad = (why: Msg, exitCode: 1 | 2 = 2): CheckOutcome => ({ exitCode, text: bilingual(why) });
const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The Settings tab's reminder hour, as the seed holds it; 8 (Kamnot's default) otherwise. */
function reminderHour(opened: OpenedWorkbook): number {
  const settings = opened.read.seed.sheets?.find((s) => s.name === 'Settings');
  const row = settings?.values?.find((r) => String(r[0] ?? '').trim() === 'reminder-hour');
  const hour = Number(row?.[1]);
  return Number.isInteger(hour) && hour >= 0 && hour <= 23 ? hour : 8;
}

function noRegisters(opened: OpenedWorkbook, leftAlone: readonly { tab: string; why: Msg }[]): CheckOutcome {
  const lines = [
    bilingual(msg('ไม่พบทะเบียนของ Kamnot ในสมุดงานนี้', 'no Kamnot register found in this workbook')),
    ...leftAlone.map((t) => `  • "${t.tab}": ${bilingual(t.why)}`),
  ];
  if (opened.recognition.systemTabs.length > 0)
    lines.push(`  • แท็บของ Kamnot / Kamnot's tabs: ${opened.recognition.systemTabs.join(', ')}`);
  return { exitCode: 2, text: lines.join('\n') };
}

export async function checkWorkbook(options: CheckOptions): Promise<CheckOutcome> {
  const { root, file, today, progress } = options;
  const input = readInputFile(file);
  if (!input.ok) return bad(input.why);
  const name = basename(file).replace(/\.xlsx$/i, '');
  const out = resolve(options.out);
  const xlsxOut = join(out, `${name}.checked.xlsx`);
  if (resolve(xlsxOut) === realpathSync(file))
    return bad(msg(`ไฟล์ผลลัพธ์จะทับไฟล์ต้นฉบับ: ${xlsxOut}`, `the output would overwrite the input: ${xlsxOut}`));

  progress.show('อ่านไฟล์ / reading', file);
  let opened: OpenedWorkbook;
  try {
    opened = await openWorkbook(input.bytes, {
      timeZone: DEFAULT_ZONE,
      name,
      onSheet: (i, n, tab) => progress.show('อ่านแท็บ / reading tab', `${i + 1}/${n}: ${tab}`),
    });
  } catch (error) {
    return bad(
      msg(
        `อ่านสมุดงานไม่ได้ (ไฟล์เสียหรือไม่ใช่ .xlsx): ${file} (${reason(error)})`,
        `cannot read the workbook (damaged, or not an .xlsx): ${file} (${reason(error)})`,
      ),
    );
  }
  if ((opened.read.seed.sheets ?? []).length === 0)
    // Excel never saves a workbook without a sheet: this is some other zip (a .docx, an archive).
    return bad(
      msg(`ไม่ใช่สมุดงาน Excel (ไม่มีแท็บ): ${file}`, `not an Excel workbook (it has no sheets): ${file}`),
    );
  if (opened.recognition.registers.length === 0) return noRegisters(opened, opened.recognition.leftAlone);

  const code = readFileSync(join(root, 'build/Code.js'), 'utf8');
  const manifest = JSON.parse(readFileSync(join(root, 'build/appsscript.json'), 'utf8'));
  const hour = reminderHour(opened);
  progress.show('ผูกทะเบียน / binding registers');
  const { runtime, registers, leftAlone } = workbookRuntime(code, opened, {
    manifest,
    scriptTimeZone: DEFAULT_ZONE,
    spreadsheetTimeZone: DEFAULT_ZONE,
    start: bangkokInstant(today, hour),
    deployment: 'bound',
    // A large office workbook takes seconds of real time in the vm; Apps Script's own limit is
    // the virtual one, which runHourly respects by stopping and saving a cursor.
    realTimeoutMs: 300_000,
  });
  if (registers.length === 0) return noRegisters(opened, leftAlone);

  // Each register is read with one getDataRange: counting them shows how far the run is.
  const counter = runtime.calls;
  const record = counter.record.bind(counter);
  let seen = 0;
  counter.record = (call: string) => {
    record(call);
    if (call === 'Sheet.getDataRange')
      progress.show(
        'ตรวจทะเบียน / checking register',
        `${Math.min(++seen, registers.length)}/${registers.length}`,
      );
  };
  try {
    runtime.callIn({ kind: 'time-driven' }, 'runHourly');
  } catch (error) {
    return bad(msg(`รอบตรวจล้มเหลว: ${reason(error)}`, `the run failed: ${reason(error)}`), 1);
  } finally {
    counter.record = record;
  }

  const day = isoFromDay(today);
  const results = registers.map((r) => registerResult(runtime, r.tab));
  const sent = digests(runtime, day);
  const outbox = join(out, `${name}.outbox`);
  let files: string[];
  let warnings: readonly string[];
  let extra = '';
  try {
    mkdirSync(out, { recursive: true });
    files = writeDigests(outbox, sent);
    const written = await writeWorkbook(runtime.model, {
      onSheet: (i, n, tab) => progress.show('เขียนแท็บ / writing tab', `${i + 1}/${n}: ${tab}`),
    });
    writeFileSync(xlsxOut, written.bytes);
    warnings = written.warnings;
    extra = options.after ? await options.after(runtime, name) : '';
  } catch (error) {
    return bad(msg(`เขียนผลลัพธ์ไม่ได้: ${reason(error)}`, `cannot write the output: ${reason(error)}`), 1);
  }
  progress.done();
  const shown = (p: string) => {
    const rel = relative(process.cwd(), p);
    return rel === '' || rel.startsWith('..') ? p : rel;
  };
  const summary = workbookSummary({
    file,
    tabs: opened.read.seed.sheets?.length ?? 0,
    registers,
    leftAlone,
    systemTabs: opened.recognition.systemTabs,
    today,
    hour,
    working: isWorkingDay(calendarNamed('TH'), today),
    run: lastRun(runtime),
    results,
    digests: sent,
    alreadySent: sentBefore(runtime, day, sent),
    warnings: [...opened.read.warnings, ...warnings],
    written: { xlsx: shown(xlsxOut), outbox: shown(outbox), files: files.map(shown) },
  });
  return { exitCode: 0, text: extra ? `${summary}\n\n${extra}` : summary };
}
