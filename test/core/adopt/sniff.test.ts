import { describe, expect, it } from 'vitest';
import { BANGKOK } from '../../../src/core/adopt/analyse';
import {
  classifier,
  classify,
  isDateColumn,
  sniffColumn,
  unreadableDates,
} from '../../../src/core/adopt/sniff';
import { cellDate } from './fixtures';

const c = classifier({ offsetAt: BANGKOK, people: { names: ['มาลี รักงาน'], emails: ['malee@esa.go.th'] } });
const column = (values: unknown[]) => values.map((v) => [v]);

describe('classify', () => {
  it.each([
    [cellDate(2026, 11, 1), 'date'],
    [new Date(Number.NaN), 'bad-date'],
    [46327, 'serial'],
    [1500, 'number'],
    ['1 พ.ย. 2569', 'date'],
    ['01/11/2569', 'date'],
    ['๑๕ ม.ค. ๒๕๗๐', 'date'],
    ['22 พฤศจิกายน พ.ศ. 2569', 'date'],
    ['2026-11-22', 'date'],
    ['22 Nov 2026', 'date'],
    ['31/02/2569', 'bad-date'],
    ['1/12/69', 'bad-date'],
    ['malee@esa.go.th', 'person'],
    ['someone@school.ac.th', 'email'],
    ['นางสาวสุดา ใจดี', 'person'],
    ['น.ส.สุดา ใจดี', 'person'],
    ['ว่าที่ ร.ต.สมชาย ดี', 'person'],
    ['มาลี รักงาน', 'person'],
    ['สมศรี ทองดี', 'name'],
    ['Somchai Jaidee', 'name'],
    ['ศธ 04002/123', 'code'],
    ['ศธ ๐๔๐๐๒/๑๒๓', 'code'],
    ['123/2569', 'code'],
    ['HR-2026-01', 'code'],
    ['ดำเนินการ', 'status'],
    ['On hold', 'status'],
    ['ขอหนังสือรับรองเงินเดือนเพื่อกู้ยืมเงินสหกรณ์', 'long-text'],
    ['ลาป่วย', 'short-text'],
    ['#REF!', 'error'],
    [true, 'boolean'],
    [{ toString: 0 }, 'error'],
  ] as const)('%s is %s', (value, kind) => {
    expect(classify(value, c)).toBe(kind);
  });
});

describe('sniffColumn', () => {
  it('counts the kinds of a column of BE text dates', () => {
    const grid = column(['วันที่รับ', '1 พ.ย. 2569', '', '01/11/2569', cellDate(2026, 11, 3), 'รอเอกสาร']);
    const s = sniffColumn(grid, 0, 1, 5, { offsetAt: BANGKOK });
    expect(s.filled).toBe(4);
    expect(s.share.date).toBe(0.75);
    expect(isDateColumn(s)).toBe(true);
    expect(s.medianDay).not.toBeNull();
  });

  it('recognises a ลำดับ column counting up', () => {
    const s = sniffColumn(column([1, 2, 3, '', 4, 5]), 0, 0, 5, { offsetAt: BANGKOK });
    expect(s.sequence).toBe(true);
    expect(sniffColumn(column([101, 7, 55, 3]), 0, 0, 3, { offsetAt: BANGKOK }).sequence).toBe(false);
  });

  it('looks at no more than the sample', () => {
    const grid = column(Array.from({ length: 500 }, (_, i) => `${(i % 28) + 1}/11/2569`));
    expect(sniffColumn(grid, 0, 0, 499, { offsetAt: BANGKOK, sample: 50 }).filled).toBe(50);
  });

  it('reads quarters written as digits or words', () => {
    const s = sniffColumn(column([1, 'ไตรมาส 2', 'Q3', '๔']), 0, 0, 3, { offsetAt: BANGKOK });
    expect(s.quarterShare).toBe(1);
  });
});

describe('unreadableDates', () => {
  it('lists every unreadable cell with its place and reason, and changes nothing', () => {
    // "-" is how offices write "nothing yet": the run reads it as blank, so it is not listed.
    const grid = column(['หัว', '1 พ.ย. 2569', '31/02/2569', '-', '#REF!', '', '1/12/69']);
    const before = JSON.stringify(grid);
    const found = unreadableDates(grid, 0, 1, 6, BANGKOK);
    expect(found.map((u) => u.cell)).toEqual(['A3', 'A5', 'A7']);
    expect(found[0]!.value).toBe('31/02/2569');
    expect(found[0]!.msg.th).toContain('ไม่มีวันที่');
    expect(found[0]!.msg.en).toContain('not a day of the calendar');
    expect(found[1]!.msg.en).toContain('#REF!');
    expect(found[2]!.msg.en).toContain('ambiguous');
    expect(JSON.stringify(grid)).toBe(before);
  });
});
