// Proposals on shapes the CLI met in office workbooks: a transfer register whose only "received" date
// is the teacher's filing date, and a tab whose header says "วันที่" twice.
import { describe, expect, it } from 'vitest';
import { proposeMapping } from '../../../src/core/adopt/propose';
import { procedureById } from '../../../src/core/catalog/catalogue';

describe('proposals on office registers', () => {
  it("takes the requester's filing date as the date received when no column is headed so", () => {
    const grid = [
      ['ทะเบียนคุมคำร้องขอย้าย (TRS)', '', '', '', '', ''],
      ['ที่', 'ชื่อ-สกุล', 'วันที่ยื่นคำร้อง', 'ผู้รับผิดชอบ', 'ตรวจเอกสาร', 'ส่ง สพม.'],
      [1, 'นายวิชัย ใจกล้า', '20/11/2569', 'นายปรีชา ขยัน', '23/11/2569', ''],
      [2, 'นางสาวจิราพร สุขใจ', '25/11/2569', 'นางมาลี รักงาน', '', ''],
    ];
    const p = proposeMapping(grid, procedureById('003-teacher-transfer-trs')!);
    expect(p.mapping.start).toBe(2);
    expect(p.mapping['done:file-request']).toBe(null);
    const start = p.fields.find((f) => f.key === 'start')!;
    expect(start.reasons.map((r) => r.en)).toContain(
      'the day the requester filed is the day the office received it: used as the date received',
    );
    expect(p.problems).toEqual([]);
  });

  it('says which of two columns with one header it reads', () => {
    const grid = [
      ['ที่', 'เลขที่รับ', 'วันที่', 'เรื่อง', 'ผู้รับผิดชอบ', 'วันที่'],
      [1, 'รับ 1', '2/11/2569', 'หนังสือ ก', 'a@example.org', '3/11/2569'],
      [2, 'รับ 2', '3/11/2569', 'หนังสือ ข', 'a@example.org', ''],
    ];
    const p = proposeMapping(grid, procedureById('000-admin-correspondence')!);
    const twice = p.problems.find((m) => m.en.includes('"วันที่"'))!;
    expect(twice.en).toMatch(/^2 columns are headed "วันที่" \(C, F\): Kamnot reads C as "Date received"/);
    expect(twice.th).toContain('หัวตาราง "วันที่" ซ้ำกัน 2 คอลัมน์ (C, F)');
  });
});
