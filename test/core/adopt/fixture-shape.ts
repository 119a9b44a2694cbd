/**
 * The shape of a fixture tab and the helpers that build one. The tabs are built as Thai offices
 * build them: merged titles above the header, Thai headers, dates typed as BE text in several forms
 * and Thai digits, formula results, blank rows, the office's own columns (ลำดับ, ตำแหน่ง,
 * หมายเหตุ), and one English-only tab. Values are what a read of the sheet returns: Date cells
 * arrive as the instant of midnight in Bangkok.
 */
import type { Grid, MergedRange } from '../../../src/core/adopt/grid';

/** A date cell as the sheet hands it over: midnight in Bangkok (UTC+7). */
export const cellDate = (y: number, m: number, d: number): Date =>
  new Date(Date.UTC(y, m - 1, d) - 7 * 3_600_000);

export interface Fixture {
  readonly name: string;
  readonly tabName: string;
  readonly grid: Grid;
  readonly merges: readonly MergedRange[];
  readonly procedureId: string;
  /** What an officer would choose: input key → 0-based column (keys absent: no column). */
  readonly expected: Readonly<Record<string, number>>;
  readonly headerRow: number;
  readonly firstDataRow: number;
  readonly lastDataRow: number;
}

export const blank = (n: number) => Array.from({ length: n }, () => '');
