/**
 * Data validation between the runtime's rules (DataValidationImpl state) and Excel's. What maps:
 * a list of values, a list from a range, "is a valid date", number comparisons and custom formulas —
 * everything Kamnot's registers use. Sheets' "show a warning" (allowInvalid) has no Excel twin: it
 * becomes a rule without an error box, so pasted values stay, as in Sheets.
 */
import type ExcelJS from 'exceljs';
import type { Criteria, DataValidationImpl } from '../runtime/spreadsheet/data-validation';
import type { RangeImpl } from '../runtime/spreadsheet/range';

/** A rule read from a file; a list from a range keeps its reference until the sheets exist. */
export interface ValidationSpec {
  readonly criteria: Criteria;
  readonly values: readonly unknown[];
  /** For VALUE_IN_RANGE: the reference, e.g. "People!$B$2:$B$1000". */
  readonly rangeRef?: string;
  readonly allowInvalid: boolean;
  readonly helpText: string | null;
}

const NUMBER_OPS: Partial<Record<Criteria, ExcelJS.DataValidationOperator>> = {
  NUMBER_BETWEEN: 'between',
  NUMBER_NOT_BETWEEN: 'notBetween',
  NUMBER_EQUAL_TO: 'equal',
  NUMBER_NOT_EQUAL_TO: 'notEqual',
  NUMBER_GREATER_THAN: 'greaterThan',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'greaterThanOrEqual',
  NUMBER_LESS_THAN: 'lessThan',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'lessThanOrEqual',
};

/** Excel keeps a list typed into the rule under 255 characters, without commas or quotes in items. */
function listFormula(items: readonly unknown[]): string | undefined {
  const texts = items.map(String);
  if (texts.some((t) => t.includes(',') || t.includes('"'))) return undefined;
  const formula = `"${texts.join(',')}"`;
  return formula.length <= 257 ? formula : undefined;
}

/**
 * The Excel rule for a model rule; undefined when Excel has no equivalent (checkboxes, e-mail and
 * URL checks, date comparisons).
 */
export function excelValidation(
  rule: DataValidationImpl,
  rangeRef: (range: RangeImpl) => string | undefined,
): ExcelJS.DataValidation | undefined {
  const { criteria, values, allowInvalid, helpText } = rule._state;
  const common = {
    allowBlank: true,
    showErrorMessage: !allowInvalid,
    ...(allowInvalid ? {} : { errorStyle: 'stop' as const }),
    ...(helpText ? { showInputMessage: true, prompt: helpText.slice(0, 255) } : {}),
  };
  if (criteria === 'VALUE_IN_LIST') {
    const formula = listFormula(Array.isArray(values[0]) ? values[0] : []);
    return formula ? { type: 'list', formulae: [formula], ...common } : undefined;
  }
  if (criteria === 'VALUE_IN_RANGE') {
    const ref = rangeRef(values[0] as RangeImpl);
    return ref ? { type: 'list', formulae: [ref], ...common } : undefined;
  }
  if (criteria === 'DATE_IS_VALID_DATE')
    // Any date: greater than serial 0 (exceljs writes the Date as its serial).
    return { type: 'date', operator: 'greaterThan', formulae: [new Date(Date.UTC(1899, 11, 30))], ...common };
  if (criteria === 'CUSTOM_FORMULA')
    return { type: 'custom', formulae: [String(values[0] ?? '').replace(/^=/, '')], ...common };
  const operator = criteria ? NUMBER_OPS[criteria] : undefined;
  if (operator) return { type: 'decimal', operator, formulae: values.map(Number), ...common };
  return undefined;
}

/** The model rule for an Excel rule; undefined for kinds Kamnot's runtime does not model. */
export function validationSpec(dv: ExcelJS.DataValidation): ValidationSpec | undefined {
  const allowInvalid = !dv.showErrorMessage || (dv.errorStyle !== undefined && dv.errorStyle !== 'stop');
  const helpText = dv.prompt ? String(dv.prompt) : null;
  const base = { allowInvalid, helpText };
  const formulae = (dv.formulae ?? []) as unknown[];
  const first = formulae[0];
  if (dv.type === 'list' && typeof first === 'string') {
    const list = /^"(.*)"$/s.exec(first.trim());
    if (list) return { criteria: 'VALUE_IN_LIST', values: [(list[1] ?? '').split(','), true], ...base };
    return { criteria: 'VALUE_IN_RANGE', values: [null, true], rangeRef: first.trim(), ...base };
  }
  if (dv.type === 'date' && dv.operator === 'greaterThan' && first instanceof Date) {
    // "After 1899-12-30 (or 31)": any date, Kamnot's date columns.
    if (first.getTime() <= Date.UTC(1899, 11, 31))
      return { criteria: 'DATE_IS_VALID_DATE', values: [], ...base };
    return undefined;
  }
  if (dv.type === 'custom' && typeof first === 'string')
    return { criteria: 'CUSTOM_FORMULA', values: [`=${first}`], ...base };
  if (dv.type === 'decimal' || dv.type === 'whole') {
    const op = dv.operator ?? 'between';
    const criteria = (Object.keys(NUMBER_OPS) as Criteria[]).find((c) => NUMBER_OPS[c] === op);
    const numbers = formulae.map(Number);
    if (criteria && numbers.every(Number.isFinite)) return { criteria, values: numbers, ...base };
  }
  return undefined;
}
