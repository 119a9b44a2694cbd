import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Deadline } from '../../../src/core/catalog/schema';
import { toThaiDigits } from '../../../src/core/dates/names';
import { formatRule, type RuleNames } from '../../../src/core/procedures/format-rule';
import { parseRule, type RuleRefs } from '../../../src/core/procedures/parse-rule';
import { RULE_EXAMPLES } from '../../../src/core/procedures/rule-words';
import { arbDeadline, FIELDS } from './arbitraries';

const read = (text: string) => {
  const r = parseRule(text);
  if (!r.ok) throw new Error(`${text}: ${r.message.en}`);
  return r.deadline;
};
const code = (text: string) => {
  const r = parseRule(text);
  return r.ok ? 'ok' : r.code;
};
const since = (n: number, unit: string, from: object, nMin?: number) => ({
  kind: 'after',
  n,
  unit,
  from,
  ...(nMin === undefined ? {} : { nMin }),
});

describe('reading rules as officers type them', () => {
  it('after the start, the previous step, a given step: Thai and English, Thai digits', () => {
    expect(read('15 วันทำการ หลังเริ่ม')).toEqual(since(15, 'workdays', { type: 'start' }));
    expect(read('ภายใน ๑๕ วันทําการ นับจากวันรับเรื่อง')).toEqual(since(15, 'workdays', { type: 'start' }));
    expect(read('15 workdays after start')).toEqual(since(15, 'workdays', { type: 'start' }));
    expect(read('Within 15 working days from the date received')).toEqual(
      since(15, 'workdays', { type: 'start' }),
    );
    expect(read('3 วัน หลังขั้นที่ 2')).toEqual(since(3, 'days', { type: 'step', step: 'step-2' }));
    expect(read('5 working days after step 2')).toEqual(
      since(5, 'workdays', { type: 'step', step: 'step-2' }),
    );
    expect(read('3วันหลังจากขั้นตอนที่๒เสร็จ')).toEqual(since(3, 'days', { type: 'step', step: 'step-2' }));
    expect(read('ภายใน 7 วัน นับแต่วันที่ได้รับหนังสือ')).toEqual(since(7, 'days', { type: 'start' }));
    expect(read('within 10 days of receipt')).toEqual(since(10, 'days', { type: 'start' }));
    expect(read('ภายใน 30 วันนับแต่วันสำเร็จการศึกษา')).toMatchObject({ from: { type: 'field' } });
    expect(read('2 สัปดาห์ หลังขั้นก่อนหน้า')).toEqual(since(2, 'weeks', { type: 'previous' }));
    expect(read('2 weeks after the previous step')).toEqual(since(2, 'weeks', { type: 'previous' }));
  });

  it('no anchor means after the previous step; a range keeps its lower end; ทันที is 0 workdays', () => {
    expect(read('5 วัน')).toEqual(since(5, 'days', { type: 'previous' }));
    expect(read('ภายใน 3-5 วัน')).toEqual(since(5, 'days', { type: 'previous' }, 3));
    expect(read('1 ถึง 3 วันทำการ')).toEqual(since(3, 'workdays', { type: 'previous' }, 1));
    expect(read('3 ชม.')).toEqual(since(3, 'hours', { type: 'previous' }));
    expect(read('6 months after start')).toEqual(since(6, 'months', { type: 'start' }));
    expect(read('ทันที')).toEqual(since(0, 'workdays', { type: 'previous' }));
    expect(read('immediately after step 1')).toEqual(since(0, 'workdays', { type: 'step', step: 'step-1' }));
    expect(read('"30 days after start."')).toEqual(since(30, 'days', { type: 'start' }));
    expect(read('3 ชม.')).toEqual(since(3, 'hours', { type: 'previous' }));
    expect(read('30 calendar days')).toEqual(since(30, 'calendar-days', { type: 'previous' }));
    expect(read('30 วันตามปฏิทิน หลังเริ่ม')).toEqual(since(30, 'calendar-days', { type: 'start' }));
  });

  it('before a date column, bracketed or plain, in either word order', () => {
    const id = (label: string) => parseRule(`1 day before [${label}]`);
    const lead = (n: number, unit: string) => {
      const r = id('วันขอลาออก');
      return { kind: 'before', n, unit, field: r.ok && r.deadline.kind === 'before' ? r.deadline.field : '' };
    };
    expect(read('30 วันตามปฏิทิน ก่อน [วันขอลาออก]')).toEqual(lead(30, 'calendar-days'));
    expect(read('ไม่น้อยกว่า 30 วันตามปฏิทิน ก่อนวันขอลาออก')).toEqual(lead(30, 'calendar-days'));
    expect(read('ก่อน 30 วัน ของวันที่ [วันขอลาออก]')).toEqual(lead(30, 'days'));
    expect(read('at least 30 calendar days before [วันขอลาออก]')).toEqual(lead(30, 'calendar-days'));
    expect(read('30 calendar days before [วันขอลาออก / requested date]')).toEqual(lead(30, 'calendar-days'));
    // An ASCII column name gives a readable id.
    expect(read('3 days before [Leave start]')).toEqual({
      kind: 'before',
      n: 3,
      unit: 'days',
      field: 'leave-start',
    });
  });

  it('after a date column', () => {
    expect(read('45 วันตามปฏิทิน หลัง [Graduation date]')).toEqual(
      since(45, 'calendar-days', { type: 'field', field: 'graduation-date' }),
    );
    expect(read('45 calendar days after graduation date')).toEqual(
      since(45, 'calendar-days', { type: 'field', field: 'graduation-date' }),
    );
  });

  it('calendar points, manual and none', () => {
    expect(read('ภายในวันที่ 5 ของทุกเดือน')).toEqual({ kind: 'calendar', at: { type: 'day-of-month', day: 5 } });
    expect(read('by the 5th of every month')).toEqual({
      kind: 'calendar',
      at: { type: 'day-of-month', day: 5 },
    });
    expect(read('ภายในวันที่ ๑ มีนาคม ของทุกปี')).toEqual({
      kind: 'calendar',
      at: { type: 'annual', month: 3, day: 1 },
    });
    expect(read('by September 1 every year')).toEqual({
      kind: 'calendar',
      at: { type: 'annual', month: 9, day: 1 },
    });
    expect(read('ภายในเดือน ต.ค.')).toEqual({ kind: 'calendar', at: { type: 'month-end', months: [10] } });
    expect(read('within Nov-Jan')).toEqual({
      kind: 'calendar',
      at: { type: 'month-end', months: [11, 12, 1] },
    });
    expect(read('ภายในไตรมาสที่ 2 ของปีงบประมาณ')).toEqual({
      kind: 'calendar',
      at: { type: 'quarter-end', quarter: 2 },
    });
    expect(read('by the end of Q4')).toEqual({ kind: 'calendar', at: { type: 'quarter-end', quarter: 4 } });
    expect(read('ภายในไตรมาสตาม [planned quarter]')).toEqual({
      kind: 'calendar',
      at: { type: 'quarter-end', field: 'planned-quarter' },
    });
    for (const t of ['กรอกเอง', 'manual', 'ตามที่หน่วยงานอื่นกำหนด']) expect(read(t)).toEqual({ kind: 'manual' });
    for (const t of ['', 'ไม่มีกำหนด', 'none', '-', 'None']) expect(read(t)).toEqual({ kind: 'none' });
  });

  it('every example shown in the tab is read', () => {
    for (const text of [...RULE_EXAMPLES.th, ...RULE_EXAMPLES.en]) expect(code(text), text).toBe('ok');
  });
});

describe('rules that cannot be read say why, in Thai and English', () => {
  it.each([
    ['15 วันราชการ', 'unknown-unit', 'วันราชการ'],
    ['15 fortnights after start', 'unknown-unit', 'fortnights'],
    ['15', 'missing-unit', 'unit'],
    ['15 หลังเริ่ม', 'missing-unit', 'unit'],
    ['1.5 เดือน', 'not-whole', 'whole'],
    ['5-3 วัน', 'bad-range', '5-3'],
    ['3-5 วัน ก่อน [x]', 'bad-range', 'range'],
    ['3 วัน หลังอนุมัติ', 'unknown-anchor', 'อนุมัติ'],
    ['ภายในวันที่ 31 ก.พ. ของทุกปี', 'bad-date', 'ก.พ.'],
    ['ภายในวันที่ 32 ของทุกเดือน', 'bad-date', '32'],
    ['ภายในไตรมาส 5', 'bad-date', '5'],
    ['เร็วที่สุด', 'unparsable', 'เร็วที่สุด'],
    ['3 วัน ก่อน [x', 'unparsable', '[x'],
  ])('%s → %s', (text, expected, mentions) => {
    const r = parseRule(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe(expected);
    expect(r.message.th).toMatch(/[\u0e00-\u0e7f]/);
    expect(r.message.en).not.toMatch(/^[\u0e00-\u0e7f]/);
    expect(`${r.message.th} ${r.message.en}`).toContain(mentions);
  });
});

/** Names that invert the tab's ids for the fields the arbitrary deadlines use. */
const NAMES: RuleNames = {
  stepNo: (id) => Number(id.slice('step-'.length)),
  fieldLabel: (id) => FIELDS.find((f) => f.id === id)!,
};
const REFS: RuleRefs = {
  stepId: (no) => `step-${no}`,
  fieldId: (label) => FIELDS.find((f) => f.th === label.th)!.id,
};

describe('format and parse are inverse', () => {
  it('parse ∘ format = id, Thai and English', () => {
    fc.assert(
      fc.property(arbDeadline, fc.constantFrom('th' as const, 'en' as const), (d: Deadline, lang) => {
        const r = parseRule(formatRule(d, NAMES, lang), REFS);
        expect(r.ok && r.deadline).toEqual(d);
      }),
      { numRuns: 500 },
    );
  });

  it('format ∘ parse = id on the text Kamnot writes; Thai digits read the same', () => {
    fc.assert(
      fc.property(arbDeadline, fc.constantFrom('th' as const, 'en' as const), (d: Deadline, lang) => {
        const text = formatRule(d, NAMES, lang);
        const r = parseRule(text, REFS);
        expect(r.ok && formatRule(r.deadline, NAMES, lang)).toBe(text);
        const thai = parseRule(toThaiDigits(text), REFS);
        expect(thai.ok && thai.deadline).toEqual(d);
      }),
      { numRuns: 300 },
    );
  });

  it('parseRule never throws on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        const r = parseRule(text);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 1000 },
    );
  });
});
