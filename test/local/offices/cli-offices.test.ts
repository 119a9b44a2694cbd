// `npm start -- --workbook` on workbooks built the way Thai offices keep them (test/fixtures/offices):
// the CLI proposes what the sidebar proposes, adopts with --adopt, runs the bundle, and prints what an
// officer needs, in Thai and English. The school and ESA workbooks run as processes, as an officer
// runs them; the others through the same checkWorkbook in this process.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { dayFromIso } from '../../../src/core/dates/civil';
import { checkWorkbook } from '../../../src/local/cli/check-workbook';
import { SILENT } from '../../../src/local/cli/progress';
import { ESA_ASSIGNEES } from '../../fixtures/offices/esa';
import { OVERLOADED } from '../../fixtures/offices/hostile';
import { type OfficeName, writeOfficeWorkbooks } from '../../fixtures/offices/index';

const ROOT = join(__dirname, '../../..');
let dir: string;
let files: Record<OfficeName, string>;

function cli(...args: string[]) {
  return spawnSync(process.execPath, ['tools/run.mjs', 'src/local/cli/main.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 600_000,
  });
}

const check = (
  name: OfficeName,
  today: string,
  adopt: 'all' | string[] = [],
  out = join(dir, `out-${name}`),
) =>
  checkWorkbook({ root: ROOT, file: files[name], today: dayFromIso(today)!, out, progress: SILENT, adopt });

async function sheetOf(file: string, tab: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(tab);
  if (!ws) throw new Error(`no tab ${tab} in ${file}`);
  return ws;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kamnot-offices-'));
  files = await writeOfficeWorkbooks(dir);
});

describe("a school personnel group's own workbook", () => {
  let proposed: ReturnType<typeof cli>;
  let adopted: ReturnType<typeof cli>;
  beforeAll(() => {
    proposed = cli('--workbook', files.school, '--today', '2026-12-08', '--out', join(dir, 'school-1'));
    adopted = cli(
      '--workbook',
      files.school,
      '--today',
      '2569-12-08',
      '--out',
      join(dir, 'school-2'),
      '--adopt',
    );
  });

  it("without --adopt: the sidebar's proposal for each tab, nothing written, exit 2", () => {
    expect(proposed.status).toBe(2);
    const text = proposed.stdout;
    expect(text).toContain('▸ แท็บ / tab "ลาออก 2569": หัวตารางแถวที่ / header on row 3');
    expect(text).toContain(
      'การออกจากราชการ / Leaving service (resignation) [003-resignation-leaving-service]',
    );
    expect(text).toContain('▸ แท็บ / tab "ย้าย": หัวตารางแถวที่ / header on row 2');
    expect(text).toMatch(/\[003-teacher-transfer-trs\]/);
    // Each field's column with the office's own header and how sure Kamnot is.
    expect(text).toMatch(/วันที่รับเรื่อง \/ Date received +C "วันที่รับ" +มั่นใจมาก \/ high confidence/);
    expect(text).toMatch(/วันขอลาออก \/ Requested resignation date +G "วันที่ขอลาออก"/);
    // The transfer tab has no "date received" header: the teacher's filing date is it.
    expect(text).toMatch(/วันที่รับเรื่อง \/ Date received +E "วันที่ยื่นคำร้อง"/);
    expect(text).toContain(
      'C10 "31/11/2569": ไม่มีวันที่ "31/11/2569" ในปฏิทิน / "31/11/2569" is not a day of the calendar',
    );
    expect(text).toContain(`--adopt "ลาออก 2569"`);
    expect(text).toContain('"คำอธิบาย": ไม่พบแถวหัวตาราง: ไม่ใช่ทะเบียน / no header row: not a register');
    expect(proposed.stderr).toContain('ไม่พบทะเบียนให้ตรวจ / no register to check');
    expect(existsSync(join(dir, 'school-1'))).toBe(false);
  });

  it('with --adopt and a BE --today: both tabs adopted and checked, every problem in both languages', () => {
    expect(adopted.stderr).toContain('--today 2569-12-08: อ่านปี 2569 เป็น พ.ศ.');
    expect(adopted.status).toBe(0);
    const text = adopted.stdout;
    expect(text).toContain('registers checked: 2 (รู้จักจากหัวตาราง / by their headers: 0, นำมาใช้ / adopted: 2)');
    expect(text).toMatch(/รอข้อมูล \/ needs a date +[1-9]/);
    // The section row and the totals row are not cases.
    expect(text).toContain('"ลาออก 2569" แถว / rows 7, 12: ไม่นับเป็นเรื่อง');
    expect(text).toContain(
      'ลาออก 2569 แถว/row 10 (5): วันที่รับ: ไม่มีวันที่ "31/11/2569" ในปฏิทิน / วันที่รับ: "31/11/2569" is not a day of the calendar',
    );
    // Never an internal key or a JS date.
    expect(text).not.toMatch(/done:|field:|hold-to|GMT\+0700/);
  });

  it('the letter received today is not overdue (receiving it is the applicant’s step done); the one with no requested date needs a date', async () => {
    const ws = await sheetOf(join(dir, 'school-2', 'งานบุคคล โรงเรียน.checked.xlsx'), 'ลาออก 2569');
    let stateColumn = 0;
    ws.getRow(3).eachCell((c, col) => {
      if (String(c.value).startsWith('สถานะกำหนด')) stateColumn = col;
    });
    expect(stateColumn).toBeGreaterThan(14);
    const state = (row: number) => String(ws.getCell(row, stateColumn).value ?? '');
    expect([state(4), state(5), state(8)]).toEqual(['ตามกำหนด', 'ตามกำหนด', 'รอข้อมูล ⚠']);
    // The section row and the totals row got no state.
    expect([state(7), state(12)]).toEqual(['', '']);
  });

  it('the checked copy keeps the office’s fonts, borders, merges and frozen header', async () => {
    const ws = await sheetOf(join(dir, 'school-2', 'งานบุคคล โรงเรียน.checked.xlsx'), 'ลาออก 2569');
    expect(ws.getCell('D4').value).toBe('นางสาวสุดา ใจงาม');
    expect(ws.getCell('D4').font).toMatchObject({ name: 'TH SarabunPSK', size: 16 });
    expect(ws.getCell('D4').border).toMatchObject({ top: { style: 'thin' }, left: { style: 'thin' } });
    expect(ws.getCell('A1').font).toMatchObject({ name: 'TH SarabunPSK', size: 18, bold: true });
    expect(ws.getCell('A1').isMerged).toBe(true);
    expect(ws.getCell('N1').isMerged).toBe(true);
    expect((ws.views[0] as ExcelJS.WorksheetViewFrozen).ySplit).toBe(3);
    // The transfer tab, adopted too: its untouched cells keep their borders.
    const move = await sheetOf(join(dir, 'school-2', 'งานบุคคล โรงเรียน.checked.xlsx'), 'ย้าย');
    expect(move.getCell('B3').border).toMatchObject({ bottom: { style: 'thin' } });
  });
});

describe("an ESA's 40-row study-leave register, assignees by name", () => {
  let run: ReturnType<typeof cli>;
  beforeAll(() => {
    run = cli('--workbook', files.esa, '--today', '2026-12-08', '--out', join(dir, 'esa'), '--adopt');
  });

  it('names the way offices write them reach People; the one nobody knows is reported', () => {
    expect(run.status).toBe(0);
    const text = run.stdout;
    expect(text).toContain('ลาศึกษาต่อ   การลาศึกษาต่อ');
    expect(text).toMatch(/000-study-leave +40/);
    const unknown = ESA_ASSIGNEES.filter((a) => a.email === null).map((a) => a.typed);
    expect(text).toContain('assignees no mail can reach: 1 (');
    for (const name of unknown) expect(text).toContain(`"${name}" ไม่อยู่ในแท็บ People`);
    for (const a of ESA_ASSIGNEES.filter((x) => x.email !== null))
      expect(text, a.typed).not.toContain(`"${a.typed.replace(/\s+/g, ' ').trim()}" ไม่อยู่ในแท็บ People`);
    expect(text).toContain('kanokporn.j@esa-lp1.go.th');
  });

  it("reports People's own mistakes and the cells no date can be read from", () => {
    const text = run.stdout;
    expect(text).toContain('ภาษา "jp" ไม่รู้จัก');
    expect(text).toContain('"boonma@esa-lp1" is not an email');
    expect(text).toContain('the email kanokporn.j@esa-lp1.go.th appears on 2 rows');
    expect(text).toContain('the supervisor chain loops');
    expect(text).toContain('"15/11/2612" (15 Nov 2069) is too far from today');
    expect(text).toContain('M17 "รอ สพฐ."');
    expect(text).not.toMatch(/GMT\+0700|done:|field:/);
  });

  it('the checked copy keeps #REF! and #N/A as errors, not text', async () => {
    const ws = await sheetOf(join(dir, 'esa', 'ลาศึกษาต่อ สพป.checked.xlsx'), 'ลาศึกษาต่อ');
    expect(ws.getCell('J7').value).toEqual({ error: '#REF!' });
    expect(ws.getCell('J8').value).toMatchObject({ result: { error: '#N/A' } });
    expect(ws.getCell('J7').font).toMatchObject({ name: 'TH SarabunPSK', size: 16 });
  });
});

describe('a hostile workbook of 5,000 rows', () => {
  it('checks every row, tells the header carried twice, leaves an unsure tab to the officer, escapes everything', async () => {
    const out = join(dir, 'hostile');
    const outcome = await check('hostile', '2026-12-08', 'all', out);
    expect(outcome.exitCode).toBe(0);
    const text = outcome.text;
    expect(text).toMatch(/งานธุรการ +งานธุรการ +000-admin-correspondence +5000/);
    expect(text).toContain('2 columns are headed "เรื่อง / Subject" (B, I): Kamnot reads column B only');
    expect(text).toContain('columns are headed "วันที่" (C, F)');
    expect(text).toMatch(/"หนังสือรับ \(ของกลุ่ม\)".*\n(.*\n)*.*not adopted: .*the proposal is unsure/);
    expect(text).toContain(`more, in the state cells' notes and the _log tab of`);
    expect(text).toContain('hostile.checked.xlsx');
    const mails = readdirSync(join(out, 'hostile.outbox'));
    const mine = mails.find((m) => m.includes(OVERLOADED.email))!;
    const html = readFileSync(join(out, 'hostile.outbox', mine), 'utf8');
    // All 7 received today are in the mail; the late ones are cut and counted under the register.
    expect(html.match(/ครบกำหนดวันนี้ · วันนี้/g)).toHaveLength(7);
    expect(html).toMatch(/…และอีก \d+ เรื่องเกินกำหนด ในทะเบียนนี้/);
    expect(html).not.toMatch(/<script|<img|<iframe/);
    const ws = await sheetOf(join(out, 'hostile.checked.xlsx'), 'งานธุรการ');
    // Text that starts like a formula is still text: Kamnot never makes a formula of it.
    const texts = [] as unknown[];
    ws.getColumn(2).eachCell((c) => {
      if (typeof c.value === 'string' && c.value.startsWith('=')) texts.push(c.value);
    });
    expect(texts).toContain('=HYPERLINK("http://evil.example","คลิกที่นี่")');
  });
});

describe('the other shapes', () => {
  it('reads a workbook whose comments openpyxl saved, keeps the comments', async () => {
    const out = join(dir, 'comments');
    const outcome = await check('comments', '2026-12-08', 'all', out);
    expect(outcome.error).toBeUndefined();
    expect(outcome.exitCode).toBe(0);
    const ws = await sheetOf(join(out, 'openpyxl-comments.checked.xlsx'), 'การลา');
    expect(JSON.stringify(ws.getCell('B2').note)).toContain('ใบรับรองแพทย์แนบแล้ว');
  });

  it('a two-row header: the proposal reads the steps under the merged group; unsure, so adopted only by name', async () => {
    const all = await check('twoRow', '2026-12-08', 'all');
    expect(all.exitCode).toBe(2);
    expect(all.text).toMatch(/E "วันที่ดำเนินการ ขั้นที่ 1"/);
    expect(all.text).toContain('the proposal is unsure');
    const named = await check('twoRow', '2026-12-08', ['ศึกษาต่อ ภาคปกติ ประเภท ก']);
    expect(named.exitCode).toBe(0);
    expect(named.text).toMatch(/นำมาใช้ \/ adopted: 1/);
  });

  it('uses the workbook’s calendar to say whether today is a working day, and why no mail went out', async () => {
    const teachers = await check('calendar', '2026-01-16');
    expect(teachers.text).toContain(
      "วันนี้ไม่ใช่วันทำการตามปฏิทิน TH-SCHOOL (วันครู): Kamnot ไม่ส่งอีเมลในวันหยุด / today is not a working day on calendar TH-SCHOOL (Teachers' Day)",
    );
    const dayOff = await check('calendar', '2026-12-09');
    expect(dayOff.text).toContain(`the office's own day off "หยุดกีฬาสีของโรงเรียน" in the Holidays tab`);
    const working = await check('calendar', '2026-12-08');
    expect(working.text).toContain("the workbook's calendar: TH-SCHOOL: วันทำการ / a working day");
    expect(working.text).toMatch(/digests: 1 ฉบับ/);
  });

  it('an English register: proposed and adopted from its English headers', async () => {
    const outcome = await check('english', '2026-12-08', 'all');
    expect(outcome.exitCode).toBe(0);
    expect(outcome.text).toMatch(/C "Date received" +มั่นใจมาก/);
    expect(outcome.text).toContain('[003-resignation-leaving-service]');
  });

  it.each([
    ['ods', 'this is an OpenDocument spreadsheet (.ods)'],
    ['csv', 'this is a text (CSV) file, not a workbook'],
  ] as const)('%s gets its own message', async (name, en) => {
    const outcome = await check(name, '2026-12-08');
    expect(outcome.exitCode).toBe(2);
    expect(outcome.error).toContain(en);
  });

  it('--adopt names a tab the workbook does not have: refused, with the tabs it could', async () => {
    const outcome = await check('school', '2026-12-08', ['ไม่มีแท็บนี้']);
    expect(outcome.exitCode).toBe(2);
    expect(outcome.error).toContain(
      'no tab "ไม่มีแท็บนี้" that can be adopted (tabs that can: "ลาออก 2569", "ย้าย"',
    );
  });
});

describe('the command line itself', () => {
  it('--help answers with every option, exit 0; a date that does not exist is named so', () => {
    const help = cli('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--adopt');
    const leap = cli('--today', '2026-02-29');
    expect(leap.status).toBe(2);
    expect(leap.stderr).toContain('there is no such date: 2026-02-29 (2026 is not a leap year)');
  });
});
