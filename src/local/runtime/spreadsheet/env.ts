/** What every Spreadsheet service object needs: the kernel, the data, id generators, the Ui. */
import type { CallClass, Kernel, ServiceSpec } from '../kernel';
import type { SeededRandom } from '../random';
import type { SheetModel, SpreadsheetModel } from './model';
import type { RangeImpl } from './range';
import type { SheetImpl } from './sheet';
import type { SpreadsheetImpl } from './spreadsheet';
import type { UiImpl } from './ui';

/** Builds service objects without import cycles between their modules. */
interface ObjectFactory {
  range(
    ss: SpreadsheetModel,
    sheet: SheetModel,
    row: number,
    col: number,
    numRows: number,
    numCols: number,
    open?: OpenBounds,
  ): RangeImpl;
  sheet(ss: SpreadsheetModel, sheet: SheetModel): SheetImpl;
  spreadsheet(ss: SpreadsheetModel): SpreadsheetImpl;
}

/** Which bounds of an A1 reference were left open ("A:C", "2:5", "A2:C"). */
export interface OpenBounds {
  readonly rows?: boolean;
  readonly cols?: boolean;
  readonly endRow?: boolean;
}

interface UiRecorder {
  /** The Ui object of the active spreadsheet's editor. */
  ui(): UiImpl;
  /** Records Spreadsheet.toast. */
  toast(message: string, title: string, timeoutSeconds: number | null): void;
}

export interface SheetsEnv {
  readonly kernel: Kernel;
  readonly random: SeededRandom;
  /** Every spreadsheet the fake knows, by id (openById finds them here). */
  readonly spreadsheets: Map<string, SpreadsheetModel>;
  /** The container spreadsheet (the one the script is bound to). */
  readonly container: SpreadsheetModel;
  readonly ui: UiRecorder;
  readonly make: ObjectFactory;
  /** True when SpreadsheetApp.getActive() returns null in time-driven runs (see loadBundle options). */
  readonly noActiveSpreadsheetInTimeDriven: boolean;
  nextSheetId(): number;
  nextMetadataId(): number;
}

const WRITE =
  /^(set|insert|delete|clear|append|add|remove|hide|show|unhide|protect|activate|merge|break|move|sort|createFilter|rename|auto|update|check|uncheck|trim|randomize|toast|copyTo|copyValues|copyFormat|expand|collapse|shift|apply|reset)/;

const READ: CallClass = { cost: 'spreadsheet-read', capability: 'sheet.read' };
const WRITE_CALL: CallClass = { cost: 'spreadsheet-write', capability: 'sheet.write' };
const BUILDER: CallClass = { cost: 'builder', capability: 'free' };

/** Spreadsheet classes: reads and writes told apart by method name. */
export function sheetsSpec(name: string): ServiceSpec {
  return { name, classify: (m) => (WRITE.test(m) ? WRITE_CALL : READ) };
}

/** Value objects and builders (DataValidationBuilder, …): free, allowed everywhere. */
export function builderSpec(name: string): ServiceSpec {
  return { name, classify: () => BUILDER };
}
