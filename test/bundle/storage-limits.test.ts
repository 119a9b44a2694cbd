// Nothing Kamnot stores may outgrow a cell (50,000 characters), a property or the store (issue 12,
// item 1): an office procedure whose steps carry long notes pasted from a manual is kept whole across
// cells, and one too long to keep is refused with a message in its Check column; a run never fails.
import { describe, expect, it } from 'vitest';
import { tabHeaderRow } from '../../src/core/procedures/tab-layout';
import { office } from './harness';

const HEADER = tabHeaderRow();
const col = (prefix: string) => HEADER.findIndex((h) => h.startsWith(prefix));
const letter = (i: number) => String.fromCharCode(65 + i);
const LAST = letter(HEADER.length - 1);
const TIME = { kind: 'time-driven' } as const;

/** An office procedure typed in the tab: `steps` rows, each with a note of `noteChars` characters. */
function procedureRows(id: string, steps: number, noteChars: number): unknown[][] {
  return Array.from({ length: steps }, (_, i) => {
    const row: unknown[] = HEADER.map(() => '');
    row[0] = id;
    row[1] = 'ขออนุญาตไปราชการ';
    row[col('ขั้นที่')] = i + 1;
    row[col('ขั้นตอน /')] = `ขั้นที่ ${i + 1}`;
    row[col('กำหนดเวลา')] = '2 วันทำการ';
    row[col('หมายเหตุ')] = `ระเบียบ ข้อ ${i + 1} `.repeat(Math.ceil(noteChars / 14)).slice(0, noteChars);
    return row;
  });
}

function lastRun(r: ReturnType<typeof office>) {
  const rows = r.spreadsheet.values('_log').filter((row) => String(row[1]).startsWith('run:'));
  return { kind: String(rows.at(-1)![1]), record: JSON.parse(String(rows.at(-1)![2])) };
}

describe('what Kamnot stores fits where it is stored', () => {
  it('a procedure with two 26,000-character notes is kept whole across cells, and its register runs', () => {
    const r = office({ user: 'admin@example.org' });
    r.callIn(TIME, 'runHourly');
    r.spreadsheet.edit('Procedures', `A2:${LAST}3`, procedureRows('office-travel', 2, 26_000));
    r.callIn(TIME, 'runHourly');
    expect(lastRun(r).kind).toBe('run:done');
    const stored = r.spreadsheet.values('_procedures').slice(1);
    expect(stored).toHaveLength(1);
    const parts = stored[0]!.slice(4).filter((v) => v !== '');
    expect(parts.length).toBeGreaterThanOrEqual(2);
    expect(parts.every((p) => String(p).length <= 50_000)).toBe(true);
    const record = JSON.parse(parts.join(''));
    expect(record.procedure.steps[1].note ?? record.procedure.steps[1].notes).toBeDefined();
    const tab = r.callIn({ kind: 'menu' }, 'createRegister', 'office-travel') as string;
    r.spreadsheet.edit(tab, 'B2:D2', [['ไปราชการ กทม.', 'a@example.org', '1/12/2569']]);
    r.callIn(TIME, 'runHourly');
    expect(lastRun(r)).toMatchObject({ kind: 'run:done', record: { cases: 1 } });
    // Read back unchanged: no new version on the next run.
    expect(r.spreadsheet.values('_procedures').slice(1)).toHaveLength(1);
  });

  it('a procedure too long to keep as a version is not used, says why, and every other run goes on', () => {
    const r = office({ user: 'admin@example.org' });
    r.callIn(TIME, 'runHourly');
    r.spreadsheet.edit('Procedures', `A2:${LAST}21`, procedureRows('office-huge', 20, 45_000));
    r.spreadsheet.edit('Procedures', `A22:${LAST}23`, procedureRows('office-small', 2, 100));
    r.callIn(TIME, 'runHourly');
    expect(lastRun(r).kind).toBe('run:done');
    const check = r.spreadsheet.values('Procedures', `${letter(col('ผลตรวจ'))}2`)[0]![0];
    expect(String(check)).toMatch(/ยาวเกิน.*too long to keep/s);
    const ids = r.spreadsheet
      .values('_procedures')
      .slice(1)
      .map((row) => row[0]);
    expect(ids).toEqual(['office-small']);
  });
});
