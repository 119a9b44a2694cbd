/**
 * Kamnot's own tabs: created on first use and repaired when deleted or when their header row is
 * gone. Their header rows are Kamnot's; the rows below belong to the office (People, Holidays,
 * Settings) or to Kamnot (Dashboard, _log, _sent).
 */
import { SELFTEST_HEADERS } from '../../core/install/record';
import { tabHeaderRow } from '../../core/procedures/tab-layout';
import { peopleFromRows } from '../../core/reminders/people-rows';
import { settingsRows } from '../../core/settings';
import type { Sheet, Spreadsheet } from './services';
import { safeCell } from './write-cells';

export const TAB = {
  people: 'People',
  holidays: 'Holidays',
  settings: 'Settings',
  procedures: 'Procedures',
  dashboard: 'Dashboard',
  report: 'Report',
  versions: '_procedures',
  log: '_log',
  sent: '_sent',
  due: '_due',
  moved: '_moved',
  selftest: '_selftest',
} as const;

export const HEADERS: Record<keyof typeof TAB, string[]> = {
  people: [
    'ชื่อ / Name',
    'อีเมล / Email',
    'ตำแหน่ง / Role',
    'หัวหน้า (อีเมล) / Supervisor (email)',
    'ใช้งาน / Active',
    'ภาษา / Language',
  ],
  holidays: ['วันที่ / Date', 'ชื่อ / Name', 'ประเภท / Category', 'ที่มา / Source', 'เพิ่มโดย / Added by'],
  settings: ['ค่า / Key', 'ค่าที่ใช้ / Value', 'คำอธิบาย / Help'],
  procedures: tabHeaderRow(),
  versions: ['รหัสงาน / Procedure', 'ฉบับที่ / Version', 'เมื่อ / At', 'โดย / By', 'กติกา (JSON) / Rules (JSON)'],
  dashboard: [
    'มุมมอง / View',
    'ชื่อ / Name',
    'เปิดอยู่ / Open',
    'ใกล้ครบกำหนด / Due soon',
    'เกินกำหนด / Overdue',
    'เสร็จตรงเวลา % / Done on time %',
  ],
  report: ['รายงาน / Report'],
  log: ['เวลา / When', 'ประเภท / Kind', 'รายละเอียด / Details', 'ผู้ใช้ / Who'],
  sent: ['key', 'to', 'digest', 'status', 'at', 'note'],
  due: ['register (gid)', 'day', 'case (JSON)', 'calendar'],
  moved: ['noticed', 'key', 'notice (JSON)', 'told'],
  selftest: SELFTEST_HEADERS,
};

const HIDDEN = new Set<keyof typeof TAB>(['log', 'sent', 'versions', 'due', 'moved', 'selftest']);

/** The tab, created (with its header) when missing; a blank header row is written again. */
export function ensureTab(ss: Spreadsheet, kind: keyof typeof TAB): Sheet {
  let sheet = ss.getSheetByName(TAB[kind]);
  const headers = HEADERS[kind];
  if (!sheet) {
    sheet = ss.insertSheet(TAB[kind]);
    sheet.getRange(1, 1, 1, headers.length).setValues([headers]).setFontWeight('bold');
    sheet.setFrozenRows(1);
    if (kind === 'settings') {
      const rows = settingsRows();
      sheet.getRange(2, 1, rows.length, 3).setValues(rows);
    }
    if (HIDDEN.has(kind)) sheet.hideSheet();
    return sheet;
  }
  const current = sheet.getRange(1, 1, 1, headers.length).getValues()[0] ?? [];
  if (current.every((v) => v === '' || v === null)) {
    sheet.getRange(1, 1, 1, headers.length).setValues([headers]).setFontWeight('bold');
  }
  return sheet;
}

/**
 * Tabs made only when something needs them, never by every run: the Report when asked, _moved when a
 * calendar changes, the installation check's record when the check runs.
 */
const ON_DEMAND = new Set<keyof typeof TAB>(['report', 'moved', 'selftest']);
export type SystemTab = Exclude<keyof typeof TAB, 'report' | 'moved' | 'selftest'>;

/** All of Kamnot's tabs that every run needs, created or repaired. */
export function ensureSystemTabs(ss: Spreadsheet): Record<SystemTab, Sheet> {
  const out = {} as Record<SystemTab, Sheet>;
  for (const kind of Object.keys(TAB) as (keyof typeof TAB)[])
    if (!ON_DEMAND.has(kind)) out[kind as SystemTab] = ensureTab(ss, kind);
  return out;
}

/** What a reader leaves out of a tab on purpose; by default every row, as wide as the tab's header. */
export interface RowsWanted {
  /** Only the newest rows (the log's latest runs, not its whole history). */
  readonly newest?: number;
  /** Only column A, when nothing else of a row is looked at (the Holidays tab's dates). */
  readonly firstColumnOnly?: boolean;
  /** Every column the rows fill, right of the header too (_procedures' JSON, cut into parts). */
  readonly overflow?: boolean;
}

/** The rows under one of Kamnot's tabs' header, as wide as HEADERS says, or [] for an empty tab. One read. */
export function bodyRows(sheet: Sheet, kind: keyof typeof TAB, wanted: RowsWanted = {}): unknown[][] {
  const last = sheet.getLastRow();
  if (last < 2) return [];
  const headers = HEADERS[kind].length;
  const width = wanted.firstColumnOnly
    ? 1
    : wanted.overflow
      ? Math.max(sheet.getLastColumn(), headers)
      : headers;
  const first = Math.max(2, last - (wanted.newest ?? Number.POSITIVE_INFINITY) + 1);
  return sheet.getRange(first, 1, last - first + 1, width).getValues();
}

/** The People tab's people, and its rows that cannot be read. */
export function readPeople(sheet: Sheet): ReturnType<typeof peopleFromRows> {
  return peopleFromRows(bodyRows(sheet, 'people'));
}

/** Appends rows below the last one in one write; strings are written as text, never as formulas. */
export function appendRows(sheet: Sheet, rows: unknown[][]): void {
  if (rows.length === 0) return;
  const last = sheet.getLastRow();
  // A new tab has 1,000 rows; the log and the ledger outgrow that within weeks.
  const missing = last + rows.length - sheet.getMaxRows();
  if (missing > 0) sheet.insertRowsAfter(sheet.getMaxRows(), Math.max(missing, 500));
  sheet.getRange(last + 1, 1, rows.length, rows[0]!.length).setValues(rows.map((r) => r.map(safeCell)));
}

/** The tab with this sheet id (gid), or null when it is gone. */
export function sheetById(ss: Spreadsheet, gid: unknown): Sheet | null {
  const id = Number(gid);
  return ss.getSheets().find((s) => s.getSheetId() === id) ?? null;
}
