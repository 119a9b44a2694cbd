// The workbook adapters on the fakes directly (no bundle): reading and appending rows of Kamnot's tabs.
import { describe, expect, it } from 'vitest';
import { appendRows, bodyRows, ensureTab } from '../../src/gas/workbook/tabs';
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
});
