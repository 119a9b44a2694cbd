// Workbooks for the xlsx suites, made here from the demo office (no binary fixture is committed):
// the demo as the bundle builds it, run or not, written to .xlsx, and edited the ways a real
// export or an office edits it (metadata gone, Kamnot's columns blank or deleted, headers retyped).
import ExcelJS from 'exceljs';
import { procedureById } from '../../../src/core/catalog/catalogue';
import { type Day, dayFromIso } from '../../../src/core/dates/civil';
import { registerLayout } from '../../../src/core/register/layout';
import { headerText } from '../../../src/gas/workbook/register-tab';
import {
  bangkokInstant,
  buildDemoWorkbook,
  type DemoWorkbook,
  demoRuntime,
} from '../../../src/local/demo/workbook';
import type { Runtime } from '../../../src/local/runtime';
import { BINDING_SHEET } from '../../../src/local/xlsx/binding-sheet';
import { type OpenedWorkbook, openWorkbook, workbookRuntime } from '../../../src/local/xlsx/open-workbook';
import { excelSheetNames } from '../../../src/local/xlsx/sheet-names';
import { writeWorkbook } from '../../../src/local/xlsx/write-workbook';
import { CODE, MANIFEST } from '../../bundle/harness';

export const DAY_ISO = '2026-12-08';
export const DAY: Day = dayFromIso(DAY_ISO)!;

export interface Demo {
  readonly runtime: Runtime;
  readonly workbook: DemoWorkbook;
}

/** The demo office as `npm start` builds it; run once at 08:00 unless `run` is false. */
export function demo(run = true): Demo {
  const runtime = demoRuntime(CODE, DAY, 6, { manifest: MANIFEST });
  const workbook = buildDemoWorkbook(runtime, DAY);
  runtime.clock.advanceTo(bangkokInstant(DAY, 8));
  if (run) runtime.callIn({ kind: 'time-driven' }, 'runHourly');
  return { runtime, workbook };
}

export async function xlsxOf(runtime: Runtime): Promise<Buffer> {
  return (await writeWorkbook(runtime.model)).bytes;
}

/** Loads `bytes` (as a file) in the runtime at 08:00 of the demo day, as the CLI does. */
export async function load(
  bytes: Uint8Array,
): Promise<{ opened: OpenedWorkbook } & ReturnType<typeof workbookRuntime>> {
  const opened = await openWorkbook(bytes);
  return { opened, ...workbookRuntime(CODE, opened, { manifest: MANIFEST, start: bangkokInstant(DAY, 8) }) };
}

/** Edits an .xlsx with ExcelJS and returns the new bytes. */
export async function editXlsx(bytes: Uint8Array, edit: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  edit(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** What a Sheets → xlsx export gives: no `_kamnot` sheet, so no trace of developer metadata. */
export function stripBinding(wb: ExcelJS.Workbook): void {
  const sheet = wb.getWorksheet(BINDING_SHEET);
  if (sheet) wb.removeWorksheet(sheet.id);
}

/** Kamnot's computed header texts ("ขั้นตอนปัจจุบัน / Current step", …) of a procedure. */
export function computedHeaders(procedureId: string): string[] {
  return registerLayout(procedureById(procedureId)!).computed.map(headerText);
}

/** 1-based columns of `ws` whose row-1 text is one of `headers`. */
export function columnsWithHeader(ws: ExcelJS.Worksheet, headers: readonly string[]): number[] {
  const out: number[] = [];
  ws.getRow(1).eachCell((cell, col) => {
    if (typeof cell.value === 'string' && headers.includes(cell.value)) out.push(col);
  });
  return out;
}

/** The tab's name in the .xlsx written from `runtime` (Excel cuts names at 31 characters). */
export function xlsxName(runtime: Runtime, tab: string): string {
  const names = excelSheetNames(runtime.model.sheets.map((s) => s.name));
  return names[runtime.model.sheets.findIndex((s) => s.name === tab)]!;
}

/** Empties Kamnot's computed cells (values and notes) below the header of the given tabs. */
export function blankComputed(
  wb: ExcelJS.Workbook,
  registers: readonly { xlsx: string; procedureId: string }[],
): void {
  for (const r of registers) {
    const ws = wb.getWorksheet(r.xlsx);
    if (!ws) throw new Error(`no tab ${r.xlsx}`);
    for (const col of columnsWithHeader(ws, computedHeaders(r.procedureId)))
      for (let row = 2; row <= ws.rowCount; row++) {
        const cell = ws.getCell(row, col);
        cell.value = null;
        cell.note = undefined as unknown as string;
      }
  }
}

/** Each register's computed cells by case id: { caseId: [step, due, due date, days left, state, note] }. */
export function computedByCase(
  runtime: Runtime,
  tab: string,
  procedureId: string,
): Record<string, unknown[]> {
  const values = runtime.spreadsheet.values(tab);
  const notes = runtime.spreadsheet.notes(tab);
  const header = (values[0] ?? []).map((h) => String(h).trim());
  const th = registerLayout(procedureById(procedureId)!).computed.map((c) => c.header.th);
  const idCol = header.findIndex((h) => h.startsWith('รหัสเรื่อง'));
  const cols = th.map((t) => header.findIndex((h) => h === t || h.startsWith(`${t} /`)));
  const out: Record<string, unknown[]> = {};
  values.slice(1).forEach((row, i) => {
    const id = String(row[idCol] ?? '');
    if (id === '') return;
    const stateCol = cols[cols.length - 1]!;
    out[id] = [...cols.map((c) => (c < 0 ? 'MISSING' : row[c])), notes[i + 1]?.[stateCol] ?? ''];
  });
  return out;
}
