import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findHeaderRow } from '../../../src/core/adopt/header-row';
import { type AdoptionPlan, planAdoption, planStopTracking } from '../../../src/core/adopt/plan';
import { proposeMapping } from '../../../src/core/adopt/propose';
import { procedureById } from '../../../src/core/catalog/catalogue';
import { registerLayout } from '../../../src/core/register/layout';
import { CERTIFICATION, LEAVE, STUDY_LEAVE } from './fixtures';

const leave = procedureById(LEAVE.procedureId)!;
const leaveHeader = findHeaderRow(LEAVE.grid, LEAVE.merges)!;
const leaveMapping = proposeMapping(LEAVE.grid, leave, { merges: LEAVE.merges }).mapping;

const planned = (result: ReturnType<typeof planAdoption>): AdoptionPlan => {
  if (!result.ok) throw new Error(result.error.en);
  return result.value;
};

/** What the adapter does with a plan, on a grid: insert the block, write the header cells. */
function adopt(grid: readonly (readonly unknown[])[], plan: AdoptionPlan): unknown[][] {
  return grid.map((row, r) => {
    const cells = [...row];
    while (cells.length < plan.insertAt) cells.push('');
    const block = plan.added.map((a) => (r === plan.headerRow ? a.text : ''));
    cells.splice(plan.insertAt, 0, ...block);
    return cells;
  });
}

/** What the adapter does with a stop plan: delete the blocks in the order given. */
function stop(grid: unknown[][], deletes: readonly { start: number; count: number }[]): unknown[][] {
  return grid.map((row) => {
    const cells = [...row];
    for (const d of deletes) cells.splice(d.start, d.count);
    return cells;
  });
}

const trimmed = (grid: readonly (readonly unknown[])[]) =>
  grid.map((row) => {
    const cells = [...row];
    while (cells.length && cells[cells.length - 1] === '') cells.pop();
    return cells;
  });

describe('planAdoption', () => {
  it('puts Kamnot’s columns to the right of the table by default, the office’s columns untouched', () => {
    const plan = planned(planAdoption(leaveMapping, leaveHeader, leave));
    expect(plan.insertAt).toBe(12);
    expect(plan.shiftsOfficeColumns).toBe(false);
    expect(plan.headerRow).toBe(3);
    expect(plan.firstDataRow).toBe(4);
    // No case-ID column in the tab: Kamnot adds its own, then its computed columns.
    expect(plan.added.map((a) => a.key)).toEqual([
      'case-id',
      ...registerLayout(leave).computed.map((c) => c.key),
    ]);
    expect(plan.added.map((a) => a.column)).toEqual([12, 13, 14, 15, 16, 17]);
    expect(plan.added[0]!.text).toBe('รหัสเรื่อง / Case ID');
    expect(plan.columnOf.start).toBe(7);
    expect(plan.columnOf['case-id']).toBe(12);
    expect(plan.columnOf['kamnot:state']).toBe(17);
    expect(plan.columnOf['hold-from']).toBeNull();
    expect(plan.record.absent).toContain('hold-from');
    expect(plan.record.absent).not.toContain('start');
    const after = adopt(LEAVE.grid, plan);
    for (let r = 0; r < LEAVE.grid.length; r++) expect(after[r]!.slice(0, 12)).toEqual(LEAVE.grid[r]);
  });

  it('uses the office’s reference column for case IDs when it is bound', () => {
    const cert = procedureById(CERTIFICATION.procedureId)!;
    const header = findHeaderRow(CERTIFICATION.grid, CERTIFICATION.merges)!;
    const mapping = proposeMapping(CERTIFICATION.grid, cert).mapping;
    const plan = planned(planAdoption(mapping, header, cert));
    expect(plan.added.map((a) => a.key)).not.toContain('case-id');
    expect(plan.columnOf['case-id']).toBe(0);
  });

  it('adds the input columns the officer asks for, before Kamnot’s computed ones', () => {
    const plan = planned(
      planAdoption(leaveMapping, leaveHeader, leave, { addInputs: ['hold-to', 'hold-from'] }),
    );
    expect(plan.added.slice(0, 3).map((a) => [a.key, a.input])).toEqual([
      ['case-id', false],
      ['hold-from', true],
      ['hold-to', true],
    ]);
  });

  it('plans the columns of the layout it is given (an office procedure’s extra column)', () => {
    const base = registerLayout(leave);
    const extra = {
      key: 'kamnot:extra',
      type: 'number',
      header: { th: 'ก', en: 'x' },
      help: { th: 'ก', en: 'x' },
    } as const;
    const layout = { ...base, computed: [...base.computed, extra] };
    const plan = planned(planAdoption(leaveMapping, leaveHeader, leave, { layout }));
    expect(plan.added[plan.added.length - 1]!.key).toBe('kamnot:extra');
  });

  it('places the block where the officer chose, moving the office’s columns right', () => {
    const plan = planned(planAdoption(leaveMapping, leaveHeader, leave, { at: 9 }));
    expect(plan.shiftsOfficeColumns).toBe(true);
    expect(plan.added[0]!.column).toBe(9);
    expect(plan.columnOf.start).toBe(7);
    expect(plan.columnOf['done:record-register']).toBe(9 + plan.count);
    expect(plan.columnOf.status).toBe(10 + plan.count);
    expect(plan.record.bound.status).toBe(10 + plan.count);
  });

  it('writes the header cells into the lower row of a two-row header', () => {
    const p = procedureById(STUDY_LEAVE.procedureId)!;
    const header = findHeaderRow(STUDY_LEAVE.grid, STUDY_LEAVE.merges)!;
    const plan = planned(planAdoption(proposeMapping(STUDY_LEAVE.grid, p).mapping, header, p));
    expect(plan.headerRow).toBe(3);
    expect(plan.firstDataRow).toBe(4);
  });

  it('refuses a mapping without a start, with a column used twice, or outside the table', () => {
    const bad = (m: Record<string, number | null>, at?: number) =>
      planAdoption({ ...leaveMapping, ...m }, leaveHeader, leave, at === undefined ? {} : { at });
    expect(bad({ start: null }).ok).toBe(false);
    expect(bad({ status: 7 }).ok).toBe(false);
    expect(bad({ status: 12 }).ok).toBe(false);
    expect(bad({}, -1).ok).toBe(false);
    expect(bad({}, 2.5).ok).toBe(false);
  });
});

describe('planStopTracking', () => {
  it('deletes Kamnot’s columns right to left and unbinds the office’s', () => {
    const plan = planned(planAdoption(leaveMapping, leaveHeader, leave, { at: 2, addInputs: ['hold-from'] }));
    const stopPlan = planStopTracking(plan.record);
    expect(stopPlan.deleteColumns).toEqual([{ start: 2, count: plan.count }]);
    // The case-id column Kamnot added may hold ids officers typed: the adapter asks about those too.
    expect(stopPlan.typedColumns).toEqual(['case-id', 'hold-from']);
    expect(stopPlan.unbind.map((u) => u.key)).toContain('start');
  });

  it('splits blocks that the officer moved apart, and never deletes an office column', () => {
    const stopPlan = planStopTracking({
      version: 1,
      procedureId: 'x',
      headerRow: 0,
      firstDataRow: 1,
      bound: { start: 4 },
      added: [
        { key: 'kamnot:step', column: 7, input: false },
        { key: 'kamnot:due', column: 8, input: false },
        { key: 'kamnot:left', column: 2, input: false },
        { key: 'kamnot:state', column: 4, input: false },
      ],
      absent: [],
    });
    expect(stopPlan.deleteColumns).toEqual([
      { start: 7, count: 2 },
      { start: 2, count: 1 },
    ]);
    expect(stopPlan.warnings).toHaveLength(1);
  });

  it('adopting then stopping leaves every tab exactly as it was', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 12 }),
        fc.integer({ min: 0, max: 14 }),
        fc.subarray(['hold-from', 'hold-to', 'status', 'case-id']),
        fc.array(fc.array(fc.oneof(fc.string(), fc.integer()), { maxLength: 12 }), { maxLength: 6 }),
        (width, at, addInputs, body) => {
          const grid = [Array.from({ length: width }, (_, i) => `h${i}`), ...body];
          const shape = { row: 0, rows: 1 as const, firstDataRow: 1, width };
          const plan = planned(
            planAdoption({ start: 0, subject: width - 1 }, shape, leave, { at, addInputs }),
          );
          const restored = stop(adopt(grid, plan), planStopTracking(plan.record).deleteColumns);
          expect(trimmed(restored)).toEqual(trimmed(grid));
        },
      ),
    );
  });
});
