/**
 * Sheets passes a custom function either a single value or a 2-D array (a range). Kamnot computes a
 * whole range in one call: 2-D arguments must share one shape, single values (and 1×1 ranges)
 * broadcast. In a range a bad cell gives an error text in that cell only; a single bad value throws,
 * which Sheets shows as #ERROR! with the message.
 */
import { KamnotError } from '../i18n/error';
import { bilingual, msg } from '../i18n/msg';

type Grid = unknown[][];

function isGrid(value: unknown): value is Grid {
  return Array.isArray(value) && value.length > 0 && Array.isArray(value[0]);
}

function isSingle(value: unknown): boolean {
  return !isGrid(value) || (value.length === 1 && value[0]!.length === 1);
}

function single(value: unknown): unknown {
  return isGrid(value) ? value[0]![0] : value;
}

/** The text a cell shows when its own inputs are bad. Never starts with "=", "+", "-" or "@". */
function cellError(error: unknown): string {
  const m = error instanceof KamnotError ? error.msg : msg('ผิดพลาด', String(error));
  return `ข้อผิดพลาด: ${bilingual(m)}`;
}

/**
 * Applies `fn` to every broadcast tuple of `args`. No range among the arguments: a single value.
 * Otherwise a range shaped like the arguments' ranges (1×1 ranges broadcast like single values).
 */
export function mapCells<R>(args: readonly unknown[], fn: (...cells: unknown[]) => R): R | (R | string)[][] {
  if (!args.some(isGrid)) return fn(...args);
  const grids = args.filter((a) => !isSingle(a)) as Grid[];
  if (grids.length === 0) {
    try {
      return [[fn(...args.map(single))]];
    } catch (error) {
      return [[cellError(error)]];
    }
  }
  const rows = grids[0]!.length;
  const cols = grids[0]![0]!.length;
  for (const g of grids) {
    if (g.length !== rows || g.some((r) => r.length !== cols)) {
      throw new KamnotError(
        msg(
          `ช่วงข้อมูลต้องมีขนาดเท่ากัน (${rows}×${cols} กับ ${g.length}×${g[0]!.length})`,
          `the ranges must have the same size (${rows}×${cols} and ${g.length}×${g[0]!.length})`,
        ),
      );
    }
  }
  const out: (R | string)[][] = new Array(rows);
  const cells: unknown[] = new Array(args.length);
  const broadcast = args.map(isSingle);
  const singles = args.map((a, i) => (broadcast[i] ? single(a) : undefined));
  for (let r = 0; r < rows; r++) {
    const row: (R | string)[] = new Array(cols);
    for (let c = 0; c < cols; c++) {
      for (let i = 0; i < args.length; i++) {
        cells[i] = broadcast[i] ? singles[i] : (args[i] as Grid)[r]![c];
      }
      try {
        row[c] = fn(...cells);
      } catch (error) {
        row[c] = cellError(error);
      }
    }
    out[r] = row;
  }
  return out;
}
