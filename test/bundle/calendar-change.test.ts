// A calendar that changes in the middle of the year (issue 15 §2): the office adds a special day off
// between two runs. The next run logs every open case whose due date moved, each assignee's next digest
// says which of their dates moved and why, and a stage already reminded for the old date is not sent again.
import { describe, expect, it } from 'vitest';
import { tabHeaderRow } from '../../src/core/procedures/tab-layout';
import type { Runtime } from '../../src/local/runtime';
import { load } from './harness';

const HEADER = tabHeaderRow();
const col = (prefix: string) => HEADER.findIndex((h) => h.startsWith(prefix));
const letter = (i: number) => String.fromCharCode(65 + i);
const TIME = { kind: 'time-driven' } as const;
const at = (iso: string) => new Date(`${iso}+07:00`).getTime();

/** An office procedure of one step, 5 working days after the start; one case started Tue 8 Dec 2569. */
function office(): { r: Runtime; tab: string } {
  const r = load({
    spreadsheet: { timeZone: 'Asia/Bangkok', locale: 'th_TH', sheets: [{ name: 'Sheet1' }] },
    start: '2026-12-08T07:00:00+07:00',
    deployment: 'bound',
  });
  r.callIn(TIME, 'runHourly');
  const row: unknown[] = HEADER.map(() => '');
  row[0] = 'office-quick-reply';
  row[1] = 'ตอบหนังสือด่วน';
  row[col('ขั้นที่')] = 1;
  row[col('ขั้นตอน /')] = 'ตอบหนังสือ';
  row[col('กำหนดเวลา')] = '5 วันทำการ หลังเริ่ม';
  r.spreadsheet.edit('Procedures', `A2:${letter(HEADER.length - 1)}2`, [row]);
  r.spreadsheet.edit('People', 'A2:F2', [['สมชาย ใจดี', 'somchai@example.org', 'officer', '', 'TRUE', '']]);
  r.callIn(TIME, 'runHourly');
  const tab = r.callIn({ kind: 'menu' }, 'createRegister', 'office-quick-reply') as string;
  r.spreadsheet.edit(tab, 'B2:D3', [
    ['ตอบ สพฐ. เรื่องอัตรากำลัง', 'somchai@example.org', '8/12/2569'],
    ['ตอบโรงเรียนบ้านใหม่', 'somchai@example.org', '1/12/2569'],
  ]);
  return { r, tab };
}

const runAt = (r: Runtime, iso: string) => {
  r.clock.advanceTo(at(iso));
  r.callIn(TIME, 'runHourly');
};
const mailsOn = (r: Runtime, day: string) =>
  r.outbox.filter((m) => new Date(m.at + 7 * 3_600_000).toISOString().startsWith(day));

describe('a special day off announced mid-year', () => {
  it('is logged with every due date it moved, told in the next digest, and no stage comes twice', () => {
    const { r, tab } = office();
    runAt(r, '2026-12-14T09:00:00');
    // Due Wed 16 Dec 2569 (5 working days after Tue 8 Dec; 10 Dec is Constitution Day): due soon today.
    const monday = mailsOn(r, '2026-12-14');
    expect(monday).toHaveLength(1);
    expect(monday[0]!.body).toMatch(/ตอบ สพฐ\. เรื่องอัตรากำลัง[\s\S]*ใกล้ครบกำหนด/);
    // The cabinet gives Tuesday 15 Dec off; the office adds it to Holidays.
    const holidays = r.spreadsheet.values('Holidays').length;
    r.spreadsheet.edit('Holidays', `A${holidays + 1}:B${holidays + 1}`, [
      ['15/12/2569', 'วันหยุดพิเศษ (มติ ครม.)'],
    ]);
    runAt(r, '2026-12-14T11:00:00');
    const log = r.spreadsheet.values('_log').filter((row) => row[1] === 'calendar');
    expect(log).toHaveLength(1);
    expect(String(log[0]![2])).toContain('เพิ่มวันหยุด 15 ธ.ค. 2569 (วันหยุดพิเศษ (มติ ครม.))');
    expect(String(log[0]![2])).toMatch(/16 ธ\.ค\. 2569 → 17 ธ\.ค\. 2569/);
    const due = r.spreadsheet.values(tab, 'A1:Z2');
    expect(due[1]![due[0]!.indexOf('ครบกำหนด / Due')]).toBe('17 ธ.ค. 2569');
    // Monday's digest already went: nothing more today, and Tuesday is now a day off.
    runAt(r, '2026-12-15T09:00:00');
    expect(r.outbox).toHaveLength(1);
    // Wednesday: the move is told, and "due soon" is not sent a second time for the moved date.
    runAt(r, '2026-12-16T09:00:00');
    const wednesday = mailsOn(r, '2026-12-16');
    expect(wednesday).toHaveLength(1);
    const body = wednesday[0]!.body;
    expect(body).toMatch(
      /กำหนดที่เลื่อน[\s\S]*ตอบ สพฐ\. เรื่องอัตรากำลัง[\s\S]*เดิม 16 ธ\.ค\. 2569 → ใหม่ 17 ธ\.ค\. 2569/,
    );
    expect(body).toContain('วันหยุดพิเศษ (มติ ครม.)');
    expect(body).not.toMatch(/- ตอบ สพฐ\. เรื่องอัตรากำลัง \(รหัส/);
    // Thursday: due today, reminded at its new time; the move is not told again.
    runAt(r, '2026-12-17T09:00:00');
    const thursday = mailsOn(r, '2026-12-17');
    expect(thursday).toHaveLength(1);
    expect(thursday[0]!.body).toMatch(/ตอบ สพฐ\. เรื่องอัตรากำลัง[\s\S]*ครบกำหนดวันนี้/);
    expect(thursday[0]!.body).not.toMatch(/กำหนดที่เลื่อน/);
  });

  it('a day off removed moves due dates earlier, and they are reminded at their new time', () => {
    const { r } = office();
    const holidays = r.spreadsheet.values('Holidays').length;
    r.spreadsheet.edit('Holidays', `A${holidays + 1}:B${holidays + 1}`, [['15/12/2569', 'วันหยุดพิเศษ']]);
    runAt(r, '2026-12-14T07:00:00');
    r.spreadsheet.edit('Holidays', `A${holidays + 1}:B${holidays + 1}`, [['', '']]);
    runAt(r, '2026-12-14T09:00:00');
    const monday = mailsOn(r, '2026-12-14');
    expect(monday).toHaveLength(1);
    expect(monday[0]!.body).toMatch(/เดิม 17 ธ\.ค\. 2569 → ใหม่ 16 ธ\.ค\. 2569/);
    expect(monday[0]!.body).toMatch(/ยกเลิกวันหยุด 15 ธ\.ค\. 2569/);
    expect(monday[0]!.body).toMatch(/- ตอบ สพฐ\. เรื่องอัตรากำลัง \(รหัส[\s\S]*ใกล้ครบกำหนด/);
  });
});
