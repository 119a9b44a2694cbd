/**
 * Reading an office's tab for the adopt core: one read of its values and one of its merges, the
 * People names (an assignee column is often names, not emails) and the spreadsheet's zone. Which
 * tabs may be adopted: any tab that is neither Kamnot's own nor a register already.
 */
import { type AnalyseOptions, analyseTab, type TabAnalysis } from '../../core/adopt/analyse';
import type { MergedRange } from '../../core/adopt/grid';
import { allProcedures } from '../../core/catalog/catalogue';
import type { Procedure } from '../../core/catalog/schema';
import { dateIO, type UtilitiesLike } from '../date-io';
import type { WorkbookProcedures } from '../procedures/registry';
import { findRegisters } from '../run/registers';
import type { Sheet, Spreadsheet } from '../workbook/services';
import { ensureTab, readPeople } from '../workbook/tabs';
import { readRecord } from './record';

export interface TabRead {
  readonly sheet: Sheet;
  readonly name: string;
  readonly gid: number;
  readonly analysis: TabAnalysis;
}

function mergesOf(sheet: Sheet): MergedRange[] {
  if (sheet.getLastRow() === 0 || sheet.getLastColumn() === 0) return [];
  return sheet
    .getDataRange()
    .getMergedRanges()
    .map((r) => ({
      row: r.getRow() - 1,
      column: r.getColumn() - 1,
      rows: r.getNumRows(),
      columns: r.getNumColumns(),
    }));
}

/** The tab as the core reads it. Nothing is written (but a missing People tab, as everywhere). */
export function readTab(ss: Spreadsheet, utilities: UtilitiesLike, sheet: Sheet): TabRead {
  const name = sheet.getName();
  const grid = sheet.getLastRow() === 0 ? [] : sheet.getDataRange().getValues();
  const { people } = readPeople(ensureTab(ss, 'people'));
  const options: AnalyseOptions = {
    merges: mergesOf(sheet),
    people: { names: people.map((p) => p.name), emails: people.map((p) => p.email) },
    offsetAt: dateIO(utilities, ss.getSpreadsheetTimeZone()).offsetAt,
    tabName: name,
  };
  return { sheet, name, gid: sheet.getSheetId(), analysis: analyseTab(grid, options) };
}

/** Tabs that can be adopted: not Kamnot's own, not a register yet. */
export { unboundTabs as adoptableTabs } from '../run/registers';

/** Tabs adopted before (their record is on them): each can stop being tracked. */
export function adoptedTabs(ss: Spreadsheet): { sheet: Sheet; procedureId: string }[] {
  const out: { sheet: Sheet; procedureId: string }[] = [];
  for (const r of findRegisters(ss)) {
    const record = readRecord(r.sheet);
    if (record) out.push({ sheet: r.sheet, procedureId: record.procedureId });
  }
  return out;
}

/** The office's procedures first (an edited template keeps its id), then the catalogue's. */
export function candidateProcedures(procedures: WorkbookProcedures): Procedure[] {
  const office = new Set(procedures.office.map((p) => p.id));
  return [...procedures.office, ...allProcedures().filter((p) => !office.has(p.id))];
}
