/**
 * One reading of a tab, shared by every procedure it is compared with: the header row, each
 * column's header words and the kinds of its values. Ranking the whole catalogue against a tab
 * reads the tab once.
 */
import { fixedOffset, type OffsetAt } from '../dates/zone';
import { type Grid, isGrid, type MergedRange } from './grid';
import { findHeaderRow, type HeaderRow, headerAt } from './header-row';
import { type NormalHeader, normaliseHeader } from './normalise';
import { type ColumnSniff, classifier, type People, sniffColumn } from './sniff';

export interface TabColumn {
  /** 0-based column of the tab. */
  readonly index: number;
  /** The header as the office wrote it (group and sub-label joined for a two-row header). */
  readonly label: string;
  readonly header: NormalHeader;
  readonly values: ColumnSniff;
}

export interface TabAnalysis {
  readonly grid: Grid;
  /** Null when no row looks like a header: nothing can be proposed. */
  readonly header: HeaderRow | null;
  readonly columns: readonly TabColumn[];
  /** The tab's name and its title rows: what the register says it is about. */
  readonly titles: readonly string[];
  readonly offsetAt: OffsetAt;
}

export interface AnalyseOptions {
  readonly merges?: readonly MergedRange[];
  readonly people?: People;
  /** The spreadsheet's zone, for date cells; Bangkok (UTC+7) when absent. */
  readonly offsetAt?: OffsetAt;
  readonly tabName?: string;
  /** The header row the officer chose (0-based), instead of the one Kamnot finds. */
  readonly headerRow?: number;
}

export const BANGKOK: OffsetAt = fixedOffset(420);

export function analyseTab(grid: Grid, options: AnalyseOptions = {}): TabAnalysis {
  const safe: Grid = isGrid(grid) ? grid : [];
  const merges = Array.isArray(options.merges) ? options.merges : [];
  const offsetAt = options.offsetAt ?? BANGKOK;
  const header =
    options.headerRow === undefined ? findHeaderRow(safe, merges) : headerAt(safe, options.headerRow, merges);
  const tabName =
    typeof options.tabName === 'string' && options.tabName.trim() ? [options.tabName.trim()] : [];
  if (!header) return { grid: safe, header: null, columns: [], titles: tabName, offsetAt };
  const sniffOptions = { offsetAt, ...(options.people ? { people: options.people } : {}) };
  const c = classifier(sniffOptions);
  const columns = header.labels.map((label, index) => ({
    index,
    label,
    header: normaliseHeader(label),
    values: sniffColumn(safe, index, header.firstDataRow, header.lastDataRow, sniffOptions, c),
  }));
  return { grid: safe, header, columns, titles: [...tabName, ...header.titles], offsetAt };
}
