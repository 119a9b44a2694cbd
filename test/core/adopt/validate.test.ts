import { describe, expect, it } from 'vitest';
import { analyseTab } from '../../../src/core/adopt/analyse';
import { proposeMapping } from '../../../src/core/adopt/propose';
import { validateMapping } from '../../../src/core/adopt/validate';
import { procedureById } from '../../../src/core/catalog/catalogue';
import { CERTIFICATION, LEAVE } from './fixtures';

const leave = procedureById(LEAVE.procedureId)!;
const tab = analyseTab(LEAVE.grid, { merges: LEAVE.merges });
const proposed = proposeMapping(tab, leave).mapping;

describe('validateMapping', () => {
  it('accepts the proposal, and lists the unreadable cells of its date columns', () => {
    const v = validateMapping(proposed, tab, leave);
    expect(v.ok).toBe(true);
    expect(v.errors).toEqual([]);
    expect(v.unreadable.map((u) => u.cell)).toEqual(['H10', 'H11']);
  });

  it('lists the cells of a date column the officer adds, row by row', () => {
    const v = validateMapping({ ...proposed, 'field:return-date': 5 }, tab, leave);
    expect(v.ok).toBe(true);
    expect(v.unreadable.map((u) => u.cell)).toEqual(['H10', 'H11']);
    const typo = LEAVE.grid.map((r) => [...r]);
    typo[5]![5] = '๓๑ ก.พ. ๒๕๖๙';
    const w = validateMapping({ ...proposed, 'field:return-date': 5 }, typo, leave, { merges: LEAVE.merges });
    expect(w.unreadable.map((u) => [u.cell, u.value])).toContainEqual(['F6', '๓๑ ก.พ. ๒๕๖๙']);
  });

  it('requires the start date', () => {
    const v = validateMapping({ ...proposed, start: null }, tab, leave);
    expect(v.ok).toBe(false);
    expect(v.errors[0]!.th).toContain('วันที่รับเรื่อง');
    expect(v.errors[0]!.en).toContain('date-received');
  });

  it('refuses one column for two fields, naming the column and both fields', () => {
    const v = validateMapping({ ...proposed, 'field:leave-start': 7 }, tab, leave);
    expect(v.ok).toBe(false);
    expect(v.errors[0]!.th).toContain('คอลัมน์ H');
    expect(v.errors[0]!.en).toContain('Date received');
    expect(v.errors[0]!.en).toContain('First day of leave');
  });

  it('refuses columns outside the table, non-columns and keys the register does not have', () => {
    expect(validateMapping({ ...proposed, status: 40 }, tab, leave).ok).toBe(false);
    expect(validateMapping({ ...proposed, status: -1 }, tab, leave).ok).toBe(false);
    expect(validateMapping({ ...proposed, status: 1.5 }, tab, leave).ok).toBe(false);
    expect(validateMapping({ ...proposed, status: '3' }, tab, leave).ok).toBe(false);
    const unknown = validateMapping({ ...proposed, 'done:nope': 0 }, tab, leave);
    expect(unknown.errors[0]!.en).toContain('"done:nope"');
  });

  it('warns when a date field is given a column that holds no dates', () => {
    const v = validateMapping({ ...proposed, 'field:return-date': 2 }, tab, leave);
    expect(v.ok).toBe(true);
    expect(v.warnings[0]!.en).toContain('0% of column C are dates');
  });

  it('warns when the chosen case-ID column repeats IDs', () => {
    const cert = procedureById(CERTIFICATION.procedureId)!;
    const grid = CERTIFICATION.grid.map((r) => [...r]);
    grid[3]![0] = 101;
    const mapping = proposeMapping(grid, cert).mapping;
    const v = validateMapping(mapping, grid, cert);
    expect(v.warnings.some((w) => w.en.includes('repeats some IDs'))).toBe(true);
  });

  it('says so when the tab has no header', () => {
    const v = validateMapping({ start: 0 }, [[1], [2]], leave);
    expect(v.ok).toBe(false);
    expect(v.errors[0]!.en).toContain('no header row');
  });
});
