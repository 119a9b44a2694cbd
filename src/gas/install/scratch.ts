/**
 * The check's scratch tab: made for the live probes and removed after them, even when a probe throws,
 * with the tab that was active made active again, so the workbook is left as it was. A scratch tab
 * left by a check that Apps Script killed (the 6-minute limit) is removed by the next check.
 */
import type { Sheet, Spreadsheet } from '../workbook/services';

const SCRATCH_PREFIX = '_kamnot_check_';

export function withScratchTab<T>(ss: Spreadsheet, now: number, work: (sheet: Sheet) => T): T {
  for (const left of ss.getSheets().filter((s) => s.getName().startsWith(SCRATCH_PREFIX)))
    ss.deleteSheet(left);
  const active = ss.getActiveSheet();
  const sheet = ss.insertSheet(`${SCRATCH_PREFIX}${now}`);
  try {
    return work(sheet);
  } finally {
    ss.deleteSheet(sheet);
    // insertSheet made the scratch tab active; the officer's tab comes back.
    if (active) active.activate();
  }
}
