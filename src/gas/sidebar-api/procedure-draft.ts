/**
 * The sidebar's editable procedure (a draft) and the Procedures tab's rows, both ways. A draft is
 * checked by writing it as the rows a save would write and reading them with the tab's own parser,
 * so the editor can never accept what the tab would refuse, nor refuse what it would accept.
 */
import type { Procedure } from '../../core/catalog/schema';
import { escapeFormula } from '../../core/cells';
import type { Msg } from '../../core/i18n/msg';
import { canonical } from '../../core/procedures/diff';
import { hash36 } from '../../core/procedures/ids';
import { type ParsedTab, parseProceduresTab } from '../../core/procedures/parse-tab';
import { readCellText } from '../../core/procedures/read-cells';
import { TAB_COLUMNS, type TabKey, tabHeaderRow } from '../../core/procedures/tab-layout';
import { procedureToRows, type TabRow } from '../../core/procedures/to-rows';
import type { ProcedureDraft, ProcedureStepDraft } from './public';

const INDEX = new Map<TabKey, number>(TAB_COLUMNS.map((c, i) => [c.key, i]));
const at = (row: readonly unknown[], key: TabKey) => row[INDEX.get(key)!];
const textOf = (value: unknown) => {
  const read = readCellText(value);
  return read.ok ? read.text : '';
};

/** The draft's rows in `TAB_COLUMNS` order, as a save writes them (text never starts a formula). */
export function draftToRows(draft: ProcedureDraft, id: string, version: number | null): TabRow[] {
  return draft.steps.map((s) => {
    const values: Record<TabKey, string | number> = {
      procedure: id,
      'name-th': draft.th.trim(),
      'name-en': draft.en.trim(),
      version: version ?? '',
      step: s.no,
      'step-th': s.th.trim(),
      'step-en': s.en.trim(),
      role: s.role.trim(),
      rule: s.rule.trim(),
      condition: s.condition.trim(),
      standard: s.standard.trim(),
      notes: s.notes.trim(),
      check: '',
    };
    return TAB_COLUMNS.map((c) => {
      const v = values[c.key];
      return typeof v === 'string' ? escapeFormula(v) : v;
    });
  });
}

/** The procedure's names as one row (in `TAB_COLUMNS` order) holds them. */
export function namesInRow(row: readonly unknown[] | undefined): { th: string; en: string } {
  return row ? { th: textOf(at(row, 'name-th')), en: textOf(at(row, 'name-en')) } : { th: '', en: '' };
}

/** Rows (in `TAB_COLUMNS` order, or mapped to it) → the steps of a draft. */
export function stepsFromRows(rows: readonly (readonly unknown[])[]): ProcedureStepDraft[] {
  return rows.map((r, i) => {
    const no = Number(textOf(at(r, 'step')));
    return {
      no: Number.isInteger(no) && no >= 1 ? no : i + 1,
      th: textOf(at(r, 'step-th')),
      en: textOf(at(r, 'step-en')),
      role: textOf(at(r, 'role')),
      rule: textOf(at(r, 'rule')),
      condition: textOf(at(r, 'condition')),
      standard: textOf(at(r, 'standard')),
      notes: textOf(at(r, 'notes')),
    };
  });
}

/** A valid procedure as a draft: its rules written back in the tab's grammar (Thai). */
export function draftOf(procedure: Procedure, original: string | null, basis: string): ProcedureDraft {
  const rows = procedureToRows(procedure, null);
  return {
    id: procedure.id,
    original,
    basis,
    th: procedure.th,
    en: procedure.en === procedure.th ? '' : procedure.en,
    steps: stepsFromRows(rows),
  };
}

/** Everything an officer types: not the Version and Check columns, which Kamnot writes. */
const BASIS_KEYS = TAB_COLUMNS.filter((c) => !c.kamnot).map((c) => c.key);

/** What the tab holds for one procedure, as one short text: a save compares it with the draft's basis. */
export function basisOf(rows: readonly (readonly unknown[])[]): string {
  if (rows.length === 0) return '';
  return hash36(canonical(rows.map((r) => BASIS_KEYS.map((k) => textOf(at(r, k))))));
}

export interface CheckedDraft {
  readonly rows: TabRow[];
  readonly parsed: ParsedTab;
  readonly procedure: Procedure | null;
  /** Problems by step number (null: the procedure as a whole), without the tab's "not used" line. */
  readonly problems: { readonly no: number | null; readonly message: Msg }[];
}

const WHOLE: readonly string[] = ['procedure', 'name-th', 'name-en'];

/** The draft read back exactly as the tab would read it. */
export function checkDraft(draft: ProcedureDraft, id: string, version: number | null = null): CheckedDraft {
  const rows = draftToRows(draft, id, version);
  const parsed = parseProceduresTab([tabHeaderRow(), ...rows]);
  const problems = parsed.problems
    .filter((p) => p.code !== 'not-used')
    .map((p) => ({
      // Row r of the check is draft step r - 2 (row 1 is the header).
      no: p.column !== undefined && WHOLE.includes(p.column) ? null : (draft.steps[p.row - 2]?.no ?? null),
      message: p.message,
    }));
  if (draft.steps.length === 0)
    problems.push({
      no: null,
      message: { th: 'ยังไม่มีขั้นตอน: เพิ่มอย่างน้อยหนึ่งขั้น', en: 'no steps yet: add at least one' },
    });
  const procedure = problems.length === 0 ? (parsed.procedures[0]?.procedure ?? null) : null;
  return { rows, parsed, procedure, problems };
}
