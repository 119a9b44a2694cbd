/**
 * A procedure written as Procedures-tab rows: what the sidebar saves after an officer edits a
 * procedure, and how a catalogue procedure becomes the office's own (new id, version 1). Every row
 * repeats the procedure's id and names, so sorting or filtering the tab never orphans a step.
 */
import { branchesOf, optionOf } from '../catalog/branches';
import type { Procedure, Step } from '../catalog/schema';
import { escapeFormula } from '../cells';
import { fail, ok, type Result } from '../i18n/error';
import { type Lang, msg } from '../i18n/msg';
import { formatRule, namesOf } from './format-rule';
import { defaultRoleEn, OFFICE_PREFIX, slug, stepNoOf } from './ids';
import { parseProceduresTab, type TabOptions } from './parse-tab';
import { type Condition, conditionText } from './read-cells';
import { TAB_COLUMNS, type TabKey, tabHeaderRow } from './tab-layout';

export type TabRow = (string | number)[];

/**
 * A step's condition as the tab writes it. A branch and a several-step alternative are written by
 * their Thai names (the tab's own words; English rows too, so a round trip keeps the same ids).
 */
function conditionOf(procedure: Procedure, step: Step): Condition {
  const branch =
    step.branch === undefined ? undefined : branchesOf(procedure).find((b) => b.id === step.branch);
  const option = branch?.options.find((o) => o.id === optionOf(step));
  return {
    optional: step.optional === true,
    branch: branch ? branch.th.replace(/^ทางเลือก: /, '') : null,
    option: step.option !== undefined && option ? option.th : null,
  };
}

/** The procedure's rows in `TAB_COLUMNS` order (no header); rules in `lang`, Thai by default. */
export function procedureToRows(procedure: Procedure, version: number | null, lang: Lang = 'th'): TabRow[] {
  const names = namesOf(procedure);
  return procedure.steps.map((step) => {
    const role =
      step.role.en === defaultRoleEn(step.role.th) ? step.role.th : `${step.role.th} / ${step.role.en}`;
    const words = step.words ?? (step.effortMinutes !== undefined ? `${step.effortMinutes} นาที` : '');
    const values: Record<TabKey, string | number> = {
      procedure: procedure.id,
      'name-th': procedure.th,
      'name-en': procedure.en === procedure.th ? '' : procedure.en,
      version: version ?? '',
      step: stepNoOf(procedure, step.id) ?? '',
      'step-th': step.th,
      'step-en': step.en === step.th ? '' : step.en,
      role,
      rule: formatRule(step.deadline, names, lang),
      condition: conditionText(conditionOf(procedure, step), lang),
      standard: words,
      notes: step.note ?? '',
      check: '',
    };
    // Text from a shared file is someone else's: it must never arrive in a cell as a formula.
    return TAB_COLUMNS.map((c) => {
      const v = values[c.key];
      return typeof v === 'string' ? escapeFormula(v) : v;
    });
  });
}

/** "003-study-leave" → "office-study-leave", then "-2", "-3"… until no procedure has it. */
export function officeIdFor(id: string, taken: readonly string[]): string {
  const base = OFFICE_PREFIX + (slug(id).replace(/^(?:\d{3}-|office-)/, '') || 'procedure');
  const used = new Set(taken);
  if (!used.has(base)) return base;
  let k = 2;
  while (used.has(`${base}-${k}`)) k++;
  return `${base}-${k}`;
}

/**
 * A catalogue (or another office's) procedure as a new office procedure: its steps numbered 1…n,
 * references rewritten to numbers, date columns named by their Thai names, version 1. Read back
 * through the tab's own parser, so the copy is exactly what the tab will hold. What one row per step
 * cannot carry (legal references, forms, recurrence, non-date fields) stays with the original.
 */
export function copyToOffice(
  procedure: Procedure,
  taken: readonly string[],
  options: TabOptions = {},
): Result<{ procedure: Procedure; version: 1; rows: TabRow[] }> {
  if (procedure.steps.length === 0)
    return fail(
      msg(
        `"${procedure.th}" เป็นรายการตรวจสอบ ไม่มีขั้นตอนให้คัดลอก`,
        `"${procedure.en}" is a checklist with no steps to copy`,
      ),
    );
  const id = officeIdFor(procedure.id, taken);
  const renumbered: Procedure = { ...procedure, id, manual: 'office' };
  const rows = procedureToRows(renumbered, 1);
  const parsed = parseProceduresTab([tabHeaderRow(), ...rows], options);
  const copy = parsed.procedures[0];
  const problem = parsed.problems[0];
  if (!copy || problem)
    return fail(
      problem
        ? msg(`คัดลอกไม่ได้: ${problem.message.th}`, `cannot copy: ${problem.message.en}`)
        : msg('คัดลอกไม่ได้', 'cannot copy'),
    );
  return ok({ procedure: copy.procedure, version: 1, rows });
}
