/** The run log and audit trail: one appended row per run or edit, in the hidden _log tab. */
import { escapeFormula } from '../../core/cells';
import type { Spreadsheet } from '../workbook/services';
import { appendRows, ensureTab } from '../workbook/tabs';

export function appendLog(ss: Spreadsheet, when: Date, kind: string, details: string, who: string): void {
  appendRows(ensureTab(ss, 'log'), [
    [when, kind, escapeFormula(details.slice(0, 45_000)), escapeFormula(who)],
  ]);
}
