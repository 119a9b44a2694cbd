/**
 * `npm start -- --workbook file.xlsx`: the office's own workbook through the add-on, offline. The
 * file is read (never written). Tabs with Kamnot's own headers are bound as the add-on binds them;
 * every other tab gets the sidebar's adoption proposal, applied to the checked copy with --adopt
 * exactly as the sidebar applies it. build/Code.js's runHourly then runs at the office's hour in
 * Bangkok (Kamnot's tabs are created when missing, as in Sheets), and the checked workbook (keeping
 * the office's fonts, borders and error cells) and the digests are written to the output folder.
 * Bad input gives a Thai / English message and exit code 2.
 */
import { mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { type Day, isoFromDay } from '../../core/dates/civil';
import { bilingual, type Msg, msg } from '../../core/i18n/msg';
import type { PeopleView } from '../../gas/sidebar-api/public';
import { lastRun } from '../demo/inspect';
import { bangkokInstant } from '../demo/workbook';
import type { Runtime } from '../runtime';
import { readInputFile } from '../xlsx/input-file';
import { type OpenedWorkbook, openWorkbook, workbookRuntime } from '../xlsx/open-workbook';
import { DEFAULT_ZONE } from '../xlsx/read-workbook';
import { writeWorkbook } from '../xlsx/write-workbook';
import { adoptTabs, proposeTabs, unknownTabs } from './adoption';
import { proposalsText } from './adoption-summary';
import { peopleHints } from './people-hints';
import type { Progress } from './progress';
import { digests, registerResult, sentBefore, writeDigests } from './workbook-results';
import { type AdoptedTab, workbookSummary } from './workbook-summary';
import { type Workday, workdayOf } from './workday';

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
  /** Tabs to adopt as proposed: all, the named ones, or none ([]). */
  readonly adopt?: 'all' | readonly string[];
}

export interface CheckOutcome {
  /** 0 done, 1 the run or the output failed, 2 bad input (or nothing to check). */
  readonly exitCode: 0 | 1 | 2;
  /** What the check found (stdout). */
  readonly text: string;
  /** What went wrong, when anything did (stderr). */
  readonly error?: string;
}

const bad = (why: Msg, exitCode: 1 | 2 = 2, text = ''): CheckOutcome => ({
  exitCode,
  text,
  error: bilingual(why),
});
const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Rows below the header of a tab as the file holds it ([] when the file has no such tab). */
function tabRows(opened: OpenedWorkbook, name: string): unknown[][] {
  const sheet = opened.read.seed.sheets?.find((s) => s.name === name);
  return (sheet?.values ?? []).slice(1).map((r) => (Array.isArray(r) ? r : []));
}

function workdayOfFile(opened: OpenedWorkbook, today: Day): Workday {
  return workdayOf(tabRows(opened, 'Settings'), tabRows(opened, 'Holidays'), today);
}

export async function checkWorkbook(options: CheckOptions): Promise<CheckOutcome> {
  const { root, file, today, progress } = options;
  const input = readInputFile(file);
  if (!input.ok) return bad(input.why);
  const name = basename(file).replace(/\.xls[xm]$/i, '');
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

  const code = readFileSync(join(root, 'build/Code.js'), 'utf8');
  const manifest = JSON.parse(readFileSync(join(root, 'build/appsscript.json'), 'utf8'));
  const workday = workdayOfFile(opened, today);
  progress.show('ผูกทะเบียน / binding registers');
  const { runtime, kept, registers, leftAlone } = workbookRuntime(code, opened, {
    manifest,
    scriptTimeZone: DEFAULT_ZONE,
    spreadsheetTimeZone: DEFAULT_ZONE,
    start: bangkokInstant(today, workday.hour),
    deployment: 'bound',
    // A large office workbook takes seconds of real time in the vm; Apps Script's own limit is
    // the virtual one, which runHourly respects by stopping and saving a cursor.
    realTimeoutMs: 300_000,
  });

  progress.show('เสนอการนำแท็บมาใช้ / proposing adoptions');
  const proposals = proposeTabs(runtime);
  const adopt = options.adopt ?? [];
  const missing = adopt === 'all' ? [] : unknownTabs(adopt, proposals);
  if (missing.length > 0) {
    const can = proposals.map((p) => `"${p.tab}"`).join(', ') || '—';
    return bad(
      msg(
        `--adopt: ไม่มีแท็บ ${missing.map((t) => `"${t}"`).join(', ')} ที่นำมาใช้ได้ (แท็บที่นำมาใช้ได้: ${can})`,
        `--adopt: no tab ${missing.map((t) => `"${t}"`).join(', ')} that can be adopted (tabs that can: ${can})`,
      ),
    );
  }
  const outcomes = adoptTabs(runtime, proposals, adopt);
  const adopted: AdoptedTab[] = outcomes.flatMap((o) => {
    if (!('adopted' in o)) return [];
    const p = proposals.find((t) => t.tab === o.tab)?.proposal;
    const named = p?.procedures.find((x) => x.id === p.procedureId);
    return [
      { tab: o.tab, procedure: { id: p?.procedureId ?? '', th: named?.th ?? '', en: named?.en ?? '' } },
    ];
  });
  const tabs = [...registers.map((r) => r.tab), ...adopted.map((a) => a.tab)];
  const proposed = proposalsText({ file, proposals, outcomes, leftAlone, adoptAll: adopt === 'all' });
  if (tabs.length === 0) {
    const candidates = proposals.some((p) => p.proposal && p.why === null);
    const next = !candidates ? NO_REGISTER : outcomes.length > 0 ? NONE_ADOPTED : ADOPT_FIRST;
    const text = [proposed, '', bilingual(next)].join('\n');
    return bad(msg('ไม่พบทะเบียนให้ตรวจ', 'no register to check'), 2, text);
  }

  // Each register is read with one getDataRange: counting them shows how far the run is.
  const counter = runtime.calls;
  const record = counter.record.bind(counter);
  let seen = 0;
  counter.record = (call: string) => {
    record(call);
    if (call === 'Sheet.getDataRange')
      progress.show('ตรวจทะเบียน / checking register', `${Math.min(++seen, tabs.length)}/${tabs.length}`);
  };
  try {
    runtime.callIn({ kind: 'time-driven' }, 'runHourly');
  } catch (error) {
    return bad(msg(`รอบตรวจล้มเหลว: ${reason(error)}`, `the run failed: ${reason(error)}`), 1);
  } finally {
    counter.record = record;
  }

  const day = isoFromDay(today);
  const results = tabs.map((t) => registerResult(runtime, t));
  const sent = digests(runtime, day);
  let people: PeopleView | null = null;
  try {
    people = runtime.callIn({ kind: 'sidebar' }, 'getPeople') as PeopleView;
  } catch {
    // The summary says nothing of People then; the run's log still names its problems.
  }
  const outbox = join(out, `${name}.outbox`);
  let files: string[];
  let warnings: readonly string[];
  let extra = '';
  try {
    mkdirSync(out, { recursive: true });
    files = writeDigests(outbox, sent);
    const written = await writeWorkbook(runtime.model, {
      kept,
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
    adopted,
    proposed,
    systemTabs: opened.recognition.systemTabs,
    today,
    workday,
    run: lastRun(runtime),
    results,
    digests: sent,
    people,
    peopleHints: peopleHints(opened.read.seed.sheets ?? []),
    alreadySent: sentBefore(runtime, day, sent),
    warnings: [...opened.read.warnings, ...warnings],
    written: { xlsx: shown(xlsxOut), outbox: shown(outbox), files: files.map(shown) },
  });
  return { exitCode: 0, text: extra ? `${summary}\n\n${extra}` : summary };
}

const ADOPT_FIRST = msg(
  'ยังไม่มีทะเบียนให้ตรวจ: นำแท็บมาใช้ตามข้อเสนอด้านบนด้วย --adopt (ทุกแท็บ) หรือ --adopt "ชื่อแท็บ" ผลอยู่ในสำเนาที่ตรวจ ไฟล์ต้นฉบับไม่ถูกแก้',
  'no register to check yet: adopt the tabs as proposed above with --adopt (all of them) or --adopt "tab"; that happens in the checked copy, the input file is not changed',
);
const NONE_ADOPTED = msg(
  'ไม่มีแท็บใดนำมาใช้ได้ตามข้อเสนอ (เหตุผลอยู่ด้านบน): นำมาใช้ในแถบข้างเพื่อเลือกคอลัมน์เอง',
  'no tab could be adopted as proposed (the reasons are above): adopt it from the sidebar to choose the columns',
);
const NO_REGISTER = msg(
  'ไม่พบทะเบียนในสมุดงานนี้: ไม่มีแท็บที่เป็นทะเบียนของ Kamnot หรือมีคอลัมน์วันที่ให้นำมาใช้',
  'no register in this workbook: no tab is a Kamnot register or has a date column to adopt',
);
