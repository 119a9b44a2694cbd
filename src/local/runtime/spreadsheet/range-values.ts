/**
 * Range values and formulas (a link of RangeImpl, see range-base.ts): getValues/setValues, display
 * values, formulas, and the write path every value write goes through (typed input, the cell size
 * limit, data validation rules that refuse invalid data).
 *
 * Sources: Range reference; production error "Your input contains more than the maximum of 50000
 * characters in a single cell.". setValue on a multi-cell range writes every cell (Range.setValue
 * reference). Formulas are stored, never evaluated (cell.ts). The validation message is
 * data-validation.ts's (wording not verified).
 */
import { isDateLike } from '../realm';
import { toA1 } from './a1';
import { type Cell, fromScriptValue, instantFromSerial, type Scalar, serialFromInstant } from './cell';
import type { DataValidationImpl } from './data-validation';
import { ruleDate } from './data-validation';
import { displayValue, isDateFormat } from './number-format';
import { RangeBase } from './range-base';

export const MAX_CELL_CHARS = 50_000;

export abstract class RangeValues extends RangeBase {
  /** A stored value as getValues returns it: date-formatted numbers become Dates. */
  _read(cell: Cell | undefined): Scalar | Date {
    if (!cell) return '';
    if (typeof cell.value === 'number' && isDateFormat(cell.format))
      return new Date(instantFromSerial(cell.value, this._ss.timeZone));
    return cell.value;
  }

  #a1At(r: number, c: number): string {
    return toA1(this._row + r, this._col + c, 1, 1);
  }

  /** Writes script values (setValue/setValues/appendRow semantics), all-or-nothing. */
  _write(values: readonly (readonly unknown[])[]): void {
    const planned = values.map((row, r) =>
      row.map((v, c) => {
        const cell = this._sheet.cell(this._row + r, this._col + c);
        const w = fromScriptValue(v, cell?.format, this._ss.timeZone, this._ss.locale, isDateLike);
        if (typeof w.value === 'string' && w.value.length > MAX_CELL_CHARS)
          this._fail(
            `Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`,
          );
        const rule = cell?.validation as DataValidationImpl | undefined;
        if (rule && !rule.getAllowInvalid() && w.formula === undefined) {
          const isDate = typeof w.value === 'number' && isDateFormat(w.format ?? cell?.format);
          const toSerial = ruleDate((ms) => serialFromInstant(ms, this._ss.timeZone));
          if (
            !rule._accepts(w.value, isDate, toSerial, (range) =>
              range
                .getValues()
                .flat()
                .filter((x): x is Scalar => !isDateLike(x)),
            )
          ) {
            this._fail(
              `The data you entered in cell ${this.#a1At(r, c)} violates the data validation rules set on this cell.`,
            );
          }
        }
        return w;
      }),
    );
    planned.forEach((row, r) => {
      row.forEach((w, c) => {
        const cell = this._sheet.cellForWrite(this._row + r, this._col + c);
        cell.value = w.value;
        if (w.formula === undefined) delete cell.formula;
        else cell.formula = w.formula;
        if (w.format !== undefined && !isDateFormat(cell.format)) cell.format = w.format;
      });
    });
  }

  // ---- values ----

  getValue(): unknown {
    return this._read(this._sheet.cell(this._row, this._col));
  }

  getValues(): unknown[][] {
    return this._map((cell) => this._read(cell));
  }

  getDisplayValue(): string {
    const cell = this._sheet.cell(this._row, this._col);
    return cell ? displayValue(cell.value, cell.format) : '';
  }

  getDisplayValues(): string[][] {
    return this._map((cell) => (cell ? displayValue(cell.value, cell.format) : ''));
  }

  isBlank(): boolean {
    return this._map((cell) => !cell || (cell.value === '' && cell.formula === undefined)).every((row) =>
      row.every(Boolean),
    );
  }

  setValue(value: unknown): this {
    this._write(
      Array.from({ length: this._numRows }, () => Array.from({ length: this._numCols }, () => value)),
    );
    return this;
  }

  setValues(values: unknown[][]): this {
    this._write(this._shape('setValues', values));
    return this;
  }

  // ---- formulas ----

  getFormula(): string {
    return this._sheet.cell(this._row, this._col)?.formula ?? '';
  }

  getFormulas(): string[][] {
    return this._map((cell) => cell?.formula ?? '');
  }

  setFormula(formula: string): this {
    return this.setFormulas(
      Array.from({ length: this._numRows }, () => Array.from({ length: this._numCols }, () => formula)),
    );
  }

  setFormulas(formulas: string[][]): this {
    const rows = this._shape('setFormulas', formulas);
    this._each((cell, r, c) => {
      const f = String(rows[r]?.[c] ?? '');
      if (f === '') {
        delete cell.formula;
        cell.value = '';
      } else if (f.startsWith('=')) {
        cell.formula = f;
        cell.value = '';
      } else {
        delete cell.formula;
        cell.value = fromScriptValue(f, cell.format, this._ss.timeZone, this._ss.locale, isDateLike).value;
      }
    });
    return this;
  }
}
