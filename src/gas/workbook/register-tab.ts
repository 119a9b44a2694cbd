/**
 * A register tab: bound to its procedure by developer metadata on the sheet (renaming the tab
 * changes nothing), its columns found by their header text, with column metadata as the fallback
 * when a header was retyped. Input columns guide entry without rejecting what people paste;
 * Kamnot's columns are protected as warning-only and coloured by rules keyed on TODAY().
 */
import type { Procedure } from '../../core/catalog/schema';
import type { Lang } from '../../core/i18n/msg';
import { type Column, type RegisterLayout, registerLayout } from '../../core/register/layout';
import type { Builders, Sheet, Spreadsheet } from './services';
import { TAB } from './tabs';

export const REGISTER_KEY = 'kamnot.register';
export const COLUMN_KEY = 'kamnot.column';
const BODY_ROWS = 500;

export function headerText(column: Column): string {
  return `${column.header.th} / ${column.header.en}`;
}

function uniqueName(ss: Spreadsheet, wanted: string): string {
  const base = wanted
    .replace(/[[\]*?:/\\]/g, ' ')
    .slice(0, 90)
    .trim();
  let name = base;
  for (let i = 2; ss.getSheetByName(name); i++) name = `${base} (${i})`;
  return name;
}

export function createRegisterTab(
  ss: Spreadsheet,
  builders: Builders,
  procedure: Procedure,
  _lang: Lang,
): Sheet {
  const layout = registerLayout(procedure);
  const columns = [...layout.inputs, ...layout.computed];
  const sheet = ss.insertSheet(uniqueName(ss, procedure.th));
  if (sheet.getMaxRows() < BODY_ROWS + 1)
    sheet.insertRowsAfter(sheet.getMaxRows(), BODY_ROWS + 1 - sheet.getMaxRows());
  if (sheet.getMaxColumns() < columns.length)
    sheet.insertColumnsAfter(sheet.getMaxColumns(), columns.length - sheet.getMaxColumns());
  const header = sheet.getRange(1, 1, 1, columns.length);
  header.setValues([columns.map(headerText)]);
  header.setNotes([columns.map((c) => `${c.help.th}\n${c.help.en}`)]);
  header.setFontWeight('bold');
  header.setWrap(true);
  sheet.setFrozenRows(1);

  const maxRows = sheet.getMaxRows();
  sheet.addDeveloperMetadata(REGISTER_KEY, procedure.id);
  columns.forEach((c, i) => {
    sheet.getRange(1, i + 1, maxRows, 1).addDeveloperMetadata(COLUMN_KEY, c.key);
  });

  validate(sheet, builders, layout);
  const firstComputed = layout.inputs.length + 1;
  const computed = sheet.getRange(1, firstComputed, maxRows, layout.computed.length);
  computed.setBackground('#f1f3f4');
  computed.protect().setDescription('Kamnot: คอลัมน์ที่คำนวณ / computed columns').setWarningOnly(true);
  colour(sheet, builders, layout, firstComputed);
  const dueDate = firstComputed + layout.computed.findIndex((c) => c.key === 'kamnot:due-date');
  sheet.getRange(2, dueDate, maxRows - 1, 1).setNumberFormat('yyyy-mm-dd');
  sheet.hideColumns(dueDate);
  return sheet;
}

function validate(sheet: Sheet, builders: Builders, layout: RegisterLayout): void {
  const rows = sheet.getMaxRows() - 1;
  layout.inputs.forEach((column, i) => {
    const builder = builders.newDataValidation().setAllowInvalid(true);
    let rule: GoogleAppsScript.Spreadsheet.DataValidation | null = null;
    if (column.type === 'date')
      rule = builder.requireDate().setHelpText('วันที่ เช่น 22/11/2569 / a date').build();
    else if (column.type === 'person') {
      const people = sheet.getParent().getRange(`'${TAB.people}'!B2:B`);
      rule = builder
        .requireValueInRange(people, true)
        .setHelpText('อีเมลในแท็บ People / an email from People')
        .build();
    } else if (column.type === 'status') {
      rule = builder.requireValueInList(['ดำเนินการ', 'พักเรื่อง', 'ยกเลิก', 'ปิดเรื่อง'], true).build();
    } else if (column.type === 'quarter') {
      rule = builder.requireValueInList(['1', '2', '3', '4'], true).build();
    }
    if (rule) sheet.getRange(2, i + 1, rows, 1).setDataValidation(rule);
  });
}

/** Colours that stay right between runs: they compare the hidden due-date column with TODAY(). */
function colour(sheet: Sheet, builders: Builders, layout: RegisterLayout, firstComputed: number): void {
  const width = layout.inputs.length + layout.computed.length;
  const dueColumn = firstComputed + layout.computed.findIndex((c) => c.key === 'kamnot:due-date');
  const letter = columnLetter(dueColumn);
  const rows = sheet.getRange(2, 1, sheet.getMaxRows() - 1, width);
  const rule = (formula: string, background: string) =>
    builders
      .newConditionalFormatRule()
      .whenFormulaSatisfied(formula)
      .setBackground(background)
      .setRanges([rows])
      .build();
  sheet.setConditionalFormatRules([
    rule(`=AND(ISNUMBER($${letter}2), $${letter}2 < TODAY())`, '#f4c7c3'),
    rule(`=AND(ISNUMBER($${letter}2), $${letter}2 = TODAY())`, '#fce8b2'),
    rule(`=AND(ISNUMBER($${letter}2), NETWORKDAYS(TODAY(), $${letter}2) - 1 <= 2)`, '#fff2cc'),
  ]);
}

export function columnLetter(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
