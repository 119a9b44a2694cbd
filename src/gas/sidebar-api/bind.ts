/**
 * "Bind an existing tab": a tab whose header row already has every input column of a procedure (a
 * copy from another workbook, an .xlsx import, a tab typed by hand) is bound without retyping. Only
 * Kamnot's missing computed columns are added, at the right; the office's columns stay as they are.
 */
import { allProcedures } from '../../core/catalog/catalogue';
import { recogniseHeader } from '../../core/register/recognise';
import { readProcedures, workbookProcedures } from '../procedures/registry';
import { unboundTabs } from '../run/registers';
import { bindSheet, headerText } from '../workbook/register-tab';
import type { Builders, Sheet, Spreadsheet } from '../workbook/services';
import type { BindableTab } from './public';

function headerOf(sheet: Sheet): unknown[] {
  const width = sheet.getLastColumn();
  return width === 0 ? [] : (sheet.getRange(1, 1, 1, width).getValues()[0] ?? []);
}

export function listBindableTabs(ss: Spreadsheet): BindableTab[] {
  const out: BindableTab[] = [];
  const candidates = [...readProcedures(ss).office, ...allProcedures()];
  for (const sheet of unboundTabs(ss)) {
    const found = recogniseHeader(headerOf(sheet), candidates);
    if (found.length === 0) continue;
    out.push({
      name: sheet.getName(),
      gid: sheet.getSheetId(),
      procedures: found.map((f) => ({
        id: f.procedure.id,
        th: f.procedure.th,
        en: f.procedure.en,
        missing: f.missingComputed.length,
      })),
    });
  }
  return out;
}

export function bindTab(ss: Spreadsheet, builders: Builders, gid: number, procedureId: string): string {
  const sheet = unboundTabs(ss).find((s) => s.getSheetId() === gid);
  if (!sheet) {
    throw new Error('ไม่พบแท็บนี้ หรือแท็บนี้เป็นทะเบียนอยู่แล้ว / the tab is gone or is already a register');
  }
  const procedure = workbookProcedures(ss).latest(procedureId);
  const [match] = procedure ? recogniseHeader(headerOf(sheet), [procedure]) : [];
  if (!match) {
    throw new Error(
      `หัวตารางของแท็บ "${sheet.getName()}" ไม่ตรงกับกระบวนงานนี้ / the header of "${sheet.getName()}" does not match this procedure`,
    );
  }
  const columnOf = new Map(match.columnOf);
  if (match.missingComputed.length > 0) {
    const first = sheet.getLastColumn() + 1;
    const needed = first + match.missingComputed.length - 1 - sheet.getMaxColumns();
    if (needed > 0) sheet.insertColumnsAfter(sheet.getMaxColumns(), needed);
    const header = sheet.getRange(1, first, 1, match.missingComputed.length);
    header.setValues([match.missingComputed.map(headerText)]);
    header.setNotes([match.missingComputed.map((c) => `${c.help.th}\n${c.help.en}`)]);
    header.setFontWeight('bold');
    match.missingComputed.forEach((c, i) => {
      columnOf.set(c.key, first - 1 + i);
    });
  }
  bindSheet(sheet, builders, match.layout, columnOf);
  return sheet.getName();
}
