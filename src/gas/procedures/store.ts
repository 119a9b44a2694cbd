/**
 * Where an office's procedures live: the Procedures tab (one row per step, edited like any sheet) and
 * the hidden _procedures tab, one row per version ever used (the whole rules as JSON), so a case
 * keeps the rules it was opened under after the tab changes. A cell holds 50,000 characters: the JSON
 * is cut into parts of at most 45,000, one per cell from column E on, read back in order.
 */
import * as z from 'zod/mini';
import { type History, type VersionRecord, VersionRecordSchema } from '../../core/procedures/versions';
import type { Sheet } from '../workbook/services';
import { appendRows, bodyRows } from '../workbook/tabs';
import { safeCell } from '../workbook/write-cells';

export interface StoredHistory {
  readonly history: History;
  /** Sheet row of each record, same order as `history`. */
  readonly rows: readonly number[];
}

const Json = z.string();
const PART = 45_000;
const FIRST_PART = 4;

/** Every procedure's history, oldest version first. Unreadable rows are skipped (and reported). */
export function readHistories(sheet: Sheet): { byId: Map<string, StoredHistory>; unreadable: number[] } {
  const byId = new Map<string, { history: VersionRecord[]; rows: number[] }>();
  const unreadable: number[] = [];
  bodyRows(sheet, 'versions', { overflow: true }).forEach((r, i) => {
    const row = i + 2;
    if (r.every((v) => v === '' || v === null)) return;
    let record: VersionRecord | null = null;
    try {
      const text = Json.safeParse(
        r
          .slice(FIRST_PART)
          .map((v) => (v === null || v === undefined ? '' : String(v)))
          .join(''),
      );
      const parsed = text.success ? VersionRecordSchema.safeParse(JSON.parse(text.data)) : null;
      record = parsed?.success ? parsed.data : null;
    } catch {
      record = null;
    }
    if (!record) {
      unreadable.push(row);
      return;
    }
    const id = record.procedure.id;
    const entry = byId.get(id) ?? { history: [], rows: [] };
    entry.history.push(record);
    entry.rows.push(row);
    byId.set(id, entry);
  });
  for (const entry of byId.values()) {
    const order = entry.history
      .map((_, i) => i)
      .sort((a, b) => entry.history[a]!.version - entry.history[b]!.version);
    entry.history = order.map((i) => entry.history[i]!);
    entry.rows = order.map((i) => entry.rows[i]!);
  }
  return { byId, unreadable };
}

/** The row of a version: id, version, when, who, then the JSON in parts (`width` pads with blanks). */
function cells(record: VersionRecord, width = 0): unknown[] {
  const json = JSON.stringify(record);
  const parts: string[] = [];
  for (let i = 0; i < json.length; ) {
    // No part may start with what Sheets reads as a formula, a text mark or space.
    let end = Math.min(i + PART, json.length);
    while (end < json.length && end > i + 1 && /['=+\-@\s]/.test(json[end]!)) end--;
    parts.push(json.slice(i, end));
    i = end;
  }
  const row: unknown[] = [record.procedure.id, record.version, record.at, record.by, ...parts];
  while (row.length < width) row.push('');
  return row;
}

/** Writes what changed between the stored history and the settled one: a reworded version in place, a new one appended. */
export function writeHistory(sheet: Sheet, stored: StoredHistory | undefined, next: History): void {
  const before = stored?.history ?? [];
  next.forEach((record, i) => {
    const old = before[i];
    if (old && JSON.stringify(old) === JSON.stringify(record)) return;
    if (old && old.version === record.version) {
      // The parts of the old JSON beyond the new one's are cleared.
      const row = cells(record, sheet.getLastColumn());
      sheet.getRange(stored!.rows[i]!, 1, 1, row.length).setValues([row.map(safeCell)]);
    } else {
      appendRows(sheet, [cells(record)]);
    }
  });
}
