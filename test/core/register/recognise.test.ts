import { describe, expect, it } from 'vitest';
import { allProcedures, procedureById } from '../../../src/core/catalog/catalogue';
import { registerLayout } from '../../../src/core/register/layout';
import { recogniseHeader } from '../../../src/core/register/recognise';

const ID = '003-resignation-leaving-service';
const procedure = procedureById(ID)!;
const layout = registerLayout(procedure);
const all = allProcedures();
const full = [...layout.inputs, ...layout.computed].map((c) => `${c.header.th} / ${c.header.en}`);

describe('recognising a register by its header row', () => {
  it("finds the procedure of a tab with Kamnot's own headers, first among the catalogue", () => {
    const [best] = recogniseHeader(full, all);
    expect(best?.procedure.id).toBe(ID);
    expect(best?.missingComputed).toEqual([]);
    expect(best?.columnOf.get('start')).toBe(full.indexOf('วันที่รับเรื่อง / Date received'));
  });

  it('reads Thai-only or English-only headers, extra office columns, another order and stray spaces', () => {
    const thai = layout.inputs.map((c) => `  ${c.header.th} `);
    const header = ['ลำดับ', ...thai.reverse(), 'หมายเหตุ'];
    const [best] = recogniseHeader(header, [procedure]);
    expect(best?.columnOf.get('case-id')).toBe(header.length - 2);
    expect(best?.missingComputed.map((c) => c.key)).toEqual(layout.computed.map((c) => c.key));
    const english = layout.inputs.map((c) => c.header.en.toUpperCase());
    expect(recogniseHeader(english, [procedure])).toHaveLength(1);
  });

  it('does not recognise a tab missing one input column, or one header used for two columns', () => {
    expect(
      recogniseHeader(
        full.filter((h) => !h.startsWith('วันที่รับเรื่อง')),
        [procedure],
      ),
    ).toEqual([]);
    expect(recogniseHeader(['ลำดับ', 'ชื่อ', 'วันที่'], all)).toEqual([]);
    expect(recogniseHeader([], all)).toEqual([]);
    expect(recogniseHeader([null, 3, new Date(0)], all)).toEqual([]);
  });

  it('still recognises a tab made before its optional branch column existed', () => {
    const leave = procedureById('003-leave-request')!;
    const columns = registerLayout(leave).inputs.filter((c) => !c.optional);
    const header = columns.map((c) => `${c.header.th} / ${c.header.en}`);
    const [best] = recogniseHeader(header, [leave]);
    expect(best?.procedure.id).toBe('003-leave-request');
    expect(best?.columnOf.has('branch:leave-type')).toBe(false);
  });
});
