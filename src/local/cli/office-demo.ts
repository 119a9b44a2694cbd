// The demo office workbook in the offline runtime: registers made by build/Code.js's createRegister,
// cases typed as offices type them, the hourly run at the office's hour, and what it sent.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { calendarNamed } from '../../core/calendar/calendars';
import { isWorkingDay } from '../../core/calendar/work-calendar';
import { type Day, isoFromDay } from '../../core/dates/civil';
import { formatDate } from '../../core/dates/format';
import { CASE_STATES, type CaseState } from '../../core/engine/types';
import { notedProblems } from '../../core/register/computed';
import { demoWorkday } from '../demo/calendar';
import { digests, lastRun, readStates } from '../demo/inspect';
import {
  bangkokInstant,
  buildDemoWorkbook,
  DEMO_PEOPLE,
  type DemoWorkbook,
  demoRuntime,
  manualOffice,
} from '../demo/workbook';
import type { Runtime } from '../runtime';
import { clip, table } from './table';
import { writeDigests } from './workbook-results';
import { stateLabel } from './workbook-summary';

const RULES: Record<string, string> = {
  after: 'หลังวันเริ่ม (after)',
  before: 'ก่อนวันเป้าหมาย (before)',
  calendar: 'ตามปฏิทิน (calendar)',
  manual: 'กรอกเอง (manual)',
};

const RANK: Record<string, number> = { officer: 0, 'group-director': 1, 'deputy-director': 2, director: 3 };

function reminderHour(values: unknown[][]): number {
  const row = values.find((r) => String(r[0] ?? '').trim() === 'reminder-hour');
  const hour = Number(row?.[1]);
  return Number.isInteger(hour) && hour >= 0 && hour <= 23 ? hour : 8;
}

/** What the office demo leaves for the sections after it. */
export interface OfficeDemo {
  readonly text: string;
  /** After the run (main.ts writes the workbook as .xlsx). */
  readonly runtime: Runtime;
  readonly workbook: DemoWorkbook;
  /** The working day whose run sent the digests shown (today, or the next working day). */
  readonly mailDay: Day;
  /** The office's reminder hour (Settings). */
  readonly hour: number;
}

export function officeDemo(root: string, today: Day, outDir = join(root, 'out')): OfficeDemo {
  const code = readFileSync(join(root, 'build/Code.js'), 'utf8');
  const manifest = JSON.parse(readFileSync(join(root, 'build/appsscript.json'), 'utf8'));
  const runtime = demoRuntime(code, today, 6, { manifest });
  const workbook = buildDemoWorkbook(runtime, today);
  const hour = reminderHour(runtime.spreadsheet.values('Settings'));
  runtime.clock.advanceTo(bangkokInstant(today, hour));
  runtime.calls.reset();
  const started = runtime.clock.now();
  runtime.callIn({ kind: 'time-driven' }, 'runHourly');
  const virtualMs = runtime.clock.now() - started;
  const calls = runtime.calls.total();
  const first = lastRun(runtime);
  const rows = readStates(runtime, workbook);
  const out: string[] = [];
  const calendar = calendarNamed('TH');
  const working = isWorkingDay(calendar, today);
  // No mail on a day off: show what the next working day's run at the same hour sends.
  const mailDay = working ? today : demoWorkday(today, 1);
  if (!working) {
    runtime.clock.advanceTo(bangkokInstant(mailDay, hour));
    runtime.callIn({ kind: 'time-driven' }, 'runHourly');
  }
  const run = lastRun(runtime);

  out.push(
    '■ สมุดงานตัวอย่างของสำนักงาน / The demo office workbook',
    `  ทะเบียนสร้างด้วย createRegister ของ build/Code.js แล้วกรอกเรื่องแบบที่เจ้าหน้าที่พิมพ์ (พ.ศ., ชื่อเดือนไทย, เลขไทย)`,
    `  รอบตรวจรายชั่วโมงเวลา ${String(hour).padStart(2, '0')}:00 น. (เวลาส่งอีเมลในแท็บ Settings) ${formatDate(today, { style: 'full' })}`,
    `  Registers made by the bundle's createRegister, cases typed as offices type them; the hourly run at the office's hour.`,
    working
      ? ''
      : `  วันนี้ไม่ใช่วันทำการ: ไม่ส่งอีเมล อีเมลด้านล่างคือที่ส่ง${formatDate(mailDay, { style: 'full' })}\n` +
          `  Today is not a working day: no mail; the digests below go out on ${isoFromDay(mailDay)}\n`,
  );

  // Registers.
  out.push(
    table(
      ['#', 'ทะเบียน (แท็บ) / register (tab)', 'คู่มือ / manual', 'กำหนดเวลาแบบ / deadlines', 'เรื่อง / cases'],
      workbook.registers.map((r, i) => [
        String(i + 1),
        clip(r.tab, 52),
        `${r.manual} ${clip(manualOffice(r.manual), 30)}`,
        [...new Set(r.procedure.steps.map((s) => s.deadline.kind))]
          .filter((k) => k in RULES)
          .map((k) => RULES[k])
          .join(', '),
        String(r.cases.length),
      ]),
    ),
    '',
  );

  // Cases per state.
  const byState = new Map<CaseState | null, typeof rows>();
  for (const r of rows) byState.set(r.state, [...(byState.get(r.state) ?? []), r]);
  out.push(
    table(
      ['สถานะ / state', 'เรื่อง / cases', 'ตัวอย่าง / e.g.'],
      [...CASE_STATES, null].flatMap((s) => {
        const list = byState.get(s) ?? [];
        if (s === null && list.length === 0) return [];
        const label = stateLabel(s);
        const example = list[0];
        return [
          [label, String(list.length), example ? clip(`${example.caseId} ${example.case.subject}`, 60) : '—'],
        ];
      }),
    ),
    `รวม / total: ${rows.length} เรื่องใน ${workbook.registers.length} ทะเบียน / cases in registers` +
      (first
        ? `; Kamnot เขียน ${first.changedCells} ช่อง ใน ${first.writes} ครั้ง / wrote ${first.changedCells} cells in ${first.writes} writes`
        : ''),
    `บริการ Apps Script ที่เรียกในรอบนี้ / service calls in this run: ${calls}; เวลาเสมือน / virtual time: ${(virtualMs / 1000).toFixed(1)} s\n`,
  );

  // The digests, officers first, then up the chain.
  const day = isoFromDay(mailDay);
  const person = (email: string) => DEMO_PEOPLE.find((p) => p.email.toLowerCase() === email.toLowerCase());
  const sent = digests(runtime, day).sort(
    (a, b) =>
      (RANK[person(a.to)?.role ?? ''] ?? 9) - (RANK[person(b.to)?.role ?? ''] ?? 9) ||
      a.to.localeCompare(b.to),
  );
  const dir = join(outDir, 'outbox');
  const files = writeDigests(dir, sent).map((file) => relative(root, file));
  const items = (d: (typeof sent)[number]) => {
    const parts: string[] = [];
    if (d.items.overdue) parts.push(`เกิน ${d.items.overdue}`);
    if (d.items['due-today']) parts.push(`วันนี้ ${d.items['due-today']}`);
    if (d.items['due-soon']) parts.push(`ใกล้ ${d.items['due-soon']}`);
    if (d.items.escalation) parts.push(`ทีม ${d.items.escalation}`);
    return `${d.total} (${parts.join(', ')})`;
  };
  const recipients = new Set(sent.map((d) => d.to.toLowerCase()));
  out.push(
    `อีเมลสรุปประจำวัน ${formatDate(mailDay)} / the digests of ${day}: ${sent.length} ฉบับ ถึง ${recipients.size} คน / mails to people`,
    table(
      ['ผู้รับ / recipient', 'ตำแหน่ง / role', 'หัวข้อ / subject', 'รายการ / items'],
      sent.map((d) => {
        const p = person(d.to);
        return [`${p?.name ?? '?'} <${d.to}>`, p?.role ?? '?', clip(d.mail.subject, 64), items(d)];
      }),
    ),
    '  รายการ / items: เกิน = overdue, วันนี้ = due today, ใกล้ = due soon, ทีม = team cases overdue (supervisors)',
  );
  const silent = DEMO_PEOPLE.filter((p) => !recipients.has(p.email.toLowerCase()));
  for (const p of silent) {
    const why = p.active
      ? 'ไม่มีเรื่องใกล้หรือเกินกำหนด / nothing due'
      : 'ไม่ใช้งานในแท็บ People: ไม่ส่ง / inactive in People: never mailed';
    out.push(`  ไม่ได้รับอีเมล / no mail: ${p.name} <${p.email}> — ${why}`);
  }
  out.push('');

  // Problems: what the run reported, then the notes Kamnot put on rows.
  const problems = [
    ...(run?.notes ?? []),
    ...rows.flatMap((r) =>
      notedProblems(r.note).map((m) => `${r.register.tab} แถว/row ${r.row} (${r.caseId}): ${m.th} / ${m.en}`),
    ),
  ];
  out.push(
    `ปัญหาที่พบ / problems found: ${problems.length}`,
    ...problems.map((p) => `  • ${p}`),
    '',
    `ไฟล์ HTML ของอีเมลทุกฉบับ / every digest as HTML: ${relative(root, dir)}/ (${files.length} ไฟล์ / files)`,
    ...files.map((f) => `  ${f}`),
  );
  return { text: out.join('\n'), runtime, workbook, mailDay, hour };
}
