import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { procedureById } from '../../../src/core/catalog/catalogue';
import { isoFromDay } from '../../../src/core/dates/civil';
import { fixedOffset } from '../../../src/core/dates/zone';
import { registerLayout } from '../../../src/core/register/layout';
import { parseRow } from '../../../src/core/register/row';
import { procedure, step } from '../engine/fixtures';

const P = procedure(
  [
    step('receive', { kind: 'after', n: 1, unit: 'days', from: { type: 'start' } }),
    step('obec', { kind: 'manual' }),
    step('notify', { kind: 'after', n: 7, unit: 'days', from: { type: 'previous' } }),
  ],
  [
    { id: 'requested-date', th: 'วันที่ขอลาออก', en: 'requested date', type: 'date' },
    { id: 'planned-quarter', th: 'ไตรมาส', en: 'quarter', type: 'quarter' },
  ],
);
const layout = registerLayout(P);
const bangkok = fixedOffset(420);
const row = (cells: Record<string, unknown>) => layout.inputs.map((c) => cells[c.key] ?? '');

describe('register layout', () => {
  it('lists the input columns in order, with a typed-due column only for manual steps', () => {
    expect(layout.inputs.map((c) => c.key)).toEqual([
      'case-id',
      'subject',
      'assignee',
      'start',
      'field:requested-date',
      'field:planned-quarter',
      'done:receive',
      'due:obec',
      'done:obec',
      'done:notify',
      'hold-from',
      'hold-to',
      'status',
    ]);
    expect(layout.computed.map((c) => c.key)).toEqual([
      'kamnot:step',
      'kamnot:due',
      'kamnot:due-date',
      'kamnot:left',
      'kamnot:state',
    ]);
    for (const c of [...layout.inputs, ...layout.computed]) {
      expect(c.header.th).not.toBe('');
      expect(c.header.en).not.toBe('');
    }
  });
});

describe('parsing a row', () => {
  it('reads dates in every form offices type, Thai digits, quarters and statuses', () => {
    const parsed = parseRow(
      layout,
      P,
      row({
        'case-id': 'R-001',
        subject: ' ลาออก นาย ก ',
        assignee: 'somchai@example.org',
        start: new Date(Date.UTC(2026, 10, 1, 17)),
        'field:requested-date': '๔ ม.ค. ๒๕๗๐',
        'field:planned-quarter': 'ไตรมาส 2',
        'done:receive': 46329,
        'due:obec': '30/11/2569',
        'hold-from': '2026-11-10',
        status: 'พักเรื่อง',
      }),
      bangkok,
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.caseId).toBe('R-001');
    expect(parsed.subject).toBe('ลาออก นาย ก');
    const c = parsed.input;
    expect(isoFromDay(c.start!)).toBe('2026-11-02');
    expect(isoFromDay(c.fields['requested-date'] as number)).toBe('2027-01-04');
    expect(c.fields['planned-quarter']).toBe(2);
    expect(isoFromDay(c.done.receive!)).toBe('2026-11-03');
    expect(isoFromDay(c.due.obec!)).toBe('2026-11-30');
    expect(c.holds).toEqual([{ from: c.holds[0]!.from, to: null }]);
    expect(c.status).toBe('on-hold');
  });

  it('turns bad cells into problems naming the column, and keeps the rest', () => {
    const parsed = parseRow(
      layout,
      P,
      row({
        start: '31/02/2569',
        'done:receive': '#REF!',
        'field:planned-quarter': 'Q5',
        'hold-to': '1/1/2570',
        status: 'maybe',
        'done:notify': true,
      }),
      bangkok,
    );
    expect(parsed.problems.map((p) => p.column)).toEqual([
      'done:receive',
      'done:notify',
      'field:planned-quarter',
      'start',
      'hold-from',
      'status',
    ]);
    expect(parsed.problems[0]!.msg.en).toMatch(/#REF!/);
    expect(parsed.input.status).toBe('active');
  });

  it('knows a blank row is not a case', () => {
    expect(parseRow(layout, P, row({}), bangkok).blank).toBe(true);
    expect(parseRow(layout, P, [], bangkok).blank).toBe(true);
  });

  it('never throws, whatever the cells hold', () => {
    const cell = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
      fc.date({ noInvalidDate: false }),
      fc.constantFrom(
        '#REF!',
        '#N/A',
        '=IMPORTXML("http://x","//a")',
        '<img src=x onerror=alert(1)>',
        '๓๑/๑๒/๒๕๖๙',
        'x'.repeat(50_000),
      ),
      fc.anything(),
    );
    fc.assert(
      fc.property(fc.array(cell, { maxLength: layout.inputs.length + 3 }), (values) => {
        const parsed = parseRow(layout, P, values, bangkok);
        expect(Array.isArray(parsed.problems)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('the branch column (a case field that selects the alternative)', () => {
  const leave = procedureById('003-leave-request')!;
  const leaveLayout = registerLayout(leave);
  const leaveRow = (cells: Record<string, unknown>) => leaveLayout.inputs.map((c) => cells[c.key] ?? '');
  const column = leaveLayout.inputs.find((c) => c.key === 'branch:leave-type')!;

  it('is an optional choice column, after the fields, offering each leave type by its Thai name', () => {
    expect(column.type).toBe('choice');
    expect(column.optional).toBe(true);
    expect(column.header).toEqual({ th: 'ประเภทการลา', en: 'Leave type' });
    expect(column.choices?.slice(0, 2)).toEqual(['ลาป่วย', 'ลากิจส่วนตัว']);
    const keys = leaveLayout.inputs.map((c) => c.key);
    expect(keys.indexOf('branch:leave-type')).toBe(keys.indexOf('field:summons-received') + 1);
    expect(keys.indexOf('branch:leave-type')).toBeLessThan(keys.indexOf('done:submit-sick'));
  });

  it('reads the Thai or English name, "ไทย / English", the number in the list (Thai digits too)', () => {
    const read = (value: unknown) =>
      parseRow(leaveLayout, leave, leaveRow({ 'branch:leave-type': value }), bangkok).input.branches?.[
        'leave-type'
      ];
    expect(read('ลากิจส่วนตัว')).toBe('submit-personal');
    expect(read('  vacation LEAVE ')).toBe('submit-vacation');
    expect(read('ลาป่วย / Sick leave')).toBe('submit-sick');
    expect(read('๔')).toBe('submit-maternity');
    expect(read(4)).toBe('submit-maternity');
    expect(read('')).toBeNull();
  });

  it('reports a name it does not know, in Thai and English, and reads the case without a choice', () => {
    const parsed = parseRow(leaveLayout, leave, leaveRow({ 'branch:leave-type': 'ลาไปเที่ยว' }), bangkok);
    expect(parsed.input.branches?.['leave-type']).toBeNull();
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]!.column).toBe('branch:leave-type');
    expect(parsed.problems[0]!.msg.th).toContain('ลาไปเที่ยว');
    expect(parsed.problems[0]!.msg.en).toContain('choose Sick leave');
  });
});
