/**
 * What an adoption leaves on the tab so that it can be undone: the core's AdoptionRecord as sheet
 * metadata, and the places of the columns, read from the column metadata that moves with each
 * column (so an office column inserted since, or a tab re-sorted, changes nothing).
 */
import * as z from 'zod/mini';
import type { AdoptionRecord } from '../../core/adopt/plan';
import { COLUMN_KEY } from '../workbook/register-tab';
import type { Sheet } from '../workbook/services';

export const ADOPTION_KEY = 'kamnot.adoption';
/** Every key Kamnot puts on a sheet or its columns starts with this. */
export const KAMNOT_PREFIX = 'kamnot.';

const index = z.number().check(z.int(), z.minimum(0));
const RecordSchema = z.object({
  version: z.literal(1),
  procedureId: z.string(),
  headerRow: index,
  firstDataRow: index,
  bound: z.record(z.string(), index),
  added: z.array(z.object({ key: z.string(), column: index, input: z.boolean() })),
  absent: z.array(z.string()),
});

export function recordValue(record: AdoptionRecord): string {
  return JSON.stringify(record);
}

/** The record of an adopted tab; null for any other tab, or when the stored value was hand-edited. */
export function readRecord(sheet: Sheet): AdoptionRecord | null {
  const md = sheet.getDeveloperMetadata().find((m) => m.getKey() === ADOPTION_KEY);
  if (!md) return null;
  try {
    const parsed = RecordSchema.safeParse(JSON.parse(md.getValue() ?? ''));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Each column metadata key of the sheet and its 0-based column now. */
export function columnPlaces(sheet: Sheet): { key: string; column: number }[] {
  const out: { key: string; column: number }[] = [];
  for (const md of sheet.createDeveloperMetadataFinder().withKey(COLUMN_KEY).find()) {
    const column = md.getLocation().getColumn();
    if (column) out.push({ key: md.getValue() ?? '', column: column.getColumn() - 1 });
  }
  return out;
}

export { sheetById } from '../workbook/tabs';
