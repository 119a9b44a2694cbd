/**
 * Registers follow their procedure: a step added to it gets its columns in every register bound to it
 * (before Kamnot's columns), and Kamnot's own columns that a register lacks are added at the right.
 * Nothing is ever deleted: a removed step's column keeps its data for the cases on the version that
 * had it. A catalogue procedure is not versioned: its registers get only the columns an update of the
 * catalogue added (marked `added`, e.g. issue 15's 001 part-time study and 003 TRS calendar steps),
 * which registers made before lack; any other column they lack was deleted there, and binding reports
 * it rather than bring back an empty column that would make done steps look open.
 */
import type { Column } from '../../core/register/layout';
import { COLUMN_KEY, colour, headerText, plainText, wholeColumns } from '../workbook/register-tab';
import type { Builders } from '../workbook/services';
import type { BoundRegister } from './registers';

/** Adds the missing columns; true when the sheet changed (the caller reads it again). */
export function addMissingColumns(bound: BoundRegister): boolean {
  const missing = (columns: readonly Column[]) =>
    columns.filter(
      (c) =>
        bound.columnOf.get(c.key) === -1 && !bound.absent.has(c.key) && (bound.history !== null || c.added),
    );
  const inputs = missing(bound.layout.inputs);
  const computed = missing(bound.layout.computed);
  if (inputs.length === 0 && computed.length === 0) return false;
  const { sheet } = bound;
  const present = bound.layout.computed.map((c) => bound.columnOf.get(c.key)!).filter((i) => i >= 0);
  if (inputs.length > 0) {
    const before = present.length > 0 ? Math.min(...present) + 1 : sheet.getLastColumn() + 1;
    if (before > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), inputs.length);
    else sheet.insertColumnsBefore(before, inputs.length);
    label(bound, before, inputs);
  }
  if (computed.length > 0) {
    const first = sheet.getLastColumn() + 1;
    const needed = first + computed.length - 1 - sheet.getMaxColumns();
    if (needed > 0) sheet.insertColumnsAfter(sheet.getMaxColumns(), needed);
    label(bound, first, computed);
    sheet.getRange(1, first, sheet.getMaxRows(), computed.length).setBackground('#f1f3f4');
  }
  return true;
}

function label(bound: BoundRegister, first: number, columns: readonly Column[]): void {
  const { sheet, headerRow } = bound;
  const header = sheet.getRange(headerRow, first, 1, columns.length);
  header.setValues([columns.map(headerText)]);
  header.setNotes([columns.map((c) => `${c.help.th}\n${c.help.en}`)]);
  header.setFontWeight('bold');
  columns.forEach((c, i) => {
    wholeColumns(sheet, first + i).addDeveloperMetadata(COLUMN_KEY, c.key);
  });
  plainText(sheet, columns, new Map(columns.map((c, i) => [c.key, first + i - 1])));
}

/** Kamnot's colour rules again, on the due-date column where it now is (inserting columns moved it). */
export function recolour(bound: BoundRegister, builders: Builders): void {
  const due = bound.columnOf.get('kamnot:due-date') ?? -1;
  if (due < 0) return;
  const width = Math.max(bound.sheet.getLastColumn(), ...[...bound.columnOf.values()].map((c) => c + 1));
  colour(bound.sheet, builders, due + 1, width, bound.headerRow + 1);
}
