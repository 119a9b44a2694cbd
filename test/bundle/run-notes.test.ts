// The run's log tells what is wrong in the workbook on every run (issue 14 §8): the People tab's own
// mistakes, not only on the runs that send mail, and a register header that two columns carry.
import { describe, expect, it } from 'vitest';
import { load } from './harness';

const PROCEDURE = '000-admin-correspondence';

function lastNotes(runtime: ReturnType<typeof load>): string[] {
  const log = runtime.spreadsheet.values('_log').filter((r) => String(r[1]).startsWith('run:'));
  return (JSON.parse(String(log.at(-1)![2])) as { notes: string[] }).notes;
}

describe('what the run log says of the workbook', () => {
  it("People's mistakes, on a run before the reminder hour (no mail is planned)", () => {
    const runtime = load({
      spreadsheet: { timeZone: 'Asia/Bangkok', locale: 'th_TH', sheets: [{ name: 'Sheet1' }] },
      start: '2026-12-08T06:10:00+07:00',
      deployment: 'bound',
    });
    runtime.callIn({ kind: 'menu' }, 'createRegister', PROCEDURE);
    runtime.spreadsheet.edit('People', 'A2:F5', [
      ['นางสาวกนกพร ใจดี', 'kanokporn@example.org', 'officer', 'หัวหน้า', 'TRUE', 'jp'],
      ['หัวหน้า', 'boss@example', 'head', 'นางสาวกนกพร ใจดี', 'TRUE', ''],
      ['ซ้ำ', 'kanokporn@example.org', 'officer', '', 'TRUE', ''],
      ['คนที่สี่', 'four@example.org', 'officer', 'ไม่มีใคร', 'TRUE', ''],
    ]);
    runtime.callIn({ kind: 'time-driven' }, 'runHourly');
    expect(runtime.outbox).toHaveLength(0);
    const notes = lastNotes(runtime).join('\n');
    expect(notes).toContain('the language "jp" is unknown');
    expect(notes).toContain('"boss@example" is not an email');
    expect(notes).toContain('the email kanokporn@example.org appears on 2 rows');
    expect(notes).toContain('the supervisor chain loops');
    expect(notes).toContain('supervisor "ไม่มีใคร" is not in the People tab');
  });

  it('a header of the register that two columns carry: which one Kamnot reads', () => {
    const runtime = load({
      spreadsheet: { timeZone: 'Asia/Bangkok', locale: 'th_TH', sheets: [{ name: 'Sheet1' }] },
      start: '2026-12-08T09:30:00+07:00',
      deployment: 'bound',
    });
    const tab = runtime.callIn({ kind: 'menu' }, 'createRegister', PROCEDURE) as string;
    const header = runtime.spreadsheet.values(tab, 'A1:Z1')[0]!.filter((v) => v !== '') as string[];
    const at = header.length + 1;
    const letter = String.fromCharCode(64 + at);
    runtime.spreadsheet.edit(tab, `${letter}1`, [['วันที่รับเรื่อง / Date received']]);
    runtime.spreadsheet.edit(tab, 'B2:D2', [['หนังสือ', 'a@example.org', '1/12/2569']]);
    const record = runtime.callIn({ kind: 'time-driven' }, 'runNow') as { cases: number };
    expect(record.cases).toBe(1);
    expect(lastNotes(runtime)).toContain(
      `แท็บ "${tab}": มี 2 คอลัมน์ที่หัวตารางว่า "วันที่รับเรื่อง / Date received" (D, ${letter}): Kamnot อ่านคอลัมน์ D เท่านั้น / tab "${tab}": 2 columns are headed "วันที่รับเรื่อง / Date received" (D, ${letter}): Kamnot reads column D only`,
    );
  });
});
