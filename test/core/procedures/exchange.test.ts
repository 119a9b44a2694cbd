import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { procedureById } from '../../../src/core/catalog/catalogue';
import type { Procedure } from '../../../src/core/catalog/schema';
import {
  exportProcedure,
  planImport,
  readProcedureFile,
  resolveImport,
} from '../../../src/core/procedures/exchange';
import { parseProceduresTab } from '../../../src/core/procedures/parse-tab';
import { tabHeaderRow } from '../../../src/core/procedures/tab-layout';
import { grid, leave } from './tab';

const THAI = /[\u0e00-\u0e7f]/;
const LEAVE = parseProceduresTab(
  grid([
    leave(1, 'รับใบลา', '1 วันทำการ หลังเริ่ม'),
    leave(2, 'ตรวจสอบ', '3 วัน ก่อน [วันเริ่มลา]'),
    leave(3, 'อนุญาต', '5 วันทำการ หลังขั้นที่ 1'),
  ]),
).procedures[0]!.procedure;
const META = { exported: '2026-11-22', source: 'สพป.ลำพูน เขต 1', version: 3 };
const file = (p: Procedure = LEAVE) => exportProcedure(p, META);
const withoutDeadline = () => {
  const data = JSON.parse(file());
  data.procedure.steps[0].deadline = 5;
  return JSON.stringify(data);
};

describe('the exchange file', () => {
  it('carries the marker, the format, the procedure, its version, the date and the source', () => {
    const data = JSON.parse(file());
    expect(data).toMatchObject({
      kamnot: 'procedure',
      format: 1,
      version: 3,
      exported: '2026-11-22',
      source: 'สพป.ลำพูน เขต 1',
    });
    const read = readProcedureFile(file());
    expect(read.ok && read.file.procedure).toEqual(LEAVE);
  });

  it.each([
    ['not JSON', '{"kamnot": ', 'not JSON'],
    ['another JSON file', '{"name": "x"}', 'not a Kamnot procedure file'],
    ['a newer format', JSON.stringify({ kamnot: 'procedure', format: 2 }), 'newer Kamnot'],
    ['a bad date', file().replace('2026-11-22', '22/11/2569'), 'exported'],
    ['a step without a deadline', withoutDeadline(), 'procedure.steps.0.deadline'],
  ])('explains %s in Thai and English', (_, text, says) => {
    const read = readProcedureFile(text);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.length).toBeGreaterThan(0);
    expect(read.problems[0]!.th).toMatch(THAI);
    expect(read.problems.map((p) => p.en).join(' ')).toContain(says);
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ kamnot: 'procedure', format: 1, procedure: v })),
        ),
        (text) => {
          expect(typeof planImport(text, [LEAVE]).kind).toBe('string');
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('importing never overwrites silently', () => {
  it('new when no procedure has the id; identical when the office holds exactly this', () => {
    expect(planImport(file(), [])).toMatchObject({ kind: 'new', procedure: LEAVE });
    expect(planImport(file(), [LEAVE])).toMatchObject({ kind: 'identical', existing: LEAVE });
  });

  it('same id, different rules: a conflict with the changes and an unused id to import as', () => {
    const theirs = parseProceduresTab(
      grid([leave(1, 'รับใบลา', '1 วันทำการ หลังเริ่ม'), leave(2, 'ตรวจสอบ', '5 วัน ก่อน [วันเริ่มลา]')]),
    ).procedures[0]!.procedure;
    const plan = planImport(file(theirs), [LEAVE, { ...LEAVE, id: 'office-leave-request-2' }]);
    expect(plan.kind).toBe('conflict');
    if (plan.kind !== 'conflict') return;
    expect(plan.sameRules).toBe(false);
    expect(plan.suggestedId).toBe('office-leave-request-3');
    expect(plan.text).toEqual([
      { th: 'ขั้นที่ 2: 3 → 5 วัน', en: 'step 2: 3 → 5 days' },
      { th: 'ลบขั้นที่ 3 "อนุญาต"', en: 'removed step 3 "อนุญาต"' },
    ]);

    const asNew = resolveImport(plan, 'new-id');
    expect(asNew.replaces).toBeNull();
    expect(asNew.procedure.id).toBe('office-leave-request-3');
    const added = parseProceduresTab([tabHeaderRow(), ...asNew.rows]).procedures[0]!;
    expect(added.procedure).toEqual(asNew.procedure);

    const replaced = resolveImport(plan, 'replace');
    expect(replaced.replaces).toBe('office-leave-request');
    expect(replaced.procedure.steps).toHaveLength(2);
  });

  it('wording alone differing is still a conflict, flagged as the same rules', () => {
    const reworded = { ...LEAVE, en: 'Annual leave' };
    const plan = planImport(file(reworded), [LEAVE]);
    expect(plan).toMatchObject({ kind: 'conflict', sameRules: true });
  });

  it('a catalogue procedure shared as a file arrives as an office procedure', () => {
    const plan = planImport(file(procedureById('003-resignation-leaving-service')!), []);
    expect(plan.kind).toBe('new');
    expect(plan.kind === 'new' && plan.procedure.id).toBe('office-resignation-leaving-service');
  });

  it('a file whose rules the tab cannot hold is invalid, naming the step', () => {
    const forward = {
      ...LEAVE,
      steps: LEAVE.steps.map((s, i) =>
        i === 0
          ? {
              ...s,
              deadline: {
                kind: 'after' as const,
                n: 1,
                unit: 'days' as const,
                from: { type: 'step' as const, step: 'step-3' },
              },
            }
          : s,
      ),
    };
    const plan = planImport(file(forward), []);
    expect(plan.kind).toBe('invalid');
    expect(plan.kind === 'invalid' && plan.problems[0]).toMatchObject({
      th: expect.stringMatching(/^ขั้นที่ 1: /),
      en: expect.stringMatching(/^step 1: step 1 counts from step 3/),
    });
  });
});
