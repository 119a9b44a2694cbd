/**
 * Where an office's procedures live: the Procedures tab (one row per step, edited like any sheet) and
 * the hidden _procedures tab, one row per version ever used (the whole rules as JSON), so a case
 * keeps the rules it was opened under after the tab changes.
 */
import * as z from 'zod/mini';
import { type History, type VersionRecord, VersionRecordSchema } from '../../core/procedures/versions';
import type { Sheet } from '../workbook/services';
import { appendRows, bodyRows } from '../workbook/tabs';

export interface StoredHistory {
  readonly history: History;
  /** Sheet row of each record, same order as `history`. */
  readonly rows: readonly number[];
}

const Json = z.string();

/** Every procedure's history, oldest version first. Unreadable rows are skipped (and reported). */
export function readHistories(sheet: Sheet): { byId: Map<string, StoredHistory>; unreadable: number[] } {
  const byId = new Map<string, { history: VersionRecord[]; rows: number[] }>();
  const unreadable: number[] = [];
  bodyRows(sheet, 5).forEach((r, i) => {
    const row = i + 2;
    if (r.every((v) => v === '' || v === null)) return;
    let record: VersionRecord | null = null;
    try {
      const text = Json.safeParse(r[4]);
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

function cells(record: VersionRecord): unknown[] {
  return [record.procedure.id, record.version, record.at, record.by, JSON.stringify(record)];
}

/** Writes what changed between the stored history and the settled one: a reworded version in place, a new one appended. */
export function writeHistory(sheet: Sheet, stored: StoredHistory | undefined, next: History): void {
  const before = stored?.history ?? [];
  next.forEach((record, i) => {
    const old = before[i];
    if (old && JSON.stringify(old) === JSON.stringify(record)) return;
    if (old && old.version === record.version) {
      sheet.getRange(stored!.rows[i]!, 1, 1, 5).setValues([cells(record)]);
    } else {
      appendRows(sheet, [cells(record)]);
    }
  });
}
