import type { UtilitiesLike } from '../date-io';
import { REGISTER_KEY } from '../workbook/register-tab';
import type { Spreadsheet } from '../workbook/services';
import { workbookContext } from './context';
import { computedCells, evaluateBound } from './evaluate-bound';
import { appendLog } from './log';
import { readRegister, registerTab } from './registers';
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
  const context = workbookContext(ss, utilities, now);
  const { io, procedures } = context;
  const read = readRegister(registerTab(sheet, binding.getValue()), procedures, { head: true });
  if (!read.ok || read.value.bound.problems.length > 0) return;
  const { bound, values: head } = read.value;
  // The head read spans every column of the tab.
  const width = head[0]?.length ?? 0;
  const firstRow = Math.max(bound.headerRow + 1, e.range.getRow());
  const lastRow = e.range.getLastRow();
  if (lastRow < firstRow) return;
  const header = head[bound.headerRow - 1] ?? [];
  const rows = sheet.getRange(firstRow, 1, lastRow - firstRow + 1, width).getValues();
  // Case ids are left to the hourly run, which sees the whole register and can keep them unique.
  const evaluated = evaluateBound(bound, rows, context, 0n, header);
  const wanted = new Map<number, unknown[]>();
  for (const row of evaluated) wanted.set(row.index, computedCells(row.computed, io, row.version));
  const computedColumns = bound.layout.computed.map((c) => bound.columnOf.get(c.key)!);
  writeChanged({ sheet, firstRow, values: rows }, computedColumns, wanted);
  const column = e.range.getColumn();
  const caseId = rows[0]?.[bound.columnOf.get('case-id')!] ?? '';
  const what =
    e.value === undefined && e.oldValue === undefined
      ? pasted(bound.name, e.range, rows, column, header)
      : `${bound.name} ${String(caseId)} ${String(header[column - 1] ?? column)}: ${String(e.oldValue ?? '')} → ${String(e.value ?? '')}`;
  appendLog(ss, new Date(now), 'edit', what, e.user?.getEmail() ?? '');
}

/** New values shown in the audit of one paste or multi-cell edit; more are counted, not listed. */
const LISTED = 20;

/**
 * A paste or a multi-cell edit: Google passes neither `value` nor `oldValue` (only a single typed cell
 * has them), so the audit names the cells and their new values, and says the old ones are unknown.
 */
function pasted(
  name: string,
  range: GoogleAppsScript.Spreadsheet.Range,
  rows: readonly (readonly unknown[])[],
  column: number,
  header: readonly unknown[],
): string {
  const width = range.getNumColumns();
  const cells: string[] = [];
  for (const row of rows)
    for (let c = column - 1; c < column - 1 + width; c++) {
      const v = row[c];
      if (v !== '' && v !== null && v !== undefined) cells.push(`${String(header[c] ?? c + 1)}=${String(v)}`);
    }
  const listed = cells.slice(0, LISTED).join('; ');
  const more = cells.length > LISTED ? ` … +${cells.length - LISTED}` : '';
  return `${name} ${range.getA1Notation()}: วางหรือแก้หลายช่อง ค่าเดิมไม่ทราบ (Google ไม่ส่งมา) / pasted or edited several cells, old values unknown (Google does not pass them); ค่าใหม่ / new: ${listed || '—'}${more}`;
}
