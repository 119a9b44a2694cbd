/** The summary `npm start -- --workbook` prints: what was recognised, what the run found and sent. */
import { type Day, isoFromDay } from '../../core/dates/civil';
import { formatDate } from '../../core/dates/format';
import { CASE_STATES, type CaseState } from '../../core/engine/types';
import { bilingual, type Msg } from '../../core/i18n/msg';
import { STATE_LABELS } from '../../core/register/computed';
import type { PeopleView } from '../../gas/sidebar-api/public';
import type { DigestSummary, LoggedRun } from '../demo/inspect';
import type { RecognisedTab } from '../xlsx/recognise';
import { clip, table } from './table';
import type { RegisterResult } from './workbook-results';
import { type Workday, whyNoMail } from './workday';

export interface AdoptedTab {
  readonly tab: string;
  readonly procedure: { readonly id: string; readonly th: string; readonly en: string };
}

export interface CheckReport {
  readonly file: string;
  readonly tabs: number;
  readonly registers: readonly RecognisedTab[];
  /** Tabs adopted in the checked copy (--adopt). */
  readonly adopted: readonly AdoptedTab[];
  /** The adoption proposals section ('' when there is none). */
  readonly proposed: string;
  readonly systemTabs: readonly string[];
  readonly today: Day;
  readonly workday: Workday;
  readonly run: LoggedRun | null;
  readonly results: readonly RegisterResult[];
  readonly digests: readonly DigestSummary[];
  /** The sidebar's People view after the run (null when it could not be read). */
  readonly people: PeopleView | null;
  /** Where the office's staff list may be, if not where Kamnot reads it (people-hints.ts). */
  readonly peopleHints: readonly Msg[];
  /** Reminders for today already in the `_sent` ledger before this run. */
  readonly alreadySent: number;
  readonly warnings: readonly string[];
  readonly written: { readonly xlsx: string; readonly outbox: string; readonly files: readonly string[] };
}

/** Problem lines listed in full up to this many; the rest are counted (they are all in the file). */
const MAX_PROBLEMS = 20;
/** Assignees no mail can reach, listed by name up to this many. */
const MAX_ASSIGNEES = 15;

export function stateLabel(s: CaseState | null): string {
  return s === null ? 'อ่านไม่ได้ / unreadable' : bilingual(STATE_LABELS[s]);
}

function header(r: CheckReport): string[] {
  const hour = `${String(r.workday.hour).padStart(2, '0')}:00`;
  const day = r.workday.working
    ? `วันทำการ / a working day`
    : `ไม่ใช่วันทำการ / not a working day (${r.workday.why ? bilingual(r.workday.why) : ''})`;
  return [
    `■ สมุดงาน / workbook: ${r.file} (${r.tabs} แท็บ / tabs)`,
    `  รอบตรวจรายชั่วโมง ${formatDate(r.today, { style: 'full' })} เวลา ${hour} น. (Asia/Bangkok)`,
    `  The hourly run on ${isoFromDay(r.today)} at ${hour}, Bangkok time, by build/Code.js offline`,
    `  ปฏิทินของสมุดงาน / the workbook's calendar: ${r.workday.calendar}: ${day}`,
    '',
  ];
}

function registersTable(r: CheckReport): string[] {
  const byTab = new Map(r.results.map((x) => [x.tab, x]));
  const rows = [
    ...r.registers.map((g) => {
      const notes: string[] = [];
      if (g.missingComputed.length > 0) notes.push("เพิ่มคอลัมน์ของ Kamnot / Kamnot's columns added");
      if (g.tieBrokenBy) notes.push(bilingual(g.tieBrokenBy));
      return [
        clip(g.tab, 30),
        clip(g.procedure.th, 34),
        g.procedure.id,
        String(byTab.get(g.tab)?.cases ?? 0),
        notes.join('; '),
      ];
    }),
    ...r.adopted.map((a) => [
      clip(a.tab, 30),
      clip(a.procedure.th, 34),
      a.procedure.id,
      String(byTab.get(a.tab)?.cases ?? 0),
      'นำมาใช้ในสำเนาที่ตรวจ / adopted in the checked copy',
    ]),
  ];
  const out = [
    `ทะเบียนที่ตรวจ / registers checked: ${rows.length} (รู้จักจากหัวตาราง / by their headers: ${r.registers.length}, นำมาใช้ / adopted: ${r.adopted.length})`,
  ];
  if (rows.length > 0)
    out.push(
      table(['แท็บ / tab', 'กระบวนงาน / procedure', 'รหัส / id', 'เรื่อง / cases', 'หมายเหตุ / note'], rows),
    );
  return out;
}

function statesTable(r: CheckReport): string[] {
  const byState = new Map<CaseState | null, number>();
  for (const x of r.results) for (const [s, n] of x.byState) byState.set(s, (byState.get(s) ?? 0) + n);
  const cases = r.results.reduce((n, x) => n + x.cases, 0);
  const out = [
    table(
      ['สถานะ / state', 'เรื่อง / cases'],
      [...CASE_STATES, null]
        .filter((s) => s !== null || byState.has(null))
        .map((s) => [stateLabel(s), String(byState.get(s) ?? 0)]),
    ),
    `รวม / total: ${cases} เรื่องใน ${r.results.length} ทะเบียน / cases in registers` +
      (r.run ? `; Kamnot เขียน ${r.run.changedCells} ช่อง / wrote ${r.run.changedCells} cells` : ''),
  ];
  const skipped = r.results.filter((x) => x.notCases.length > 0);
  for (const x of skipped)
    out.push(
      `  "${x.tab}" แถว / rows ${x.notCases.slice(0, 10).join(', ')}${x.notCases.length > 10 ? ', …' : ''}: ` +
        'ไม่นับเป็นเรื่อง (แถวรวม หัวข้อ หรือยังกรอกไม่พอ) / not counted as cases (a totals row, a heading, or too little typed)',
    );
  if (r.run && r.run.status !== 'done')
    out.push(
      'รอบนี้ตรวจไม่ครบทุกทะเบียน: รอบถัดไปทำต่อจากที่ค้าง / ' +
        'this run did not reach every register: the next run continues where it stopped',
    );
  return out;
}

function mailSection(r: CheckReport): string[] {
  const recipients = new Set(r.digests.map((d) => d.to.toLowerCase()));
  const out = [`อีเมลสรุป / digests: ${r.digests.length} ฉบับ ถึง ${recipients.size} คน / mails to people`];
  let due = 0;
  for (const x of r.results)
    for (const s of ['due-soon', 'due-today', 'overdue'] as const) due += x.byState.get(s) ?? 0;
  const why = whyNoMail({
    workday: r.workday,
    digests: r.digests.length,
    due,
    people: r.people?.people.length ?? 0,
    alreadySent: r.alreadySent,
    runComplete: !r.run || r.run.status === 'done',
  });
  if (why) out.push(`  ${bilingual(why)}`);
  if (r.alreadySent > 0)
    out.push(
      `  ${r.alreadySent} รายการของวันนี้ส่งไปแล้วตามบันทึก _sent: ไม่ส่งซ้ำ / ` +
        `${r.alreadySent} reminders of today were already sent (the _sent ledger): not sent again`,
    );
  if (r.digests.length > 0)
    out.push(
      table(
        ['ผู้รับ / recipient', 'หัวข้อ / subject', 'รายการ / items'],
        r.digests.map((d) => [d.to, clip(d.mail.subject, 70), String(d.total)]),
      ),
    );
  return out;
}

function peopleSection(r: CheckReport): string[] {
  const view = r.people;
  if (!view) return [];
  const out = [`แท็บ People: ${view.people.length} คน / people`];
  for (const hint of r.peopleHints) out.push(`  ⚠ ${bilingual(hint)}`);
  const byTyped = new Map<
    string,
    { problem: PeopleView['unknownAssignees'][number]['problem']; rows: string[] }
  >();
  for (const u of view.unknownAssignees) {
    const key = u.typed.trim();
    const entry = byTyped.get(key) ?? { problem: u.problem, rows: [] };
    entry.rows.push(`${u.register} ${u.row}`);
    byTyped.set(key, entry);
  }
  if (byTyped.size > 0) {
    out.push(
      `  ผู้รับผิดชอบที่ Kamnot ส่งอีเมลถึงไม่ได้ / assignees no mail can reach: ${byTyped.size} (${view.unknownAssignees.length} เรื่องที่เปิดอยู่ / open cases)`,
    );
    for (const [, { problem, rows }] of [...byTyped].slice(0, MAX_ASSIGNEES))
      out.push(
        `    • ${problem.th} / ${problem.en} — ${rows.length} เรื่อง / cases: ${rows.slice(0, 5).join(', ')}${rows.length > 5 ? ', …' : ''}`,
      );
    if (byTyped.size > MAX_ASSIGNEES) out.push(`    … อีก ${byTyped.size - MAX_ASSIGNEES} ชื่อ / more names`);
  }
  return out;
}

function problemsSection(r: CheckReport): string[] {
  // "reminder not sent: X is not in People" is said better, with every open case, by the People section.
  const notes = (r.run?.notes ?? []).filter((n) => !/ \/ reminder not sent: .*the People tab/.test(n));
  const lines = [
    ...notes,
    ...r.results.flatMap((x) =>
      x.problems.flatMap((p) =>
        p.problems.map(
          (m) => `${p.tab} แถว/row ${p.row}${p.caseId ? ` (${p.caseId})` : ''}: ${m.th} / ${m.en}`,
        ),
      ),
    ),
  ];
  const out = [`ปัญหาที่พบ / problems found: ${lines.length}`];
  for (const p of lines.slice(0, MAX_PROBLEMS)) out.push(`  • ${p}`);
  if (lines.length > MAX_PROBLEMS) {
    const n = lines.length - MAX_PROBLEMS;
    out.push(
      `  … อีก ${n} รายการ ในหมายเหตุที่ช่องสถานะและแท็บ _log ของ ${r.written.xlsx} / ` +
        `${n} more, in the state cells' notes and the _log tab of ${r.written.xlsx}`,
    );
  }
  for (const w of r.warnings) out.push(`  ⚠ ${w}`);
  return out;
}

export function workbookSummary(r: CheckReport): string {
  const out: string[] = [...header(r), ...registersTable(r)];
  if (r.proposed) out.push('', r.proposed);
  if (r.systemTabs.length > 0) out.push(`แท็บของ Kamnot / Kamnot's own tabs: ${r.systemTabs.join(', ')}`);
  out.push('', ...statesTable(r), '', ...mailSection(r), '', ...peopleSection(r), '', ...problemsSection(r));
  out.push(
    '',
    `สมุดงานที่ตรวจแล้ว / the checked workbook: ${r.written.xlsx}`,
    `อีเมลเป็น HTML / the digests as HTML: ${r.written.outbox}/ (${r.written.files.length} ไฟล์ / files)`,
    `ไฟล์ต้นฉบับไม่ถูกแก้ไข / the input file was not changed: ${r.file}`,
  );
  return out.join('\n');
}
