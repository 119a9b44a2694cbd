// The Report on demand, through build/Code.js: the tab (one block, nothing a formula, built only when
// asked), its cost in service calls, the print dialog (A4, escaped, Thai digits), the menu item, and
// the office's document number from the register to the report and the digest.

import { describe, expect, it } from 'vitest';
import { columnLetters } from '../../src/core/cells';
import { load } from './harness';

const PROCEDURE = '003-resignation-leaving-service';
const HOSTILE = '=HYPERLINK("http://evil.example","x")';

function office(start = '2026-12-08T09:30:00+07:00') {
  const runtime = load({
    spreadsheet: { timeZone: 'Asia/Bangkok', locale: 'th_TH', sheets: [{ name: 'Sheet1' }] },
    start,
    deployment: 'bound',
  });
  const tab = runtime.callIn({ kind: 'menu' }, 'createRegister', PROCEDURE) as string;
  runtime.spreadsheet.edit('People', 'A2:F2', [
    ['สมชาย ใจดี', 'somchai@example.org', 'officer', '', 'TRUE', ''],
  ]);
  runtime.spreadsheet.edit(tab, 'B2:E4', [
    ['<script>alert(1)</script> ลาออก', 'somchai@example.org', '1/11/2569', '5/12/2569'],
    [`'${HOSTILE}`, 'สมชาย ใจดี', '1/11/2569', '19/12/2569'],
    ["'-ลาออก ครู ค", "'+someone", '30/9/2569', '1/12/2569'],
  ]);
  // The office adds its document number column at the right, headed as e-Saraban exports it.
  const width = runtime.spreadsheet.values(tab)[0]!.filter((v) => v !== '').length;
  const doc = columnLetters(width + 1);
  runtime.spreadsheet.edit(tab, `${doc}1:${doc}4`, [['เลขทะเบียนรับ'], ['ศธ 04001/1234'], ['-77'], ['']]);
  const settings = runtime.spreadsheet.values('Settings');
  const officeRow = settings.length + 1;
  runtime.spreadsheet.edit('Settings', `A${officeRow}:B${officeRow + 1}`, [
    ['office-name', 'สพป.ตัวอย่าง <b>เขต 1</b> "ทดสอบ" \\ }'],
    ['ita-item', 'O11'],
  ]);
  return { runtime, tab };
}

describe('the Report tab', () => {
  it('is built only when asked: the hourly run never makes it', () => {
    const { runtime } = office();
    runtime.callIn({ kind: 'time-driven' }, 'runHourly');
    expect(runtime.spreadsheet.sheetNames()).not.toContain('Report');
    runtime.callIn({ kind: 'sidebar' }, 'buildReport', {});
    expect(runtime.spreadsheet.sheetNames()).toContain('Report');
  });

  it('writes one block, reads each register once, and writes no formula whatever the sheets hold', () => {
    const { runtime, tab } = office();
    runtime.callIn({ kind: 'sidebar' }, 'buildReport', { fiscalYear: 2570 }); // adds no settings rows now
    runtime.calls.reset();
    const built = runtime.callIn({ kind: 'sidebar' }, 'buildReport', { fiscalYear: 2570, period: 'q1' }) as {
      registers: { received: number; overdue: number }[];
    };
    const calls = runtime.calls.snapshot();
    expect(calls['Sheet.getDataRange']).toBe(1); // one register, one read
    expect(calls['Range.setValues']).toBe(1); // the whole report, one write
    expect(built.registers[0]).toMatchObject({ received: 2 });
    const formulas = runtime.spreadsheet
      .formulas('Report')
      .flat()
      .filter((f) => f !== '');
    expect(formulas).toEqual([]);
    const values = runtime.spreadsheet.values('Report').flat().map(String);
    expect(values).toContain(HOSTILE);
    expect(values).toContain('-ลาออก ครู ค');
    expect(values).toContain('+someone');
    expect(values).toContain('-77'); // a document number stays text, not the number −77
    expect(values).toContain('ศธ 04001/1234');
    expect(values.some((v) => v.startsWith('สพป.ตัวอย่าง'))).toBe(true);
    expect(values).toContain('4. ข้อ O11 ข้อมูลเชิงสถิติการให้บริการ');
    expect(runtime.spreadsheet.values(tab, 'B3')[0]![0]).toBe(HOSTILE); // the register is untouched
  });

  it('adds the office-name and ita-item keys to Settings once, empty, for the office to fill', () => {
    const runtime = load({
      spreadsheet: { timeZone: 'Asia/Bangkok', locale: 'th_TH', sheets: [{ name: 'Sheet1' }] },
      start: '2026-12-08T09:30:00+07:00',
      deployment: 'bound',
    });
    runtime.callIn({ kind: 'menu' }, 'createRegister', PROCEDURE);
    runtime.callIn({ kind: 'sidebar' }, 'buildReport', {});
    runtime.callIn({ kind: 'sidebar' }, 'buildReport', {});
    const keys = runtime.spreadsheet.values('Settings').map((r) => r[0]);
    expect(keys.filter((k) => k === 'office-name')).toHaveLength(1);
    expect(keys.filter((k) => k === 'ita-item')).toHaveLength(1);
    expect(runtime.spreadsheet.values('Report')[0]![0]).toMatch(/office-name/);
  });

  it('refuses a bad ask with a Thai and English message', () => {
    const { runtime } = office();
    for (const ask of [{ period: 'q5' }, { scope: 'team:x' }, { fiscalYear: 'ปีนี้' }, { extra: 1 }])
      expect(() => runtime.callIn({ kind: 'sidebar' }, 'buildReport', ask)).toThrow(
        /[\u0e00-\u0e7f].* \/ [a-z]/,
      );
  });
});

describe('the print view', () => {
  it('opens an A4 dialog with a print button, page numbers, the office, the fiscal year and period, all escaped', () => {
    const { runtime } = office();
    runtime.callIn({ kind: 'sidebar' }, 'showReportPrint', {
      fiscalYear: 2570,
      period: 'h1',
      thaiDigits: true,
    });
    const shown = runtime.ui.shown.at(-1)!;
    expect(shown.kind).toBe('modal');
    expect(shown.width).toBeGreaterThanOrEqual(794);
    const html = shown.content;
    expect(html).toContain('size: A4');
    expect(html).toMatch(
      /@bottom-center \{ content: "หน้า " counter\(page, thai\) " \/ " counter\(pages, thai\)/,
    );
    expect(html).toContain('window.print()');
    expect(html).toContain('family=Sarabun');
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('&lt;script&gt;alert(๑)&lt;/script&gt;');
    expect(html).not.toContain('<b>เขต');
    expect(html).toContain('สพป.ตัวอย่าง &lt;b&gt;เขต ๑&lt;/b&gt;');
    // The running header is a CSS string: quotes, braces and backslashes escaped, no way out of it.
    const header = /@top-right \{ content: ("(?:[^"\\]|\\[0-9a-f]+ )*");/.exec(html);
    expect(header?.[1]).toContain('ปีงบประมาณ พ\\2e ศ\\2e  ๒๕๗๐');
    expect(header?.[1]).toContain('\\3c b\\3e'); // <b> can close nothing inside a CSS string
    expect(html).toContain('ครึ่งปีงบประมาณที่ ๑');
    expect(html).toContain('ศธ ๐๔๐๐๑/๑๒๓๔');
  });

  it('is English on request, with CE years beside BE', () => {
    const { runtime } = office();
    runtime.callIn({ kind: 'sidebar' }, 'showReportPrint', { fiscalYear: 2570, lang: 'en' });
    const html = runtime.ui.shown.at(-1)!.content;
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Fiscal year 2027 (BE 2570)');
    expect(html).toContain('Service statistics');
  });
});

describe('the menu and the document number', () => {
  it('the menu item builds the tab, opens it and the sidebar at Report', () => {
    const { runtime } = office();
    runtime.callIn({ kind: 'menu' }, 'showReport');
    expect(runtime.spreadsheet.sheetNames()).toContain('Report');
    const sidebar = runtime.ui.shown.at(-1)!;
    expect(sidebar.kind).toBe('sidebar');
    expect(sidebar.content).toContain('data-start="report"');
  });

  it("shows the office's document number in the digest beside the case id", () => {
    const { runtime } = office();
    const preview = runtime.callIn({ kind: 'sidebar' }, 'previewDigest', 'somchai@example.org') as {
      html: string;
      text: string;
    };
    expect(preview.html).toContain('เลขที่หนังสือ ศธ 04001/1234');
    expect(preview.text).toContain('(รหัส K-1 · เลขที่หนังสือ ศธ 04001/1234)');
  });
});

describe('an adopted tab with its own document numbers', () => {
  it('adoption binds the e-Saraban number as the document number; the report and the digest show it', () => {
    const runtime = load({
      spreadsheet: {
        timeZone: 'Asia/Bangkok',
        locale: 'th_TH',
        sheets: [
          {
            name: 'ทะเบียนรับเรื่องลาออก',
            values: [
              ['รหัสเรื่อง', 'เลขทะเบียนรับ', 'เรื่อง', 'ผู้รับผิดชอบ', 'วันที่รับ', 'วันขอลาออก'],
              ['R-1', 'ศธ 04001/5501', 'ลาออก ครู ก', 'somchai@example.org', '1/11/2569', '5/12/2569'],
              ['R-2', 'ศธ 04001/5502', 'ลาออก ครู ข', 'somchai@example.org', '2/11/2569', '6/12/2569'],
              ['R-3', 'ศธ 04001/5503', 'ลาออก ครู ค', 'somchai@example.org', '3/11/2569', '7/12/2569'],
            ],
          },
        ],
      },
      start: '2026-12-08T09:30:00+07:00',
      deployment: 'bound',
      user: 'somchai@example.org',
    });
    runtime.callIn({ kind: 'menu' }, 'createRegister', PROCEDURE); // Kamnot's tabs, People
    runtime.spreadsheet.edit('People', 'A2:F2', [
      ['สมชาย ใจดี', 'somchai@example.org', 'officer', '', 'TRUE', ''],
    ]);
    const gid = runtime.spreadsheet.snapshotSheet('ทะเบียนรับเรื่องลาออก').id;
    const view = runtime.callIn({ kind: 'sidebar' }, 'proposeAdoption', gid, PROCEDURE) as {
      proposal: { gid: number; procedureId: string; fields: { key: string; column: string | null }[] };
    };
    const mapping = Object.fromEntries(view.proposal.fields.map((f) => [f.key, f.column]));
    expect([mapping['doc-no'], mapping['case-id']]).toEqual(['B', 'A']);
    runtime.callIn({ kind: 'sidebar' }, 'adoptTab', gid, PROCEDURE, mapping, {});
    runtime.callIn({ kind: 'sidebar' }, 'buildReport', { fiscalYear: 2570 });
    const values = runtime.spreadsheet.values('Report').flat().map(String);
    expect(values).toEqual(expect.arrayContaining(['ศธ 04001/5501', 'ศธ 04001/5502', 'R-1']));
    const preview = runtime.callIn({ kind: 'sidebar' }, 'previewDigest', 'somchai@example.org') as {
      text: string;
    };
    expect(preview.text).toContain('รหัส R-1 · เลขที่หนังสือ ศธ 04001/5501');
  });
});
