// The report's model on hand-made cases: scopes (a unit, a person by email or by name), the median and
// 90th percentile, a case closed without a date, and the A4 page and tab drawn from the same blocks.
import { describe, expect, it } from 'vitest';
import { evaluateCase } from '../../../src/core/engine/evaluate';
import type { CaseInput } from '../../../src/core/engine/types';
import { median, percentile90, type ReportRegister, type ReportRow } from '../../../src/core/report/cases';
import { reportDocument } from '../../../src/core/report/document';
import { asText, reportGrid } from '../../../src/core/report/grid';
import { cssString, reportHtml } from '../../../src/core/report/html';
import { buildReport } from '../../../src/core/report/model';
import { caseOf, iso, procedure, SETTINGS, step } from '../engine/fixtures';

const after = (n: number) => ({ kind: 'after', n, unit: 'workdays', from: { type: 'previous' } }) as const;
const PLAN = procedure([step('check', after(3)), step('sign', after(2))]);
const OTHER = { ...PLAN, id: 'other', th: 'อื่น', en: 'other', unit: { th: 'กลุ่มอื่น', en: 'another unit' } };
const TODAY = iso('2027-01-29');
const A: ReportRegister = { key: '1', name: 'ทะเบียน ก', procedure: PLAN };
const B: ReportRegister = { key: '2', name: 'ทะเบียน ข', procedure: OTHER };
const PEOPLE = [{ name: 'สมศรี ใจดี', email: 'somsri@example.org', role: '', supervisor: '', active: true }];

function row(register: ReportRegister, input: CaseInput, assignee = '', docNo = ''): ReportRow {
  const result = evaluateCase(register.procedure, input, SETTINGS, TODAY);
  return {
    register,
    procedure: register.procedure,
    input,
    result,
    caseId: 'K-1',
    docNo,
    subject: 's',
    assignee,
    row: 2,
  };
}

const ROWS = [
  // Received 5 Jan (Mon), check done in 3 working days (within), sign 2 later (within): finished 12 Jan.
  row(
    A,
    caseOf({ start: iso('2027-01-05'), done: { check: iso('2027-01-08'), sign: iso('2027-01-12') } }),
    'somsri@example.org',
    'ศธ 1/2570',
  ),
  // Check took 6 working days (late), sign on time: finished late 19 Jan.
  row(
    A,
    caseOf({ start: iso('2027-01-05'), done: { check: iso('2027-01-13'), sign: iso('2027-01-15') } }),
    'สมศรี ใจดี',
  ),
  // Open, check overdue since 13 Jan.
  row(A, caseOf({ start: iso('2027-01-07') }), 'someone else'),
  // Closed by status with no completion date: counted nowhere as finished, and said so.
  row(B, caseOf({ start: iso('2027-01-06'), status: 'closed' })),
  row(B, caseOf({ start: iso('2027-01-06'), status: 'cancelled' })),
];
const JANUARY = { fiscalYear: 2570, period: { kind: 'month', month: 1 } } as const;

describe('the report model', () => {
  it('counts the whole office, a unit, and a person typed by email or by name', () => {
    const office = buildReport(
      { ...JANUARY, scope: { kind: 'office' } },
      [A, B],
      ROWS,
      PEOPLE,
      SETTINGS,
      TODAY,
    );
    expect(office.total).toEqual({
      received: 5,
      finished: 2,
      within: 1,
      late: 1,
      open: 1,
      overdue: 1,
      cancelled: 1,
    });
    expect(office.uncounted).toEqual({ noStart: 0, closedNoDate: 1 });
    const unit = buildReport(
      { ...JANUARY, scope: { kind: 'unit', unit: 'กลุ่มอื่น' } },
      [A, B],
      ROWS,
      PEOPLE,
      SETTINGS,
      TODAY,
    );
    expect(unit.registers.map((r) => r.register.name)).toEqual(['ทะเบียน ข']);
    expect(unit.total.received).toBe(2);
    const person = buildReport(
      { ...JANUARY, scope: { kind: 'person', email: 'SOMSRI@example.org' } },
      [A, B],
      ROWS,
      PEOPLE,
      SETTINGS,
      TODAY,
    );
    expect(person.registers.map((r) => r.register.name)).toEqual(['ทะเบียน ก']);
    expect(person.total).toMatchObject({ received: 2, finished: 2, within: 1, late: 1, open: 0 });
    const check = office.registers[0]!.steps[0]!;
    expect(check).toMatchObject({ finished: 2, within: 1, late: 1, open: 1, overdue: 1, timed: 2 });
    expect([check.tookMedian, check.tookP90, check.allowedMedian]).toEqual([4.5, 6, 3]);
    expect(office.exceptions.map((l) => l.state).sort()).toEqual(['done-late', 'overdue']);
    expect(office.cases.find((l) => l.docNo)?.docNo).toBe('ศธ 1/2570');
  });

  it('takes the median as the middle (or the mean of two) and the 90th percentile by nearest rank', () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
    expect(median([1, 9, 3, 5])).toBe(4);
    expect(percentile90([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toBe(9);
    expect(percentile90([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])).toBe(10);
    expect(percentile90([4])).toBe(4);
  });

  it('draws the tab and the page from one document: strings as text, numbers as numbers', () => {
    const model = buildReport(
      { ...JANUARY, scope: { kind: 'office' } },
      [A, B],
      ROWS,
      PEOPLE,
      SETTINGS,
      TODAY,
    );
    const blocks = reportDocument(model, {
      lang: 'th',
      office: '=สพป.',
      itaItem: 'O11',
      scope: { th: 'ทั้งหน่วยงาน', en: 'office' },
    });
    const grid = reportGrid(blocks);
    expect(grid.values[0]![0]).toBe(asText('=สพป.'));
    expect(grid.values.flat().every((v) => typeof v === 'number' || v === '' || v.startsWith("'"))).toBe(
      true,
    );
    expect(new Set(grid.values.map((r) => r.length))).toEqual(new Set([grid.width]));
    const html = reportHtml(blocks, { lang: 'th', thaiDigits: false, header: 'x', title: 't' });
    expect(html).toContain('<h1>=สพป.</h1>');
    expect(html).toContain('ข้อ O11');
    expect(cssString('a"b\\c</style>')).toBe('"a\\22 b\\5c c\\3c \\2f style\\3e "');
  });
});
