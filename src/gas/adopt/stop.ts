/**
 * "Stop tracking this tab": removes exactly what adoption added (Kamnot's columns, with their notes,
 * formats and validation; its three colour rules; its protection; every kamnot.* metadata on the
 * sheet and its columns) and nothing else, so the tab is as it was before. Added input columns that
 * people typed in are not deleted without the officer's confirmation.
 *
 * A tab Kamnot created (or bound because its header already was a register's) is refused: every
 * column of it is a register column, and the office's typed cases live in them. Deleting or
 * keeping such a tab is the officer's call, made in Sheets.
 */
import { type AdoptionRecord, planStopTracking } from '../../core/adopt/plan';
import { isBlank } from '../../core/dates/parse';
import { registerLayout } from '../../core/register/layout';
import { readProcedures } from '../procedures/registry';
import { appendLog } from '../run/log';
import { readBinding } from '../run/registers';
import type { Bilingual, StopResult } from '../sidebar-api/public';
import { type LockLike, withLock } from '../workbook/lock';
import { COMPUTED_PROTECTION, isKamnotRule, REGISTER_KEY } from '../workbook/register-tab';
import type { Sheet, Spreadsheet } from '../workbook/services';
import { columnPlaces, KAMNOT_PREFIX, readRecord, sheetById } from './record';

export interface StopServices {
  readonly spreadsheet: Spreadsheet;
  readonly lock: LockLike;
  readonly protectionType: typeof GoogleAppsScript.Spreadsheet.ProtectionType;
  readonly now: number;
  readonly who: string;
}

export function stopTracking(s: StopServices, gid: number, confirm: boolean): StopResult {
  return withLock(s.lock, () => stop(s, gid, confirm));
}

function stop(s: StopServices, gid: number, confirm: boolean): StopResult {
  const sheet = sheetById(s.spreadsheet, gid);
  if (!sheet) throw new Error('ไม่พบแท็บนี้แล้ว: รีเฟรช / the tab is gone: refresh');
  const name = sheet.getName();
  const binding = sheet.getDeveloperMetadata().find((m) => m.getKey() === REGISTER_KEY);
  const stored = readRecord(sheet);
  if (!stored) {
    if (binding)
      throw new Error(
        `แท็บ "${name}" สร้างโดย Kamnot ทุกคอลัมน์เป็นของทะเบียน จึงเลิกติดตามแบบคืนสภาพเดิมไม่ได้: ถ้าไม่ใช้แล้วให้ลบหรือซ่อนแท็บ / ` +
          `the tab "${name}" is a register Kamnot made: every column is the register's, so there is no earlier tab to go back to; delete or hide the tab if it is no longer used`,
      );
    throw new Error(`แท็บ "${name}" ไม่ได้ถูกติดตาม / the tab "${name}" is not tracked`);
  }
  const record = currentRecord(sheet, stored);
  const plan = planStopTracking(record);
  const warnings: Bilingual[] = plan.warnings.map((w) => ({ th: w.th, en: w.en }));
  if (plan.typedColumns.length > 0 && !confirm) {
    const headerRow = readBinding(binding?.getValue() ?? null).headerRow;
    const typed = typedCells(sheet, record, plan.typedColumns, headerRow);
    if (typed.length > 0)
      return { stopped: false, name, typed: headersOf(s.spreadsheet, stored, typed), warnings };
  }

  removeRules(sheet);
  for (const p of sheet.getProtections(s.protectionType.RANGE))
    if (p.getDescription() === COMPUTED_PROTECTION) p.remove();
  for (const md of sheet.createDeveloperMetadataFinder().find())
    if (md.getKey().startsWith(KAMNOT_PREFIX)) md.remove();
  for (const d of plan.deleteColumns) sheet.deleteColumns(d.start + 1, d.count);
  const deleted = plan.deleteColumns.reduce((n, d) => n + d.count, 0);
  appendLog(
    s.spreadsheet,
    new Date(s.now),
    'stop-tracking',
    `${name}: ${stored.procedureId}; -${deleted} คอลัมน์ / columns`,
    s.who,
  );
  return { stopped: true, name, typed: [], warnings };
}

/**
 * The record with today's places: the bound office columns and every column Kamnot added, wherever
 * they are now. A column the run added later (a new step of an office procedure) is Kamnot's too.
 */
function currentRecord(sheet: Sheet, stored: AdoptionRecord): AdoptionRecord {
  const places = columnPlaces(sheet);
  const bound: Record<string, number> = {};
  const added: { key: string; column: number; input: boolean }[] = [];
  const office = new Set(Object.keys(stored.bound));
  for (const { key, column } of places) {
    if (office.has(key)) bound[key] = column;
    else {
      const known = stored.added.find((a) => a.key === key);
      added.push({
        key,
        column,
        input: known ? known.input : !key.startsWith('kamnot:') && key !== 'case-id',
      });
    }
  }
  return { ...stored, bound, added };
}

/** The ids Kamnot gives (`K-12`): a case-id column holding only these has nothing typed by people. */
const KAMNOT_ID = /^K-\d+$/;

/**
 * Added input columns holding anything below the header: key and how many cells. In the case-id
 * column only ids Kamnot did not give count: those were typed (or pasted) by people.
 */
function typedCells(
  sheet: Sheet,
  record: AdoptionRecord,
  keys: readonly string[],
  headerRow: number,
): { key: string; cells: number }[] {
  const values = sheet.getDataRange().getValues().slice(headerRow);
  const out: { key: string; cells: number }[] = [];
  for (const key of keys) {
    const column = record.added.find((a) => a.key === key)?.column;
    if (column === undefined) continue;
    const typedHere = (v: unknown) => !isBlank(v) && !(key === 'case-id' && KAMNOT_ID.test(String(v).trim()));
    const cells = values.filter((row) => typedHere(row[column])).length;
    if (cells > 0) out.push({ key, cells });
  }
  return out;
}

function headersOf(
  ss: Spreadsheet,
  record: AdoptionRecord,
  typed: readonly { key: string; cells: number }[],
): StopResult['typed'] {
  const procedure = readProcedures(ss).latest(record.procedureId);
  const inputs = procedure ? registerLayout(procedure).inputs : [];
  return typed.map(({ key, cells }) => {
    const header = inputs.find((c) => c.key === key)?.header ?? { th: key, en: key };
    return { header: { th: header.th, en: header.en }, cells };
  });
}

/** Kamnot's three rules go; the office's own rules are set back as they were. */
function removeRules(sheet: Sheet): void {
  const rules = sheet.getConditionalFormatRules();
  const kept = rules.filter((rule) => !isKamnotRule(rule));
  if (kept.length !== rules.length) sheet.setConditionalFormatRules(kept);
}
