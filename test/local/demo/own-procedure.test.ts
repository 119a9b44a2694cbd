// npm start's last section: an office procedure typed in the Procedures tab, the office's old leave
// register adopted onto it, a rule changed while cases are open, and the adoption undone.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../../../src/core/dates/civil';
import { ownProcedureDemo } from '../../../src/local/cli/own-procedure-demo';

const text = ownProcedureDemo(join(__dirname, '../../..'), dayFromIso('2026-12-08')!);
const line = (pattern: RegExp) => text.split('\n').find((l) => pattern.test(l)) ?? '';

describe("npm start: the office's own procedure and its old register", () => {
  it('the procedure typed in the tab becomes version 1', () => {
    expect(line(/^1 +ตรวจสอบวันลาคงเหลือ/)).toMatch(/2 วันทำการ หลังเริ่ม +1$/);
    expect(line(/^3 +แจ้งผลผู้ขอลา/)).toMatch(/1 วันทำการ +1$/);
  });

  it('the old tab is adopted with the columns an officer would choose, and its unreadable cell listed', () => {
    expect(text).toContain('หัวตารางแถว / header row 2');
    expect(line(/^วันที่รับเรื่อง/)).toContain('D วันที่รับเรื่อง');
    expect(line(/^เสร็จ: เสนอผู้อำนวยการลงนาม/)).toContain('G เสนอผู้อำนวยการลงนาม');
    expect(line(/^รหัสเรื่อง/)).toMatch(/—/);
    expect(text).toMatch(/unreadable, left as typed: F5 "รอเอกสาร"/);
  });

  it('open cases keep version 1 when the rule changes; the new case takes version 2; moving is shown, not done', () => {
    expect(text).toMatch(/ฉบับที่ 1 → 2 \(chief@example.org\) · ขั้นที่ 2: 3 → 5 วันทำการ/);
    const after = text.slice(text.indexOf('3) '));
    expect(after).toMatch(/ขอลาพักผ่อน 5 วัน +1 +3 ธ.ค. 2569 +เกินกำหนด/);
    expect(after).toMatch(/ขอลาพักผ่อน 1 วัน +2 +11 ธ.ค. 2569/);
    expect(after).toMatch(/moved to version 2: ครบกำหนด \/ due 3\/12\/2569 → 8\/12\/2569/);
  });

  it('stopping tracking leaves the tab as the office had it', () => {
    expect(line(/^4\) /)).toContain('the tab is back as it was, cell for cell');
  });
});
