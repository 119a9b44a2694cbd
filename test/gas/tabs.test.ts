// The workbook adapters on the fakes directly (no bundle): reading and appending rows of Kamnot's tabs.
import { describe, expect, it } from 'vitest';
import { appendRows, bodyRows, ensureTab, HEADERS, readPeople, TAB } from '../../src/gas/workbook/tabs';
import { createEnvironment } from '../../src/local/runtime';

describe('Kamnot tabs', () => {
  it('reads only the newest rows when asked, and grows the sheet when appending past its last row', () => {
    const env = createEnvironment({
      spreadsheet: { timeZone: 'Asia/Bangkok', sheets: [{ name: 'Sheet1' }] },
    });
    env.run({ kind: 'menu' }, () => {
      const ss = env.gas.SpreadsheetApp.getActive()!;
      const sent = ensureTab(ss, 'sent');
      const rows = Array.from({ length: 1200 }, (_, i) => [
        `k${i}`,
        'a@x.org',
        'd',
        'sent',
        '2026-12-08',
        '',
      ]);
      appendRows(sent, rows);
      expect(sent.getMaxRows()).toBeGreaterThanOrEqual(1201);
      expect(bodyRows(sent, 'sent')).toHaveLength(1200);
      expect(bodyRows(sent, 'sent', { newest: 3 }).map((r) => r[0])).toEqual(['k1197', 'k1198', 'k1199']);
      expect(sent.isSheetHidden()).toBe(true);
    });
  });

  it('writes the header again when someone cleared it', () => {
    const env = createEnvironment({
      spreadsheet: { timeZone: 'Asia/Bangkok', sheets: [{ name: 'People', values: [['', '']] }] },
    });
    env.run({ kind: 'menu' }, () => {
      const people = ensureTab(env.gas.SpreadsheetApp.getActive()!, 'people');
      expect(people.getRange(1, 1, 1, 2).getValues()[0]).toEqual(['ชื่อ / Name', 'อีเมล / Email']);
    });
  });

  it('reads each tab as wide as its header, and a column added to the header with it', () => {
    const env = createEnvironment({
      spreadsheet: { timeZone: 'Asia/Bangkok', sheets: [{ name: 'Sheet1' }] },
    });
    env.run({ kind: 'menu' }, () => {
      const ss = env.gas.SpreadsheetApp.getActive()!;
      for (const kind of Object.keys(TAB) as (keyof typeof TAB)[]) {
        const sheet = ensureTab(ss, kind);
        // A cell right of the header on every row: never read, whatever the tab.
        const width = HEADERS[kind].length;
        sheet
          .getRange(sheet.getLastRow() + 1, 1, 1, width + 1)
          .setValues([[...HEADERS[kind].map((_, i) => `${kind}-${i}`), 'beyond the header']]);
        const rows = bodyRows(sheet, kind);
        expect(rows.length, kind).toBeGreaterThan(0);
        for (const row of rows) expect(row, kind).toHaveLength(width);
      }
      const holidays = bodyRows(ensureTab(ss, 'holidays'), 'holidays', { firstColumnOnly: true });
      expect(holidays).toEqual([['holidays-0']]);
      // _procedures' JSON runs on past its header, one part per cell: read to its last column.
      const versions = bodyRows(ensureTab(ss, 'versions'), 'versions', { overflow: true });
      expect(versions[0]).toHaveLength(HEADERS.versions.length + 1);
    });
    // A new People column is its header and its parser: the reader follows the header.
    HEADERS.people.push('หมายเหตุ / Note');
    try {
      env.run({ kind: 'menu' }, () => {
        const people = env.gas.SpreadsheetApp.getActive()!.insertSheet('People 2');
        people.getRange(1, 1, 2, 8).setValues([
          ['', '', '', '', '', '', '', ''],
          ['สมชาย', 'somchai@example.org', 'officer', '', 'TRUE', 'th', 'a note', 'beyond'],
        ]);
        expect(bodyRows(people, 'people')).toEqual([
          ['สมชาย', 'somchai@example.org', 'officer', '', true, 'th', 'a note'],
        ]);
        expect(readPeople(people).people.map((p) => p.email)).toEqual(['somchai@example.org']);
      });
    } finally {
      HEADERS.people.pop();
    }
  });
});
