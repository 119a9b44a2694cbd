/**
 * Taking the officer to the rows: the register's tab opened and the given rows selected, so a click
 * on "overdue 3" in the sidebar shows those three rows. Consecutive rows are one range.
 */
import { columnLetters } from '../../core/cells';
import type { Spreadsheet } from '../workbook/services';
import { sheetById } from '../workbook/tabs';

/** At most this many ranges in one selection: Sheets slows down on very long range lists. */
const MAX_RANGES = 200;

export function showRows(ss: Spreadsheet, gid: number, rows: readonly number[]): string {
  const sheet = sheetById(ss, gid);
  if (!sheet) throw new Error('ไม่พบแท็บนี้แล้ว: รีเฟรช / the tab is gone: refresh');
  sheet.activate();
  const wanted = [...new Set(rows.map(Number))]
    .filter((r) => Number.isInteger(r) && r >= 2 && r <= sheet.getMaxRows())
    .sort((a, b) => a - b);
  if (wanted.length === 0) return sheet.getName();
  const last = columnLetters(Math.max(1, sheet.getLastColumn()));
  const ranges: string[] = [];
  let start = wanted[0]!;
  let end = start;
  for (const r of [...wanted.slice(1), Number.NaN]) {
    if (r === end + 1) {
      end = r;
      continue;
    }
    ranges.push(`A${start}:${last}${end}`);
    start = r;
    end = r;
  }
  sheet.getRangeList(ranges.slice(0, MAX_RANGES)).activate();
  return sheet.getName();
}
