// The office's own procedure and its own old register, offline through build/Code.js: the procedure
// typed in the Procedures tab, the office's existing leave tab adopted onto it, a rule changed while
// cases are open (they keep their version), and the adoption undone, leaving the tab as it was.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Day } from '../../core/dates/civil';
import { formatDate } from '../../core/dates/format';
import { tabHeaderRow } from '../../core/procedures/tab-layout';
import type { AdoptionView, CaseMovePlan } from '../../gas/sidebar-api/public';
import { demoWorkday } from '../demo/calendar';
import { demoRuntime, letter } from '../demo/workbook';
import type { Runtime } from '../runtime';
import { clip, table } from './table';

const MENU = { kind: 'menu' } as const;
const SIDEBAR = { kind: 'sidebar' } as const;
const ID = 'office-leave-approval';
const TAB = 'ทะเบียนคุมการลาพักผ่อน (เดิม)';
const HEADER = tabHeaderRow();

function procedureRow(no: number, step: string, rule: string, words: string): string[] {
  const row = HEADER.map(() => '');
  const put = (prefix: string, value: string) => {
    row[HEADER.findIndex((h) => h.startsWith(prefix))] = value;
  };
  put('รหัสงาน', ID);
  put('ชื่องาน /', 'อนุมัติการลาพักผ่อน');
  put('ชื่องาน (อังกฤษ)', 'Approving annual leave');
  put('ขั้นที่', String(no));
  put('ขั้นตอน /', step);
  put('กำหนดเวลา', rule);
  put('มาตรฐานเวลา', words);
  return row;
}

/** The office's own tab, as offices keep it: a title row, Thai headers, BE dates typed as text. */
function officeTab(today: Day): string[][] {
  const be = (day: Day) => formatDate(day, { style: 'short' });
  const back = (n: number) => demoWorkday(today, -n);
  return [
    ['ทะเบียนคุมการลาพักผ่อน ปีงบประมาณ 2570 กลุ่มบริหารงานบุคคล', '', '', '', '', '', '', '', ''],
    [
      'ลำดับ',
      'ชื่อ-สกุล',
      'เรื่อง',
      'วันที่รับเรื่อง',
      'ผู้รับผิดชอบ',
      'ตรวจสอบวันลาคงเหลือ',
      'เสนอผู้อำนวยการลงนาม',
      'แจ้งผลผู้ขอลา',
      'หมายเหตุ',
    ],
    [
      '1',
      'นางสาวสุดา ใจดี',
      'ขอลาพักผ่อน 3 วัน',
      be(back(9)),
      'นางมาลี รักงาน',
      be(back(8)),
      be(back(5)),
      be(back(4)),
      '',
    ],
    [
      '2',
      'นายสมชาย ศรีสุข',
      'ขอลาพักผ่อน 5 วัน',
      be(back(6)),
      'นางมาลี รักงาน',
      be(back(5)),
      '',
      '',
      'รอ ผอ. กลับจากราชการ',
    ],
    ['3', 'นางวันดี มีสุข', 'ขอลาพักผ่อน 2 วัน', be(back(1)), 'นายปรีชา ขยัน', 'รอเอกสาร', '', '', ''],
  ];
}

function column(runtime: Runtime, prefix: string): string {
  const header = runtime.spreadsheet.values(TAB, 'A2:Z2')[0] ?? [];
  return letter(header.findIndex((h) => String(h).startsWith(prefix)) + 1);
}

function cases(runtime: Runtime, rows: number): string[][] {
  const read = (prefix: string) =>
    runtime.spreadsheet.values(TAB, `${column(runtime, prefix)}3:${column(runtime, prefix)}${rows + 2}`);
  const [subject, due, state, version] = ['เรื่อง', 'ครบกำหนด /', 'สถานะกำหนด', 'ฉบับขั้นตอนงาน'].map(read) as [
    unknown[][],
    unknown[][],
    unknown[][],
    unknown[][],
  ];
  return subject.map((s, i) => [
    String(s[0]),
    String(version[i]?.[0] ?? ''),
    String(due[i]?.[0] ?? ''),
    String(state[i]?.[0] ?? ''),
  ]);
}

export function ownProcedureDemo(root: string, today: Day): string {
  const code = readFileSync(join(root, 'build/Code.js'), 'utf8');
  const manifest = JSON.parse(readFileSync(join(root, 'build/appsscript.json'), 'utf8'));
  const runtime = demoRuntime(code, today, 9, {
    manifest,
    user: 'chief@example.org',
    identityInSimpleTriggers: true,
    spreadsheet: {
      name: 'สำนักงานตัวอย่าง',
      timeZone: 'Asia/Bangkok',
      locale: 'th_TH',
      sheets: [{ name: TAB, values: officeTab(today), typed: true }],
    },
  });
  const out: string[] = [];
  const original = runtime.spreadsheet.values(TAB, 'A1:I5');
  // 1. The office writes its own procedure in the Procedures tab; the run makes it version 1.
  runtime.callIn(MENU, 'installHourly');
  const steps = [
    procedureRow(1, 'ตรวจสอบวันลาคงเหลือ', '2 วันทำการ หลังเริ่ม', 'ภายใน ๒ วันทำการ'),
    procedureRow(2, 'เสนอผู้อำนวยการลงนาม', '3 วันทำการ', 'ภายใน ๓ วันทำการ'),
    procedureRow(3, 'แจ้งผลผู้ขอลา', '1 วันทำการ', 'ภายใน ๑ วันทำการ'),
  ];
  runtime.spreadsheet.edit('Procedures', `A2:${letter(HEADER.length)}4`, steps);
  runtime.callIn(MENU, 'runNow');
  out.push('1) กระบวนงานของสำนักงานเอง (แท็บ Procedures) / the office procedure typed in the Procedures tab:');
  out.push(
    table(
      ['ขั้นที่ / step', 'ขั้นตอน / step', 'กำหนดเวลา / rule', 'ฉบับ / version'],
      runtime.spreadsheet
        .values('Procedures', `A2:${letter(HEADER.length)}4`)
        .map((r) => [
          String(r[HEADER.findIndex((h) => h.startsWith('ขั้นที่'))]),
          String(r[HEADER.findIndex((h) => h.startsWith('ขั้นตอน /'))]),
          String(r[HEADER.findIndex((h) => h.startsWith('กำหนดเวลา'))]),
          String(r[HEADER.findIndex((h) => h.startsWith('ฉบับที่'))]),
        ]),
    ),
  );
  // 2. Its old register is adopted onto that procedure: Kamnot proposes, the officer accepts.
  const gid = runtime.spreadsheet.range(TAB).getSheet().getSheetId();
  const view = runtime.callIn(SIDEBAR, 'proposeAdoption', gid, ID) as AdoptionView;
  const proposal = view.proposal!;
  out.push(`\n2) นำแท็บเดิมมาใช้ / adopting "${TAB}" (หัวตารางแถว / header row ${proposal.headerRow}):`);
  out.push(
    table(
      ['ข้อมูล / field', 'คอลัมน์ของสำนักงาน / office column', 'ความมั่นใจ / confidence'],
      proposal.fields.map((f) => [
        clip(f.header.th, 34),
        f.column ? `${f.column} ${f.columnHeader}` : '—',
        f.column ? `${Math.round(f.confidence * 100)}%` : '',
      ]),
    ),
  );
  for (const u of proposal.unreadable)
    out.push(`  อ่านไม่ได้ ไม่แก้ / unreadable, left as typed: ${u.cell} "${u.value}" — ${u.problem.th}`);
  const mapping = Object.fromEntries(proposal.fields.map((f) => [f.key, f.column]));
  runtime.callIn(SIDEBAR, 'adoptTab', gid, ID, mapping, {});
  runtime.callIn(MENU, 'runNow');
  const head = ['เรื่อง / case', 'ฉบับ / version', 'ครบกำหนด / due', 'สถานะ / state'];
  out.push(table(head, cases(runtime, 3)));
  // 3. The office lengthens step 2 while cases are open; a new case arrives.
  const rule = `${letter(HEADER.findIndex((h) => h.startsWith('กำหนดเวลา')) + 1)}3`;
  runtime.fireOnEdit('Procedures', rule, [['5 วันทำการ']]);
  const newRow = [
    ['4', 'นายธนา พรหมมา', 'ขอลาพักผ่อน 1 วัน', formatDate(today, { style: 'short' }), 'นายปรีชา ขยัน'],
  ];
  runtime.spreadsheet.edit(TAB, 'A6:E6', newRow);
  runtime.callIn(MENU, 'runNow');
  const log = runtime.spreadsheet
    .values('_log')
    .filter((r) => r[1] === 'procedure')
    .map((r) => String(r[2]).split('\n'))
    .at(-1);
  out.push(
    `\n3) แก้กติกาขณะมีเรื่องเปิดอยู่ / a rule changed while cases are open: ${log?.map((l) => l.split(' / ')[0]).join(' · ')}`,
  );
  out.push(
    '   เรื่องเดิมคงใช้ฉบับเดิม เรื่องใหม่ใช้ฉบับใหม่ / open cases keep their version, the new case takes the new one:',
  );
  out.push(table(head, cases(runtime, 4)));
  const move = runtime.callIn(SIDEBAR, 'planCaseMove', gid, 4) as CaseMovePlan;
  out.push(
    `   ถ้าย้าย "${move.subject}" ไปฉบับ ${move.to} / moved to version ${move.to}: ครบกำหนด / due ${move.before.due} → ${move.after.due} (ต้องยืนยันก่อน / only when an officer confirms)`,
  );
  // 4. Stop tracking: the tab is as the office left it (the new row was typed by the office).
  runtime.spreadsheet.edit(TAB, 'A6:E6', [['', '', '', '', '']]);
  runtime.callIn(SIDEBAR, 'stopTracking', gid, true);
  const after = runtime.spreadsheet.values(TAB, 'A1:I5');
  const same = JSON.stringify(after) === JSON.stringify(original);
  const width = runtime.spreadsheet.values(TAB)[1]?.length ?? 0;
  out.push(
    `\n4) เลิกติดตามแท็บ / stop tracking: ${same && width === 9 ? 'แท็บกลับเป็นเหมือนเดิมทุกช่อง / the tab is back as it was, cell for cell' : 'แท็บไม่เหมือนเดิม / the tab differs from the original'}`,
  );
  return out.join('\n');
}
