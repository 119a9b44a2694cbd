/**
 * A whole register in one pass: every row parsed, evaluated and turned into Kamnot's cell values,
 * case ids checked (blank ones get a new id, duplicates are flagged on every row that has them).
 */
import type { Procedure } from '../catalog/schema';
import type { Day } from '../dates/civil';
import type { OffsetAt } from '../dates/zone';
import { evaluateCase } from '../engine/evaluate';
import type { CaseResult, EngineSettings } from '../engine/types';
import { type Lang, msg } from '../i18n/msg';
import { type ColumnNames, type ComputedRow, computedRow } from './computed';
import type { RegisterLayout } from './layout';
import { nonCaseRow } from './non-case';
import { type CellProblem, type ParsedRow, parseRow } from './row';

export interface EvaluatedRow {
  /** Index of the row in the values given (0 = first row under the header). */
  readonly index: number;
  /** The rules the row was evaluated under (an office procedure's case keeps its version's). */
  readonly procedure: Procedure;
  readonly parsed: ParsedRow;
  readonly result: CaseResult | null;
  readonly computed: ComputedRow;
  /** A case id Kamnot assigns because the cell was blank. */
  readonly newId: string | null;
}

export interface Rules {
  readonly procedure: Procedure;
  readonly layout: RegisterLayout;
}

/** New case ids: `prefix-n`, numbered after the highest the register ever had or now holds. */
interface IdPolicy {
  readonly prefix: string;
  /** The highest number ever given in this register (kept by the caller): a deleted case's id is never given again. */
  readonly after: bigint;
}

export interface RowOptions {
  /** Row i's rules (an office procedure's cases keep their version's). */
  readonly rulesOf: (index: number) => Rules;
  readonly engine: EngineSettings;
  readonly lang: Lang;
  readonly offsetAt: OffsetAt;
  readonly today: Day;
  readonly ids: IdPolicy;
  /** Every cell of row i that is not Kamnot's output (the office's own columns too): tells a totals or section row from a case. */
  readonly office?: (index: number) => readonly unknown[];
  /** What messages call each input column: the header the office sees. */
  readonly names?: ColumnNames;
}

/** The number of an id Kamnot gives (`K-12` → 12n), or null. BigInt: ids typed near 2^53 stay distinct. */
export function kamnotIdNumber(prefix: string, id: string): bigint | null {
  const match = new RegExp(`^${prefix}-(\\d{1,30})$`).exec(id.trim());
  return match ? BigInt(match[1]!) : null;
}

/**
 * Every row under its own rules: `rows[i]` holds row i's input cells in the order of
 * `rulesOf(i).layout.inputs`. Case ids are checked across all rows, whatever their rules.
 */
export function evaluateRows(rows: readonly (readonly unknown[])[], o: RowOptions): EvaluatedRow[] {
  const rules = rows.map((_, i) => o.rulesOf(i));
  const parsed = rows.map((values, i) => {
    const { layout, procedure } = rules[i]!;
    const row = parseRow(layout, procedure, values, o.offsetAt, o.today);
    if (row.blank) return row;
    const keys = layout.inputs.map((c) => c.key);
    const why = nonCaseRow(values, o.office?.(i) ?? values, {
      start: keys.indexOf('start'),
      caseId: keys.indexOf('case-id'),
    });
    // A totals or section row is no case: no state, no id, no mail (and no problem to report).
    return why ? { ...row, blank: true, problems: [] } : row;
  });
  const counts = new Map<string, number>();
  const prefix = o.ids.prefix.replace(/[^A-Za-z0-9]/g, '');
  let highest = o.ids.after;
  for (const p of parsed) {
    if (p.blank || p.caseId === '') continue;
    counts.set(p.caseId, (counts.get(p.caseId) ?? 0) + 1);
    const n = kamnotIdNumber(prefix, p.caseId);
    if (n !== null && n > highest) highest = n;
  }
  return parsed.flatMap((p, index) => {
    if (p.blank) return [];
    const problems: CellProblem[] = [...p.problems];
    let newId: string | null = null;
    if (p.caseId === '') {
      highest += 1n;
      newId = `${prefix}-${highest.toString()}`;
    } else if ((counts.get(p.caseId) ?? 0) > 1) {
      problems.push({
        column: 'case-id',
        msg: msg(`รหัสเรื่อง "${p.caseId}" ซ้ำกับแถวอื่น`, `case ID "${p.caseId}" is used on another row too`),
      });
    }
    const { procedure } = rules[index]!;
    const result = evaluateCase(procedure, p.input, o.engine, o.today);
    return [
      {
        index,
        procedure,
        parsed: p,
        result,
        computed: computedRow(procedure, result, problems, o.lang, o.names),
        newId,
      },
    ];
  });
}
