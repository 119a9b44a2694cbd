// Utilities.formatDate is a service call: a run looks the spreadsheet's zone up at most once per
// distinct day it handles, and not at all for a zone whose offset has not changed since 1970.
import { describe, expect, it } from 'vitest';
import { holidaysOf } from '../../src/core/calendar/calendars';
import { load } from './harness';

const PROCEDURE = '003-resignation-leaving-service';

/** A register with `n` cases received on `n` different days; the calls of one run of it. */
function run(zone: string, n: number): { lookups: number; days: number } {
  const runtime = load({
    spreadsheet: { timeZone: zone, locale: 'en_GB', sheets: [{ name: 'Sheet1' }] },
    start: '2026-11-23T03:00:00Z',
    deployment: 'bound',
  });
  const tab = runtime.callIn({ kind: 'menu' }, 'createRegister', PROCEDURE) as string;
  const rows = Array.from({ length: n }, (_, i) => [
    `case ${i}`,
    'a@example.org',
    `${1 + (i % 28)}/${1 + Math.floor(i / 28)}/2026`,
    '1/3/2027',
  ]);
  if (n > 0) runtime.spreadsheet.edit(tab, `B2:E${n + 1}`, rows);
  runtime.calls.reset();
  runtime.callIn({ kind: 'menu' }, 'runNow');
  const lookups = runtime.calls.count('Utilities.formatDate');
  // Every day the run handles: the dates in any tab (typed, due) and the calendar's holidays, which
  // the run writes into the Holidays tab.
  const inTabs = runtime.spreadsheet
    .sheetNames()
    .flatMap((name) => runtime.spreadsheet.values(name).flat())
    .filter((v): v is Date => v instanceof Date)
    .map((d) => d.toISOString().slice(0, 10));
  return { lookups, days: new Set([...holidaysOf('TH').map((h) => h.date), ...inTabs]).size };
}

describe('zone look-ups', () => {
  it('Bangkok: the same few calls for 2 cases as for 60, whatever their days', () => {
    const few = run('Asia/Bangkok', 2);
    const many = run('Asia/Bangkok', 60);
    expect(many.lookups).toBe(few.lookups);
    expect(many.lookups).toBeLessThanOrEqual(3);
  });

  it('a zone with daylight saving: at most one look-up per distinct day the run handles', () => {
    const { lookups, days } = run('America/Los_Angeles', 60);
    expect(days).toBeGreaterThan(150);
    // A few more for "now" (each part of the run asks once) and the reminder hour.
    expect(lookups).toBeLessThanOrEqual(days + 6);
  });
});
