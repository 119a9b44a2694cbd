// A register whose branch cell is typed, then the run, on build/Code.js in the offline runtime: the
// case follows the alternative typed (001 part-time study, lines 822-880), whatever the other one says.
import { describe, expect, it } from 'vitest';
import { load } from './harness';

const PROCEDURE = '001-study-leave-domestic-part-time';

function workbook() {
  const runtime = load({
    spreadsheet: { timeZone: 'Asia/Bangkok', sheets: [{ name: 'Sheet1' }] },
    start: '2026-11-23T09:00:00+07:00', // a Monday
    deployment: 'bound',
  });
  const tab = runtime.callIn({ kind: 'menu' }, 'createRegister', PROCEDURE) as string;
  const header = runtime.spreadsheet.values(tab, 'A1:Z1')[0]!.filter((v) => v !== '') as string[];
  const col = (text: string) => {
    const i = header.findIndex((h) => h.includes(text));
    if (i < 0) throw new Error(`no column ${text} in ${header.join(' | ')}`);
    return i < 26 ? String.fromCharCode(65 + i) : `A${String.fromCharCode(65 + i - 26)}`;
  };
  return { runtime, tab, header, col };
}

describe('a register with a branch column', () => {
  it('offers the alternatives as a dropdown that accepts anything typed', () => {
    const { runtime, tab, col } = workbook();
    const sheet = runtime.gas.SpreadsheetApp.getActive()!.getSheetByName(tab)!;
    const cell = `${col('การใช้เวลาราชการ / Use of official time')}2`;
    const rule = runtime.run({ kind: 'menu' }, () => sheet.getRange(cell).getDataValidation());
    expect(rule?.getAllowInvalid()).toBe(true);
    expect(String(rule?.getCriteriaType())).toMatch(/VALUE_IN_LIST/);
    expect(rule?.getCriteriaValues()[0]).toEqual(['ไม่ใช้เวลาราชการ', 'ใช้เวลาราชการบางส่วน']);
  });

  it('the run gives deadlines only to the alternative typed in the branch cell', () => {
    const { runtime, tab, col } = workbook();
    const branch = col('การใช้เวลาราชการ / Use of official time');
    runtime.spreadsheet.edit(tab, 'B2:D3', [
      ['ครู ก ศึกษาต่อภาคนอกเวลา (ไม่ใช้เวลาราชการ)', 'a@example.org', '2 พ.ย. 2569'],
      ['ครู ข ศึกษาต่อภาคนอกเวลา (ใช้เวลาราชการบางส่วน)', 'b@example.org', '2 พ.ย. 2569'],
    ]);
    runtime.spreadsheet.edit(tab, `${branch}2:${branch}3`, [['ไม่ใช้เวลาราชการ'], ['partly in official time']]);
    const received = col('เสร็จ: สพท. รับบันทึก');
    runtime.spreadsheet.edit(tab, `${received}2:${received}3`, [['4 พ.ย. 2569'], ['4 พ.ย. 2569']]);
    const reported = col('วันที่แจ้งการสำเร็จการศึกษา');
    runtime.spreadsheet.edit(tab, `${reported}2`, [['17/11/2569']]);
    const typed = runtime.spreadsheet.values(tab, `B2:${col('สถานะเรื่อง')}3`);
    runtime.callIn({ kind: 'menu' }, 'runNow');
    expect(runtime.spreadsheet.values(tab, `B2:${col('สถานะเรื่อง')}3`)).toEqual(typed);
    const step = col('ขั้นตอนปัจจุบัน');
    const due = col('ครบกำหนด / Due');
    const state = col('สถานะกำหนด');
    // Without official time: the graduation report, 5 working days after 17 Nov 2569.
    expect(runtime.spreadsheet.values(tab, `${step}2`)[0]![0]).toMatch(
      /^กรณีไม่ใช้เวลาราชการ: สพท. จัดทำรายงานการสำเร็จ/,
    );
    expect(runtime.spreadsheet.values(tab, `${due}2`)[0]![0]).toBe('24 พ.ย. 2569');
    // Partly in official time: the eligibility check, 1 working day after the receipt on 4 Nov.
    expect(runtime.spreadsheet.values(tab, `${step}3`)[0]![0]).toMatch(/^ตรวจสอบเอกสาร/);
    expect(runtime.spreadsheet.values(tab, `${due}3`)[0]![0]).toBe('5 พ.ย. 2569');
    expect(runtime.spreadsheet.values(tab, `${state}3`)[0]![0]).toBe('เกินกำหนด');
    expect(runtime.spreadsheet.notes(tab, `${state}2:${state}3`)).toEqual([[''], ['']]);
  });

  it('a blank branch cell asks for the case; an unknown one is named in the note', () => {
    const { runtime, tab, col } = workbook();
    const branch = col('การใช้เวลาราชการ / Use of official time');
    runtime.spreadsheet.edit(tab, 'B2:D3', [
      ['ครู ค', 'c@example.org', '2 พ.ย. 2569'],
      ['ครู ง', 'd@example.org', '2 พ.ย. 2569'],
    ]);
    const received = col('เสร็จ: สพท. รับบันทึก');
    runtime.spreadsheet.edit(tab, `${received}2:${received}3`, [['4 พ.ย. 2569'], ['4 พ.ย. 2569']]);
    runtime.spreadsheet.edit(tab, `${branch}3`, [['ลาไปเที่ยว']]);
    runtime.callIn({ kind: 'menu' }, 'runNow');
    const state = col('สถานะกำหนด');
    const [blank, unknown] = runtime.spreadsheet.notes(tab, `${state}2:${state}3`).map((r) => String(r[0]));
    expect(blank).toMatch(/ยังไม่ได้เลือกกรณีของเรื่องนี้ \(การใช้เวลาราชการ\)/);
    expect(unknown).toMatch(/กรณี "ลาไปเที่ยว" ไม่รู้จัก/);
    expect(runtime.spreadsheet.values(tab, `${branch}3`)[0]![0]).toBe('ลาไปเที่ยว');
  });

  it('a register made before the catalogue grew gets the new columns and keeps being checked', () => {
    const { runtime, tab, header } = workbook();
    // As made before issue 15: no graduation report step, no graduation date, no case column.
    const gone = [
      'วันที่แจ้งการสำเร็จการศึกษา',
      'การใช้เวลาราชการ / Use of official time',
      'เสร็จ: กรณีไม่ใช้เวลาราชการ',
    ];
    const sheet = () => runtime.gas.SpreadsheetApp.getActive()!.getSheetByName(tab)!;
    for (const text of gone) {
      const at = (runtime.spreadsheet.values(tab)[0] as string[]).findIndex((h) => h.includes(text));
      runtime.run({ kind: 'menu' }, () => sheet().deleteColumn(at + 1));
    }
    runtime.spreadsheet.edit(tab, 'B2:D2', [['ครู จ', 'e@example.org', '2 พ.ย. 2569']]);
    runtime.spreadsheet.edit(tab, 'E2', [['1 พ.ย. 2569']]);
    runtime.callIn({ kind: 'menu' }, 'runNow');
    const [after, row] = runtime.spreadsheet.values(tab) as [string[], unknown[]];
    // Back, each once, before Kamnot's computed columns (where a new step of an office procedure goes).
    expect([...after].filter((h) => h !== '').sort()).toEqual(header.filter((h) => h !== '').sort());
    const computed = after.findIndex((h) => h.startsWith('ขั้นตอนปัจจุบัน'));
    for (const text of gone) expect(after.findIndex((h) => h.includes(text))).toBeLessThan(computed);
    // The case typed before the run is where it was, and the run evaluated it.
    expect(row.slice(1, 3)).toEqual(['ครู จ', 'e@example.org']);
    expect(row[after.findIndex((h) => h.startsWith('ขั้นตอนปัจจุบัน'))]).toMatch(/^สพท. รับบันทึก/);
    const log = runtime.spreadsheet.values('_log').flat().join('\n');
    expect(log).not.toMatch(/is missing/);
  });

  it('a column the catalogue always had, deleted by hand, is reported, not brought back empty', () => {
    const { runtime, tab } = workbook();
    const at = (runtime.spreadsheet.values(tab)[0] as string[]).findIndex((h) =>
      h.startsWith('วันเปิดภาคการศึกษา'),
    );
    runtime.run({ kind: 'menu' }, () =>
      runtime.gas.SpreadsheetApp.getActive()!
        .getSheetByName(tab)!
        .deleteColumn(at + 1),
    );
    const before = runtime.spreadsheet.values(tab);
    runtime.callIn({ kind: 'menu' }, 'runNow');
    expect(runtime.spreadsheet.values(tab)).toEqual(before);
    const log = runtime.spreadsheet.values('_log').flat().join('\n');
    expect(log).toMatch(/ไม่พบคอลัมน์ \\?"วันเปิดภาคการศึกษา/);
  });
});
