/**
 * One xlsx cell as the runtime's seed wants it: its value (text, number, boolean, a Date for a
 * date), its formula with the last result the file holds, and its note. ExcelJS reads a date
 * serial as a Date whose UTC fields are the wall clock; the same wall clock is taken in the
 * spreadsheet's zone, as Sheets does (a date cell has no zone of its own).
 */
import type ExcelJS from 'exceljs';
import type { Scalar } from '../runtime/spreadsheet/cell';
import { instantFromSerial } from '../runtime/spreadsheet/cell';
import { DAY_MS, SERIAL_EPOCH_MS } from '../runtime/spreadsheet/number-format';

export interface ReadCell {
  readonly value?: Scalar | Date;
  readonly formula?: string;
  readonly note?: string;
}

/** A Date from ExcelJS (wall clock in UTC fields) → the instant of that wall clock in `timeZone`. */
function dateInZone(wall: Date, timeZone: string): Date {
  const serial = (wall.getTime() - SERIAL_EPOCH_MS) / DAY_MS;
  return new Date(instantFromSerial(serial, timeZone));
}

function plainText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'richText' in value) {
    const parts = (value as ExcelJS.CellRichTextValue).richText;
    return Array.isArray(parts) ? parts.map((p) => p.text ?? '').join('') : '';
  }
  return value === null || value === undefined ? '' : String(value);
}

function scalar(value: unknown, timeZone: string): Scalar | Date | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string') return value === '' ? undefined : value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '#NUM!' : dateInZone(value, timeZone);
  if (typeof value === 'object') {
    if ('error' in value) return String((value as ExcelJS.CellErrorValue).error);
    if ('hyperlink' in value) return plainText((value as ExcelJS.CellHyperlinkValue).text) || undefined;
    if ('richText' in value) return plainText(value) || undefined;
  }
  return undefined;
}

function noteText(note: ExcelJS.Cell['note'] | undefined): string | undefined {
  if (note === undefined || note === null) return undefined;
  if (typeof note === 'string') return note === '' ? undefined : note;
  const text = (note.texts ?? []).map((t) => t.text ?? '').join('');
  return text === '' ? undefined : text;
}

export function readCell(cell: ExcelJS.Cell, timeZone: string): ReadCell {
  const note = noteText(cell.note);
  // A merged cell other than the top-left one repeats the top-left value: it holds nothing itself.
  if (cell.isMerged && cell.master !== cell) return note === undefined ? {} : { note };
  const raw = cell.value;
  let out: { value?: Scalar | Date; formula?: string } = {};
  if (raw && typeof raw === 'object' && ('formula' in raw || 'sharedFormula' in raw)) {
    const formula = cell.formula;
    const result = scalar((raw as ExcelJS.CellFormulaValue).result, timeZone);
    out = formula ? { formula: `=${formula}`, ...(result === undefined ? {} : { value: result }) } : {};
    if (!formula && result !== undefined) out = { value: result };
  } else {
    const value = scalar(raw, timeZone);
    if (value !== undefined) out = { value };
  }
  return note === undefined ? out : { ...out, note };
}
