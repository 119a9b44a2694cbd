import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ProcedureSchema } from '../../../src/core/catalog/schema';
import { checkColumn, parseProceduresTab, type TabProblem } from '../../../src/core/procedures/parse-tab';
import { locateColumns, TAB_COLUMNS, tabHeaderRow } from '../../../src/core/procedures/tab-layout';
import { grid, leave } from './tab';

const THAI = /[\u0e00-\u0e7f]/;

/** The problems of a tab, as [row, code], with every message checked to be Thai and English. */
function problemsOf(problems: readonly TabProblem[]): [number, string][] {
  for (const p of problems) {
    expect(p.message.th, p.code).toMatch(THAI);
    expect(p.message.en, p.code).toMatch(/[a-z]/);
    expect(p.message.en.replace(/"[^"]*"|\[[^\]]*\]|\([^)]*\)/g, ''), p.code).not.toMatch(THAI);
  }
  return problems.map((p) => [p.row, p.code]);
}

describe('a realistic tab', () => {
  // Thai-only headers in the office's own order, two extra columns, blank rows, Thai digits,
  // a procedure id on its first row only, steps typed out of order with gaps.
  const header = [
    'ผู้บันทึก',
    'รหัสงาน',
    'ชื่องาน',
    'ขั้นที่',
    'ขั้นตอน',
    'ผู้รับผิดชอบ',
    'กำหนดเวลา',
    'มาตรฐานเวลา',
    'เงื่อนไขขั้นตอน',
    'หมายเหตุ',
    'ฉบับที่',
    'ผลตรวจ (Kamnot)',
    'สีแถว',
  ];
  const values = grid(
    [
      {
        procedure: 'office.leave-request',
        'name-th': 'ขออนุญาตลาพักผ่อน',
        step: '๑',
        'step-th': 'รับใบลา',
        role: 'เจ้าหน้าที่กลุ่มบุคคล',
        rule: 'ภายใน ๑ วันทําการ หลังเริ่ม',
        standard: '๑ วัน',
        version: 2,
      },
      {
        step: 3,
        'step-th': 'ผู้อำนวยการพิจารณาอนุญาต',
        role: 'ผู้อำนวยการ',
        rule: '3 วันทำการ หลังขั้นที่ 1',
        notes: 'กรณีลาเกิน 10 วัน',
      },
      null,
      {
        step: 2,
        'step-th': 'ตรวจสอบวันลาคงเหลือ',
        rule: '',
        standard: '10 นาที',
        condition: 'ไม่บังคับ',
        version: 2,
      },
      null,
      {
        procedure: 'resign',
        'name-th': 'การลาออกจากราชการ',
        step: 10,
        'step-th': 'ยื่นหนังสือลาออก',
        role: 'ผู้ขอลาออก / Applicant',
        rule: 'ไม่น้อยกว่า 30 วันตามปฏิทิน ก่อน [วันขอลาออก / requested date]',
      },
      { procedure: 'resign', step: 20, 'step-th': 'ผู้มีอำนาจพิจารณา', rule: '1 วันตามปฏิทิน ก่อน [วันขอลาออก]' },
      { procedure: 'resign', step: 30, 'step-th': 'ครบกำหนดยับยั้ง', rule: '90 วันตามปฏิทิน หลัง [วันขอลาออก]' },
      {},
    ],
    header,
  );

  it('gives each procedure, valid per the schema, with its steps in number order', () => {
    const parsed = parseProceduresTab(values);
    expect(parsed.problems).toEqual([]);
    expect(parsed.procedures.map((p) => p.procedure.id)).toEqual(['office-leave-request', 'office-resign']);
    for (const p of parsed.procedures) expect(ProcedureSchema.safeParse(p.procedure).success).toBe(true);
    const [leaveP, resign] = parsed.procedures.map((p) => p.procedure);
    expect(leaveP!.steps.map((s) => s.id)).toEqual(['step-1', 'step-2', 'step-3']);
    expect(leaveP!.steps[1]).toMatchObject({
      optional: true,
      words: '10 นาที',
      effortMinutes: 10,
      deadline: { kind: 'none' },
    });
    expect(leaveP!.steps[2]).toMatchObject({
      role: { id: 'director', th: 'ผู้อำนวยการ' },
      deadline: { kind: 'after', n: 3, unit: 'workdays', from: { type: 'step', step: 'step-1' } },
      note: 'กรณีลาเกิน 10 วัน',
    });
    expect(leaveP!.steps[0]!.role.id).toBe('officer');
    expect(parsed.procedures[0]!.version).toBe(2);
    expect(parsed.procedures[0]!.rows).toEqual([2, 3, 5]);
    // One date column, named once with its English, found again by its Thai name alone.
    expect(resign!.fields).toEqual([
      {
        id: resign!.steps[0]!.deadline.kind === 'before' ? resign!.steps[0]!.deadline.field : '',
        th: 'วันขอลาออก',
        en: 'requested date',
        type: 'date',
      },
    ]);
    expect(resign!.steps.map((s) => s.id)).toEqual(['step-10', 'step-20', 'step-30']);
    expect(resign!.steps[0]!.role).toMatchObject({ id: 'applicant', th: 'ผู้ขอลาออก', en: 'Applicant' });
    expect(resign!.en).toBe('การลาออกจากราชการ'); // no English name typed: the Thai stands in
  });

  it('finds columns by Thai, English, or "Thai / English" header, on one line or two', () => {
    const found = locateColumns([
      'Procedure ID',
      'ชื่องาน\nProcedure name',
      'ขั้นที่ / Step no.',
      'step-th',
      'DEADLINE RULE',
    ]);
    expect(found.at).toMatchObject({ procedure: 0, 'name-th': 1, step: 2, 'step-th': 3, rule: 4 });
    expect(found.missing).toEqual([]);
    expect(locateColumns(tabHeaderRow()).at.check).toBe(TAB_COLUMNS.length - 1);
  });

  it('an empty tab, or a header alone, holds no procedures and no problems', () => {
    expect(parseProceduresTab([])).toEqual({ procedures: [], rejected: [], problems: [] });
    expect(parseProceduresTab([tabHeaderRow()]).problems).toEqual([]);
  });
});

describe('every invalid row is explained beside it, and its procedure is not used', () => {
  const one = (rows: Parameters<typeof grid>[0]) => parseProceduresTab(grid(rows));

  it.each([
    ['unknown unit', [leave(1, 'ก', '15 วันราชการ')], [2, 'unknown-unit']],
    ['unparsable rule', [leave(1, 'ก', 'โดยเร็ว')], [2, 'unparsable']],
    [
      'a reference to a step that does not exist',
      [leave(1, 'ก', '1 วัน'), leave(2, 'ข', '2 วัน หลังขั้นที่ 7')],
      [3, 'step-ref-missing'],
    ],
    [
      'a reference to a later step (a cycle)',
      [leave(1, 'ก', '1 วัน หลังขั้นที่ 2'), leave(2, 'ข', '2 วัน หลังขั้นที่ 1')],
      [2, 'step-ref-later'],
    ],
    ['a step counting from itself', [leave(1, 'ก', '1 วัน หลังขั้นที่ 1')], [2, 'step-ref-later']],
    ['duplicate step numbers', [leave(1, 'ก', '1 วัน'), leave(1, 'ข', '2 วัน')], [3, 'duplicate-step']],
    [
      'procedure names differing',
      [leave(1, 'ก', '1 วัน'), leave(2, 'ข', '2 วัน', { 'name-th': 'ลาป่วย' })],
      [3, 'name-differs'],
    ],
    ['a missing step name', [leave(1, '', '1 วัน')], [2, 'missing-step-name']],
    ['a missing procedure name', [leave(1, 'ก', '1 วัน', { 'name-th': '' })], [2, 'missing-name']],
    [
      'an id from the catalogue',
      [leave(1, 'ก', '1 วัน', { procedure: '003-resignation-leaving-service' })],
      [2, 'catalogue-id'],
    ],
    ['an id in Thai', [leave(1, 'ก', '1 วัน', { procedure: 'ลาพักผ่อน' })], [2, 'bad-id']],
    ['a step number that is not a whole number', [leave(1.5, 'ก', '1 วัน')], [2, 'bad-step-no']],
    ['a step number missing', [leave(1, 'ก', '1 วัน', { step: '' })], [2, 'bad-step-no']],
    ['an unknown condition', [leave(1, 'ก', '1 วัน', { condition: 'บางครั้ง' })], [2, 'bad-condition']],
    ['a formula error', [leave(1, 'ก', '#REF!')], [2, 'unreadable-cell']],
    [
      'a date column used as a quarter',
      [leave(1, 'ก', '1 วัน ก่อน [ก]'), leave(2, 'ข', 'ภายในไตรมาสตาม [ก]')],
      [3, 'field-type-conflict'],
    ],
  ] as const)('%s', (_, rows, expected) => {
    const parsed = one(rows as never);
    expect(problemsOf(parsed.problems)).toContainEqual(expected);
    expect(parsed.procedures).toEqual([]);
    expect(parsed.rejected).toHaveLength(1);
    expect(parsed.problems.find((p) => p.code === 'not-used')?.message.en).toContain('last valid version');
  });

  it('names the column of each problem, so the adapter can note the cell', () => {
    const parsed = one([leave(1, 'ก', '15 วันราชการ'), leave(1, 'ข', '1 วัน')]);
    expect(parsed.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, 'rule', 'unknown-unit'],
      [2, undefined, 'not-used'],
      [3, 'step', 'duplicate-step'],
    ]);
  });

  it('the Check column holds each row\'s problems as "Thai / English" lines, blank for good rows', () => {
    const values = grid([leave(1, 'ก', '1 วัน'), null, leave(2, 'ข', '=5 วัน')]);
    const parsed = parseProceduresTab(values);
    const column = checkColumn(parsed.problems, values.length - 1);
    expect(column).toHaveLength(3);
    expect(column[0]![0]).toContain(' / procedure office-leave-request is not used');
    expect(column[1]).toEqual(['']);
    expect(column[2]![0]).toMatch(/^'?อ่านกำหนดเวลา "=5 วัน" ไม่ออก/);
  });

  it('a date from another realm where text belongs is flagged, not stringified', () => {
    const foreign = runInNewContext('new Date(2026, 0, 2)');
    const parsed = one([leave(1, 'ก', '1 วัน', { step: foreign })]);
    expect(problemsOf(parsed.problems)).toContainEqual([2, 'unreadable-cell']);
    expect(parsed.problems[0]!.message.en).toContain('date');
  });

  it('a blank id continues the procedure above; with another name it is a new procedure without an id', () => {
    const parsed = one([
      leave(1, 'ก', '1 วัน'),
      { step: 2, 'step-th': 'ข', rule: '1 วัน' },
      { 'name-th': 'ลาป่วย', step: 1, 'step-th': 'ค', rule: '' },
    ]);
    expect(problemsOf(parsed.problems)).toEqual([
      [4, 'missing-id'],
      [4, 'not-used'],
    ]);
    expect(parsed.procedures[0]!.procedure.steps).toHaveLength(2);
  });

  it('a bad procedure does not stop the others', () => {
    const parsed = one([
      leave(1, 'ก', 'โดยเร็ว'),
      { ...leave(1, 'ก', '1 วัน'), procedure: 'other', 'name-th': 'อื่น' },
    ]);
    expect(parsed.procedures.map((p) => p.procedure.id)).toEqual(['office-other']);
    expect(parsed.rejected.map((r) => r.id)).toEqual(['office-leave-request']);
  });

  it('a missing required column is one problem on the header row', () => {
    const parsed = parseProceduresTab([
      ['รหัสงาน', 'ชื่องาน', 'ขั้นตอน'],
      ['x', 'y', 'z'],
    ]);
    expect(problemsOf(parsed.problems)).toEqual([[1, 'missing-columns']]);
    expect(parsed.problems[0]!.message.th).toContain('กำหนดเวลา');
    expect(parsed.problems[0]!.message.en).toContain('Deadline rule');
  });
});

describe('parsing never throws', () => {
  const cell = fc.oneof(
    fc.string(),
    fc.constantFrom('', '๑', '1', '3 วัน หลังขั้นที่ 2', 'office-x', '#N/A', '[', 'ไม่บังคับ', 'ทางเลือก:'),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.date({ noInvalidDate: false }),
    fc.anything(),
    fc.constant({
      toString() {
        throw new Error('hostile cell');
      },
    }),
    fc.constant(Symbol('s')),
    fc.bigInt(),
  );

  it('on fuzzed cells under a valid header', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { maxLength: TAB_COLUMNS.length + 2 }), { maxLength: 12 }),
        (rows) => {
          const parsed = parseProceduresTab([tabHeaderRow(), ...rows]);
          for (const p of parsed.procedures)
            expect(ProcedureSchema.safeParse(p.procedure).success).toBe(true);
          for (const p of parsed.problems) expect(p.row).toBeGreaterThanOrEqual(2);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('on anything at all', () => {
    fc.assert(
      fc.property(fc.anything(), (values) => {
        expect(() => parseProceduresTab(values)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
