/**
 * SpreadsheetApp, bound to one container spreadsheet.
 *
 * Sources: SpreadsheetApp reference; custom functions guide (read-only access, cannot open other
 * spreadsheets); in a custom function the active range is the calling cell. openById with an
Whether getActive() returns the container in an add-on's
 * time-driven run is configurable (see RuntimeOptions.timeDrivenActiveSpreadsheet).
 */
import type { CallClass } from '../kernel';
import { SPEC } from '../kernel';
import type { Implements } from '../types';
import { parseA1 } from './a1';
import { ConditionalFormatRuleBuilderImpl } from './conditional-format';
import { DATA_VALIDATION_CRITERIA, DataValidationBuilderImpl } from './data-validation';
import type { SheetsEnv } from './env';
import type { SheetModel, SpreadsheetModel } from './model';
import { RangeImpl } from './range';
import { SheetImpl } from './sheet';
import { SpreadsheetImpl } from './spreadsheet';
import type { UiImpl } from './ui';

type SA = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

export const enumOf = <T extends string>(names: readonly T[]): Readonly<Record<T, T>> =>
  Object.freeze(Object.fromEntries(names.map((n) => [n, n])) as Record<T, T>);

const ACTIVE: CallClass = { cost: 'spreadsheet-read', capability: 'ss.active' };
const UI: CallClass = { cost: 'ui', capability: 'ui.get' };
const BUILDER: CallClass = { cost: 'builder', capability: 'free' };
const WRITE: CallClass = { cost: 'spreadsheet-write', capability: 'sheet.write' };
const READ: CallClass = { cost: 'spreadsheet-read', capability: 'sheet.read' };

const APP_SPEC = {
  name: 'SpreadsheetApp',
  classify(method: string): CallClass {
    if (/^getActive|^getCurrentCell$|^getSelection$/.test(method)) return ACTIVE;
    if (method === 'getUi') return UI;
    if (method.startsWith('new')) return BUILDER;
    if (method.startsWith('set')) return WRITE;
    return READ;
  },
};

export class SpreadsheetAppImpl
  // getActive*/getCurrentCell are left out: production returns null in some contexts, which @types omits.
  implements Implements<SA, 'getUi' | 'flush' | 'newDataValidation' | 'newConditionalFormatRule'>
{
  readonly [SPEC] = APP_SPEC;
  readonly DataValidationCriteria = enumOf(DATA_VALIDATION_CRITERIA);
  readonly DeveloperMetadataLocationType = enumOf(['SPREADSHEET', 'SHEET', 'ROW', 'COLUMN']);
  readonly DeveloperMetadataVisibility = enumOf(['DOCUMENT', 'PROJECT']);
  readonly ProtectionType = enumOf(['RANGE', 'SHEET']);
  readonly Dimension = enumOf(['COLUMNS', 'ROWS']);
  readonly Direction = enumOf(['UP', 'DOWN', 'PREVIOUS', 'NEXT']);
  readonly SheetType = enumOf(['GRID', 'OBJECT', 'DATASOURCE']);
  readonly WrapStrategy = enumOf(['WRAP', 'OVERFLOW', 'CLIP']);
  readonly RelativeDate = enumOf(['TODAY', 'TOMORROW', 'YESTERDAY', 'PAST_WEEK', 'PAST_MONTH', 'PAST_YEAR']);
  readonly BorderStyle = enumOf(['DOTTED', 'DASHED', 'SOLID', 'SOLID_MEDIUM', 'SOLID_THICK', 'DOUBLE']);
  readonly CopyPasteType = enumOf([
    'PASTE_NORMAL',
    'PASTE_NO_BORDERS',
    'PASTE_FORMAT',
    'PASTE_FORMULA',
    'PASTE_DATA_VALIDATION',
    'PASTE_VALUES',
    'PASTE_CONDITIONAL_FORMATTING',
    'PASTE_COLUMN_WIDTHS',
  ]);
  readonly BooleanCriteria = enumOf([
    'CELL_EMPTY',
    'CELL_NOT_EMPTY',
    'DATE_AFTER',
    'DATE_BEFORE',
    'DATE_EQUAL_TO',
    'DATE_AFTER_RELATIVE',
    'DATE_BEFORE_RELATIVE',
    'DATE_EQUAL_TO_RELATIVE',
    'NUMBER_BETWEEN',
    'NUMBER_EQUAL_TO',
    'NUMBER_GREATER_THAN',
    'NUMBER_GREATER_THAN_OR_EQUAL_TO',
    'NUMBER_LESS_THAN',
    'NUMBER_LESS_THAN_OR_EQUAL_TO',
    'NUMBER_NOT_BETWEEN',
    'NUMBER_NOT_EQUAL_TO',
    'TEXT_CONTAINS',
    'TEXT_DOES_NOT_CONTAIN',
    'TEXT_EQUAL_TO',
    'TEXT_STARTS_WITH',
    'TEXT_ENDS_WITH',
    'CUSTOM_FORMULA',
  ]);

  constructor(private readonly env: SheetsEnv) {}

  #container(): SpreadsheetModel | null {
    const ctx = this.env.kernel.context;
    if (ctx.kind === 'time-driven' && this.env.noActiveSpreadsheetInTimeDriven) return null;
    return this.env.container;
  }

  /** The calling cell of a custom function, if known. */
  #callingCell(): { sheet: SheetModel; row: number; col: number } | undefined {
    const ctx = this.env.kernel.context;
    if (ctx.kind !== 'custom-function' || !ctx.cell) return undefined;
    const ref = parseA1(ctx.cell);
    const sheet =
      ref?.sheetName === undefined
        ? this.env.container.activeSheet()
        : this.env.container.sheetByName(ref.sheetName);
    if (!ref || !sheet || ref.row === undefined || ref.col === undefined) return undefined;
    return { sheet, row: ref.row, col: ref.col };
  }

  getActive(): SpreadsheetImpl | null {
    const ss = this.#container();
    return ss ? new SpreadsheetImpl(this.env, ss) : null;
  }

  getActiveSpreadsheet(): SpreadsheetImpl | null {
    return this.getActive();
  }

  getActiveSheet(): SheetImpl | null {
    const ss = this.#container();
    if (!ss) return null;
    const cell = this.#callingCell();
    return new SheetImpl(this.env, ss, cell?.sheet ?? ss.activeSheet());
  }

  getActiveRange(): RangeImpl | null {
    const ss = this.#container();
    if (!ss) return null;
    const cell = this.#callingCell();
    if (cell) return new RangeImpl(this.env, ss, cell.sheet, cell.row, cell.col, 1, 1);
    return new SpreadsheetImpl(this.env, ss).getActiveRange();
  }

  getUi(): UiImpl {
    return this.env.ui.ui();
  }

  /** Writes are applied at once here, so flush has nothing to do. */
  flush(): void {}

  newDataValidation(): DataValidationBuilderImpl {
    return new DataValidationBuilderImpl();
  }

  newConditionalFormatRule(): ConditionalFormatRuleBuilderImpl {
    return new ConditionalFormatRuleBuilderImpl();
  }
}
