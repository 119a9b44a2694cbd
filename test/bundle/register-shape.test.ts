// A register whose shape the office changed between runs (issue 12, items 11 and 12): a copy of one of
// Kamnot's columns placed beside it, title rows inserted above the header. The run keeps writing
// Kamnot's own cells, never the copy and never the header.
import { describe, expect, it } from 'vitest';
import { load } from './harness';

const PROCEDURE = '003-resignation-leaving-service';
const MENU = { kind: 'menu' } as const;

function workbook() {
  const runtime = load({
    spreadsheet: { timeZone: 'Asia/Bangkok', sheets: [{ name: 'Sheet1' }] },
    start: '2026-11-23T09:00:00+07:00',
    deployment: 'bound',
  });
  const tab = runtime.callIn(MENU, 'createRegister', PROCEDURE) as string;
  runtime.spreadsheet.edit(tab, 'B2:D3', [
    ['ลาออก ครู ก', 'a@example.org', '23/11/2569'],
    ['ลาออก ครู ข', 'b@example.org', '1/11/2569'],
  ]);
  runtime.callIn(MENU, 'runNow');
  const sheet = runtime.gas.SpreadsheetApp.getActive()!.getSheetByName(tab)!;
  const header = () => runtime.spreadsheet.values(tab, 'A1:Z1')[0]!.map(String);
  const letter = (i: number) => String.fromCharCode(65 + i);
  return { runtime, tab, sheet, header, letter };
}

describe('the office changes the register’s shape', () => {
  it("a copy of Kamnot's state column placed to its left is the office's: the run writes the real one", () => {
    const { runtime, tab, sheet, header, letter } = workbook();
    const state = header().indexOf('สถานะกำหนด / Deadline state');
    const original = runtime.spreadsheet.values(tab, `${letter(state)}1:${letter(state)}3`);
    // Copy: a new column to its left with the same header and values, which the office then edits.
    runtime.run(MENU, () => sheet.insertColumnBefore(state + 1));
    runtime.spreadsheet.edit(tab, `${letter(state)}1:${letter(state)}3`, [
      [original[0]![0]],
      ['ส่งแล้ว'],
      ['ส่งแล้ว'],
    ]);
    // Kamnot's own state cells were cleared: the run must write them again, there.
    runtime.spreadsheet.edit(tab, `${letter(state + 1)}2:${letter(state + 1)}3`, [[''], ['']]);
    runtime.callIn(MENU, 'runNow');
    expect(runtime.spreadsheet.values(tab, `${letter(state)}2:${letter(state)}3`)).toEqual([
      ['ส่งแล้ว'],
      ['ส่งแล้ว'],
    ]);
    expect(runtime.spreadsheet.values(tab, `${letter(state + 1)}2:${letter(state + 1)}3`)).toEqual(
      original.slice(1),
    );
  });

  it('title rows inserted above the header: the header stays the header and the cases stay cases', () => {
    const { runtime, tab, sheet, header } = workbook();
    const before = header();
    runtime.run(MENU, () => sheet.insertRowsBefore(1, 2));
    runtime.spreadsheet.edit(tab, 'A1', [['ทะเบียนการลาออก โรงเรียนคลองชะอุ่นวิทยา ปีงบประมาณ 2570']]);
    runtime.spreadsheet.edit(tab, 'B6', [['ลาออก ครู ค']]);
    runtime.spreadsheet.edit(tab, 'D6', [['20/11/2569']]);
    const record = runtime.callIn(MENU, 'runNow') as { cases: number; notes: string[] };
    expect(runtime.spreadsheet.values(tab, 'A3:Z3')[0]!.map(String)).toEqual(before);
    expect(record.cases).toBe(3);
    expect(runtime.spreadsheet.values(tab, 'A4:A6')).toEqual([['K-1'], ['K-2'], ['K-3']]);
    expect(record.notes.some((n) => /row 1 to row 3/.test(n))).toBe(true);
    // An edit below the header recomputes its row, not the header's.
    runtime.fireOnEdit(tab, 'D4', [['1/9/2569']]);
    expect(runtime.spreadsheet.values(tab, 'A3:Z3')[0]!.map(String)).toEqual(before);
    // And the next run finds the header where it was recorded.
    const again = runtime.callIn(MENU, 'runNow') as { notes: string[] };
    expect(again.notes.some((n) => /the header moved/.test(n))).toBe(false);
  });
});
