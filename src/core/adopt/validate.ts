/**
 * Checking a mapping the officer confirmed or corrected in the sidebar: the start date is there, no
 * column serves two fields, every column exists, and every date cell Kamnot will read is readable.
 * Unreadable cells are listed with the reason; Kamnot never rewrites them.
 */
import type { Procedure } from '../catalog/schema';
import { columnLetters } from '../cells';
import { type Msg, msg } from '../i18n/msg';
import { mappableInputs, registerLayout } from '../register/layout';
import { type AnalyseOptions, analyseTab, type TabAnalysis } from './analyse';
import { type Grid, isGrid } from './grid';
import { dateShare, type UnreadableCell, unreadableDates } from './sniff';

/** Register input key → 0-based tab column, or null when the tab has no such column. */
export type Mapping = Readonly<Record<string, number | null>>;

export interface Validation {
  /** True when there are no errors: warnings and unreadable cells do not stop adoption. */
  readonly ok: boolean;
  readonly errors: readonly Msg[];
  readonly warnings: readonly Msg[];
  readonly unreadable: readonly UnreadableCell[];
}

/** A grid is read; an analysis is used as is; anything else is an empty tab, never a throw. */
export function asAnalysis(tab: TabAnalysis | Grid, options: AnalyseOptions = {}): TabAnalysis {
  if (isGrid(tab)) return analyseTab(tab, options);
  const ok = tab !== null && typeof tab === 'object' && Array.isArray((tab as TabAnalysis).columns);
  return ok ? tab : analyseTab([], options);
}

/** Unreadable cells of every mapped date column, in row order then column order. */
export function unreadableIn(tab: TabAnalysis, mapping: Mapping, procedure: Procedure): UnreadableCell[] {
  const header = tab.header;
  if (!header) return [];
  const found: UnreadableCell[] = [];
  const seen = new Set<number>();
  for (const column of registerLayout(procedure).inputs) {
    const c = mapping[column.key];
    if (column.type !== 'date' || typeof c !== 'number' || seen.has(c)) continue;
    seen.add(c);
    found.push(...unreadableDates(tab.grid, c, header.firstDataRow, header.lastDataRow, tab.offsetAt));
  }
  return found.sort((a, b) => a.row - b.row || a.column - b.column);
}

const isColumnIndex = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

export function validateMapping(
  mapping: Readonly<Record<string, unknown>>,
  tab: TabAnalysis | Grid,
  procedure: Procedure,
  options: AnalyseOptions = {},
): Validation {
  const analysis = asAnalysis(tab, options);
  const inputs = mappableInputs(registerLayout(procedure));
  const known = new Map(inputs.map((c) => [c.key, c]));
  const errors: Msg[] = [];
  const warnings: Msg[] = [];
  const header = analysis.header;
  if (!header) {
    errors.push(msg('ไม่พบแถวหัวตาราง', 'no header row found'));
    return { ok: false, errors, warnings, unreadable: [] };
  }
  const clean: Record<string, number | null> = {};
  const users = new Map<number, string[]>();
  const source = mapping !== null && typeof mapping === 'object' ? mapping : {};
  for (const [key, value] of Object.entries(source)) {
    const column = known.get(key);
    if (!column) {
      errors.push(msg(`ไม่รู้จักช่อง "${key}" ของทะเบียนนี้`, `"${key}" is not a column of this register`));
      continue;
    }
    if (value === null || value === undefined) continue;
    if (!isColumnIndex(value) || value >= header.width) {
      errors.push(
        msg(
          `"${column.header.th}": ไม่มีคอลัมน์ที่เลือกในตาราง`,
          `"${column.header.en}": the chosen column is not in the table`,
        ),
      );
      continue;
    }
    clean[key] = value;
    users.set(value, [...(users.get(value) ?? []), key]);
  }
  for (const [c, keys] of users) {
    if (keys.length < 2) continue;
    const names = keys.map((k) => known.get(k)!.header);
    errors.push(
      msg(
        `คอลัมน์ ${columnLetters(c + 1)} ถูกเลือกให้หลายช่อง: ${names.map((n) => n.th).join(', ')}`,
        `column ${columnLetters(c + 1)} is chosen for several fields: ${names.map((n) => n.en).join(', ')}`,
      ),
    );
  }
  if (typeof clean.start !== 'number') {
    errors.push(
      msg('ต้องเลือกคอลัมน์วันที่รับเรื่อง (วันเริ่มนับ)', 'choose the date-received column: the day the clock starts'),
    );
  }
  for (const [key, c] of Object.entries(clean)) {
    const column = known.get(key)!;
    const values = analysis.columns[c!]?.values;
    if (column.type === 'date' && values && values.filled >= 3 && dateShare(values) < 0.5) {
      warnings.push(
        msg(
          `"${column.header.th}": คอลัมน์ ${columnLetters(c! + 1)} มีวันที่เพียง ${Math.round(dateShare(values) * 100)}%`,
          `"${column.header.en}": only ${Math.round(dateShare(values) * 100)}% of column ${columnLetters(c! + 1)} are dates`,
        ),
      );
    }
  }
  if (typeof clean['case-id'] === 'number') {
    const v = analysis.columns[clean['case-id']]?.values;
    if (v && v.filled > 1 && v.uniqueShare < 1) {
      warnings.push(
        msg(
          `คอลัมน์ ${columnLetters(clean['case-id'] + 1)} มีรหัสซ้ำกัน: แถวที่ซ้ำจะถูกแจ้งในสถานะ`,
          `column ${columnLetters(clean['case-id'] + 1)} repeats some IDs: the repeated rows will be flagged`,
        ),
      );
    }
  }
  return {
    ok: errors.length === 0,
    errors,
    warnings,
    unreadable: unreadableIn(analysis, clean, procedure),
  };
}
