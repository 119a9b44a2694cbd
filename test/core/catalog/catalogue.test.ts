import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allProcedures, manuals, procedureById } from '../../../src/core/catalog/catalogue';
import { roundsOfFiscalYear } from '../../../src/core/catalog/rounds';
import { ManualSchema, type Procedure } from '../../../src/core/catalog/schema';
import { isoFromDay } from '../../../src/core/dates/civil';

// The extracts' procedure ids, copied from ../shared/seed-extracts so the test needs nothing outside the repo.
const EXTRACT_IDS = JSON.parse(
  readFileSync(join(__dirname, '../../fixtures/extract-procedure-ids.json'), 'utf8'),
) as {
  manuals: Record<string, string[]>;
};

describe('the whole catalogue', () => {
  it('has the five manuals, each valid against the schema', () => {
    expect(manuals().map((m) => m.id)).toEqual(['000', '001', '002', '003', '004']);
    for (const m of manuals()) {
      const result = ManualSchema.safeParse(m);
      expect(result.success, JSON.stringify(result.error?.issues.slice(0, 3))).toBe(true);
    }
  });

  it('has unique procedure ids across manuals', () => {
    const ids = allProcedures().map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(procedureById('003-resignation-leaving-service')?.manual).toBe('003');
    expect(procedureById('nope')).toBeNull();
  });

  it('holds every procedure of every manual extract (merged ones named in a note)', () => {
    for (const m of manuals()) {
      const notes = m.procedures.flatMap((p) => p.notes).join('\n');
      for (const id of EXTRACT_IDS.manuals[m.id]!) {
        const present = m.procedures.some((p) => p.id === `${m.id}-${id}`) || notes.includes(id);
        expect(present, `${m.id}: ${id}`).toBe(true);
      }
    }
  });

  it('names roles, never people: no Thai personal title in a role or step name', () => {
    const titles = /(นาย|นางสาว|นาง)\s*[ก-๙]+\s+[ก-๙]+/;
    for (const p of allProcedures()) {
      for (const s of p.steps) {
        expect(titles.test(s.role.th), `${p.id}/${s.id}: ${s.role.th}`).toBe(false);
      }
    }
  });

  it("gives every timed step the manual's own words", () => {
    const missing = allProcedures().flatMap((p: Procedure) =>
      p.steps
        .filter((s) => (s.deadline.kind === 'after' || s.deadline.kind === 'before') && !s.words)
        .map((s) => `${p.id}/${s.id}`),
    );
    expect(missing).toEqual([]);
  });

  it('covers about 75 procedures and 450 steps, as DESIGN.md counts them', () => {
    const procedures = allProcedures();
    const steps = procedures.reduce((n, p) => n + p.steps.length, 0);
    expect(procedures.length).toBeGreaterThanOrEqual(75);
    expect(steps).toBeGreaterThanOrEqual(400);
  });
});

describe('rounds of recurring work', () => {
  const base = procedureById('003-resignation-leaving-service')!;
  it('lists monthly, quarterly, annual and fiscal-year rounds of a fiscal year', () => {
    const monthly = roundsOfFiscalYear({ ...base, recurrence: { type: 'monthly', day: 5 } }, 2570);
    expect(monthly).toHaveLength(12);
    expect(isoFromDay(monthly[0]!.start)).toBe('2026-10-01');
    expect(monthly[0]!.label.th).toBe('ตุลาคม 2569');
    expect(isoFromDay(monthly[11]!.start)).toBe('2027-09-01');
    const quarterly = roundsOfFiscalYear({ ...base, recurrence: { type: 'quarterly' } }, 2570);
    expect(quarterly.map((r) => isoFromDay(r.start))).toEqual([
      '2026-10-01',
      '2027-01-01',
      '2027-04-01',
      '2027-07-01',
    ]);
    const salary = roundsOfFiscalYear(
      {
        ...base,
        recurrence: {
          type: 'annual',
          dates: [
            { month: 4, day: 1 },
            { month: 10, day: 1 },
          ],
        },
      },
      2570,
    );
    expect(salary.map((r) => isoFromDay(r.start))).toEqual(['2026-10-01', '2027-04-01']);
    expect(roundsOfFiscalYear({ ...base, recurrence: { type: 'fiscal-year' } }, 2570)[0]!.label.en).toBe(
      'FY 2570',
    );
    expect(roundsOfFiscalYear(base, 2570)).toEqual([]);
  });
});
