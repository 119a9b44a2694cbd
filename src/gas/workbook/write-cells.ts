/**
 * Writing only what Kamnot means to change. A cell whose value already is the wanted one is left alone
 * (so an office formula that shows that value stays a formula), and every string Kamnot writes is
 * text, never a formula (`safeCell`).
 */
import { escapeFormula } from '../../core/cells';
import { runsOf, sameCell } from '../run/write-back';
import type { Sheet } from './services';

/** A value as Kamnot writes it: a string can never start a formula; other values as they are. */
export function safeCell(value: unknown): unknown {
  return typeof value === 'string' ? escapeFormula(value) : value;
}

/**
 * One row's cells from `firstColumn` (1-based): `current` as read, `wanted` what it should hold. Writes
 * each run of adjacent changed cells with one call; returns the number of calls.
 */
export function writeRowChanges(
  sheet: Sheet,
  row: number,
  firstColumn: number,
  current: readonly unknown[],
  wanted: readonly unknown[],
): number {
  const changed: number[] = [];
  wanted.forEach((v, i) => {
    if (!sameCell(current[i], v)) changed.push(i);
  });
  for (const [from, to] of runsOf(changed)) {
    sheet
      .getRange(row, firstColumn + from, 1, to - from + 1)
      .setValues([wanted.slice(from, to + 1).map(safeCell)]);
  }
  return runsOf(changed).length;
}

/**
 * One column's cells from `firstRow` (1-based), as `writeRowChanges` does for a row: only the runs of
 * changed cells are written.
 */
export function writeColumnChanges(
  sheet: Sheet,
  firstRow: number,
  column: number,
  current: readonly unknown[],
  wanted: readonly unknown[],
): number {
  const changed: number[] = [];
  wanted.forEach((v, i) => {
    if (!sameCell(current[i], v)) changed.push(i);
  });
  for (const [from, to] of runsOf(changed)) {
    sheet
      .getRange(firstRow + from, column, to - from + 1, 1)
      .setValues(wanted.slice(from, to + 1).map((v) => [safeCell(v)]));
  }
  return runsOf(changed).length;
}
