/**
 * Range values and formulas: what getValues returns for a stored cell, and the write path every value
 * write goes through (typed input, the cell size limit, data validation rules that refuse invalid data).
 *
 * Sources: Range reference; production error "Your input contains more than the maximum of 50000
 * characters in a single cell.". setValue on a multi-cell range writes every cell (Range.setValue
 * reference). Formulas are stored, never evaluated (cell.ts). The validation message is
 * data-validation.ts's (wording not verified).
 */
import { isDateValue } from '../../../core/cells';
import { toA1 } from './a1';
import { type Cell, fromScriptValue, instantFromSerial, type Scalar, serialFromInstant } from './cell';
import type { DataValidationImpl } from './data-validation';
import { ruleDate } from './data-validation';
import type { SpreadsheetModel } from './model';
import { displayValue, isDateFormat } from './number-format';
import { fail, type Grid, mapCells, type Rect } from './rect';

const MAX_CELL_CHARS = 50_000;

/** A stored value as getValues returns it: date-formatted numbers become Dates. */
export function readCell(ss: SpreadsheetModel, cell: Cell | undefined): Scalar | Date {
  if (!cell) return '';
  if (typeof cell.value === 'number' && isDateFormat(cell.format))
    return new Date(instantFromSerial(cell.value, ss.timeZone));
  return cell.value;
}

export const valuesOf = (r: Rect): Grid<Scalar | Date> => mapCells(r, (cell) => readCell(r._ss, cell));

export const displayValuesOf = (r: Rect): Grid<string> =>
  mapCells(r, (cell) => (cell ? displayValue(cell.value, cell.format) : ''));

export const formulasOf = (r: Rect): Grid<string> => mapCells(r, (cell) => cell?.formula ?? '');

export const isBlank = (r: Rect): boolean =>
  mapCells(r, (cell) => !cell || (cell.value === '' && cell.formula === undefined)).every((row) =>
    row.every(Boolean),
  );

/** Writes script values (setValue/setValues/appendRow semantics), all-or-nothing. */
export function writeValues(r: Rect, values: readonly (readonly unknown[])[]): void {
  const { _ss: ss, _sheet: sheet } = r;
  const planned = values.map((row, i) =>
    row.map((v, j) => {
      const cell = sheet.cell(r._row + i, r._col + j);
      const w = fromScriptValue(v, cell?.format, ss.timeZone, ss.locale, isDateValue);
      if (typeof w.value === 'string' && w.value.length > MAX_CELL_CHARS)
        fail(
          r,
          `Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`,
        );
      const rule = cell?.validation as DataValidationImpl | undefined;
      if (rule && !rule.getAllowInvalid() && w.formula === undefined) {
        const isDate = typeof w.value === 'number' && isDateFormat(w.format ?? cell?.format);
        const toSerial = ruleDate((ms) => serialFromInstant(ms, ss.timeZone));
        const inRange = (range: Rect) =>
          valuesOf(range)
            .flat()
            .filter((x): x is Scalar => !isDateValue(x));
        if (!rule._accepts(w.value, isDate, toSerial, inRange))
          fail(
            r,
            `The data you entered in cell ${toA1(r._row + i, r._col + j, 1, 1)} violates the data validation rules set on this cell.`,
          );
      }
      return w;
    }),
  );
  planned.forEach((row, i) => {
    row.forEach((w, j) => {
      const cell = sheet.cellForWrite(r._row + i, r._col + j);
      cell.value = w.value;
      if (w.formula === undefined) delete cell.formula;
      else cell.formula = w.formula;
      if (w.format !== undefined && !isDateFormat(cell.format)) cell.format = w.format;
    });
  });
}
