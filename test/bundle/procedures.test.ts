// An office's own procedure, typed in the Procedures tab, through the built bundle: checked on every
// edit and run, versioned when its rules change, and followed by its registers (new steps get
// columns, removed steps keep their data, open cases keep the version they were opened under).
import { describe, expect, it } from 'vitest';
import { tabHeaderRow } from '../../src/core/procedures/tab-layout';
import { office as officeWorkbook } from './harness';

const MENU = { kind: 'menu' } as const;
const ID = 'office-leave-request';

/** On 1 Dec 2569; same-domain users, so onEdit is told who edited the Procedures tab. */
function office() {
  return officeWorkbook({
    start: '2026-12-01T09:30:00+07:00',
    user: 'admin@example.org',
    identityInSimpleTriggers: true,
  });
}
type R = ReturnType<typeof office>;

const HEADER = tabHeaderRow();
const col = (key: string) => HEADER.findIndex((h) => h.startsWith(key));
/** One Procedures row: the procedure, its step number, name and rule (other cells blank). */
function step(no: number, th: string, rule: string): unknown[] {
  const row: unknown[] = HEADER.map(() => '');
  row[0] = ID;
  row[1] = 'ขออนุญาตลาพักผ่อน';
  row[col('ขั้นที่')] = no;
  row[col('ขั้นตอน /')] = th;
  row[col('กำหนดเวลา')] = rule;
  return row;
}
function typeProcedures(runtime: R, rows: unknown[][]): void {
  runtime.callIn(MENU, 'installHourly'); // creates Kamnot's tabs, Procedures among them
  const last = String.fromCharCode(64 + HEADER.length);
  runtime.spreadsheet.edit('Procedures', `A2:${last}${rows.length + 1}`, rows);
}
function columnOf(runtime: R, tab: string, prefix: string): string {
  const header = runtime.spreadsheet.values(tab, 'A1:Z1')[0]!;
  const i = header.findIndex((h) => String(h).startsWith(prefix));
  if (i < 0) throw new Error(`no column ${prefix} in ${tab}: ${header.join(' | ')}`);
  return String.fromCharCode(65 + i);
}
const cell = (runtime: R, tab: string, prefix: string, row: number) =>
  runtime.spreadsheet.values(tab, `${columnOf(runtime, tab, prefix)}${row}`)[0]![0];

describe('an office procedure in the Procedures tab', () => {
  it('is checked row by row on every run, in Thai and English beside each row', () => {
    const runtime = office();
    typeProcedures(runtime, [step(1, 'ตรวจใบลา', '2 วันทำการ หลังเริ่ม'), step(2, 'เสนอ ผอ.', '3 เดือนครึ่ง')]);
    runtime.callIn(MENU, 'runNow');
    const check = runtime.spreadsheet.values(
      'Procedures',
      `${String.fromCharCode(65 + col('ผลตรวจ'))}2:${String.fromCharCode(65 + col('ผลตรวจ'))}3`,
    );
    expect(String(check[1]![0])).toMatch(/\S+ \/ \S+/);
    // The whole procedure is refused while one row is wrong: nothing to create a register from.
    expect(() => runtime.callIn(MENU, 'createRegister', ID)).toThrow(/unknown procedure/);
  });

  it('becomes version 1 on the first run; a register follows it; each case records its version', () => {
    const runtime = office();
    typeProcedures(runtime, [step(1, 'ตรวจใบลา', '2 วันทำการ หลังเริ่ม'), step(2, 'เสนอ ผอ.', '3 วันทำการ')]);
    runtime.callIn(MENU, 'runNow');
    expect(
      runtime.spreadsheet.values(
        'Procedures',
        `${String.fromCharCode(65 + col('ฉบับที่'))}2:${String.fromCharCode(65 + col('ฉบับที่'))}3`,
      ),
    ).toEqual([[1], [1]]);
    const tab = runtime.callIn(MENU, 'createRegister', ID) as string;
    runtime.spreadsheet.edit(tab, 'B2:D2', [['ลาพักผ่อน ครู ก', 'a@example.org', '1/12/2569']]);
    runtime.callIn(MENU, 'runNow');
    expect(cell(runtime, tab, 'ฉบับขั้นตอนงาน', 2)).toBe(1);
    // 1 Dec 2569 + 2 working days = 3 Dec (Thu); the case waits on step 1.
    expect(cell(runtime, tab, 'ครบกำหนด /', 2)).toBe('3 ธ.ค. 2569');
  });

  it('a changed rule is a new version: open cases keep theirs, new cases take the new one, the log says who changed what', () => {
    const runtime = office();
    typeProcedures(runtime, [step(1, 'ตรวจใบลา', '2 วันทำการ หลังเริ่ม'), step(2, 'เสนอ ผอ.', '3 วันทำการ')]);
    runtime.callIn(MENU, 'runNow');
    const tab = runtime.callIn(MENU, 'createRegister', ID) as string;
    runtime.spreadsheet.edit(tab, 'B2:D2', [['ลาพักผ่อน ครู ก', 'a@example.org', '1/12/2569']]);
    runtime.callIn(MENU, 'runNow');
    // The office lengthens step 1 to 5 working days, then a new case arrives.
    runtime.setUser('chief@example.org');
    runtime.fireOnEdit('Procedures', `${String.fromCharCode(65 + col('กำหนดเวลา'))}2`, [
      ['5 วันทำการ หลังเริ่ม'],
    ]);
    runtime.spreadsheet.edit(tab, 'B3:D3', [['ลาพักผ่อน ครู ข', 'a@example.org', '1/12/2569']]);
    runtime.callIn(MENU, 'runNow');
    expect(runtime.spreadsheet.values('Procedures', `${String.fromCharCode(65 + col('ฉบับที่'))}2`)).toEqual([
      [2],
    ]);
    expect(cell(runtime, tab, 'ฉบับขั้นตอนงาน', 2)).toBe(1);
    expect(cell(runtime, tab, 'ครบกำหนด /', 2)).toBe('3 ธ.ค. 2569');
    expect(cell(runtime, tab, 'ฉบับขั้นตอนงาน', 3)).toBe(2);
    // 1 Dec + 5 working days: 2, 3, 4, 8, 9 (5 Dec is a Saturday holiday, substituted on Monday the 7th).
    expect(cell(runtime, tab, 'ครบกำหนด /', 3)).toBe('9 ธ.ค. 2569');
    const log = runtime.spreadsheet.values('_log').filter((r) => r[1] === 'procedure');
    expect(log.map((r) => String(r[2])).join('\n')).toMatch(/ฉบับที่ 1 → 2 \(chief@example.org\)[\s\S]*2 → 5/);
    const edits = runtime.spreadsheet.values('_log').filter((r) => r[1] === 'edit');
    expect(edits.map((r) => [String(r[2]), r[3]])).toEqual([
      [
        expect.stringMatching(/^Procedures 2 กำหนดเวลา.*: 2 วันทำการ หลังเริ่ม → 5 วันทำการ หลังเริ่ม$/),
        'chief@example.org',
      ],
    ]);
    const versions = runtime.spreadsheet.values('_procedures').slice(1);
    expect(versions.map((r) => [r[0], r[1]])).toEqual([
      [ID, 1],
      [ID, 2],
    ]);
  });

  it("a new step gets its column in the register; a removed step's column and data stay", () => {
    const runtime = office();
    typeProcedures(runtime, [step(1, 'ตรวจใบลา', '2 วันทำการ หลังเริ่ม'), step(2, 'เสนอ ผอ.', '3 วันทำการ')]);
    runtime.callIn(MENU, 'runNow');
    const tab = runtime.callIn(MENU, 'createRegister', ID) as string;
    runtime.spreadsheet.edit(tab, 'B2:D2', [['ลาพักผ่อน ครู ก', 'a@example.org', '1/12/2569']]);
    runtime.spreadsheet.edit(tab, `${columnOf(runtime, tab, 'เสร็จ: เสนอ ผอ.')}2`, [['2/12/2569']]);
    runtime.callIn(MENU, 'runNow');
    const before = runtime.spreadsheet.values(tab, 'A1:Z1')[0]!.filter((h) => h !== '').length;
    // Step 2 removed, step 3 added.
    runtime.spreadsheet.edit('Procedures', `A3:${String.fromCharCode(64 + HEADER.length)}3`, [
      step(3, 'แจ้งผล', '1 วันทำการ'),
    ]);
    runtime.callIn(MENU, 'runNow');
    const header = runtime.spreadsheet.values(tab, 'A1:Z1')[0]!.filter((h) => h !== '');
    expect(header.length).toBe(before + 1);
    expect(header.some((h) => String(h).startsWith('เสร็จ: แจ้งผล'))).toBe(true);
    // The new column sits with the inputs, before Kamnot's columns.
    expect(header.findIndex((h) => String(h).startsWith('เสร็จ: แจ้งผล'))).toBeLessThan(
      header.findIndex((h) => String(h).startsWith('ขั้นตอนปัจจุบัน')),
    );
    expect(String(cell(runtime, tab, 'เสร็จ: เสนอ ผอ.', 2))).not.toBe('');
    // The colours follow the due-date column to where the new column pushed it: three rules, no stale ones.
    const due = columnOf(runtime, tab, 'ครบกำหนด (วันที่)');
    const formulas = runtime.spreadsheet
      .range(tab, 'A1')
      .getSheet()
      .getConditionalFormatRules()
      .map((r) => String(r.getBooleanCondition()?.getCriteriaValues()[0]));
    expect(formulas).toHaveLength(3);
    for (const f of formulas) expect(f).toContain(`$${due}2`);
    expect(runtime.spreadsheet.metadata().filter((m) => m.key === 'kamnot.register')).toHaveLength(1);
  });
});
