/**
 * What the report reads: every register once (the same evaluation the Dashboard and Home use), the
 * People tab (for one person's report) and the Settings tab (the office's name, the ITA item).
 */
import { fiscalYearBe } from '../../core/dates/fiscal';
import type { Person } from '../../core/reminders/types';
import type { ReportRegister, ReportRow } from '../../core/report/cases';
import { missingReportRows, type ReportSettings, readReportSettings } from '../../core/report/settings';
import type { UtilitiesLike } from '../date-io';
import { evaluateRegisters, type WorkbookContext, workbookContext } from '../run/context';
import type { Spreadsheet } from '../workbook/services';
import { bodyRows, ensureTab, readPeople } from '../workbook/tabs';

export interface ReportData {
  readonly context: WorkbookContext;
  readonly registers: readonly ReportRegister[];
  readonly rows: readonly ReportRow[];
  readonly people: readonly Person[];
  readonly settings: ReportSettings;
  /** Fiscal years (BE) that have a case received or finished, and the current one. */
  readonly fiscalYears: readonly number[];
}

export function collectReport(ss: Spreadsheet, utilities: UtilitiesLike, now: number): ReportData {
  const settingsTab = ensureTab(ss, 'settings');
  const settingRows = bodyRows(settingsTab, 'settings');
  // The office sees where to type its name and the ITA item: the keys are added once, empty.
  const missing = missingReportRows(settingRows);
  if (missing.length > 0)
    settingsTab.getRange(settingRows.length + 2, 1, missing.length, 3).setValues(missing);
  const context = workbookContext(ss, utilities, now, { settings: settingsTab });
  const registers: ReportRegister[] = [];
  const rows: ReportRow[] = [];
  const years = new Set<number>([fiscalYearBe(context.today)]);
  for (const { bound, rows: evaluated } of evaluateRegisters(ss, context)) {
    const register: ReportRegister = { key: String(bound.id), name: bound.name, procedure: bound.procedure };
    registers.push(register);
    for (const r of evaluated) {
      if (!r.result) continue;
      rows.push({
        register,
        procedure: r.procedure,
        input: r.parsed.input,
        result: r.result,
        caseId: bound.officeIds ? r.parsed.caseId : (r.newId ?? r.parsed.caseId),
        docNo: r.docNo,
        subject: r.parsed.subject,
        assignee: r.parsed.assignee,
        row: r.index + bound.headerRow + 1,
      });
      if (r.parsed.input.start !== null) years.add(fiscalYearBe(r.parsed.input.start));
    }
  }
  const { people } = readPeople(ensureTab(ss, 'people'));
  return {
    context,
    registers,
    rows,
    people,
    settings: readReportSettings(missing.length > 0 ? [...settingRows, ...missing] : settingRows),
    fiscalYears: [...years].sort((a, b) => b - a),
  };
}
