import type { UtilitiesLike } from '../date-io';
import { REGISTER_KEY } from '../workbook/register-tab';
import type { Spreadsheet } from '../workbook/services';
import { workbookContext } from './context';
import { computedCells, evaluateBound } from './evaluate-bound';
import { appendLog } from './log';
import { bindColumns, registerTab } from './registers';
import { writeChanged } from './write-back';

export interface EditEvent {
  readonly range: GoogleAppsScript.Spreadsheet.Range;
  readonly value?: unknown;
  readonly oldValue?: unknown;
  readonly user?: { getEmail(): string };
}

export function onRegisterEdit(ss: Spreadsheet, utilities: UtilitiesLike, e: EditEvent, now: number): void {
  const sheet = e.range.getSheet();
  const binding = sheet.getDeveloperMetadata().find((md) => md.getKey() === REGISTER_KEY);
  if (!binding) return;
  const tab = registerTab(sheet, binding.getValue());
  const firstRow = Math.max(tab.headerRow + 1, e.range.getRow());
  const lastRow = e.range.getLastRow();
  if (lastRow < firstRow) return;
  const width = sheet.getLastColumn();
  const header = sheet.getRange(tab.headerRow, 1, 1, width).getValues()[0] ?? [];
  const { settings, io, today, engine, procedures } = workbookContext(ss, utilities, now);
  const bound = bindColumns(tab, header, procedures);
  if ('th' in bound || bound.problems.length > 0) return;
  const rows = sheet.getRange(firstRow, 1, lastRow - firstRow + 1, width).getValues();
  // Case ids are left to the hourly run, which sees the whole register and can keep them unique.
  const evaluated = evaluateBound(bound, rows, engine, settings, io, today, header);
  const wanted = new Map<number, unknown[]>();
  for (const row of evaluated) wanted.set(row.index, computedCells(row.computed, io, row.version));
  // writeChanged numbers rows from the first data row: shift the edited block to its place.
  const offset = firstRow - tab.headerRow - 1;
  const shifted = new Map([...wanted].map(([r, v]) => [r + offset, v]));
  const current: unknown[][] = [];
  rows.forEach((row, i) => {
    current[i + offset] = row;
  });
  const computedColumns = bound.layout.computed.map((c) => bound.columnOf.get(c.key)!);
  writeChanged(sheet, computedColumns, current, shifted, tab.headerRow + 1);
  const column = e.range.getColumn();
  const caseId = rows[0]?.[bound.columnOf.get('case-id')!] ?? '';
  const what = `${bound.name} ${String(caseId)} ${String(header[column - 1] ?? column)}: ${String(e.oldValue ?? '')} → ${String(e.value ?? '')}`;
  appendLog(ss, new Date(now), 'edit', what, e.user?.getEmail() ?? '');
}
