/**
 * What a tab read from .xlsx holds beyond the seed (which takes values, formulas, number formats,
 * notes, backgrounds and frozen rows): fonts and alignment, frozen columns, widths, hidden rows and
 * columns, merges, the filter, conditional formats and data validation. Applied to a runtime's
 * model once it exists, because a "list from a range" rule needs the runtime's own Range.
 */
import type { Environment } from '../runtime';
import { parseA1, splitSheet, toA1 } from '../runtime/spreadsheet/a1';
import { DataValidationImpl } from '../runtime/spreadsheet/data-validation';
import type { GridRange } from '../runtime/spreadsheet/grid-range';
import type { SheetModel } from '../runtime/spreadsheet/model';
import type { RuleSpec } from './conditional-formats';
import { type Kept, type KeptCellSpec, type KeptSheet, nothingKept } from './kept-styles';
import type { ValidationSpec } from './validation';

export interface FontSpec {
  readonly row: number;
  readonly col: number;
  readonly fontWeight?: string;
  readonly fontStyle?: string;
  readonly fontColor?: string;
  readonly horizontalAlignment?: string;
  readonly wrap?: boolean;
}

export interface SheetExtras {
  /** The tab's name in the runtime (its full name when `_kamnot` kept it). */
  readonly name: string;
  readonly frozenColumns: number;
  /** [column, width in px]. */
  readonly columnWidths: readonly (readonly [number, number])[];
  readonly hiddenColumns: readonly number[];
  readonly hiddenRows: readonly number[];
  readonly fonts: readonly FontSpec[];
  /** Every styled or error cell's full style: what the model does not hold (kept-styles.ts). */
  readonly kept: readonly KeptCellSpec[];
  readonly keptSheet: KeptSheet;
  /** [row, height in px]. */
  readonly rowHeights: readonly (readonly [number, number])[];
  /** A1 ranges. */
  readonly merges: readonly string[];
  readonly filter: string | undefined;
  readonly conditionalFormats: readonly RuleSpec[];
  readonly validations: readonly { readonly ref: string; readonly rule: ValidationSpec }[];
}

function grid(sheet: SheetModel, a1: string): GridRange | undefined {
  const ref = parseA1(a1.replace(/\$/g, ''));
  if (!ref || ref.row === undefined || ref.col === undefined) return undefined;
  const endRow = Math.min(ref.endRow ?? ref.row, sheet.maxRows);
  const endCol = Math.min(ref.endCol ?? ref.col, sheet.maxColumns);
  if (endRow < ref.row || endCol < ref.col) return undefined;
  return {
    sheetId: sheet.id,
    row: ref.row,
    col: ref.col,
    numRows: endRow - ref.row + 1,
    numCols: endCol - ref.col + 1,
  };
}

/**
 * A range down to the sheet's last row written the way Sheets keeps it, open-ended ("B2:B"):
 * xlsx has no such reference, so the writer closed it at the last row.
 */
function openEnded(sheet: SheetModel, g: GridRange): string {
  const a1 = toA1(g.row, g.col, g.numRows, g.numCols);
  return g.row > 1 && g.row + g.numRows - 1 === sheet.maxRows ? a1.replace(/\d+$/, '') : a1;
}

/**
 * Applies every tab's extras to `env`'s spreadsheet (no service call is made or counted).
 * `sheetName` maps a tab name as the file writes it in formulas to the runtime's name. Returns what
 * the model cannot hold, by the model's own cells and sheets, for the writer.
 */
export function applyExtras(
  env: Environment,
  extras: readonly SheetExtras[],
  sheetName: (xlsxName: string) => string,
): Kept {
  const kept = nothingKept();
  for (const x of extras) {
    const sheet = env.model.sheetByName(x.name);
    if (!sheet) continue;
    kept.sheets.set(sheet, x.keptSheet);
    for (const { row, col, ...cell } of x.kept) kept.cells.set(sheet.cellForWrite(row, col), cell);
    for (const [row, px] of x.rowHeights) sheet.rowHeights.set(row, px);
    sheet.frozenColumns = x.frozenColumns;
    for (const [col, px] of x.columnWidths) sheet.columnWidths.set(col, px);
    for (const c of x.hiddenColumns) sheet.hiddenColumns.add(c);
    for (const r of x.hiddenRows) sheet.hiddenRows.add(r);
    for (const f of x.fonts) {
      const { row, col, ...formats } = f;
      Object.assign(sheet.cellForWrite(row, col), formats);
    }
    for (const m of x.merges) {
      const g = grid(sheet, m);
      if (g) sheet.merges.push(g);
    }
    const filter = x.filter === undefined ? undefined : grid(sheet, x.filter);
    if (filter) sheet.filter = { range: filter, criteria: new Map() };
    for (const rule of x.conditionalFormats) {
      const ranges = rule.ranges.map((r) => grid(sheet, r)).filter((g): g is GridRange => g !== undefined);
      if (ranges.length > 0)
        sheet.conditionalFormats.push({ condition: rule.condition, format: rule.format, ranges });
    }
    for (const { ref, rule } of x.validations) {
      const g = grid(sheet, ref);
      if (!g) continue;
      let values = rule.values;
      if (rule.criteria === 'VALUE_IN_RANGE') {
        const [source, a1] = splitSheet(rule.rangeRef ?? '');
        const target = env.model.sheetByName(source === undefined ? x.name : sheetName(source));
        const g = target && grid(target, a1);
        if (!target || !g) continue;
        values = [env.spreadsheet.range(target.name, openEnded(target, g)), values[1] ?? true];
      }
      const impl = new DataValidationImpl({
        criteria: rule.criteria,
        values,
        allowInvalid: rule.allowInvalid,
        helpText: rule.helpText,
      });
      for (let r = g.row; r < g.row + g.numRows; r++)
        for (let c = g.col; c < g.col + g.numCols; c++) sheet.cellForWrite(r, c).validation = impl;
    }
  }
  return kept;
}
