/**
 * Range notes and data validation rules (a link of RangeImpl, see range-base.ts). The rules are
 * stored on the cells; range-values.ts enforces them on writes, data-validation.ts evaluates them.
 *
 * Source: Range reference. A null or empty note and a null rule remove what the cell had (modelled).
 */
import type { DataValidationImpl } from './data-validation';
import { RangeFormats } from './range-formats';

export abstract class RangeNotesAndValidation extends RangeFormats {
  // ---- notes ----

  getNote(): string {
    return this._sheet.cell(this._row, this._col)?.note ?? '';
  }

  getNotes(): string[][] {
    return this._map((cell) => cell?.note ?? '');
  }

  setNote(note: string | null): this {
    this._each((cell) => {
      if (note === null || note === '') delete cell.note;
      else cell.note = String(note);
    });
    return this;
  }

  setNotes(notes: (string | null)[][]): this {
    const rows = this._shape('setNotes', notes);
    this._each((cell, r, c) => {
      const v = rows[r]?.[c];
      if (v === null || v === undefined || v === '') delete cell.note;
      else cell.note = String(v);
    });
    return this;
  }

  clearNote(): this {
    this._each((cell) => {
      delete cell.note;
    });
    return this;
  }

  // ---- validation ----

  getDataValidation(): DataValidationImpl | null {
    return (this._sheet.cell(this._row, this._col)?.validation as DataValidationImpl | undefined) ?? null;
  }

  getDataValidations(): (DataValidationImpl | null)[][] {
    return this._map((cell) => (cell?.validation as DataValidationImpl | undefined) ?? null);
  }

  setDataValidation(rule: DataValidationImpl | null): this {
    this._each((cell) => {
      if (rule === null) delete cell.validation;
      else cell.validation = rule;
    });
    return this;
  }

  setDataValidations(rules: (DataValidationImpl | null)[][]): this {
    const rows = this._shape('setDataValidations', rules);
    this._each((cell, r, c) => {
      const v = rows[r]?.[c];
      if (v === null || v === undefined) delete cell.validation;
      else cell.validation = v;
    });
    return this;
  }

  clearDataValidations(): this {
    return this.setDataValidation(null);
  }
}
