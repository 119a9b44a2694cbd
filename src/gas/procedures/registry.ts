/**
 * The procedures a workbook uses: the office's own (Procedures tab, with their stored versions) and
 * the catalogue's. Reading never writes; settling (the hourly run, a save from the sidebar) records
 * new versions, writes the Version and Check columns of the tab, and logs who changed what.
 */
import { procedureById } from '../../core/catalog/catalogue';
import type { Procedure } from '../../core/catalog/schema';
import { bilingual, type Msg } from '../../core/i18n/msg';
import { OFFICE_PREFIX } from '../../core/procedures/ids';
import { checkColumn, type ParsedTab, parseProceduresTab } from '../../core/procedures/parse-tab';
import { locateColumns } from '../../core/procedures/tab-layout';
import { type History, latestOf, settleVersion } from '../../core/procedures/versions';
import { appendLog } from '../run/log';
import type { Sheet, Spreadsheet } from '../workbook/services';
import { ensureTab } from '../workbook/tabs';
import { readHistories, type StoredHistory, writeHistory } from './store';

export interface WorkbookProcedures {
  /** The rules new cases follow: an office procedure's latest valid version, or the catalogue's. */
  latest(id: string): Procedure | null;
  /** An office procedure's versions, oldest first; null for a catalogue procedure. */
  history(id: string): History | null;
  /** The office's procedures, by id (latest valid version). */
  readonly office: readonly Procedure[];
  readonly tab: ParsedTab;
}

function lookup(histories: ReadonlyMap<string, History>, tab: ParsedTab): WorkbookProcedures {
  return {
    latest: (id) => latestOf(histories.get(id))?.procedure ?? procedureById(id),
    history: (id) => histories.get(id) ?? null,
    office: [...histories.values()].map((h) => latestOf(h)!.procedure),
    tab,
  };
}

/** Kamnot's two procedure tabs, when the caller already has them (the run ensured every tab). */
export interface ProcedureTabs {
  readonly procedures?: Sheet;
  readonly versions?: Sheet;
  /** The Procedures tab's values, when the caller has just read them. */
  readonly values?: unknown[][];
}

function tabValues(ss: Spreadsheet, tabs: ProcedureTabs): { sheet: Sheet; values: unknown[][] } {
  const sheet = tabs.procedures ?? ensureTab(ss, 'procedures');
  return { sheet, values: tabs.values ?? sheet.getDataRange().getValues() };
}

/**
 * The workbook's procedures, read only when something asks about an office procedure: office ids all
 * start with `office-`, so a catalogue register (most of them) binds without reading the Procedures
 * and _procedures tabs. Every reader of the workbook starts from this.
 */
export function workbookProcedures(ss: Spreadsheet, tabs: ProcedureTabs = {}): WorkbookProcedures {
  let read: WorkbookProcedures | null = null;
  const all = () => {
    read ??= readProcedures(ss, tabs);
    return read;
  };
  const office = (id: string) => id.startsWith(OFFICE_PREFIX);
  return {
    latest: (id) => (office(id) ? all().latest(id) : procedureById(id)),
    history: (id) => (office(id) ? all().history(id) : null),
    get office() {
      return all().office;
    },
    get tab() {
      return all().tab;
    },
  };
}

/**
 * What the workbook's procedures are now, without writing: a procedure typed in the tab and valid,
 * but not yet settled by a run, is read as its next version.
 */
export function readProcedures(ss: Spreadsheet, tabs: ProcedureTabs = {}): WorkbookProcedures {
  const tab = parseProceduresTab(tabValues(ss, tabs).values);
  const { byId } = readHistories(tabs.versions ?? ensureTab(ss, 'versions'));
  const histories = new Map<string, History>([...byId].map(([id, s]) => [id, s.history]));
  for (const o of tab.procedures) {
    const settled = settleVersion(
      histories.get(o.procedure.id) ?? [],
      o.procedure,
      { at: '', by: '' },
      o.version,
    );
    histories.set(o.procedure.id, settled.history);
  }
  return lookup(histories, tab);
}

/** Reads the tab, records every changed procedure as a new version (or reworded), and says so. */
export function settleProcedures(
  ss: Spreadsheet,
  at: Date,
  by: string,
  tabs: ProcedureTabs = {},
): WorkbookProcedures {
  const { sheet, values } = tabValues(ss, tabs);
  const tab = parseProceduresTab(values);
  const versions = tabs.versions ?? ensureTab(ss, 'versions');
  const { byId } = readHistories(versions);
  const histories = new Map<string, History>([...byId].map(([id, s]) => [id, s.history]));
  const versionCells: [number, number][] = [];
  for (const o of tab.procedures) {
    const stored: StoredHistory | undefined = byId.get(o.procedure.id);
    const settled = settleVersion(
      stored?.history ?? [],
      o.procedure,
      { at: at.toISOString(), by },
      o.version,
    );
    histories.set(o.procedure.id, settled.history);
    if (settled.outcome !== 'unchanged') {
      writeHistory(versions, stored, settled.history);
      logChange(ss, at, settled.log, by);
    }
    if (o.version !== settled.version) for (const row of o.rows) versionCells.push([row, settled.version]);
  }
  writeTabColumns(sheet, values, tab, versionCells);
  return lookup(histories, tab);
}

function logChange(ss: Spreadsheet, at: Date, lines: readonly Msg[], by: string): void {
  if (lines.length > 0) appendLog(ss, at, 'procedure', lines.map(bilingual).join('\n'), by);
}

/** The Version column for settled rows and the Check column for every row, each written only if it changed. */
export function writeTabColumns(
  sheet: Sheet,
  values: readonly (readonly unknown[])[],
  tab: ParsedTab,
  versionCells: readonly [number, number][],
): void {
  const { at } = locateColumns(values[0] ?? []);
  const count = values.length - 1;
  if (count <= 0) return;
  if (at.version !== undefined && versionCells.length > 0) {
    // One write for the column: the settled rows get their version, the others keep what they hold.
    const column = values.slice(1).map((r) => [r[at.version!] ?? '']);
    for (const [row, version] of versionCells) column[row - 2] = [version];
    sheet.getRange(2, at.version + 1, count, 1).setValues(column);
  }
  if (at.check !== undefined) {
    const check = checkColumn(tab.problems, count);
    const current = values.slice(1).map((r) => String(r[at.check!] ?? ''));
    if (check.some(([text], i) => text !== current[i]))
      sheet.getRange(2, at.check + 1, count, 1).setValues(check);
  }
}
