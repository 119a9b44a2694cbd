/**
 * How long the things Kamnot does often take, measured with this execution's clock: one bulk read of
 * the largest tab, 2,000 zone look-ups (what a register pays in a zone with transitions), loading the
 * bundle and parsing the catalogue. First, whether the clock moves at all during pure computation: the
 * offline runtime's virtual clock does not, and then the figures are its prices, not measurements.
 */
import { loadManuals } from '../../core/catalog/manuals';
import type { Timings } from '../../core/install/computation';
import type { CheckServices } from './services';

const LOOKUPS = 2_000;
const DAY_MS = 86_400_000;

/** True when the clock advanced during about two million additions (a few ms on Apps Script's V8). */
function clockMoves(clock: () => number): boolean {
  const t0 = clock();
  let x = 0;
  for (let i = 1; i <= 2_000_000; i++) {
    x += i % 7;
    if (i % 50_000 === 0 && clock() !== t0) return true;
  }
  return x < 0;
}

export function measure(s: CheckServices): Timings {
  const loadMs = s.startedAt - s.loadedAt;
  const moves = clockMoves(s.clock);
  let c0 = s.clock();
  loadManuals();
  const catalogueMs = s.clock() - c0;
  // The office's tabs, not Kamnot's hidden records (nor this check's scratch tab).
  const all = s.spreadsheet.getSheets();
  const sheets = all.filter((sh) => !sh.getName().startsWith('_'));
  const largest = (sheets.length > 0 ? sheets : all).reduce((a, b) =>
    b.getLastRow() * b.getLastColumn() > a.getLastRow() * a.getLastColumn() ? b : a,
  );
  c0 = s.clock();
  const values = largest.getDataRange().getValues();
  const bulkMs = s.clock() - c0;
  const zone = s.spreadsheet.getSpreadsheetTimeZone();
  const base = Date.UTC(2026, 0, 1);
  c0 = s.clock();
  for (let i = 0; i < LOOKUPS; i++) s.utilities.formatDate(new Date(base + i * DAY_MS), zone, 'Z');
  const lookupsMs = s.clock() - c0;
  return {
    clockMoves: moves,
    bulk: { tab: largest.getName(), rows: values.length, columns: values[0]?.length ?? 0, ms: bulkMs },
    lookups: { n: LOOKUPS, ms: lookupsMs },
    loadMs,
    catalogueMs,
  };
}
