// Recognising registers by their header row alone, as when an .xlsx export has lost Kamnot's
// metadata: full "Thai / English" headers, either half, any case or spacing, extra office columns,
// columns in another order; and the tabs left alone, each with the reason.
import { describe, expect, it } from 'vitest';
import { allProcedures, procedureById } from '../../../src/core/catalog/catalogue';
import { registerLayout } from '../../../src/core/register/layout';
import { COLUMN_KEY, headerText, REGISTER_KEY } from '../../../src/gas/workbook/register-tab';
import { recogniseRegisters } from '../../../src/local/xlsx/recognise';

const ID = '003-resignation-leaving-service';
const procedure = procedureById(ID)!;
const layout = registerLayout(procedure);
const full = [...layout.inputs, ...layout.computed].map(headerText);

describe('recogniseRegisters', () => {
  it("recognises a register tab by Kamnot's own headers and gives it the metadata createRegister gives", () => {
    const found = recogniseRegisters([{ name: 'ลาออก', header: full }]);
    expect(found.registers.map((r) => [r.tab, r.procedure.id, r.missingComputed.length])).toEqual([
      ['ลาออก', ID, 0],
    ]);
    expect(found.metadata[0]).toEqual({ key: REGISTER_KEY, value: ID, sheet: 'ลาออก' });
    const columns = found.metadata.filter((m) => m.key === COLUMN_KEY);
    expect(columns).toHaveLength(full.length);
    expect(columns[0]).toEqual({ key: COLUMN_KEY, value: 'case-id', sheet: 'ลาออก', columns: 'A' });
    expect(columns.at(-1)).toMatchObject({
      value: 'kamnot:state',
      columns: String.fromCharCode(64 + full.length),
    });
  });

  it.each([
    ['Thai only', [...layout.inputs, ...layout.computed].map((c) => c.header.th)],
    [
      'English only, upper case, extra spaces',
      [...layout.inputs, ...layout.computed].map((c) => `  ${c.header.en.toUpperCase()} `),
    ],
  ])('recognises headers in %s', (_, header) => {
    const found = recogniseRegisters([{ name: 'tab', header }]);
    expect(found.registers.map((r) => r.procedure.id)).toEqual([ID]);
    expect(found.registers[0]!.missingComputed).toEqual([]);
  });

  it("finds every column where it is, between and after the office's own columns", () => {
    const header = ['ลำดับ', ...full.slice(0, 3), 'หมายเหตุของงาน', ...full.slice(3).reverse(), 'ผู้ตรวจ'];
    const found = recogniseRegisters([{ name: 'tab', header }]);
    const r = found.registers[0]!;
    expect(r.columnOf.get('case-id')).toBe(1);
    expect(r.columnOf.get('start')).toBe(header.indexOf(full[3]!));
    expect(r.columnOf.get('kamnot:state')).toBe(5);
    const at = found.metadata.find((m) => m.value === 'kamnot:state');
    expect(at?.columns).toBe('F');
  });

  it("recognises a tab with the input columns only, and lists Kamnot's columns to add", () => {
    const found = recogniseRegisters([{ name: 'tab', header: layout.inputs.map((c) => c.header.th) }]);
    expect(found.registers[0]!.missingComputed.map((c) => c.key)).toEqual(layout.computed.map((c) => c.key));
    // Bound by the bundle's own bindTab, which adds the columns: no metadata from here.
    expect(found.metadata).toEqual([]);
  });

  it('leaves alone a tab missing an input column, saying what is missing and of which procedure', () => {
    const header = full.filter((h) => !h.startsWith('วันที่รับเรื่อง'));
    const found = recogniseRegisters([{ name: 'เกือบ', header }]);
    expect(found.registers).toEqual([]);
    expect(found.leftAlone).toHaveLength(1);
    // The procedure is named only beside the adoption proposal that ranks it first (the CLI).
    expect(found.leftAlone[0]!.closest).toBe(procedure.id);
    const why = found.leftAlone[0]!.why;
    expect(why.th).toContain('"วันที่รับเรื่อง"');
    expect(why.en).toContain('1 of the');
    expect(why.en).toContain('"Date received"');
  });

  it('leaves alone foreign tabs and says why; skips Kamnot’s own tabs', () => {
    const found = recogniseRegisters([
      { name: 'Budget', header: ['Item', 'Amount', 'Year'] },
      { name: 'Empty', header: [] },
      { name: 'Leave', header: ['ชื่อ-สกุล', 'ผู้รับผิดชอบ', 'ประเภทการลา'] },
      { name: 'People', header: ['ชื่อ / Name', 'อีเมล / Email'] },
    ]);
    expect(found.registers).toEqual([]);
    expect(found.systemTabs).toEqual(['People']);
    // Two common words are any office's, not a sign of a Kamnot register with columns missing.
    expect(found.leftAlone.map((t) => [t.tab, t.why.en, t.closest])).toEqual([
      ['Budget', "the header is the office's own, not Kamnot's column names", undefined],
      ['Empty', "the header is the office's own, not Kamnot's column names", undefined],
      ['Leave', "the header is the office's own, not Kamnot's column names", undefined],
    ]);
  });

  it('one header cell serves one column: a tab of common columns matches no procedure', () => {
    const common = ['case-id', 'subject', 'assignee', 'start', 'hold-from', 'hold-to', 'status'];
    const header = layout.inputs.filter((c) => common.includes(c.key)).map(headerText);
    expect(recogniseRegisters([{ name: 'tab', header }]).registers).toEqual([]);
  });

  it('prefers the procedure that explains more of the tab, and leaves a true tie to the _kamnot record', () => {
    const twin = { ...procedure, id: 'zz-twin' };
    const both = [procedure, twin];
    const tie = recogniseRegisters([{ name: 'tab', header: full }], new Map(), both);
    expect(tie.registers).toEqual([]);
    expect(tie.leftAlone[0]!.why.en).toContain('matches several procedures equally');
    const settled = recogniseRegisters([{ name: 'tab', header: full }], new Map([['tab', 'zz-twin']]), both);
    expect(settled.registers.map((r) => r.procedure.id)).toEqual(['zz-twin']);
    expect(settled.registers[0]!.tieBrokenBy?.en).toContain('_kamnot');
    // Every catalogue procedure's own headers pick that procedure and no other.
    for (const p of allProcedures()) {
      const l = registerLayout(p);
      const header = [...l.inputs, ...l.computed].map(headerText);
      expect(recogniseRegisters([{ name: 't', header }]).registers.map((r) => r.procedure.id)).toEqual([
        p.id,
      ]);
    }
  });
});
