/**
 * Conditional format rules between the runtime's model and Excel. Kamnot colours a register's rows
 * with custom-formula rules on the hidden due-date column and TODAY(), so the colours stay live in
 * Excel and LibreOffice too. Sheets applies the first rule that matches; Excel applies every rule
 * and settles conflicts by priority, so rules keep their order as priorities (the first wins), and
 * rules over the same ranges go into one block, which LibreOffice reads as one ordered format.
 * The fill is written as both pattern colours: Excel reads a conditional fill's bgColor, some
 * LibreOffice versions its fgColor.
 */
import type ExcelJS from 'exceljs';
import { toA1 } from '../runtime/spreadsheet/a1';
import type { GridRange } from '../runtime/spreadsheet/grid-range';
import type { ConditionalFormatModel, ConditionModel } from '../runtime/spreadsheet/model';
import { argbOf, cssOf } from './styles';

type Format = ConditionalFormatModel['format'];

/** A rule read from a file, its ranges as A1 text on its own sheet. */
export interface RuleSpec {
  readonly condition: ConditionModel;
  readonly format: Format;
  readonly ranges: readonly string[];
}

function dxf(format: Format): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  const fill = argbOf(format.background);
  if (fill)
    style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill }, bgColor: { argb: fill } };
  const font: Partial<ExcelJS.Font> = {};
  if (format.bold) font.bold = true;
  if (format.italic) font.italic = true;
  if (format.strikethrough) font.strike = true;
  if (format.underline) font.underline = true;
  const color = argbOf(format.fontColor);
  if (color) font.color = { argb: color };
  if (Object.keys(font).length > 0) style.font = font;
  return style;
}

const quote = (text: unknown): string => `"${String(text).replace(/"/g, '""')}"`;

/** The rule's test as an Excel formula relative to the first cell of its first range. */
function excelFormula(condition: ConditionModel, first: GridRange): string | undefined {
  const [a, b] = condition.values;
  const x = toA1(first.row, first.col, 1, 1);
  const num = (op: string, n: unknown) => `AND(ISNUMBER(${x}),${x}${op}${Number(n)})`;
  switch (condition.type) {
    case 'CUSTOM_FORMULA':
      return String(a ?? '').replace(/^=/, '');
    case 'NUMBER_GREATER_THAN':
      return num('>', a);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return num('>=', a);
    case 'NUMBER_LESS_THAN':
      return num('<', a);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return num('<=', a);
    case 'NUMBER_EQUAL_TO':
      return num('=', a);
    case 'NUMBER_BETWEEN':
      return `AND(ISNUMBER(${x}),${x}>=${Number(a)},${x}<=${Number(b)})`;
    case 'TEXT_CONTAINS':
      return `ISNUMBER(SEARCH(${quote(a)},${x}))`;
    case 'TEXT_EQUAL_TO':
      return `${x}=${quote(a)}`;
    case 'CELL_EMPTY':
      return `LEN(${x})=0`;
    case 'CELL_NOT_EMPTY':
      return `LEN(${x})>0`;
    default:
      return undefined;
  }
}

const rangesKey = (ranges: readonly GridRange[]): string =>
  ranges.map((r) => toA1(r.row, r.col, r.numRows, r.numCols)).join(' ');

/** Adds a sheet's rules to `ws`; returns the condition types Excel could not take. */
export function writeConditionalFormats(
  ws: ExcelJS.Worksheet,
  rules: readonly ConditionalFormatModel[],
): string[] {
  const skipped: string[] = [];
  let priority = 1;
  let block: { ref: string; rules: ExcelJS.ConditionalFormattingRule[] } | undefined;
  const flush = () => {
    if (block && block.rules.length > 0) ws.addConditionalFormatting(block);
    block = undefined;
  };
  for (const rule of rules) {
    const first = rule.ranges[0];
    const formula = rule.condition && first ? excelFormula(rule.condition, first) : undefined;
    if (formula === undefined) {
      skipped.push(rule.condition?.type ?? 'GRADIENT');
      continue;
    }
    const ref = rangesKey(rule.ranges);
    if (block?.ref !== ref) {
      flush();
      block = { ref, rules: [] };
    }
    block.rules.push({
      type: 'expression',
      formulae: [formula],
      style: dxf(rule.format),
      priority: priority++,
    });
  }
  flush();
  return skipped;
}

interface ReadRule {
  type?: string;
  operator?: string;
  formulae?: unknown[];
  text?: string;
  style?: Partial<ExcelJS.Style>;
}

function formatOf(style: Partial<ExcelJS.Style> | undefined): Format {
  const fill = style?.fill;
  const background = fill?.type === 'pattern' ? (cssOf(fill.bgColor) ?? cssOf(fill.fgColor)) : undefined;
  const font = style?.font;
  const fontColor = cssOf(font?.color);
  return {
    ...(background ? { background } : {}),
    ...(fontColor ? { fontColor } : {}),
    ...(font?.bold ? { bold: true } : {}),
    ...(font?.italic ? { italic: true } : {}),
    ...(font?.strike ? { strikethrough: true } : {}),
    ...(font?.underline ? { underline: true } : {}),
  };
}

const CELL_IS: Record<string, string> = {
  greaterThan: 'NUMBER_GREATER_THAN',
  greaterThanOrEqual: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  lessThan: 'NUMBER_LESS_THAN',
  lessThanOrEqual: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
  equal: 'NUMBER_EQUAL_TO',
  notEqual: 'NUMBER_NOT_EQUAL_TO',
  between: 'NUMBER_BETWEEN',
  notBetween: 'NUMBER_NOT_BETWEEN',
};

function conditionOf(rule: ReadRule): ConditionModel | undefined {
  const formulae = rule.formulae ?? [];
  if (rule.type === 'expression' && formulae[0] !== undefined)
    return { type: 'CUSTOM_FORMULA', values: [`=${String(formulae[0])}`] };
  if (rule.type === 'cellIs' && rule.operator && CELL_IS[rule.operator]) {
    const numbers = formulae.map(Number);
    if (numbers.every(Number.isFinite)) return { type: CELL_IS[rule.operator] as string, values: numbers };
  }
  if (rule.type === 'containsText' && rule.operator === 'containsText' && rule.text !== undefined)
    return { type: 'TEXT_CONTAINS', values: [rule.text] };
  return undefined;
}

/** A sheet's rules in priority order (the first wins, as in Sheets); `skipped` gets what has no twin. */
export function readConditionalFormats(ws: ExcelJS.Worksheet, skipped: string[]): RuleSpec[] {
  const blocks = (ws as unknown as { conditionalFormattings?: { ref: string; rules: ReadRule[] }[] })
    .conditionalFormattings;
  const found: { spec: RuleSpec; priority: number }[] = [];
  for (const block of blocks ?? []) {
    const ranges = block.ref.split(/\s+/).filter((r) => r !== '');
    for (const rule of block.rules) {
      const condition = conditionOf(rule);
      if (!condition) {
        skipped.push(rule.type ?? '?');
        continue;
      }
      const priority = Number((rule as { priority?: unknown }).priority);
      found.push({
        spec: { condition, format: formatOf(rule.style), ranges },
        priority: Number.isFinite(priority) ? priority : Number.MAX_SAFE_INTEGER,
      });
    }
  }
  return found.sort((a, b) => a.priority - b.priority).map((f) => f.spec);
}
