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
      | 'addEditor'
      | 'addEditors'
      | 'canDomainEdit'
      | 'canEdit'
      | 'getDescription'
      | 'getProtectionType'
      | 'getRange'
      | 'getRangeName'
      | 'getUnprotectedRanges'
      | 'isWarningOnly'
      | 'remove'
      | 'removeEditor'
      | 'removeEditors'
      | 'setDescription'
      | 'setDomainEdit'
      | 'setRange'
      | 'setRangeName'
      | 'setUnprotectedRanges'
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

  addEditor(user: string | { getEmail(): string }): ProtectionImpl {
    const email = typeof user === 'string' ? user : user.getEmail();
    if (!this._model.editors.includes(email)) this._model.editors.push(email);
    return this;
  }

  addEditors(emailAddresses: string[]): ProtectionImpl {
    for (const e of emailAddresses) this.addEditor(e);
    return this;
  }

  canDomainEdit(): boolean {
    return this._model.domainEdit;
  }

  canEdit(): boolean {
    return true;
  }

  getDescription(): string {
    return this._model.description;
  }

  getEditors(): { getEmail(): string }[] {
    return this._model.editors.map((email) => ({ getEmail: () => email }));
  }

  getProtectionType(): string {
    return this._model.type;
  }

  getRange(): RangeImpl {
    return rangeOf(this.env, this.ss, this._model.range);
  }

  getRangeName(): string | null {
    return this._model.rangeName;
  }

  getUnprotectedRanges(): RangeImpl[] {
    return this._model.unprotected.map((g) => rangeOf(this.env, this.ss, g));
  }

  isWarningOnly(): boolean {
    return this._model.warningOnly;
  }

  remove(): void {
    this.sheet.protections = this.sheet.protections.filter((p) => p !== this._model);
  }

  removeEditor(user: string | { getEmail(): string }): ProtectionImpl {
    const email = typeof user === 'string' ? user : user.getEmail();
    this._model.editors = this._model.editors.filter((e) => e !== email);
    return this;
  }

  removeEditors(users: (string | { getEmail(): string })[]): ProtectionImpl {
    for (const u of users) this.removeEditor(u);
    return this;
  }

  setDescription(description: string): ProtectionImpl {
    this._model.description = String(description);
    return this;
  }

  setDomainEdit(editable: boolean): ProtectionImpl {
    this._model.domainEdit = editable;
    return this;
  }

  setRange(range: RangeImpl): ProtectionImpl {
    this._model.range = range._grid();
    return this;
  }

  setRangeName(rangeName: string): ProtectionImpl {
    const named = this.ss.namedRanges.find((n) => n.name === rangeName);
    if (!named) this.env.kernel.fail(`Range not found`);
    this._model.rangeName = rangeName;
    this._model.range = (named as NamedRangeModel).range;
    return this;
  }

  setUnprotectedRanges(ranges: RangeImpl[]): ProtectionImpl {
    if (this._model.type !== 'SHEET')
      this.env.kernel.fail('Unprotected ranges can only be set on sheet protections.');
    this._model.unprotected = ranges.map((r) => r._grid());
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

export class FilterImpl
  implements
    Implements<F, 'getColumnFilterCriteria' | 'getRange' | 'remove' | 'removeColumnFilterCriteria' | 'sort'>
{
  readonly [SPEC] = FILTER_SPEC;
  constructor(
    private readonly env: SheetsEnv,
    private readonly ss: SpreadsheetModel,
    private readonly sheet: SheetModel,
    readonly _model: FilterModel,
  ) {}

  getColumnFilterCriteria(columnPosition: number): null {
    return (this._model.criteria.get(columnPosition) as null | undefined) ?? null;
  }

  setColumnFilterCriteria(columnPosition: number, filterCriteria: unknown): FilterImpl {
    if (filterCriteria === null) this._model.criteria.delete(columnPosition);
    else this._model.criteria.set(columnPosition, filterCriteria);
    return this;
  }

  getRange(): RangeImpl {
    return rangeOf(this.env, this.ss, this._model.range);
  }

  remove(): void {
    if (this.sheet.filter === this._model) this.sheet.filter = undefined;
  }

  removeColumnFilterCriteria(columnPosition: number): FilterImpl {
    this._model.criteria.delete(columnPosition);
    return this;
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
