/**
 * An edit of the Procedures tab: every row checked at once (the Check column says what is wrong, in
 * Thai and English), the edit written to the audit log, and the editor remembered so the run that
 * turns the change into a new version can say who made it.
 */
import { parseProceduresTab } from '../../core/procedures/parse-tab';
import { appendLog } from '../run/log';
import type { Sheet, Spreadsheet } from '../workbook/services';
import { PROCEDURES_EDITOR } from './editor';
import { writeTabColumns } from './registry';

export function onProceduresEdit(
  ss: Spreadsheet,
  sheet: Sheet,
  properties: Pick<GoogleAppsScript.Properties.Properties, 'setProperty'>,
  edit: {
    readonly row: number;
    readonly column: number;
    readonly oldValue: unknown;
    readonly value: unknown;
  },
  who: string,
  now: Date,
): void {
  const values = sheet.getDataRange().getValues();
  writeTabColumns(sheet, values, parseProceduresTab(values), []);
  if (who) properties.setProperty(PROCEDURES_EDITOR, who);
  const header = String(values[0]?.[edit.column - 1] ?? edit.column);
  appendLog(
    ss,
    now,
    'edit',
    `${sheet.getName()} ${edit.row} ${header}: ${String(edit.oldValue ?? '')} → ${String(edit.value ?? '')}`,
    who,
  );
}
