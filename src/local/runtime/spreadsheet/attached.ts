/**
 * Objects attached to ranges: Protection, NamedRange, Filter. Their ranges live in the model and
 * move with structural edits. Protections are recorded, not enforced (the script runs as an editor).
 * Sources: Protection, NamedRange, Filter references.
 */
import { SPEC } from '../kernel';
import type { Implements } from '../types';
import { type SheetsEnv, sheetsSpec } from './env';
import type { GridRange } from './grid-range';
import type { FilterModel, NamedRangeModel, ProtectionModel, SheetModel, SpreadsheetModel } from './model';
import type { RangeImpl } from './range';

type P = GoogleAppsScript.Spreadsheet.Protection;
type NR = GoogleAppsScript.Spreadsheet.NamedRange;
type F = GoogleAppsScript.Spreadsheet.Filter;

const PROTECTION_SPEC = sheetsSpec('Protection');
const NAMED_RANGE_SPEC = sheetsSpec('NamedRange');
const FILTER_SPEC = sheetsSpec('Filter');

const rangeOf = (env: SheetsEnv, ss: SpreadsheetModel, g: GridRange): RangeImpl => {
  const sheet = ss.sheetById(g.sheetId) as SheetModel;
  return env.make.range(ss, sheet, g.row, g.col, g.numRows, g.numCols);
};

export class ProtectionImpl
  implements
    Implements<
      P,
      | 'getDescription'
      | 'getProtectionType'
      | 'getRange'
      | 'isWarningOnly'
      | 'remove'
      | 'setDescription'
      | 'setWarningOnly'
    >
{
  readonly [SPEC] = PROTECTION_SPEC;
  constructor(
    private readonly env: SheetsEnv,
    private readonly ss: SpreadsheetModel,
    private readonly sheet: SheetModel,
    readonly _model: ProtectionModel,
  ) {}

  getDescription(): string {
    return this._model.description;
  }

  getProtectionType(): string {
    return this._model.type;
  }

  getRange(): RangeImpl {
    return rangeOf(this.env, this.ss, this._model.range);
  }

  isWarningOnly(): boolean {
    return this._model.warningOnly;
  }

  remove(): void {
    this.sheet.protections = this.sheet.protections.filter((p) => p !== this._model);
  }

  setDescription(description: string): ProtectionImpl {
    this._model.description = String(description);
    return this;
  }

  setWarningOnly(warningOnly: boolean): ProtectionImpl {
    this._model.warningOnly = warningOnly;
    return this;
  }
}

export function protect(
  env: SheetsEnv,
  ss: SpreadsheetModel,
  sheet: SheetModel,
  type: 'RANGE' | 'SHEET',
  range: GridRange,
): ProtectionImpl {
  const model: ProtectionModel = {
    id: ss.nextProtectionId(),
    type,
    range,
    description: '',
    warningOnly: false,
    domainEdit: true,
    editors: [ss.owner],
    unprotected: [],
    rangeName: null,
  };
  sheet.protections.push(model);
  return new ProtectionImpl(env, ss, sheet, model);
}

export class NamedRangeImpl
  implements Implements<NR, 'getName' | 'getRange' | 'remove' | 'setName' | 'setRange'>
{
  readonly [SPEC] = NAMED_RANGE_SPEC;
  constructor(
    private readonly env: SheetsEnv,
    private readonly ss: SpreadsheetModel,
    readonly _model: NamedRangeModel,
  ) {}

  getName(): string {
    return this._model.name;
  }

  getRange(): RangeImpl {
    return rangeOf(this.env, this.ss, this._model.range);
  }

  remove(): void {
    this.ss.namedRanges = this.ss.namedRanges.filter((n) => n !== this._model);
  }

  setName(name: string): NamedRangeImpl {
    checkNamedRangeName(this.env, this.ss, name, this._model);
    this._model.name = name;
    return this;
  }

  setRange(range: RangeImpl): NamedRangeImpl {
    this._model.range = range._grid();
    return this;
  }
}

/** Named-range names: letters, digits, underscores, not starting with a digit, not A1/R1C1-like, unique. */
export function checkNamedRangeName(
  env: SheetsEnv,
  ss: SpreadsheetModel,
  name: string,
  self?: NamedRangeModel,
): void {
  if (
    !/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ||
    /^[A-Za-z]{1,3}\d+$/.test(name) ||
    /^(true|false)$/i.test(name)
  ) {
    env.kernel.fail(
      'Named ranges must start with a letter or underscore, and contain only letters, numbers and underscores.',
    );
  }
  if (ss.namedRanges.some((n) => n !== self && n.name === name))
    env.kernel.fail(`A named range with the name "${name}" already exists.`);
}

export class FilterImpl implements Implements<F, 'getRange' | 'remove' | 'sort'> {
  readonly [SPEC] = FILTER_SPEC;
  constructor(
    private readonly env: SheetsEnv,
    private readonly ss: SpreadsheetModel,
    private readonly sheet: SheetModel,
    readonly _model: FilterModel,
  ) {}

  getRange(): RangeImpl {
    return rangeOf(this.env, this.ss, this._model.range);
  }

  remove(): void {
    if (this.sheet.filter === this._model) this.sheet.filter = undefined;
  }

  /** Sorts the filter range's rows below its header row. */
  sort(columnPosition: number, ascending: boolean): FilterImpl {
    const r = this._model.range;
    if (r.numRows > 1)
      rangeOf(this.env, this.ss, { ...r, row: r.row + 1, numRows: r.numRows - 1 })._sortRows(
        columnPosition,
        ascending,
      );
    return this;
  }
}
