import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  columnLetters,
  columnNumber,
  escapeFormula,
  isDateValue,
  unescapeFormula,
} from '../../src/core/cells';

describe('column letters', () => {
  it('names 1-based columns as the sheet does', () => {
    expect([1, 2, 26, 27, 52, 53, 702, 703, 18278].map(columnLetters)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
      'ZZZ',
    ]);
    expect(columnLetters(0)).toBe('A');
  });

  it('reads letters back to the same column, in either case', () => {
    expect(columnNumber('c')).toBe(3);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 18278 }), (n) => {
        expect(columnNumber(columnLetters(n))).toBe(n);
        expect(columnNumber(columnLetters(n).toLowerCase())).toBe(n);
      }),
    );
  });
});

describe('isDateValue', () => {
  it('knows a Date from this realm and from a vm context, and nothing else', () => {
    expect(isDateValue(new Date(0))).toBe(true);
    const foreign = runInNewContext('new Date(0)');
    expect(foreign instanceof Date).toBe(false);
    expect(isDateValue(foreign)).toBe(true);
    for (const v of [null, undefined, 0, '2024-01-01', {}, [], Date.now()])
      expect(isDateValue(v)).toBe(false);
  });
});

describe('text that would start a formula', () => {
  it('goes in behind an apostrophe and reads back as typed', () => {
    expect(['=1+1', '+66', '-', '@me', 'plain', "'quoted"].map(escapeFormula)).toEqual([
      "'=1+1",
      "'+66",
      "'-",
      "'@me",
      'plain',
      "'quoted",
    ]);
    // Text already behind an apostrophe is the sheet's own text marker, which Sheets never shows.
    const typed = fc.string().filter((t) => !/^'[=+\-@]/.test(t));
    fc.assert(fc.property(typed, (text) => unescapeFormula(escapeFormula(text)) === text));
  });
});
