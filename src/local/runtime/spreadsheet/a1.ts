/**
 * A1 notation: "A1", "A1:C3", "A:C", "2:5", "A2:C", "$A$1", "'My sheet'!B2:C".
 * Source: Sheets A1 notation (Sheets API "A1 notation" guide). Invalid text gives "Range not found"
 * (production Apps Script message).
 */
import { columnLetters, columnNumber } from '../../../core/cells';

export interface A1 {
  readonly sheetName?: string;
  /** Undefined bounds are open ("A:C" has no rows, "A2:C" has no end row). */
  readonly row?: number;
  readonly col?: number;
  readonly endRow?: number;
  readonly endCol?: number;
}

/** Splits "Sheet!A1" into sheet name and reference; handles quoted names with '' escapes. */
export function splitSheet(text: string): [sheetName: string | undefined, ref: string] {
  const t = text.trim();
  if (t.startsWith("'")) {
    let i = 1;
    let name = '';
    while (i < t.length) {
      if (t[i] === "'") {
        if (t[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += t[i];
      i++;
    }
    if (t[i + 1] !== '!') return [undefined, t];
    return [name, t.slice(i + 2)];
  }
  const bang = t.lastIndexOf('!');
  if (bang < 0) return [undefined, t];
  return [t.slice(0, bang), t.slice(bang + 1)];
}

const PART = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

/** Parses A1 notation, or returns undefined when it is not valid. */
export function parseA1(text: string): A1 | undefined {
  const [sheetName, ref] = splitSheet(text);
  if (ref === '') return undefined;
  const parts = ref.split(':');
  if (parts.length > 2) return undefined;
  const [a, b] = parts.map((p) => PART.exec(p.trim()));
  if (!a || (parts.length === 2 && !b)) return undefined;
  const aCol = a[1] ? columnNumber(a[1]) : undefined;
  const aRow = a[2] ? Number(a[2]) : undefined;
  if (aCol === undefined && aRow === undefined) return undefined;
  if (aRow === 0) return undefined;
  const base = sheetName === undefined ? {} : { sheetName };
  if (parts.length === 1) {
    if (aCol === undefined || aRow === undefined) return undefined;
    return { ...base, row: aRow, col: aCol, endRow: aRow, endCol: aCol };
  }
  const bb = b as RegExpExecArray;
  const bCol = bb[1] ? columnNumber(bb[1]) : undefined;
  const bRow = bb[2] ? Number(bb[2]) : undefined;
  if ((bCol === undefined && bRow === undefined) || bRow === 0) return undefined;
  // Whole columns "A:C", whole rows "2:5", or a start cell with an open end "A2:C".
  if (aRow === undefined && bRow !== undefined && aCol !== undefined && bCol !== undefined) return undefined;
  const order = (x: number | undefined, y: number | undefined): [number | undefined, number | undefined] =>
    x !== undefined && y !== undefined && y < x ? [y, x] : [x, y];
  const [row, endRow] = order(aRow, bRow);
  const [col, endCol] = order(aCol, bCol);
  if (col === undefined && endCol !== undefined) return undefined;
  return {
    ...base,
    ...(row === undefined ? {} : { row }),
    ...(col === undefined ? {} : { col }),
    ...(endRow === undefined ? {} : { endRow }),
    ...(endCol === undefined ? {} : { endCol }),
  };
}

/** "A1", "A1:C3", or open forms "A:C" / "2:5" / "A2:C". */
export function toA1(
  row: number,
  col: number,
  numRows: number,
  numCols: number,
  openRows = false,
  openCols = false,
  openEndRow = false,
): string {
  if (openRows) return `${columnLetters(col)}:${columnLetters(col + numCols - 1)}`;
  if (openCols) return `${row}:${row + numRows - 1}`;
  const start = `${columnLetters(col)}${row}`;
  if (openEndRow) return `${start}:${columnLetters(col + numCols - 1)}`;
  if (numRows === 1 && numCols === 1) return start;
  return `${start}:${columnLetters(col + numCols - 1)}${row + numRows - 1}`;
}

/** Quotes a sheet name for use in A1 notation when needed. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
