import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../../src/local/runtime';

const BUNDLE = `
function onEdit(e) {
  var r = e.range;
  var log = e.source.getSheetByName('Log');
  log.appendRow([r.getSheet().getName(), r.getA1Notation(), e.value === undefined ? '' : e.value, e.oldValue === undefined ? '' : e.oldValue, e.authMode]);
}
`;

describe('fireOnEdit', () => {
  it('types the values in as a person would, then runs onEdit(e) in AuthMode LIMITED', () => {
    const rt = loadBundle(BUNDLE, {
      spreadsheet: { sheets: [{ name: 'Cases', values: [['id'], ['c1']] }, { name: 'Log' }] },
    });
    rt.fireOnEdit('Cases', 'A2', [['c9']]);
    rt.fireOnEdit('Cases', 'B2:B3', [['2024-01-15'], ['=A2']]);
    expect(rt.spreadsheet.values('Log')).toEqual([
      ['Cases', 'A2', 'c9', 'c1', 'LIMITED'],
      ['Cases', 'B2:B3', '', '', 'LIMITED'],
    ]);
    expect(rt.spreadsheet.formulas('Cases', 'B3')).toEqual([['=A2']]);
    expect(rt.spreadsheet.values('Cases', 'B2')[0]?.[0]).toBeInstanceOf(Date);
  });
});
