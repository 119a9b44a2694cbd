/**
 * Data validation rules and their builder (SpreadsheetApp.newDataValidation()).
 *
 * Source: DataValidationBuilder reference — requireDate → DATE_IS_VALID_DATE,
 * requireValueInList(values, showDropdown = true) → VALUE_IN_LIST [values, showDropdown],
 * requireValueInRange(range, showDropdown = true) → VALUE_IN_RANGE [range, showDropdown],
 * allowInvalid defaults to true. A write that breaks a rule with allowInvalid false fails with
 * "The data you entered in cell X violates the data validation rules set on this cell."
 * (wording not verified). The criteria and how values are checked: data-validation-criteria.ts.
 */
import { SPEC } from '../kernel';
import type { Implements } from '../types';
import type { Scalar } from './cell';
import { acceptsValue, type Criteria } from './data-validation-criteria';
import { builderSpec } from './env';
import type { RangeImpl } from './range';

export { type Criteria, DATA_VALIDATION_CRITERIA, ruleDate } from './data-validation-criteria';

type DV = GoogleAppsScript.Spreadsheet.DataValidation;
type DVB = GoogleAppsScript.Spreadsheet.DataValidationBuilder;

interface RuleState {
  readonly criteria: Criteria | null;
  readonly values: readonly unknown[];
  readonly allowInvalid: boolean;
  readonly helpText: string | null;
}

const DV_SPEC = builderSpec('DataValidation');
const DVB_SPEC = builderSpec('DataValidationBuilder');

export class DataValidationImpl
  implements
    Implements<DV, 'copy' | 'getAllowInvalid' | 'getCriteriaType' | 'getCriteriaValues' | 'getHelpText'>
{
  readonly [SPEC] = DV_SPEC;
  constructor(readonly _state: RuleState) {}

  copy(): DataValidationBuilderImpl {
    return new DataValidationBuilderImpl(this._state);
  }

  getAllowInvalid(): boolean {
    return this._state.allowInvalid;
  }

  getCriteriaType(): string {
    return this._state.criteria ?? 'CUSTOM_FORMULA';
  }

  getCriteriaValues(): unknown[] {
    return [...this._state.values];
  }

  getHelpText(): string {
    return this._state.helpText ?? '';
  }

  /** Whether a cell value satisfies the rule (formula rules always pass: no formula engine). */
  _accepts(
    value: Scalar,
    isDate: boolean,
    dateSerial: (d: unknown) => number,
    rangeValues: (r: RangeImpl) => Scalar[],
  ): boolean {
    return acceptsValue(this._state.criteria, this._state.values, value, isDate, dateSerial, rangeValues);
  }
}

export class DataValidationBuilderImpl
  implements
    Implements<
      DVB,
      | 'build'
      | 'copy'
      | 'getAllowInvalid'
      | 'getCriteriaType'
      | 'getCriteriaValues'
      | 'getHelpText'
      | 'requireDate'
      | 'requireNumberBetween'
      | 'requireValueInList'
      | 'requireValueInRange'
      | 'setAllowInvalid'
      | 'setHelpText'
    >
{
  readonly [SPEC] = DVB_SPEC;
  #s: RuleState;

  constructor(state?: RuleState) {
    this.#s = state ?? { criteria: null, values: [], allowInvalid: true, helpText: null };
  }

  #with(criteria: Criteria, values: readonly unknown[]): DataValidationBuilderImpl {
    this.#s = { ...this.#s, criteria, values };
    return this;
  }

  build(): DataValidationImpl {
    return new DataValidationImpl(this.#s);
  }

  copy(): DataValidationBuilderImpl {
    return new DataValidationBuilderImpl(this.#s);
  }

  getAllowInvalid(): boolean {
    return this.#s.allowInvalid;
  }

  getCriteriaType(): string {
    return this.#s.criteria ?? 'CUSTOM_FORMULA';
  }

  getCriteriaValues(): unknown[] {
    return [...this.#s.values];
  }

  getHelpText(): string | null {
    return this.#s.helpText;
  }

  requireDate(): DataValidationBuilderImpl {
    return this.#with('DATE_IS_VALID_DATE', []);
  }

  requireNumberBetween(start: number, end: number): DataValidationBuilderImpl {
    return this.#with('NUMBER_BETWEEN', [start, end]);
  }

  requireValueInList(values: string[], showDropdown = true): DataValidationBuilderImpl {
    return this.#with('VALUE_IN_LIST', [[...values], showDropdown]);
  }

  requireValueInRange(range: RangeImpl, showDropdown = true): DataValidationBuilderImpl {
    return this.#with('VALUE_IN_RANGE', [range, showDropdown]);
  }

  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilderImpl {
    this.#s = { ...this.#s, allowInvalid: allowInvalidData };
    return this;
  }

  setHelpText(helpText: string): DataValidationBuilderImpl {
    this.#s = { ...this.#s, helpText };
    return this;
  }
}
