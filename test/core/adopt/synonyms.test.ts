import { describe, expect, it } from 'vitest';
import { normaliseHeader } from '../../../src/core/adopt/normalise';
import { type HeaderKind, isKnownHeaderWord, matchKind } from '../../../src/core/adopt/synonyms';
import { allProcedures } from '../../../src/core/catalog/catalogue';
import { registerLayout } from '../../../src/core/register/layout';

const kindOf = (header: string, kinds: readonly HeaderKind[]) => {
  const h = normaliseHeader(header);
  let best: { kind: HeaderKind; score: number } | null = null;
  for (const kind of kinds) {
    const score = matchKind(h, kind)?.score ?? 0;
    if (score > 0 && (!best || score > best.score)) best = { kind, score };
  }
  return best?.kind ?? null;
};

const ALL: readonly HeaderKind[] = [
  'case-id',
  'subject',
  'assignee',
  'start',
  'done',
  'due',
  'hold-from',
  'hold-to',
  'status',
  'quarter',
  'seq',
  'notes',
  'hold-days',
  'count',
  'info',
  'period-end',
];

describe('normaliseHeader', () => {
  it('reads the same header however it was typed', () => {
    const forms = ['วันที่รับเรื่อง', 'วันที่ รับ เรื่อง', 'วันที่\u200bรับเรื่อง', ' วันที่รับเรื่อง: ', 'วันที่-รับเรื่อง'];
    const keys = new Set(forms.map((f) => normaliseHeader(f).key));
    expect([...keys]).toEqual(['รับเรื่อง']);
  });

  it('folds ํ + า into ำ, Thai digits into Arabic, and case', () => {
    expect(normaliseHeader('หมายเหตุการด\u0e4d\u0e32เนินงาน').compact).toBe(
      normaliseHeader('หมายเหตุการดำเนินงาน').compact,
    );
    expect(normaliseHeader('ขั้นที่ ๓').stepNumber).toBe(3);
    expect(normaliseHeader('Date Received').key).toBe('received');
  });

  it('says when a header names a date, a done date or a due date', () => {
    expect(normaliseHeader('วันที่เสร็จ').doneHint).toBe(true);
    expect(normaliseHeader('กำหนดส่งแล้วเสร็จ').dueHint).toBe(true);
    expect(normaliseHeader('กำหนดส่งแล้วเสร็จ').doneHint).toBe(false);
    expect(normaliseHeader('ลงวันที่').dateHint).toBe(true);
    expect(normaliseHeader('Due date').dueHint).toBe(true);
    expect(normaliseHeader('Abandoned').doneHint).toBe(false);
  });

  it('keeps a step number only from a short header', () => {
    expect(normaliseHeader('Step 2').stepNumber).toBe(2);
    expect(normaliseHeader('Evaluate staff performance with the criteria of step 1').stepNumber).toBeNull();
  });
});

describe('synonyms', () => {
  it.each([
    ['วันที่รับเรื่อง', 'start'],
    ['วันรับ', 'start'],
    ['ลงวันที่', 'start'],
    ['Date received', 'start'],
    ['เลขที่หนังสือ', 'case-id'],
    ['เลขรับ', 'case-id'],
    ['Ref no.', 'case-id'],
    ['เรื่อง', 'subject'],
    ['Subject', 'subject'],
    ['ผู้รับผิดชอบ', 'assignee'],
    ['ผู้ปฏิบัติ', 'assignee'],
    ['เจ้าของเรื่อง', 'assignee'],
    ['Person responsible', 'assignee'],
    ['สถานะ', 'status'],
    ['หมายเหตุ', 'notes'],
    ['Remarks', 'notes'],
    ['วันที่เสร็จ', 'done'],
    ['แล้วเสร็จ', 'done'],
    ['Completed', 'done'],
    ['กำหนดส่ง', 'due'],
    ['Deadline', 'due'],
    ['พักเรื่อง', 'hold-from'],
    ['ระงับ', 'hold-from'],
    ['พักเรื่องถึง', 'hold-to'],
    ['On hold until', 'hold-to'],
    ['ลำดับ', 'seq'],
    ['จำนวนวันที่พักเรื่อง', 'hold-days'],
    ['จำนวนวัน', 'count'],
    ['ตำแหน่ง', 'info'],
    ['ถึงวันที่', 'period-end'],
    ['ไตรมาส', 'quarter'],
  ] as const)('"%s" is a %s header', (header, kind) => {
    expect(kindOf(header, ALL)).toBe(kind);
  });

  it('"ที่" names both a sequence and a letter number: the values decide', () => {
    const h = normaliseHeader('ที่');
    expect(matchKind(h, 'seq')?.how).toBe('exact');
    expect(matchKind(h, 'case-id')?.how).toBe('exact');
  });

  it('scores an exact word above a contained one above a near spelling', () => {
    const exact = matchKind(normaliseHeader('ผู้รับผิดชอบ'), 'assignee')!;
    const contains = matchKind(normaliseHeader('ผู้รับผิดชอบหลัก'), 'assignee')!;
    const near = matchKind(normaliseHeader('ผู้รับผิดขอบ'), 'assignee')!;
    expect(exact.how).toBe('exact');
    expect(contains.how).toBe('contains');
    expect(near.how).toBe('overlap');
    expect(exact.score).toBeGreaterThan(contains.score);
    expect(contains.score).toBeGreaterThan(near.score);
  });

  it('never lets a short word match inside another one', () => {
    expect(matchKind(normaliseHeader('ที่อยู่'), 'seq')).toBeNull();
    expect(matchKind(normaliseHeader('เจ้าหน้าที่'), 'case-id')).toBeNull();
  });

  it('knows every generic header of Kamnot’s own registers, in Thai and in English', () => {
    const p = allProcedures()[0]!;
    const generic = registerLayout(p).inputs.filter((c) => !c.key.includes(':'));
    for (const c of generic) {
      expect(isKnownHeaderWord(c.header.th), c.header.th).toBe(true);
      expect(isKnownHeaderWord(c.header.en), c.header.en).toBe(true);
    }
  });
});
