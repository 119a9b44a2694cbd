// Issue 12 §4, as an office lives it: the shipped holidays end in 2028 (2571). On Thu 1 March 2029 a
// case due in early January is overdue whatever 2029's holidays are: shown and mailed as overdue, its
// due cell a range. A case due around today cannot be told: shown as such, listed, never escalated.
// Then the office pastes the 2029 holidays: both get their real dates, and nothing is sent twice.
import { describe, expect, it } from 'vitest';
import { calendarNamed } from '../../src/core/calendar/calendars';
import { ymdFromDay } from '../../src/core/dates/civil';
import { tabHeaderRow } from '../../src/core/procedures/tab-layout';
import type { Runtime } from '../../src/local/runtime';
import { load } from './harness';

const HEADER = tabHeaderRow();
const col = (prefix: string) => HEADER.findIndex((h) => h.startsWith(prefix));
const letter = (i: number) => String.fromCharCode(65 + i);
const TIME = { kind: 'time-driven' } as const;
const SIDEBAR = { kind: 'sidebar' } as const;
const at = (iso: string) => new Date(`${iso}+07:00`).getTime();

function office(): { r: Runtime; tab: string } {
  const r = load({
    spreadsheet: { timeZone: 'Asia/Bangkok', locale: 'th_TH', sheets: [{ name: 'Sheet1' }] },
    start: '2029-03-01T07:00:00+07:00',
    deployment: 'bound',
  });
  r.callIn(TIME, 'runHourly');
  const row: unknown[] = HEADER.map(() => '');
  row[0] = 'office-reply';
  row[1] = 'ตอบหนังสือ';
  row[col('ขั้นที่')] = 1;
  row[col('ขั้นตอน /')] = 'ตอบหนังสือ';
  row[col('กำหนดเวลา')] = '10 วันทำการ หลังเริ่ม';
  r.spreadsheet.edit('Procedures', `A2:${letter(HEADER.length - 1)}2`, [row]);
  r.spreadsheet.edit('People', 'A2:F3', [
    ['สมชาย ใจดี', 'somchai@example.org', 'officer', 'boss@example.org', 'TRUE', ''],
    ['สมหญิง หัวหน้า', 'boss@example.org', 'group director', '', 'TRUE', ''],
  ]);
  r.callIn(TIME, 'runHourly');
  const tab = r.callIn({ kind: 'menu' }, 'createRegister', 'office-reply') as string;
  r.spreadsheet.edit(tab, 'B2:D3', [
    // 10 working days from Mon 25 Dec 2028: 8 Jan 2029 with weekends only, a few days later at most.
    ['ตอบ สพฐ. เรื่องอัตรากำลัง', 'somchai@example.org', '25/12/2571'],
    // 10 working days from Wed 14 Feb 2029: 28 Feb with weekends only; 1 March may or may not be late.
    ['ตอบโรงเรียนบ้านใหม่', 'somchai@example.org', '14/2/2572'],
  ]);
  return { r, tab };
}

const runAt = (r: Runtime, iso: string) => {
  r.clock.advanceTo(at(iso));
  r.callIn(TIME, 'runHourly');
};
const mailsTo = (r: Runtime, who: string) => r.outbox.filter((m) => m.to.includes(who));
const cells = (r: Runtime, tab: string) => {
  const v = r.spreadsheet.values(tab, 'A1:Z3');
  const at = (name: string) => v[0]!.indexOf(name);
  return [1, 2].map((i) => ({
    due: String(v[i]![at('ครบกำหนด / Due')]),
    state: String(v[i]![at('สถานะกำหนด / Deadline state')]),
  }));
};
const ledgerKeys = (r: Runtime) =>
  r.spreadsheet
    .values('_sent')
    .slice(1)
    .filter((row) => String(row[3]) === 'sent')
    .map((row) => String(row[0]));

/** The 2029 holidays as an office would paste them: here, the 2028 list on the same days. */
function paste2029(r: Runtime): void {
  const days = calendarNamed('TH')
    .holidays.map(ymdFromDay)
    .filter((d) => d.y === 2028);
  const rows = days.map((d) => [`${d.d}/${d.m}/2572`, 'วันหยุด 2572']);
  const first = r.spreadsheet.values('Holidays').length + 1;
  r.spreadsheet.edit('Holidays', `A${first}:B${first + rows.length - 1}`, rows);
}

describe('a year with no holiday data (shipped days end 2571)', () => {
  it('overdue whatever the holidays: shown and mailed; unknown: said so, never escalated; then exact', () => {
    const { r, tab } = office();
    runAt(r, '2029-03-01T09:00:00');
    const [late, unsure] = cells(r, tab);
    expect(late!.state).toBe('เกินกำหนด ⚠');
    expect(late!.due).toMatch(/^ระหว่าง 8–\d+ ม\.ค\. 2572$/);
    expect(unsure!.state).toBe('ยังระบุไม่ได้ ⚠');
    expect(unsure!.due).toMatch(/^ระหว่าง 28 ก\.พ\. – \d+ มี\.ค\. 2572$/);
    expect(r.spreadsheet.notes(tab, 'A2:Z2')[0]!.join('')).toContain('ยังไม่มีข้อมูลวันหยุดของปี พ.ศ. 2572');
    // Home and the Holidays tab ask for the missing year.
    const home = () =>
      r.callIn(SIDEBAR, 'getHome') as { holidayYears: { last: number; nextYearMissing: boolean } };
    expect(home().holidayYears).toMatchObject({ last: 2028, nextYearMissing: true });
    expect(r.spreadsheet.notes('Holidays', 'A1')[0]![0]).toMatch(/ยังไม่มีวันหยุดของปี พ.ศ. 2572/);

    const own = mailsTo(r, 'somchai@example.org');
    expect(own).toHaveLength(1);
    expect(own[0]!.body).toMatch(/ตอบ สพฐ\. เรื่องอัตรากำลัง[\s\S]*เกินกำหนด/);
    expect(own[0]!.body).toMatch(/ครบกำหนด: ระหว่าง 8–\d+ ม\.ค\. 2572/);
    expect(own[0]!.body).toMatch(/ตอบโรงเรียนบ้านใหม่[\s\S]*ยังระบุไม่ได้ว่าเกินกำหนดหรือไม่/);
    // The supervisor hears of the certain one only.
    const boss = mailsTo(r, 'boss@example.org');
    expect(boss).toHaveLength(1);
    expect(boss[0]!.body).toContain('ตอบ สพฐ. เรื่องอัตรากำลัง');
    expect(boss[0]!.body).not.toContain('ตอบโรงเรียนบ้านใหม่');
    expect(ledgerKeys(r).filter((k) => k.includes('|escalation|'))).toHaveLength(1);

    // The office pastes 2029's holidays the same day: real dates, and no second mail today.
    paste2029(r);
    runAt(r, '2029-03-01T11:00:00');
    const [lateNow, unsureNow] = cells(r, tab);
    expect(lateNow!.due).toMatch(/^\d+ ม\.ค\. 2572$/);
    expect(lateNow!.state).toBe('เกินกำหนด');
    expect(unsureNow!.due).toMatch(/^\d+ (ก\.พ\.|มี\.ค\.) 2572$/);
    expect(unsureNow!.state).not.toMatch(/ยังระบุไม่ได้|⚠/);
    expect(r.outbox).toHaveLength(2);
    // The pasted year counts as known: Home and the Holidays tab stop asking for it.
    expect(home().holidayYears).toMatchObject({ last: 2029, nextYearMissing: true });
    expect(r.spreadsheet.notes('Holidays', 'A1')[0]![0]).not.toMatch(/2572/);

    // Next working day: one digest each; the supervisor is not told of the first case again within the
    // week (its escalation thread kept across the change), and no reminder key is there twice.
    runAt(r, '2029-03-02T09:00:00');
    expect(mailsTo(r, 'somchai@example.org')).toHaveLength(2);
    const escalations = ledgerKeys(r).filter((k) => k.includes('|escalation|'));
    expect(escalations.filter((k) => k.includes('|K-1@'))).toHaveLength(1);
    for (const mail of mailsTo(r, 'boss@example.org').slice(1))
      expect(mail.body).not.toContain('ตอบ สพฐ. เรื่องอัตรากำลัง');
    const keys = ledgerKeys(r);
    expect(new Set(keys).size).toBe(keys.length);
    expect(mailsTo(r, 'somchai@example.org')[1]!.body).not.toMatch(/ระหว่าง|ยังระบุไม่ได้/);
  });
});
