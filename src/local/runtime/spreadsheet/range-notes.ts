/**
 * Range notes and data validation rules, stored on the cells; range-values.ts enforces the rules on
 * writes, data-validation.ts evaluates them.
 *
 * Source: Range reference. A null or empty note and a null rule remove what the cell had (modelled).
 */
import type { DataValidationImpl } from './data-validation';
import { eachCell, type Grid, mapCells, type Rect, shaped } from './rect';

export const notesOf = (r: Rect): Grid<string> => mapCells(r, (cell) => cell?.note ?? '');

/** One note per cell (setNotes), or the same note everywhere (setNote, clearNote). */
export function setNotes(r: Rect, notes: (i: number, j: number) => unknown): void {
  eachCell(r, (cell, i, j) => {
    const v = notes(i, j);
    if (v === null || v === undefined || v === '') delete cell.note;
    else cell.note = String(v);
  });
}

export function setNoteGrid(r: Rect, notes: unknown): void {
  const rows = shaped(r, 'setNotes', notes);
  setNotes(r, (i, j) => rows[i]?.[j]);
}

export const validationsOf = (r: Rect): Grid<DataValidationImpl | null> =>
  mapCells(r, (cell) => (cell?.validation as DataValidationImpl | undefined) ?? null);

export function setValidation(r: Rect, rule: DataValidationImpl | null): void {
  eachCell(r, (cell) => {
    if (rule === null) delete cell.validation;
    else cell.validation = rule;
  });
}
