/**
 * Data validation criteria (the DataValidationCriteria enum) and how a cell value is checked against
 * a rule's criteria when the rule refuses invalid data (data-validation.ts holds the rule and its
 * builder; range-values.ts applies the check on writes).
 *
 * Source: DataValidationCriteria reference for the names. The checks are modelled: formula rules
 * always pass (no formula engine), dates compare as serials in the spreadsheet's zone.
 */
import { isDateValue } from '../../../core/cells';
import type { Scalar } from './cell';
import type { RangeImpl } from './range';

export const DATA_VALIDATION_CRITERIA = [
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_BETWEEN',
  'DATE_EQUAL_TO',
  'DATE_IS_VALID_DATE',
  'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE',
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
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'CUSTOM_FORMULA',
  'CHECKBOX',
] as const;
export type Criteria = (typeof DATA_VALIDATION_CRITERIA)[number];

/** Whether a cell value satisfies criteria `criteria` with arguments `v`. */
export function acceptsValue(
  criteria: Criteria | null,
  v: readonly unknown[],
  value: Scalar,
  isDate: boolean,
  dateSerial: (d: unknown) => number,
  rangeValues: (r: RangeImpl) => Scalar[],
): boolean {
  const num = typeof value === 'number' ? value : Number.NaN;
  const dateArg = (i: number): number => dateSerial(v[i]);
  switch (criteria) {
    case 'DATE_IS_VALID_DATE':
      return isDate;
    case 'DATE_AFTER':
      return isDate && num > dateArg(0);
    case 'DATE_BEFORE':
      return isDate && num < dateArg(0);
    case 'DATE_ON_OR_AFTER':
      return isDate && num >= dateArg(0);
    case 'DATE_ON_OR_BEFORE':
      return isDate && num <= dateArg(0);
    case 'DATE_EQUAL_TO':
      return isDate && Math.floor(num) === Math.floor(dateArg(0));
    case 'DATE_BETWEEN':
      return isDate && num >= dateArg(0) && num <= dateArg(1);
    case 'DATE_NOT_BETWEEN':
      return isDate && !(num >= dateArg(0) && num <= dateArg(1));
    case 'NUMBER_BETWEEN':
      return num >= Number(v[0]) && num <= Number(v[1]);
    case 'NUMBER_NOT_BETWEEN':
      return !Number.isNaN(num) && !(num >= Number(v[0]) && num <= Number(v[1]));
    case 'NUMBER_EQUAL_TO':
      return num === Number(v[0]);
    case 'NUMBER_NOT_EQUAL_TO':
      return !Number.isNaN(num) && num !== Number(v[0]);
    case 'NUMBER_GREATER_THAN':
      return num > Number(v[0]);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return num >= Number(v[0]);
    case 'NUMBER_LESS_THAN':
      return num < Number(v[0]);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return num <= Number(v[0]);
    case 'TEXT_CONTAINS':
      return String(value).includes(String(v[0]));
    case 'TEXT_DOES_NOT_CONTAIN':
      return !String(value).includes(String(v[0]));
    case 'TEXT_EQUAL_TO':
      return String(value) === String(v[0]);
    case 'TEXT_IS_VALID_EMAIL':
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(String(value));
    case 'TEXT_IS_VALID_URL':
      return /^https?:\/\/\S+$/.test(String(value));
    case 'VALUE_IN_LIST':
      return ((v[0] as unknown[]) ?? []).map(String).includes(String(value));
    case 'VALUE_IN_RANGE':
      return rangeValues(v[0] as RangeImpl)
        .map(String)
        .includes(String(value));
    case 'CHECKBOX':
      return v.length === 0 ? typeof value === 'boolean' : value === v[0] || value === v[1];
    default:
      return true;
  }
}

/** Date arguments of rules as serials, given the spreadsheet's conversion. */
export const ruleDate =
  (toSerial: (ms: number) => number) =>
  (d: unknown): number =>
    isDateValue(d) ? toSerial(d.getTime()) : Number.NaN;
