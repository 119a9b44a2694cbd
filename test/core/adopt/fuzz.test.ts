// Whatever a tab holds, the adopt core answers: it never throws, and its answers stay in range.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseTab } from '../../../src/core/adopt/analyse';
import { findHeaderRow } from '../../../src/core/adopt/header-row';
import { planAdoption, planStopTracking } from '../../../src/core/adopt/plan';
import { proposeMapping } from '../../../src/core/adopt/propose';
import { rankProcedures } from '../../../src/core/adopt/rank';
import { validateMapping } from '../../../src/core/adopt/validate';
import { allProcedures } from '../../../src/core/catalog/catalogue';
import { cellDate, LEAVE } from './fixtures';

const catalogue = allProcedures();
const sample = catalogue.filter((_, i) => i % 11 === 0);

// The cells a sheet read can return, plus office-shaped text, plus junk no sheet returns.
const officeText = fc.constantFrom(
  'วันที่รับเรื่อง',
  'ผู้รับผิดชอบ',
  'เลขที่หนังสือ',
  'ที่',
  'หมายเหตุ',
  'วันที่เสร็จ',
  'ขั้นที่ ๒',
  '1 พ.ย. 2569',
  '31/02/2569',
  '๑๕ ม.ค. ๒๕๗๐',
  'ศธ 04002/123',
  'นางสาวสุดา ใจดี',
  'a@b.co',
  '#REF!',
  '\u200b',
  '',
);
const cell = fc.oneof(
  officeText,
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.date({ min: new Date(-1e14), max: new Date(1e14) }),
  fc.constant(new Date(Number.NaN)),
  fc.constant(cellDate(2026, 11, 1)),
  fc.anything(),
);
const grid = fc.array(fc.array(cell, { maxLength: 14 }), { maxLength: 24 });
const merges = fc.array(
  fc.record({
    row: fc.integer({ min: -2, max: 20 }),
    column: fc.integer({ min: -2, max: 14 }),
    rows: fc.integer({ min: 0, max: 4 }),
    columns: fc.integer({ min: 0, max: 16 }),
  }),
  { maxLength: 4 },
);

describe('the adopt core on any grid', () => {
  it('finds a header or none, within the grid', () => {
    fc.assert(
      fc.property(grid, merges, (g, m) => {
        const h = findHeaderRow(g, m);
        if (h) {
          expect(h.row).toBeGreaterThanOrEqual(0);
          expect(h.firstDataRow).toBeGreaterThan(h.row);
          expect(h.lastDataRow).toBeLessThan(g.length);
          expect(h.labels).toHaveLength(h.width);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('proposes, ranks, validates and plans without throwing', () => {
    fc.assert(
      fc.property(grid, merges, fc.nat({ max: sample.length - 1 }), (g, m, pi) => {
        const p = sample[pi]!;
        const tab = analyseTab(g, { merges: m, tabName: 'ทะเบียน' });
        const proposal = proposeMapping(tab, p);
        const used = Object.values(proposal.mapping).filter((c) => c !== null);
        expect(new Set(used).size).toBe(used.length);
        for (const f of proposal.fields) expect(f.confidence).toBeGreaterThanOrEqual(0);
        expect(rankProcedures(tab, sample, { limit: 2 }).length).toBeLessThanOrEqual(2);
        const v = validateMapping(proposal.mapping, tab, p);
        if (tab.header) {
          const plan = planAdoption(proposal.mapping, tab.header, p);
          expect(plan.ok).toBe(v.ok);
          if (plan.ok) planStopTracking(plan.value.record);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('validates any payload the sidebar could send', () => {
    const p = catalogue.find((x) => x.id === LEAVE.procedureId)!;
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.anything()), (mapping) => {
        const v = validateMapping(mapping, LEAVE.grid, p, { merges: LEAVE.merges });
        expect(typeof v.ok).toBe('boolean');
      }),
      { numRuns: 200 },
    );
  });

  it('accepts things that are not grids at all', () => {
    for (const junk of [null, undefined, 'x', 42, {}, [null], [[]], [['a'], 'b']]) {
      const p = sample[0]!;
      expect(() => proposeMapping(junk as never, p)).not.toThrow();
      expect(() => rankProcedures(junk as never, sample)).not.toThrow();
      expect(() => findHeaderRow(junk as never)).not.toThrow();
    }
  });
});
