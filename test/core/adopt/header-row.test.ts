import { describe, expect, it } from 'vitest';
import { findHeaderRow, headerAt } from '../../../src/core/adopt/header-row';
import { FIXTURES, LEAVE, STUDY_LEAVE } from './fixtures';

describe('findHeaderRow', () => {
  it.each(FIXTURES.map((f) => [f.name, f] as const))('finds the header and the data of %s', (_, f) => {
    const header = findHeaderRow(f.grid, f.merges)!;
    expect(header.row).toBe(f.headerRow);
    expect(header.firstDataRow).toBe(f.firstDataRow);
    expect(header.lastDataRow).toBe(f.lastDataRow);
  });

  it('skips the merged title and the unit line, and keeps them as titles', () => {
    const header = findHeaderRow(LEAVE.grid, LEAVE.merges)!;
    expect(header.titles).toEqual(['ทะเบียนคุมการลา ปีงบประมาณ 2569', 'กลุ่มบริหารงานบุคคล โรงเรียนคลองชะอุ่นวิทยา']);
    expect(header.labels[7]).toBe('วันที่ยื่นใบลา');
    expect(header.width).toBe(12);
  });

  it('ignores trailing blank rows but keeps a blank row inside the data', () => {
    const header = findHeaderRow(LEAVE.grid, LEAVE.merges)!;
    expect(header.lastDataRow).toBe(10);
    expect(LEAVE.grid[7]!.every((v) => v === '')).toBe(true);
    expect(7).toBeGreaterThan(header.firstDataRow);
  });

  it('reads a two-row header: the merged group label joins each sub-label', () => {
    const header = findHeaderRow(STUDY_LEAVE.grid, STUDY_LEAVE.merges)!;
    expect(header.rows).toBe(2);
    expect(header.labels[4]).toBe('วันที่รับเรื่อง');
    expect(header.labels[5]).toBe('วันที่ดำเนินการแล้วเสร็จ ตรวจสอบเอกสาร');
    expect(header.labels[10]).toBe('วันที่ดำเนินการแล้วเสร็จ บันทึกฐานข้อมูล');
    expect(header.labels[11]).toBe('ผู้รับผิดชอบ');
  });

  it('reads a two-row header without merge information too', () => {
    const header = findHeaderRow(STUDY_LEAVE.grid)!;
    expect(header.rows).toBe(2);
    expect(header.labels[7]).toBe('วันที่ดำเนินการแล้วเสร็จ ทำสัญญา');
  });

  it('finds a header with no data under it yet', () => {
    const header = findHeaderRow([['ทะเบียนคุมหนังสือรับ'], ['เลขรับ', 'วันที่รับ', 'เรื่อง']])!;
    expect(header.row).toBe(1);
    expect(header.lastDataRow).toBe(header.firstDataRow - 1);
  });

  it('prefers the header over a first data row of short text', () => {
    const grid = [
      ['ชื่อ', 'สถานะ', 'หมายเหตุ'],
      ['สมชาย', 'ดำเนินการ', 'ด่วน'],
      ['สมหญิง', 'เสร็จ', 'ปกติ'],
    ];
    expect(findHeaderRow(grid)!.row).toBe(0);
  });

  it('returns null when no row looks like a header', () => {
    expect(findHeaderRow([])).toBeNull();
    expect(
      findHeaderRow([
        [1, 2, 3],
        [4, 5, 6],
      ]),
    ).toBeNull();
    expect(findHeaderRow([['ทะเบียนคุม'], [''], ['']])).toBeNull();
  });

  it('takes the row the officer points at', () => {
    const header = headerAt(LEAVE.grid, 3)!;
    expect(header.row).toBe(3);
    expect(header.titles).toHaveLength(2);
    expect(headerAt(LEAVE.grid, 99)).toBeNull();
    expect(headerAt(LEAVE.grid, -1)).toBeNull();
  });
});
