import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allProcedures, procedureById } from '../../../src/core/catalog/catalogue';
import type { Procedure } from '../../../src/core/catalog/schema';
import { dayFromIso } from '../../../src/core/dates/civil';
import { evaluateCase } from '../../../src/core/engine/evaluate';
import type { CaseInput } from '../../../src/core/engine/types';
import { formatRule } from '../../../src/core/procedures/format-rule';
import { fieldIdFor, hash36 } from '../../../src/core/procedures/ids';
import { parseProceduresTab } from '../../../src/core/procedures/parse-tab';
import { TAB_COLUMNS, tabHeaderRow } from '../../../src/core/procedures/tab-layout';
import { copyToOffice, officeIdFor, procedureToRows } from '../../../src/core/procedures/to-rows';
import { SETTINGS } from '../engine/fixtures';
import { arbStepRows, FIELDS } from './arbitraries';
import { grid, leave } from './tab';

const parseOne = (rows: unknown[][]) => {
  const parsed = parseProceduresTab([tabHeaderRow(), ...rows]);
  expect(parsed.problems).toEqual([]);
  return parsed.procedures[0]!;
};

describe('a procedure written back as rows', () => {
  const tab = grid([
    leave(10, 'รับใบลา', '1 วันทำการ หลังเริ่ม', { 'step-en': 'Receive', standard: '1 วัน' }),
    leave(20, 'ตรวจสอบ', '1-3 วัน', { condition: 'ไม่บังคับ, ทางเลือก: ตรวจ', role: 'หัวหน้ากลุ่มบริหารงานบุคคล' }),
    leave(30, 'อนุญาต', '5 วันทำการ หลังขั้นที่ 10', { role: 'ผู้อำนวยการ / Head of school', notes: 'ลงนาม' }),
    leave(40, 'แจ้งผล', '3 วัน ก่อน [วันเริ่มลา / leave start]'),
    leave(50, 'สรุปรายไตรมาส', 'ภายในไตรมาสตาม [ไตรมาส]'),
  ]);

  it('parse ∘ rows ∘ parse gives the same procedure, in Thai or English rule text', () => {
    const first = parseProceduresTab(tab).procedures[0]!;
    for (const lang of ['th', 'en'] as const) {
      const again = parseOne(procedureToRows(first.procedure, 4, lang));
      expect(again.procedure).toEqual(first.procedure);
      expect(again.version).toBe(4);
    }
  });

  it('every row repeats the id and name, so sorting the tab keeps each step whole', () => {
    const rows = procedureToRows(parseProceduresTab(tab).procedures[0]!.procedure, 1);
    const shuffled = fc.sample(fc.shuffledSubarray(rows, { minLength: rows.length }), {
      numRuns: 1,
      seed: 7,
    })[0]!;
    expect(parseOne(shuffled).procedure).toEqual(parseOne(rows).procedure);
  });
});

describe('any office procedure', () => {
  const names = {
    stepNo: (id: string) => Number(id.slice('step-'.length)),
    fieldLabel: (id: string) => FIELDS.find((f) => f.id === id)!,
  };

  it('parse ∘ rows ∘ parse = parse: what Kamnot writes back is what the office typed (property)', () => {
    fc.assert(
      fc.property(arbStepRows, fc.constantFrom('th' as const, 'en' as const), (steps, lang) => {
        const typed = grid(
          steps.map((s) =>
            leave(s.no, s.th, formatRule(s.deadline, names, s.lang), {
              'step-en': s.en,
              role: s.role,
              condition: s.condition,
              standard: s.standard,
            }),
          ),
        );
        const first = parseProceduresTab(typed);
        expect(first.problems).toEqual([]);
        const again = parseOne(procedureToRows(first.procedures[0]!.procedure, 2, lang));
        expect(again.procedure).toEqual(first.procedures[0]!.procedure);
        expect(again.procedure.steps.map((s) => s.id)).toEqual(steps.map((s) => `step-${s.no}`));
      }),
      { numRuns: 200 },
    );
  });
});

describe('text that would start a formula', () => {
  it('is written behind an apostrophe and read back as it was', () => {
    const base = parseProceduresTab(grid([leave(1, 'รับใบลา', '1 วัน')])).procedures[0]!.procedure;
    const hostile = {
      ...base,
      steps: [{ ...base.steps[0]!, th: '=IMPORTRANGE("x","A1")', note: '+1 ดูหมายเหตุ' }],
    };
    const rows = procedureToRows(hostile, 1);
    expect(rows[0]).toContain('\'=IMPORTRANGE("x","A1")');
    expect(rows.flat().some((v) => typeof v === 'string' && /^[=+\-@]/.test(v))).toBe(false);
    const back = parseOne(rows).procedure.steps[0]!;
    expect(back.th).toBe('=IMPORTRANGE("x","A1")');
    expect(back.note).toBe('+1 ดูหมายเหตุ');
  });
});

describe('a catalogue procedure copied into the tab', () => {
  it('gets a new office id that no procedure has, and version 1', () => {
    expect(officeIdFor('003-resignation-leaving-service', [])).toBe('office-resignation-leaving-service');
    expect(officeIdFor('003-resignation-leaving-service', ['office-resignation-leaving-service'])).toBe(
      'office-resignation-leaving-service-2',
    );
    const copy = copyToOffice(procedureById('003-resignation-leaving-service')!, []);
    expect(copy.ok && copy.value.procedure.id).toBe('office-resignation-leaving-service');
    expect(copy.ok && copy.value.procedure.manual).toBe('office');
    expect(copy.ok && copy.value.rows.every((r) => r[3] === 1)).toBe(true);
  });

  it('a checklist with no steps cannot be copied, and says so', () => {
    const checklist = { ...procedureById('003-resignation-leaving-service')!, checklist: true, steps: [] };
    const copy = copyToOffice(checklist, []);
    expect(copy.ok).toBe(false);
    expect(!copy.ok && copy.error.en).toContain('checklist');
  });

  // Every date field gets a value from its Thai name, so fields the copy merges by name agree.
  const fieldValue = (th: string, type: string) =>
    type === 'quarter' ? 2 : dayFromIso('2027-03-01')! + (Number.parseInt(hash36(th).slice(0, 4), 36) % 200);

  function sampleCase(
    p: Procedure,
    key: (stepIndex: number) => string,
    fieldKey: (th: string) => string,
  ): CaseInput {
    const start = dayFromIso('2026-11-02')!;
    const done: Record<string, number> = {};
    // The first third of the steps done, two days apart.
    p.steps.slice(0, Math.floor(p.steps.length / 3)).forEach((_, i) => {
      done[key(i)] = start + 2 * (i + 1);
    });
    const fields = Object.fromEntries(p.fields.map((f) => [fieldKey(f.th), fieldValue(f.th, f.type)]));
    return { start, done, due: {}, fields, holds: [], status: 'active' };
  }

  it('every catalogue procedure with steps copies, and evaluates to the same due dates as the original', () => {
    const today = dayFromIso('2026-12-15')!;
    let compared = 0;
    let dated = 0;
    for (const original of allProcedures().filter((p) => p.steps.length > 0)) {
      const copy = copyToOffice(original, []);
      expect(copy.ok, `${original.id}: ${!copy.ok && copy.error.en}`).toBe(true);
      if (!copy.ok) continue;
      const office = copy.value.procedure;
      expect(office.steps.map((s) => s.th)).toEqual(original.steps.map((s) => s.th.trim()));
      const a = evaluateCase(
        original,
        sampleCase(
          original,
          (i) => original.steps[i]!.id,
          (th) => original.fields.find((f) => f.th === th)!.id,
        ),
        SETTINGS,
        today,
      );
      const b = evaluateCase(
        office,
        sampleCase(original, (i) => office.steps[i]!.id, fieldIdFor),
        SETTINGS,
        today,
      );
      expect(
        b.steps.map((s) => s.due),
        original.id,
      ).toEqual(a.steps.map((s) => s.due));
      expect(b.state, original.id).toBe(a.state);
      expect(b.steps.findIndex((s) => s.id === b.current)).toBe(a.steps.findIndex((s) => s.id === a.current));
      compared++;
      dated += a.steps.filter((s) => s.due !== null).length;
    }
    expect(compared).toBeGreaterThan(60);
    expect(dated).toBeGreaterThan(150);
  });
  it('keeps a several-step alternative: the copy of 001 part-time study follows the case it is given', () => {
    const original = procedureById('001-study-leave-domestic-part-time')!;
    const copy = copyToOffice(original, []);
    if (!copy.ok) throw new Error(copy.error.en);
    const rows = procedureToRows(original, 1);
    const at = TAB_COLUMNS.findIndex((c) => c.key === 'condition');
    const conditions = rows.map((r) => r[at]);
    expect(conditions).toContain('ทางเลือก: การใช้เวลาราชการ, กรณี ใช้เวลาราชการบางส่วน');
    const office = copy.value.procedure;
    const start = dayFromIso('2026-11-02')!;
    const done = (p: Procedure) => ({ [p.steps[0]!.id]: dayFromIso('2026-11-04')! });
    for (const [original_, copied] of [
      ['none', 'ไม่ใช้เวลาราชการ'],
      ['partly', 'ใช้เวลาราชการบางส่วน'],
    ] as const) {
      const a = evaluateCase(
        original,
        {
          start,
          done: done(original),
          due: {},
          fields: {},
          holds: [],
          status: 'active',
          branches: { 'official-time': original_ },
        },
        SETTINGS,
        start,
      );
      const b = evaluateCase(
        office,
        {
          start,
          done: done(office),
          due: {},
          fields: {},
          holds: [],
          status: 'active',
          branches: { การใช้เวลาราชการ: copied },
        },
        SETTINGS,
        start,
      );
      expect(
        b.steps.map((s) => s.skipped),
        original_,
      ).toEqual(a.steps.map((s) => s.skipped));
      expect(
        b.steps.map((s) => s.due),
        original_,
      ).toEqual(a.steps.map((s) => s.due));
    }
  });
});

describe('step numbers in words', () => {
  it('a rule naming a gapped office step says its own number, not its position', async () => {
    const { describeDeadline } = await import('../../../src/core/catalog/describe');
    const { parseProceduresTab } = await import('../../../src/core/procedures/parse-tab');
    const { grid, leave } = await import('./tab');
    const tab = parseProceduresTab(
      grid([leave(10, 'ตรวจ', '2 วันทำการ หลังเริ่ม'), leave(20, 'เสนอ', '3 วันทำการ หลังขั้นที่ 10')]),
    );
    const procedure = tab.procedures[0]!.procedure;
    expect(describeDeadline(procedure.steps[1]!.deadline, procedure).en).toMatch(/step 10 is done/);
  });
});
