/**
 * The structural checks every manual of the catalogue must pass, registered once per manual by its
 * facts file (test/core/catalog/facts-NNN.test.ts), and the small helpers those files share.
 */
import { describe, expect, it } from 'vitest';
import { branchesOf } from '../../../src/core/catalog/branches';
import {
  type Deadline,
  type Manual,
  ManualSchema,
  type Procedure,
  type Step,
  type Unit,
} from '../../../src/core/catalog/schema';

export function findProcedure(manual: Manual, id: string): Procedure {
  const p = manual.procedures.find((x) => x.id === id);
  if (!p) throw new Error(`no procedure ${id}`);
  return p;
}

function findStep(manual: Manual, procedureId: string, stepId: string): Step {
  const s = findProcedure(manual, procedureId).steps.find((x) => x.id === stepId);
  if (!s) throw new Error(`no step ${procedureId}/${stepId}`);
  return s;
}

/** The deadline "kinds" the brief distinguishes: after-<anchor>, before, calendar, manual, none. */
export function kindOf(d: Deadline): string {
  return d.kind === 'after' ? `after-${d.from.type}` : d.kind;
}

/** A fact read from the manual: the step's deadline and, as printed, its Thai words. */
export interface StepFact {
  proc: string;
  step: string;
  deadline: Deadline;
  /** Substring of the step's words; null: the step has no words; undefined: not checked. */
  words?: string | null | undefined;
  /** The step's effortMinutes (touch-time in minutes); undefined: not checked. */
  effort?: number | undefined;
}

/**
 * Why a step's limit has its unit, by the rule written in schema.ts (UnitSchema):
 * - law: a law, regulation or rule that binds people outside the office sets it: calendar days;
 * - manual-implies: the manual itself counts it on the calendar (a gloss in months): calendar days;
 * - office-standard: the office's own time standard, plain "วัน": days (the workbook setting);
 * - workdays-printed: the manual prints วันทำการ;
 * - clock-hours: hours, which run on every day.
 */
type UnitRule = 'law' | 'manual-implies' | 'office-standard' | 'workdays-printed' | 'clock-hours';

const UNIT_OF_RULE: Record<UnitRule, Unit> = {
  law: 'calendar-days',
  'manual-implies': 'calendar-days',
  'office-standard': 'days',
  'workdays-printed': 'workdays',
  'clock-hours': 'hours',
};

/** A step's unit as the rule decides it: the manual's line, the rule, and a word of the named source. */
export interface UnitFact {
  proc: string;
  step: string;
  /** The line of the manual the limit is printed on. */
  line: number;
  rule: UnitRule;
  /** Part of the step's `unitSource` (calendar days only): the law or gloss, and the line. */
  source?: string;
}

/**
 * One test per row: the step's unit is what its rule gives, and a calendar-day step names the source
 * the row expects, with the row's line. Plus: every calendar-day step of the manual has a row.
 */
export function describeUnitFacts(manual: Manual, facts: readonly UnitFact[]): void {
  describe(`manual ${manual.id}: the unit of each limit, by the catalogue's rule`, () => {
    it.each(facts)('$proc / $step: line $line, $rule', (f) => {
      const s = findStep(manual, f.proc, f.step);
      const d = s.deadline;
      expect(d.kind === 'after' || d.kind === 'before', 'a period').toBe(true);
      if (d.kind !== 'after' && d.kind !== 'before') return;
      expect(d.unit).toBe(UNIT_OF_RULE[f.rule]);
      if (d.unit === 'calendar-days') {
        expect(s.unitSource).toContain(f.source ?? '');
        expect(s.unitSource).toMatch(new RegExp(`\\b${f.line}\\b`));
      } else expect(s.unitSource).toBeUndefined();
    });

    it('every calendar-day limit of the manual has a row here', () => {
      const listed = new Set(facts.map((f) => `${f.proc}/${f.step}`));
      const calendar = manual.procedures.flatMap((p) =>
        p.steps
          .filter(
            (s) =>
              (s.deadline.kind === 'after' || s.deadline.kind === 'before') &&
              s.deadline.unit === 'calendar-days',
          )
          .map((s) => `${p.id}/${s.id}`),
      );
      expect(calendar.filter((k) => !listed.has(k))).toEqual([]);
    });
  });
}

/** A fact whose words are always checked: a substring (Thai digits as printed), or null for none. */
export type PrintedFact = StepFact & { words: string | null };

/** The kinds (see kindOf, plus "effort" for touch-time in minutes) the manual uses and no fact shows. */
function kindsNotCovered(manual: Manual, facts: readonly StepFact[]): string[] {
  const inManual = new Set<string>();
  for (const p of manual.procedures)
    for (const s of p.steps) {
      inManual.add(kindOf(s.deadline));
      if (s.effortMinutes !== undefined) inManual.add('effort');
    }
  const covered = new Set(facts.map((f) => kindOf(f.deadline)));
  if (facts.some((f) => f.effort !== undefined)) covered.add('effort');
  return [...inManual].filter((k) => !covered.has(k));
}

/**
 * Registers one test per fact row (the step's deadline, words and effort as the row says) and a test
 * that the rows cover every deadline kind the manual uses.
 */
export function describeFacts(manual: Manual, facts: readonly StepFact[]): void {
  describe(`manual ${manual.id}: facts from the Thai manual`, () => {
    it.each(facts)('$proc / $step', (f) => {
      const s = findStep(manual, f.proc, f.step);
      expect(s.deadline).toEqual(f.deadline);
      if (f.words === null) expect(s.words).toBeUndefined();
      else if (f.words !== undefined) expect(s.words).toContain(f.words);
      if (f.effort !== undefined) expect(s.effortMinutes).toBe(f.effort);
    });

    it('the facts cover every deadline kind that occurs in the manual', () => {
      expect(kindsNotCovered(manual, facts)).toEqual([]);
    });
  });
}

/**
 * Registers the structural tests of a manual: it parses with ManualSchema; every procedure names the
 * manual and its file; procedure ids are unique and prefixed `NNN-`; in each procedure, step ids are
 * unique, a `start` anchor only on the first step, a `step` anchor only names an earlier step, and the
 * fields named by `field` anchors, `before` deadlines and quarter-ends exist with the right type (a
 * quarter-end without a field names its quarter).
 */
export function describeManualStructure(manual: Manual): void {
  describe(`manual ${manual.id}: structure`, () => {
    it('parses with ManualSchema', () => {
      const r = ManualSchema.safeParse(manual);
      if (!r.success) console.error(JSON.stringify(r.error.issues, null, 2));
      expect(r.success).toBe(true);
    });

    it(`every procedure belongs to manual ${manual.id} and its file`, () => {
      for (const p of manual.procedures) {
        expect(p.manual, p.id).toBe(manual.id);
        expect(p.source.file, p.id).toBe(manual.file);
      }
    });

    it(`procedure ids are unique and prefixed ${manual.id}-`, () => {
      const ids = manual.procedures.map((p) => p.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id.startsWith(`${manual.id}-`), id).toBe(true);
    });

    it('a calendar-day limit names its source and line; no other step has one', () => {
      for (const p of manual.procedures)
        for (const s of p.steps) {
          const d = s.deadline;
          const calendar = (d.kind === 'after' || d.kind === 'before') && d.unit === 'calendar-days';
          if (calendar) expect(s.unitSource, `${p.id}/${s.id}`).toMatch(/\bline/);
          else expect(s.unitSource, `${p.id}/${s.id}`).toBeUndefined();
        }
    });

    it('a checklist has no due dates', () => {
      for (const p of manual.procedures.filter((x) => x.checklist))
        for (const s of p.steps) expect(s.deadline.kind, `${p.id}/${s.id}`).toBe('none');
    });

    it('declared branches name the steps that carry them, each alternative at least once', () => {
      for (const p of manual.procedures) {
        const used = branchesOf(p);
        for (const declared of p.branches ?? []) {
          const found = used.find((b) => b.id === declared.id);
          expect(found, `${p.id}: branch ${declared.id}`).toBeDefined();
          expect(
            found?.options.map((o) => o.id),
            `${p.id}: ${declared.id}`,
          ).toEqual(declared.options.map((o) => o.id));
        }
        for (const b of used) expect(b.options.length, `${p.id}: ${b.id}`).toBeGreaterThan(1);
      }
    });

    for (const p of manual.procedures) {
      it(`${p.id}: step ids unique, anchors earlier, fields declared`, () => {
        const stepIds = p.steps.map((s) => s.id);
        expect(new Set(stepIds).size, p.id).toBe(stepIds.length);
        const fieldType = new Map(p.fields.map((f) => [f.id, f.type]));
        p.steps.forEach((s, i) => {
          const where = `${p.id}/${s.id}`;
          const d = s.deadline;
          if (d.kind === 'after' && d.from.type === 'start') expect(i, where).toBe(0);
          if (d.kind === 'after' && d.from.type === 'step') {
            expect(stepIds.slice(0, i), where).toContain(d.from.step);
          }
          if (d.kind === 'after' && d.from.type === 'field') {
            expect(fieldType.get(d.from.field), where).toBe('date');
          }
          if (d.kind === 'before') expect(fieldType.get(d.field), where).toBe('date');
          if (d.kind === 'calendar' && d.at.type === 'quarter-end') {
            if (d.at.field !== undefined) expect(fieldType.get(d.at.field), where).toBe('quarter');
            else expect(d.at.quarter, where).toBeDefined();
          }
        });
      });
    }
  });
}
