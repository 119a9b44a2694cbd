// Registers as offices keep them (issue 14 §6, §8): rows that are not cases, dates no case can have,
// "-" for nothing yet, a step done before the case was received, and every problem named by the
// office's own header, in Thai and English, with the value as the office wrote it.
import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../../../src/core/dates/civil';
import { fixedOffset } from '../../../src/core/dates/zone';
import { headerNames, notedProblems } from '../../../src/core/register/computed';
import { evaluateRows } from '../../../src/core/register/evaluate-register';
import { registerLayout } from '../../../src/core/register/layout';
import { nonCaseRow } from '../../../src/core/register/non-case';
import { parseRow } from '../../../src/core/register/row';
import { shownValue } from '../../../src/core/register/shown';
import { procedure, SETTINGS, step } from '../engine/fixtures';

const P = procedure(
  [
    step('check', { kind: 'after', n: 3, unit: 'workdays', from: { type: 'start' } }),
    step('send', { kind: 'after', n: 5, unit: 'workdays', from: { type: 'previous' } }),
  ],
  [{ id: 'quarter', th: 'ไตรมาส', en: 'Quarter', type: 'quarter' }],
);
const layout = registerLayout(P);
const keys = layout.inputs.map((c) => c.key);
const bangkok = fixedOffset(420);
const today = dayFromIso('2026-12-08')!;
const row = (cells: Record<string, unknown>) => keys.map((k) => cells[k] ?? '');
/** A date cell as Sheets hands it over: local midnight in Bangkok. */
const cell = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d) - 7 * 3600_000);

describe('values as the office wrote them', () => {
  it('a date cell whose BE year Sheets took for CE shows the year as typed, never a JS date string', () => {
    expect(shownValue(cell(2569, 10, 10), bangkok)).toBe('10/10/2569');
    expect(shownValue(cell(2026, 10, 10), bangkok)).toBe('10/10/2569');
    expect(shownValue(true, bangkok)).toBe('TRUE');
    expect(shownValue(`  รอ\n สพฐ. `, bangkok)).toBe('รอ สพฐ.');
  });

  it('a date in the status or quarter column is quoted as a date', () => {
    const parsed = parseRow(
      layout,
      P,
      row({ start: '1/12/2569', status: cell(2569, 10, 10), 'field:quarter': cell(2569, 10, 10) }),
      bangkok,
    );
    const texts = parsed.problems.map((p) => p.msg.en);
    expect(texts).toEqual([
      'quarter "10/10/2569" is not 1–4',
      'unknown status "10/10/2569": treated as active',
    ]);
    expect(texts.join(' ')).not.toMatch(/GMT|Tue|2569 00:00/);
  });
});

describe('dates no case can have', () => {
  it('15/11/2612 (2069) is refused with the value shown; 31/11/2569 is no day of the calendar', () => {
    const parsed = parseRow(
      layout,
      P,
      row({ start: '15/11/2612', 'done:check': '31/11/2569' }),
      bangkok,
      today,
    );
    expect(parsed.input.start).toBe(null);
    expect(parsed.input.done.check).toBe(null);
    expect(parsed.problems.map((p) => [p.column, p.msg.en])).toEqual([
      ['done:check', '"31/11/2569" is not a day of the calendar'],
      [
        'start',
        'the date "15/11/2612" (15 Nov 2069) is too far from today: probably a mistyped year, so it is not used',
      ],
    ]);
    expect(parsed.problems[1]!.msg.th).toContain('"15/11/2612"');
  });

  it('a date cell far in the past (a blank formula shown as a date) is refused too', () => {
    const parsed = parseRow(layout, P, row({ start: cell(1900, 1, 1) }), bangkok, today);
    expect(parsed.input.start).toBe(null);
    expect(parsed.problems[0]!.msg.th).toContain('"1/1/2443"');
  });

  it('"-" and "ไม่มี" in a date column are nothing yet, not a bad date', () => {
    const parsed = parseRow(
      layout,
      P,
      row({ start: '1/12/2569', 'done:check': '-', 'done:send': 'ไม่มี' }),
      bangkok,
      today,
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.input.done).toEqual({ check: null, send: null });
  });

  it('an error cell is named as one, and read as blank', () => {
    const parsed = parseRow(layout, P, row({ start: '#REF!' }), bangkok, today);
    expect(parsed.problems[0]!.msg).toEqual({
      th: 'ช่องนี้แสดงค่าผิดพลาด #REF! (สูตรหรือการอ้างอิงเสีย): อ่านเป็นช่องว่าง',
      en: 'the cell shows the error #REF! (a broken formula or reference): read as blank',
    });
  });

  it('a step done before the case was received is flagged on that step', () => {
    const parsed = parseRow(
      layout,
      P,
      row({ start: '5/11/2569', 'done:check': '3/11/2569' }),
      bangkok,
      today,
    );
    expect(parsed.problems.map((p) => [p.column, p.msg.en])).toEqual([
      [
        'done:check',
        'marked done on 3 Nov 2026, before the case was received on 5 Nov 2026: check the dates',
      ],
    ]);
  });
});

describe('rows that are not cases', () => {
  const at = { start: keys.indexOf('start'), caseId: keys.indexOf('case-id') };
  const office = (inputs: readonly unknown[], extra: readonly unknown[] = []) => [...extra, ...inputs];

  it.each([
    ['a totals row', row({ subject: 'รวม 5 ราย' }), [], 'totals'],
    ['"รวมทั้งสิ้น" in the office\'s own column, a count in another', row({ subject: 5 }), ['รวมทั้งสิ้น'], 'totals'],
    ['a total in English', row({ 'case-id': 'Total:' }), [], 'totals'],
    ['a section row', row({ subject: 'ภาคเรียนที่ 2/2569' }), [], 'section'],
    ['a month heading', row({ 'case-id': 'พฤศจิกายน 2569' }), [], 'section'],
    ['a heading ending in a colon', row({ subject: 'เรื่องค้างจากปีที่แล้ว:' }), [], 'section'],
    ['numbers only', row({ 'case-id': 41 }), [41], 'numbers'],
    ['a case id alone', row({ 'case-id': 'K-9' }), [], 'id-only'],
  ] as const)('%s', (_, inputs, extra, why) => {
    expect(nonCaseRow(inputs, office(inputs, extra), at)).toBe(why);
  });

  it.each([
    ['a case being typed: the subject first', row({ subject: 'ขอลาออก นางสาวสุดา' })],
    ['a case whose subject starts with รวม', row({ subject: 'รวมเล่มรายงาน', start: '1/12/2569' })],
    ['a case with a date', row({ start: '1/12/2569' })],
    ['a totals word beside a date received', row({ subject: 'รวม', start: '1/12/2569' })],
  ] as const)('not: %s', (_, inputs) => {
    expect(nonCaseRow(inputs, inputs, at)).toBe(null);
  });

  it('get no state, no new case id and no problem in a register', () => {
    const rows = [
      row({ subject: 'ขอลาออก', start: '1/12/2569' }),
      row({ subject: 'ภาคเรียนที่ 2/2569' }),
      row({ subject: 'รวม 1 ราย', 'done:check': 5 }),
    ];
    const evaluated = evaluateRows(rows, {
      rulesOf: () => ({ procedure: P, layout }),
      engine: SETTINGS,
      lang: 'th',
      offsetAt: bangkok,
      today,
      ids: { prefix: 'K', after: 0n },
    });
    expect(evaluated.map((r) => [r.index, r.newId])).toEqual([[0, 'K-1']]);
  });
});

describe("problems in the office's words", () => {
  it("name the office's own header, in Thai then English, in the state cell's note", () => {
    const header: Record<string, string> = { start: 'วันที่รับหนังสือ', 'done:check': 'ตรวจสอบเอกสาร' };
    const names = headerNames(
      layout,
      (key) => header[key] ?? (key === 'subject' ? 'เรื่อง / Subject' : undefined),
    );
    const [r] = evaluateRows([row({ subject: 'ขอลาออก', start: '1/12/2569', 'done:check': '31/11/2569' })], {
      rulesOf: () => ({ procedure: P, layout }),
      engine: SETTINGS,
      lang: 'th',
      offsetAt: bangkok,
      today,
      ids: { prefix: 'K', after: 0n },
      names,
    });
    expect(r!.computed.note.split('\n')[0]).toBe('ตรวจพบ / Kamnot found:');
    expect(notedProblems(r!.computed.note)).toEqual([
      {
        th: 'ตรวจสอบเอกสาร: ไม่มีวันที่ "31/11/2569" ในปฏิทิน',
        en: 'ตรวจสอบเอกสาร: "31/11/2569" is not a day of the calendar',
      },
    ]);
    expect(r!.computed.note).not.toMatch(/done:check/);
  });

  it("fall back to Kamnot's names for a column the office has no header for", () => {
    const names = headerNames(layout, () => undefined);
    expect(names('done:check')).toEqual({ th: 'เสร็จ: check', en: 'Done: check' });
    expect(names('subject')).toEqual({ th: 'เรื่อง', en: 'Subject' });
  });
});
