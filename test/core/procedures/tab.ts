/** Building Procedures-tab grids for tests from rows written by column key. */
import {
  TAB_COLUMNS,
  type TabKey,
  tabHeaderRow,
  tabHeaderText,
} from '../../../src/core/procedures/tab-layout';

export type RowSpec = Partial<Record<TabKey, unknown>> | null;

/** A grid with Kamnot's header; `null` rows are blank rows. */
export function grid(rows: readonly RowSpec[], header: readonly string[] = tabHeaderRow()): unknown[][] {
  const keys = header.map(
    (h) => TAB_COLUMNS.find((c) => [tabHeaderText(c), c.header.th, c.header.en].includes(h))?.key,
  );
  return [[...header], ...rows.map((r) => header.map((_, i) => (r && keys[i] ? (r[keys[i]!] ?? '') : '')))];
}

/** One step of the leave procedure, the usual shape of an office's first rows. */
export const leave = (step: number, th: string, rule: string, more: RowSpec = {}): RowSpec => ({
  procedure: 'office-leave-request',
  'name-th': 'ขออนุญาตลาพักผ่อน',
  step,
  'step-th': th,
  role: 'เจ้าหน้าที่',
  rule,
  ...more,
});
