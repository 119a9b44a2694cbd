/** The summary `npm start -- --workbook` prints: what was recognised, what the run found and sent. */
import { type Day, isoFromDay } from '../../core/dates/civil';
import { formatDate } from '../../core/dates/format';
import { CASE_STATES, type CaseState } from '../../core/engine/types';
import { bilingual, type Msg } from '../../core/i18n/msg';
import { STATE_LABELS } from '../../core/register/computed';
import type { DigestSummary, LoggedRun } from '../demo/inspect';
import type { RecognisedTab } from '../xlsx/recognise';
import { clip, table } from './table';
import type { RegisterResult } from './workbook-results';

export interface CheckReport {
  readonly file: string;
  readonly tabs: number;
  readonly registers: readonly RecognisedTab[];
  readonly leftAlone: readonly { readonly tab: string; readonly why: Msg }[];
  readonly systemTabs: readonly string[];
  readonly today: Day;
  readonly hour: number;
  readonly working: boolean;
  readonly run: LoggedRun | null;
  readonly results: readonly RegisterResult[];
  readonly digests: readonly DigestSummary[];
  /** Reminders for today already in the `_sent` ledger before this run. */
  readonly alreadySent: number;
  readonly warnings: readonly string[];
  readonly written: { readonly xlsx: string; readonly outbox: string; readonly files: readonly string[] };
}

/** Problems listed in full up to this many; the rest are counted (they are all in the file). */
const MAX_PROBLEMS = 20;

export function stateLabel(s: CaseState | null): string {
  return s === null ? 'อ่านไม่ได้ / unreadable' : bilingual(STATE_LABELS[s]);
}

export function workbookSummary(r: CheckReport): string {
  const out: string[] = [];
  const hour = `${String(r.hour).padStart(2, '0')}:00`;
  out.push(
    `■ สมุดงาน / workbook: ${r.file} (${r.tabs} แท็บ / tabs)`,
    `  รอบตรวจรายชั่วโมง ${formatDate(r.today, { style: 'full' })} เวลา ${hour} น. (Asia/Bangkok)`,
    `  The hourly run on ${isoFromDay(r.today)} at ${hour}, Bangkok time, by build/Code.js offline`,
    '',
    `ทะเบียนที่รู้จักจากหัวตาราง / registers recognised by their headers: ${r.registers.length}`,
  );
  const byTab = new Map(r.results.map((x) => [x.tab, x]));
  out.push(
    table(
      ['แท็บ / tab', 'ขั้นตอนงาน / procedure', 'รหัส / id', 'เรื่อง / cases', 'หมายเหตุ / note'],
      r.registers.map((g) => {
        const notes: string[] = [];
        if (g.missingComputed.length > 0) notes.push("เพิ่มคอลัมน์ของ Kamnot / Kamnot's columns added");
        if (g.tieBrokenBy) notes.push(bilingual(g.tieBrokenBy));
        return [
          clip(g.tab, 36),
          clip(g.procedure.th, 36),
          g.procedure.id,
          String(byTab.get(g.tab)?.cases ?? 0),
          notes.join('; '),
        ];
      }),
    ),
  );
  if (r.leftAlone.length > 0) {
    out.push(`แท็บที่ไม่ได้แตะ / tabs left alone: ${r.leftAlone.length}`);
    for (const t of r.leftAlone) out.push(`  • "${t.tab}": ${bilingual(t.why)}`);
  }
  if (r.systemTabs.length > 0) out.push(`แท็บของ Kamnot / Kamnot's own tabs: ${r.systemTabs.join(', ')}`);
  out.push('');

  const byState = new Map<CaseState | null, number>();
  for (const x of r.results) for (const [s, n] of x.byState) byState.set(s, (byState.get(s) ?? 0) + n);
  const cases = r.results.reduce((n, x) => n + x.cases, 0);
  out.push(
    table(
      ['สถานะ / state', 'เรื่อง / cases'],
      [...CASE_STATES, null]
        .filter((s) => s !== null || byState.has(null))
        .map((s) => [stateLabel(s), String(byState.get(s) ?? 0)]),
    ),
    `รวม / total: ${cases} เรื่องใน ${r.registers.length} ทะเบียน / cases in registers` +
      (r.run ? `; Kamnot เขียน ${r.run.changedCells} ช่อง / wrote ${r.run.changedCells} cells` : ''),
  );
  if (r.run && r.run.status !== 'done')
    out.push(
      'รอบนี้ตรวจไม่ครบทุกทะเบียน: รอบถัดไปทำต่อจากที่ค้าง / ' +
        'this run did not reach every register: the next run continues where it stopped',
    );
  out.push('');

  const recipients = new Set(r.digests.map((d) => d.to.toLowerCase()));
  out.push(`อีเมลสรุป / digests: ${r.digests.length} ฉบับ ถึง ${recipients.size} คน / mails to people`);
  if (!r.working) out.push('  วันนี้ไม่ใช่วันทำการ: ไม่ส่งอีเมล / not a working day: no mail is sent');
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
  out.push('');

  const problems = [...(r.run?.notes ?? []), ...r.results.flatMap((x) => x.problems)];
  out.push(`ปัญหาที่พบ / problems found: ${problems.length}`);
  for (const p of problems.slice(0, MAX_PROBLEMS)) out.push(`  • ${p}`);
  if (problems.length > MAX_PROBLEMS)
    out.push(
      `  … อีก ${problems.length - MAX_PROBLEMS} รายการในไฟล์ / ${problems.length - MAX_PROBLEMS} more in the file`,
    );
  for (const w of r.warnings) out.push(`  ⚠ ${w}`);
  out.push(
    '',
    `สมุดงานที่ตรวจแล้ว / the checked workbook: ${r.written.xlsx}`,
    `อีเมลเป็น HTML / the digests as HTML: ${r.written.outbox}/ (${r.written.files.length} ไฟล์ / files)`,
    `ไฟล์ต้นฉบับไม่ถูกแก้ไข / the input file was not changed: ${r.file}`,
  );
  return out.join('\n');
}
