/**
 * A register tab: bound to its procedure by developer metadata on the sheet (renaming the tab
 * changes nothing), its columns found by their header text, with column metadata as the fallback
 * when a header was retyped. Input columns guide entry without rejecting what people paste;
 * Kamnot's columns are protected as warning-only and coloured by rules keyed on TODAY().
 *
 * Apps Script takes developer metadata only on the spreadsheet, a sheet, or rows and columns addressed
 * as such ("C:C"): a range given by row and column counts is refused even when it spans the sheet.
 * Sheets reads a written string as if typed ("22 Nov 2026" becomes a date), so the columns where
 * Kamnot writes text are formatted as plain text before anything is written to them.
 */
import type { Procedure } from '../../core/catalog/schema';
import { columnLetters } from '../../core/cells';
import { bilingual } from '../../core/i18n/msg';
import { type Column, type RegisterLayout, registerLayout } from '../../core/register/layout';
import type { Builders, Sheet, Spreadsheet } from './services';
import { TAB } from './tabs';

export const REGISTER_KEY = 'kamnot.register';
export const COLUMN_KEY = 'kamnot.column';
/** The description of the protection on Kamnot's computed columns: how undoing an adoption finds it. */
export const COMPUTED_PROTECTION = 'Kamnot: คอลัมน์ที่คำนวณ / computed columns';
const BODY_ROWS = 500;

export function headerText(column: Column): string {
  return bilingual(column.header);
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
  versioned: boolean,
): Sheet {
  const layout = registerLayout(procedure, { versioned });
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

  validate(sheet, builders, layout);
  bindSheet(sheet, builders, layout, new Map(columns.map((c, i) => [c.key, i])));
  return sheet;
}

/** For an adopted tab: its binding value (header row, absent inputs) and where its data starts. */
export interface BindOptions {
  /** The sheet metadata value; the procedure id for Kamnot's own tabs. */
  readonly value?: string;
  /** The first data row (1-based): the colour rules and the due-date format start there. */
  readonly firstDataRow?: number;
}

/**
 * Binds a tab to its procedure (sheet and column metadata) and dresses Kamnot's columns: grey,
 * protected as warning-only, coloured by rules on TODAY(), the due-date column hidden. The office's
 * own columns are not touched. `columnOf` is 0-based and holds every layout key the tab has.
 */
export function bindSheet(
  sheet: Sheet,
  builders: Builders,
  layout: RegisterLayout,
  columnOf: ReadonlyMap<string, number>,
  options: BindOptions = {},
): void {
  const maxRows = sheet.getMaxRows();
  const firstRow = options.firstDataRow ?? 2;
  sheet.addDeveloperMetadata(REGISTER_KEY, options.value ?? layout.procedureId);
  for (const [key, i] of columnOf) wholeColumns(sheet, i + 1).addDeveloperMetadata(COLUMN_KEY, key);
  plainText(sheet, layout.computed, columnOf);
  const computed = layout.computed.map((c) => columnOf.get(c.key)! + 1).sort((a, b) => a - b);
  for (const [first, count] of runs(computed)) {
    const range = sheet.getRange(1, first, maxRows, count);
    range.setBackground('#f1f3f4');
    range.protect().setDescription(COMPUTED_PROTECTION).setWarningOnly(true);
  }
  const dueDate = columnOf.get('kamnot:due-date')! + 1;
  const width = Math.max(sheet.getLastColumn(), ...[...columnOf.values()].map((c) => c + 1));
  colour(sheet, builders, dueDate, width, firstRow);
  sheet.getRange(firstRow, dueDate, maxRows - firstRow + 1, 1).setNumberFormat('yyyy-mm-dd');
  sheet.hideColumns(dueDate);
}

/** Columns `first`..`first + count - 1` addressed as whole columns ("C:D"), as metadata requires. */
export function wholeColumns(sheet: Sheet, first: number, count = 1): GoogleAppsScript.Spreadsheet.Range {
  return sheet.getRange(`${columnLetters(first)}:${columnLetters(first + count - 1)}`);
}

/** Kamnot's text columns (step, due date in words, state) as plain text: what Kamnot writes stays text. */
export function plainText(
  sheet: Sheet,
  columns: readonly Column[],
  columnOf: ReadonlyMap<string, number>,
): void {
  const text = columns
    .filter((c) => c.type === 'text')
    .map((c) => (columnOf.get(c.key) ?? -1) + 1)
    .filter((c) => c > 0)
    .sort((a, b) => a - b);
  for (const [first, count] of runs(text)) wholeColumns(sheet, first, count).setNumberFormat('@');
}

/** Consecutive column numbers as [first, count] runs: one protection per run, not per column. */
function runs(columns: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const c of columns) {
    const last = out[out.length - 1];
    if (last && last[0] + last[1] === c) last[1]++;
    else out.push([c, 1]);
  }
  return out;
}

function validate(sheet: Sheet, builders: Builders, layout: RegisterLayout): void {
  const rows = sheet.getMaxRows() - 1;
  layout.inputs.forEach((column, i) => {
    const rule = inputRule(sheet, builders, column);
    if (rule) sheet.getRange(2, i + 1, rows, 1).setDataValidation(rule);
  });
}

/** The rule that guides entry in an input column without rejecting what people paste; null for text. */
export function inputRule(
  sheet: Sheet,
  builders: Builders,
  column: Column,
): GoogleAppsScript.Spreadsheet.DataValidation | null {
  const builder = builders.newDataValidation().setAllowInvalid(true);
  if (column.type === 'date') return builder.requireDate().setHelpText('วันที่ เช่น 22/11/2569 / a date').build();
  if (column.type === 'person') {
    const people = sheet.getParent().getRange(`'${TAB.people}'!B2:B`);
    return builder
      .requireValueInRange(people, true)
      .setHelpText('อีเมลในแท็บ People / an email from People')
      .build();
  }
  if (column.type === 'status')
    return builder.requireValueInList(['ดำเนินการ', 'พักเรื่อง', 'ยกเลิก', 'ปิดเรื่อง'], true).build();
  if (column.type === 'quarter') return builder.requireValueInList(['1', '2', '3', '4'], true).build();
  if (column.type === 'choice' && column.choices?.length)
    return builder.requireValueInList([...column.choices], true).build();
  return null;
}

/** Kamnot's three colour rules on the due-date column `letter`, written for the first data row. */
function colourFormulas(letter: string, row: number): [string, string, string] {
  const at = `$${letter}${row}`;
  return [
    `=AND(ISNUMBER(${at}), ${at} < TODAY())`,
    `=AND(ISNUMBER(${at}), ${at} = TODAY())`,
    `=AND(ISNUMBER(${at}), NETWORKDAYS(TODAY(), ${at}) - 1 <= 2)`,
  ];
}

/** Kamnot's colour rules, on any due-date column and first row (rows or columns may have moved since). */
const KAMNOT_RULE =
  /^=AND\(ISNUMBER\(\$([A-Z]+)(\d+)\), (?:\$\1\2 [<=] TODAY\(\)|NETWORKDAYS\(TODAY\(\), \$\1\2\) - 1 <= 2)\)$/;

export function isKamnotRule(rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule): boolean {
  const formula = rule.getBooleanCondition()?.getCriteriaValues()?.[0];
  return typeof formula === 'string' && KAMNOT_RULE.test(formula);
}

/**
 * Colours that stay right between runs: they compare the hidden due-date column with TODAY(). Kamnot's
 * earlier rules are replaced (the due-date column moves when a new step's columns are inserted); the
 * office's own rules stay, before Kamnot's.
 */
export function colour(
  sheet: Sheet,
  builders: Builders,
  dueColumn: number,
  width: number,
  firstRow: number,
): void {
  const rows = sheet.getRange(firstRow, 1, sheet.getMaxRows() - firstRow + 1, width);
  const rule = (formula: string, background: string) =>
    builders
      .newConditionalFormatRule()
      .whenFormulaSatisfied(formula)
      .setBackground(background)
      .setRanges([rows])
      .build();
  const [overdue, today, soon] = colourFormulas(columnLetters(dueColumn), firstRow);
  sheet.setConditionalFormatRules([
    ...sheet.getConditionalFormatRules().filter((r) => !isKamnotRule(r)),
    rule(overdue, '#f4c7c3'),
    rule(today, '#fce8b2'),
    rule(soon, '#fff2cc'),
  ]);
}
