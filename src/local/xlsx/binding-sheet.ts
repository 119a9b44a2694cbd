/**
 * The `_kamnot` sheet (very hidden): what an .xlsx has no place for. Each tab's full name (Excel cuts
 * names at 31 characters), its sheet id (the `_sent` ledger keys reminders by it, so keeping it keeps
 * "exactly once" across a round trip), its grid size, and every developer metadata entry (Kamnot's
 * binding of tabs and columns to procedures).
 *
 * Reading never depends on it: a Sheets → xlsx export has no such sheet, and Excel users can move
 * columns without it following. Registers are recognised by their headers; this sheet only restores
 * names and ids and breaks a tie between procedures.
 */
import { columnLetters } from '../../core/cells';
import type { MetadataLocation, SpreadsheetModel } from '../runtime/spreadsheet/model';

export const BINDING_SHEET = '_kamnot';
const VERSION = '1';

export interface StoredSheet {
  readonly xlsxName: string;
  readonly name: string;
  readonly id: number | undefined;
  readonly maxRows: number | undefined;
  readonly maxColumns: number | undefined;
}

interface StoredMetadata {
  /** The tab's name in the file; undefined for spreadsheet metadata. */
  readonly sheet: string | undefined;
  /** 'SPREADSHEET', 'SHEET', 'ROWS 2:4' or 'COLUMNS B:C'. */
  readonly location: string;
  readonly key: string;
  readonly value: string | null;
  readonly visibility: string;
}

export interface StoredBinding {
  readonly spreadsheet: { name: string; timeZone: string; locale: string } | undefined;
  readonly sheets: readonly StoredSheet[];
  readonly metadata: readonly StoredMetadata[];
}

const HEADER = [
  'ชนิด / kind',
  'แท็บในไฟล์ / tab in this file',
  'ค่า 1 / value 1',
  'ค่า 2 / value 2',
  'ค่า 3 / value 3',
  'ค่า 4 / value 4',
];

function locationText(location: MetadataLocation): string {
  if (location.type === 'SPREADSHEET' || location.type === 'SHEET') return location.type;
  const r = location.range;
  if (location.type === 'ROW') return `ROWS ${r.row}:${r.row + r.numRows - 1}`;
  return `COLUMNS ${columnLetters(r.col)}:${columnLetters(r.col + r.numCols - 1)}`;
}

/** The sheet's rows (all text) for `model`, whose tabs are written under `xlsxNames` (same order). */
export function bindingRows(model: SpreadsheetModel, xlsxNames: readonly string[]): string[][] {
  const nameOf = new Map(model.sheets.map((s, i) => [s.id, xlsxNames[i] ?? s.name]));
  const rows: string[][] = [
    HEADER,
    [
      'kamnot',
      '',
      VERSION,
      'สิ่งที่ xlsx ไม่มีที่เก็บ: ชื่อแท็บเต็ม รหัสแท็บ และการผูกทะเบียนของ Kamnot / ' +
        "what xlsx has no place for: full tab names, sheet ids, Kamnot's register binding",
    ],
    ['spreadsheet', '', model.name, model.timeZone, model.locale],
  ];
  model.sheets.forEach((s, i) => {
    rows.push([
      'sheet',
      xlsxNames[i] ?? s.name,
      s.name,
      String(s.id),
      String(s.maxRows),
      String(s.maxColumns),
    ]);
  });
  for (const m of model.metadata) {
    const sheetId =
      m.location.type === 'SHEET'
        ? m.location.sheetId
        : m.location.type === 'SPREADSHEET'
          ? undefined
          : m.location.range.sheetId;
    rows.push([
      'metadata',
      sheetId === undefined ? '' : (nameOf.get(sheetId) ?? ''),
      locationText(m.location),
      m.key,
      m.value ?? '',
      m.visibility,
    ]);
  }
  return rows;
}

const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

function count(v: unknown): number | undefined {
  const n = Number(text(v));
  return Number.isInteger(n) && n >= 0 ? n : undefined;
}

/** What a `_kamnot` sheet holds; rows it does not understand are skipped. */
export function parseBinding(rows: readonly (readonly unknown[])[]): StoredBinding {
  let spreadsheet: StoredBinding['spreadsheet'];
  const sheets: StoredSheet[] = [];
  const metadata: StoredMetadata[] = [];
  for (const row of rows) {
    const kind = text(row[0]);
    if (kind === 'spreadsheet') {
      spreadsheet = { name: text(row[2]), timeZone: text(row[3]), locale: text(row[4]) };
    } else if (kind === 'sheet' && text(row[1]) !== '') {
      sheets.push({
        xlsxName: text(row[1]),
        name: text(row[2]) || text(row[1]),
        id: count(row[3]),
        maxRows: count(row[4]),
        maxColumns: count(row[5]),
      });
    } else if (kind === 'metadata' && text(row[3]) !== '') {
      metadata.push({
        sheet: text(row[1]) || undefined,
        location: text(row[2]),
        key: text(row[3]),
        value: text(row[4]),
        visibility: text(row[5]) || 'DOCUMENT',
      });
    }
  }
  return { spreadsheet, sheets, metadata };
}
