// A workbook as a Sheets → xlsx export gives it: no developer metadata (no `_kamnot` sheet), with
// Kamnot's computed cells emptied so the run has to compute them again. Every register is found by
// its headers — also one retyped in Thai only with office columns added, and one whose computed
// columns were deleted — and the run computes what the original run computed, case by case.

import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { columnLetters } from '../../../src/core/cells';
import { registerLayout } from '../../../src/core/register/layout';
import { lastRun } from '../../../src/local/demo/inspect';
import type { Runtime } from '../../../src/local/runtime';
import {
  blankComputed,
  columnsWithHeader,
  computedByCase,
  computedHeaders,
  type Demo,
  demo,
  editXlsx,
  load,
  stripBinding,
  xlsxName,
  xlsxOf,
} from './fixture';

let original: Demo;
let back: Runtime;
let recognised: { tab: string; id: string; added: number }[];
const thaiOnly = () => original.workbook.registers[1]!;
const withoutComputed = () => original.workbook.registers[2]!;

beforeAll(async () => {
  original = demo();
  const bytes = await xlsxOf(original.runtime);
  const registers = original.workbook.registers.map((r) => ({
    xlsx: xlsxName(original.runtime, r.tab),
    procedureId: r.procedure.id,
  }));
  const stripped = await editXlsx(bytes, (wb) => {
    stripBinding(wb);
    blankComputed(wb, registers);
    // An office retyped one register's headers in Thai only and added columns of its own.
    const a = wb.getWorksheet(registers[1]!.xlsx)!;
    a.getRow(1).eachCell((cell) => {
      if (typeof cell.value === 'string') cell.value = cell.value.split(' / ')[0]!;
    });
    a.spliceColumns(3, 0, []);
    a.getCell(1, 3).value = 'หมายเหตุของกลุ่มงาน';
    a.getCell(1, a.columnCount + 1).value = 'ผู้ตรวจทาน';
    // Another lost Kamnot's columns altogether.
    const b = wb.getWorksheet(registers[2]!.xlsx)!;
    const cols = columnsWithHeader(b, computedHeaders(registers[2]!.procedureId));
    b.spliceColumns(cols[0]!, cols.length);
    // Excel drops the colour rules of deleted columns (ExcelJS would leave them pointing elsewhere).
    b.removeConditionalFormatting(() => false);
  });
  const loaded = await load(stripped);
  back = loaded.runtime;
  recognised = loaded.registers.map((r) => ({
    tab: r.tab,
    id: r.procedure.id,
    added: r.missingComputed.length,
  }));
  back.callIn({ kind: 'time-driven' }, 'runHourly');
});

describe('a workbook exported without metadata', () => {
  it('has every register recognised by its headers, under the names Excel gave the tabs', () => {
    expect(recognised.map((r) => [r.tab, r.id])).toEqual(
      original.workbook.registers.map((r) => [xlsxName(original.runtime, r.tab), r.procedure.id]),
    );
    expect(recognised.filter((r) => r.added > 0).map((r) => r.id)).toEqual([withoutComputed().procedure.id]);
  });

  it('is bound as in Sheets: the run reads every register, reports no missing column, and writes', () => {
    const run = lastRun(back)!;
    expect(run.registers).toBe(10);
    expect(run.cases).toBe(35);
    expect(run.notes.filter((n) => n.includes('missing'))).toEqual([]);
    expect(run.changedCells).toBeGreaterThan(100);
  });

  it('computes the same step, due date, days left, state and problem note for every case', () => {
    for (const r of original.workbook.registers) {
      const expected = computedByCase(original.runtime, r.tab, r.procedure.id);
      const got = computedByCase(back, xlsxName(original.runtime, r.tab), r.procedure.id);
      expect({ tab: r.tab, cases: got }).toEqual({ tab: r.tab, cases: expected });
      expect(Object.keys(got)).toHaveLength(r.cases.length);
    }
  });

  it("leaves the office's own columns and retyped headers as they are", () => {
    const tab = xlsxName(original.runtime, thaiOnly().tab);
    const header = back.spreadsheet.values(tab, 'A1:D1')[0];
    expect(header).toEqual(['รหัสเรื่อง', 'เรื่อง', 'หมายเหตุของกลุ่มงาน', 'ผู้รับผิดชอบ']);
  });

  it("adds the deleted computed columns the add-on's way: headers, colour rules, hidden due date", () => {
    const tab = xlsxName(original.runtime, withoutComputed().tab);
    const sheet = back.model.sheetByName(tab)!;
    const header = back.spreadsheet.values(tab)[0]!.map(String);
    expect(header.slice(-5)).toEqual(computedHeaders(withoutComputed().procedure.id));
    const due = columnLetters(header.length - 2);
    expect(sheet.conditionalFormats.map((r) => r.condition?.values[0])).toEqual([
      `=AND(ISNUMBER($${due}2), $${due}2 < TODAY())`,
      `=AND(ISNUMBER($${due}2), $${due}2 = TODAY())`,
      `=AND(ISNUMBER($${due}2), NETWORKDAYS(TODAY(), $${due}2) - 1 <= 2)`,
    ]);
    expect([...sheet.hiddenColumns]).toEqual([header.length - 2]);
  });
});

describe('a workbook of one register typed by hand, without any of Kamnot’s tabs', () => {
  it("is bound, gets Kamnot's columns and tabs as the add-on adds them, and its cases computed", async () => {
    const procedure = original.workbook.registers[0]!.procedure;
    const inputs = registerLayout(procedure).inputs;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('ทะเบียนลาศึกษา 2569');
    ws.addRow(inputs.map((c) => c.header.th));
    const at = (key: string) => inputs.findIndex((c) => c.key === key) + 1;
    ws.getCell(2, at('case-id')).value = 'ลศ.101/2569';
    ws.getCell(2, at('subject')).value = 'ขอลาศึกษาต่อ ป.โท';
    ws.getCell(2, at('start')).value = new Date(Date.UTC(2026, 10, 2));
    ws.getCell(2, at('start')).numFmt = 'd/m/yyyy';
    ws.getCell(3, at('case-id')).value = 'ลศ.102/2569';
    ws.getCell(3, at('subject')).value = 'ขอลาศึกษาต่อ ป.เอก';
    ws.getCell(3, at('start')).value = '๒๐ พ.ย. ๒๕๖๙';
    const loaded = await load(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(loaded.registers.map((r) => r.procedure.id)).toEqual([procedure.id]);
    loaded.runtime.callIn({ kind: 'time-driven' }, 'runHourly');
    const names = loaded.runtime.spreadsheet.sheetNames();
    expect(names).toEqual(
      expect.arrayContaining(['People', 'Holidays', 'Settings', 'Dashboard', '_log', '_sent']),
    );
    const cases = computedByCase(loaded.runtime, 'ทะเบียนลาศึกษา 2569', procedure.id);
    expect(Object.keys(cases)).toEqual(['ลศ.101/2569', 'ลศ.102/2569']);
    for (const row of Object.values(cases)) {
      expect(row.slice(0, 5)).not.toContain('MISSING');
      expect(row[4]).not.toBe('');
    }
    // The typed date cell was read as 2 November 2026 in Bangkok: a due date after it, never before.
    expect((cases['ลศ.101/2569']![2] as Date).getTime()).toBeGreaterThan(Date.UTC(2026, 10, 1, 17));
  });
});
