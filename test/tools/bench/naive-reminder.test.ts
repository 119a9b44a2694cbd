// The naive reminder script the bench compares Kamnot with: valid Apps Script, and it does what the
// public scripts it is modelled on do (a read per cell, an email and a flag per overdue row).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBundle, type Runtime } from '../../../src/local/runtime';
// @ts-expect-error: a plain .mjs tool without type declarations
import { checkAppsScriptCode } from '../../../tools/lib/check-bundle.mjs';

const code = readFileSync('tools/bench/naive/reminder.gs.js', 'utf8');
const HEADER = [
  'รหัสเรื่อง / Case ID',
  'เรื่อง / Subject',
  'ผู้รับผิดชอบ / Assignee',
  'วันที่รับเรื่อง / Date received',
  'สถานะเรื่อง / Case status',
];

/** Rows: late and open, late but closed, late with a name for assignee, recent, a BE year, Thai text. */
function runtime(): Runtime {
  return loadBundle(code, {
    start: '2026-11-24T01:00:00Z', // 08:00 in Bangkok
    scriptTimeZone: 'Asia/Bangkok',
    spreadsheet: {
      timeZone: 'Asia/Bangkok',
      sheets: [
        { name: 'People', values: [['ชื่อ / Name']] },
        {
          name: 'Register',
          values: [
            HEADER,
            ['C1', 'late', 'a@example.org', { date: '2026-11-10' }, ''],
            ['C2', 'closed', 'a@example.org', { date: '2026-11-10' }, 'ปิดเรื่อง'],
            ['C3', 'by name', 'นายธนพล มีสุข', { date: '2026-11-10' }, ''],
            ['C4', 'recent', 'b@example.org', { date: '2026-11-23' }, ''],
            ['C5', 'BE year', 'b@example.org', { date: '2569-11-12' }, ''],
            ['C6', 'Thai text', 'b@example.org', '12 พ.ย. 2569', ''],
          ],
        },
      ],
    },
  });
}

describe('the naive reminder script (tools/bench/naive/reminder.gs.js)', () => {
  it('passes the Apps Script compatibility check', () => {
    expect(checkAppsScriptCode(code)).toEqual([]);
  });

  it.each(['sendOverdueReminders', 'sendOverdueRemindersBatched'])(
    '%s mails each overdue open row it can read once, and flags it',
    (handler) => {
      const rt = runtime();
      rt.callIn({ kind: 'time-driven' }, handler);
      expect(rt.outbox.map((m) => m.subject)).toEqual(['เตือน: เรื่องเกินกำหนด C1', 'เตือน: เรื่องเกินกำหนด C5']);
      expect(rt.spreadsheet.values('Register', 'F1:F3')).toEqual([
        ['แจ้งเตือนแล้ว / Reminded'],
        ['ส่งแล้ว'],
        [''],
      ]);
      rt.callIn({ kind: 'time-driven' }, handler);
      expect(rt.outbox).toHaveLength(2);
    },
  );

  it('reads cell by cell in one variant and sheet by sheet in the other', () => {
    const perCell = runtime();
    perCell.callIn({ kind: 'time-driven' }, 'sendOverdueReminders');
    // 4 cells for each of the 6 rows, 2 more for each of the 2 mailed, the 5 headers and A1 of each tab.
    expect(perCell.calls.count('Range.getValue')).toBe(6 * 4 + 2 * 2 + 5 + 2);
    expect(perCell.calls.count('MailApp.sendEmail')).toBe(2);
    const batched = runtime();
    batched.callIn({ kind: 'time-driven' }, 'sendOverdueRemindersBatched');
    expect(batched.calls.count('Range.getValue')).toBe(0);
    expect(batched.calls.count('Range.getValues')).toBe(2);
  });
});
