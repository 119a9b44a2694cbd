/**
 * Evaluating a bound register's rows. A catalogue procedure's register has one set of rules; an
 * office procedure's cases each follow the version recorded in their row (the latest for a new
 * case), read from that version's own columns, so a changed procedure never rewrites an open case.
 */
import type { Day } from '../../core/dates/civil';
import type { EngineSettings } from '../../core/engine/types';
import { bilingual } from '../../core/i18n/msg';
import { versionForCase } from '../../core/procedures/versions';
import type { ComputedRow } from '../../core/register/computed';
import { docNoOf } from '../../core/register/doc-no';
import { type EvaluatedRow, evaluateRows, type Rules } from '../../core/register/evaluate-register';
import { DOC_NO_COLUMN, type RegisterLayout, registerLayout } from '../../core/register/layout';
import type { Settings } from '../../core/settings';
import type { dateIO } from '../date-io';
import type { BoundRegister } from './registers';

export interface BoundRow extends EvaluatedRow {
  /** The procedure version the case follows (office procedures), null for a catalogue procedure. */
  readonly version: number | null;
  /** The office's document number (เลขที่หนังสือรับ), or '' when the register does not carry one. */
  readonly docNo: string;
}

/** What evaluating a register needs of the workbook (a WorkbookContext has it all). */
export interface EvaluateContext {
  readonly engine: EngineSettings;
  readonly settings: Settings;
  readonly io: ReturnType<typeof dateIO>;
  readonly today: Day;
}

/** Ids Kamnot gives: `K-n`. */
export const ID_PREFIX = 'K';

/**
 * The register's data rows (without the header), evaluated. `idsAfter`: the highest id number this
 * register ever had (kept by the run), so a new case never gets a deleted case's id.
 */
export function evaluateBound(
  bound: BoundRegister,
  data: readonly (readonly unknown[])[],
  context: EvaluateContext,
  idsAfter = 0n,
): BoundRow[] {
  const { engine, settings, io, today } = context;
  const common = {
    engine,
    lang: settings.lang,
    offsetAt: io.offsetAt,
    today,
    ids: { prefix: ID_PREFIX, after: idsAfter },
  };
  const inputsOf = (layout: RegisterLayout, row: readonly unknown[]) =>
    layout.inputs.map((c) => {
      const i = bound.columnOf.get(c.key) ?? -1;
      return i < 0 ? '' : row[i];
    });
  const docAt = bound.columnOf.get(DOC_NO_COLUMN.key) ?? -1;
  const docNo = (r: EvaluatedRow) => docNoOf(data[r.index] ?? [], docAt, r.parsed.caseId, bound.officeIds);
  const history = bound.history;
  if (!history) {
    const rules: Rules = { procedure: bound.procedure, layout: bound.layout };
    const rows = evaluateRows(
      data.map((row) => inputsOf(bound.layout, row)),
      { ...common, rulesOf: () => rules },
    );
    return rows.map((r) => ({ ...r, version: null, docNo: docNo(r) }));
  }
  const versionAt = bound.columnOf.get('kamnot:version') ?? -1;
  const layouts = new Map<number, RegisterLayout>();
  const picked = data.map((row) => versionForCase(history, versionAt < 0 ? '' : row[versionAt]));
  const rules: Rules[] = picked.map((p) => {
    const record = p?.record ?? history[history.length - 1]!;
    let layout = layouts.get(record.version);
    if (!layout) {
      layout = registerLayout(record.procedure, { versioned: true });
      layouts.set(record.version, layout);
    }
    return { procedure: record.procedure, layout };
  });
  const rows = evaluateRows(
    data.map((row, i) => inputsOf(rules[i]!.layout, row)),
    { ...common, rulesOf: (i) => rules[i]! },
  );
  return rows.map((r) => {
    const p = picked[r.index];
    const problem = p?.problem ? bilingual(p.problem) : '';
    const note = [problem, r.computed.note].filter((x) => x !== '').join('\n');
    return { ...r, computed: { ...r.computed, note }, version: p?.record.version ?? null, docNo: docNo(r) };
  });
}

/** Kamnot's cells for one row, in layout order (the due date as a Date for the colour rules). */
export function computedCells(
  c: ComputedRow,
  io: ReturnType<typeof dateIO>,
  version: number | null,
): unknown[] {
  const cells: unknown[] = [
    c.step,
    c.dueText,
    c.dueDay === null ? '' : io.dateOut(c.dueDay),
    c.left,
    c.state,
  ];
  if (version !== null) cells.push(version);
  return cells;
}
