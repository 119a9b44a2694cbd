// npm start's section on a calendar that changes mid-year (issue 15 §2): after the demo office's run the
// cabinet gives a day off, an officer pastes the news into the sidebar, the next hourly check of the
// bundle lists every due date that moved, and the next digest tells it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calendarNamed } from '../../../src/core/calendar/calendars';
import { isWorkingDay } from '../../../src/core/calendar/work-calendar';
import { dayFromIso, isoFromDay } from '../../../src/core/dates/civil';
import { formatDate } from '../../../src/core/dates/format';
import { parseDateText } from '../../../src/core/dates/parse';
import { officeDemo } from '../../../src/local/cli/office-demo';
import { specialDayDemo } from '../../../src/local/cli/special-day-demo';

const ROOT = join(__dirname, '../../..');

function demo(iso: string) {
  const office = officeDemo(ROOT, dayFromIso(iso)!, mkdtempSync(join(tmpdir(), 'kamnot-special-')));
  const text = specialDayDemo(office);
  const lines = text.split('\n');
  return { office, text, lines, runtime: office.runtime };
}

/** The `_log` row the run wrote for the change: its "before → after" lines, Thai half. */
const logged = (d: ReturnType<typeof demo>) =>
  d.runtime.spreadsheet
    .values('_log')
    .filter((r) => r[1] === 'calendar')
    .flatMap((r) => String(r[2]).split('\n').slice(1))
    .map((l) => l.split(' / ')[0]!);

describe('npm start: a special day off announced mid-year (as of Tue 8 Dec 2569)', () => {
  const d = demo('2026-12-08');
  const line = (pattern: RegExp) => d.lines.find((l) => pattern.test(l)) ?? '';

  it('the cabinet gives Fri 11 Dec 2569 off (between Constitution Day and the weekend); the pasted news lands in Holidays', () => {
    expect(d.text).toContain('“ครม. มีมติให้วันศุกร์ที่ 11 ธันวาคม พ.ศ. 2569 เป็นวันหยุดราชการเพิ่มเป็นกรณีพิเศษ”');
    expect(line(/เจ้าหน้าที่วางข่าว/)).toMatch(/^ {2}8 ธ\.ค\. 2569 10:00 น\./);
    // Through the sidebar's paste, into the Holidays tab as one of the office's own rows.
    const rows = d.runtime.spreadsheet.values('Holidays').filter((r) => r[2] === 'office');
    expect(rows.map((r) => String(r[1]))).toEqual(['ครม. มีมติให้ วันหยุดราชการเพิ่มเป็นกรณีพิเศษ']);
    expect(String(rows[0]![3])).toContain('pasted from a list');
    expect(line(/แท็บ Holidays แถวใหม่/)).toContain('11/12/2569 "ครม. มีมติให้ วันหยุดราชการเพิ่มเป็นกรณีพิเศษ"');
  });

  it('lists each moved case: register, row, case, the step in Thai and English, the old and new date in both', () => {
    expect(line(/รอบตรวจรายชั่วโมงถัดไป/)).toContain(
      'กำหนดเลื่อน 2 เรื่อง / the next hourly check: 2 due date(s) moved',
    );
    const at = d.lines.findIndex((l) => l.includes('K-1 ขอลาศึกษาต่อ ป.โท การวัดผล ม.นเรศวร'));
    expect(d.lines[at]).toMatch(/^ {2}• การดำเนินการศึกษาต่อภายในประเทศ ภาคปกติ ประเภท ก แถว\/row 5: K-1 /);
    expect(d.lines[at + 1]).toMatch(/^ {6}สพท\. พิจารณาโควตาประเภท ก .*: 15 ธ\.ค\. 2569 → 16 ธ\.ค\. 2569$/);
    expect(d.lines[at + 2]).toBe(
      '      Consider the type A quota allocated by universities: 15 Dec 2026 → 16 Dec 2026',
    );
    // The case on hold: its projected date skips the new day and the weekend after it.
    const held = d.lines.findIndex((l) => l.includes('ลศ.007/2569'));
    expect(d.lines[held + 1]).toMatch(/: 25 ธ\.ค\. 2569 → 28 ธ\.ค\. 2569$/);
    expect(d.lines[held + 2]).toMatch(
      /^ {6}Send the dispatch letter to the university: 25 Dec 2026 → 28 Dec 2026$/,
    );
  });

  it('prints what the run logged, no more and no less, and the register shows the new date', () => {
    const log = logged(d);
    expect(log).toHaveLength(2);
    for (const entry of log) {
      const [, row, caseId, before, after] = entry.match(/ แถว (\d+) (\S+): (.+) → (.+)$/)!;
      const at = d.lines.findIndex((l) => l.includes(`แถว/row ${row}: ${caseId} `));
      expect(at, entry).toBeGreaterThan(0);
      expect(d.lines[at + 1]).toContain(`${before} → ${after}`);
    }
    const register = d.office.workbook.registers[0]!;
    const due = d.runtime.spreadsheet.values(register.tab, 'A1:Z5');
    expect(due[4]![due[0]!.indexOf('ครบกำหนด / Due')]).toBe('16 ธ.ค. 2569');
  });

  it("quotes the next working day's digest to the case's assignee, and marks the notice told in _moved", () => {
    expect(line(/อีเมลสรุปวันทำการถัดไป/)).toBe(
      '  อีเมลสรุปวันทำการถัดไป 9 ธ.ค. 2569: 2 ฉบับบอกกำหนดที่เลื่อน / the next digests (2026-12-09): 2 tell the moved dates',
    );
    const at = d.lines.findIndex((l) => l.startsWith('  ตัวอย่าง / excerpt'));
    expect(d.lines[at]).toContain('นายธนพล มีสุข <thanaphon@example.org>');
    expect(d.lines.slice(at + 1, at + 5)).toEqual([
      '    == กำหนดที่เลื่อนเพราะวันหยุดเปลี่ยน ==',
      '    วันหยุดในปฏิทินที่ใช้เปลี่ยนไป กำหนดของเรื่องต่อไปนี้จึงเลื่อน:',
      expect.stringMatching(/^ {4}- ขอลาศึกษาต่อ ป\.โท การวัดผล ม\.นเรศวร — ครูจันทร์เพ็ญ \(.* · สพท\. พิจารณาโควตา/),
      '      เดิม 15 ธ.ค. 2569 → ใหม่ 16 ธ.ค. 2569: เพิ่มวันหยุด 11 ธ.ค. 2569 (ครม. มีมติให้ วันหยุดราชการเพิ่มเป็นกรณีพิเศษ)',
    ]);
    // The mail really went, on 9 Dec, and _moved says each notice was told that day.
    const mail = d.runtime.outbox.filter((m) => m.to.includes('thanaphon@example.org')).at(-1)!;
    expect(mail.body).toContain('เดิม 15 ธ.ค. 2569 → ใหม่ 16 ธ.ค. 2569');
    const moved = d.runtime.spreadsheet.values('_moved').slice(1);
    expect(moved.map((r) => String(r[3]).replace(/^'/, ''))).toEqual(['2026-12-09', '2026-12-09']);
    expect(line(/where the office sees them/)).toContain('_log');
    expect(line(/where the office sees them/)).toContain('_moved');
  });

  it('is the same text every time for the same day', () => {
    expect(demo('2026-12-08').text).toBe(d.text);
  });
});

// A Monday, a substitution holiday, a Friday in the next quarter, Songkran, and 2028.
describe.each(['2026-11-23', '2026-12-07', '2027-01-15', '2027-04-14', '2028-06-01'])(
  'npm start as of %s',
  (iso) => {
    it('gives a working day a few days ahead off, and at least one due date really moves and is told', () => {
      const d = demo(iso);
      const cal = calendarNamed('TH');
      const mailDay = d.office.mailDay;
      const said = d.text.match(/ครม\. มีมติให้วัน\S+ที่ (\d+ \S+ พ\.ศ\. \d+) /)!;
      const day = parseDateText(said[1]!.replace('พ.ศ. ', ''));
      expect(day.ok).toBe(true);
      const off = day.ok ? day.value : 0;
      expect(isWorkingDay(cal, off), isoFromDay(off)).toBe(true);
      expect(off - mailDay).toBeGreaterThanOrEqual(2);
      expect(off - mailDay).toBeLessThanOrEqual(10);
      const log = logged(d);
      expect(log.length).toBeGreaterThan(0);
      const count = Number(d.text.match(/กำหนดเลื่อน (\d+) เรื่อง/)![1]);
      expect(count).toBe(log.length);
      expect(d.text).toMatch(new RegExp(`เพิ่มวันหยุด ${formatDate(off).replace(/\./g, '\\.')} `));
      expect(Number(d.text.match(/: (\d+) ฉบับบอกกำหนดที่เลื่อน/)![1])).toBeGreaterThan(0);
    });
  },
);

describe('npm start as a process', () => {
  it("prints the section after the report and before the office's own procedure", () => {
    const out = mkdtempSync(join(tmpdir(), 'kamnot-start-'));
    const run = spawnSync(
      process.execPath,
      ['tools/run.mjs', 'src/local/cli/main.ts', '--today', '2026-12-08', '--out', out],
      { cwd: ROOT, encoding: 'utf8', timeout: 600_000 },
    );
    expect(run.status, run.stderr).toBe(0);
    const at = (text: string) => run.stdout.indexOf(text);
    const section = at('วันหยุดพิเศษที่ประกาศกลางปี / A special day off announced mid-year');
    expect(section).toBeGreaterThan(at('รายงานสถิติการให้บริการและความตรงต่อเวลา'));
    expect(section).toBeLessThan(at('กระบวนงานของสำนักงานเองกับทะเบียนเดิม'));
    const body = run.stdout.slice(section, at('กระบวนงานของสำนักงานเองกับทะเบียนเดิม'));
    expect(body).toContain('Consider the type A quota allocated by universities: 15 Dec 2026 → 16 Dec 2026');
    expect(body).toContain('เดิม 15 ธ.ค. 2569 → ใหม่ 16 ธ.ค. 2569: เพิ่มวันหยุด 11 ธ.ค. 2569');
    // The installation check after it still finds nothing wrong with the workbook.
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe(
      'self-test: 11 checks, 9 ok, 0 warnings, 0 failed, 2 need a live Google account',
    );
  });
});
