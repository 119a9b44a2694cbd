import { describe, expect, it } from 'vitest';
import { analyseTab } from '../../../src/core/adopt/analyse';
import { proposeMapping } from '../../../src/core/adopt/propose';
import { rankProcedures } from '../../../src/core/adopt/rank';
import { allProcedures, procedureById } from '../../../src/core/catalog/catalogue';
import { mappableInputs, registerLayout } from '../../../src/core/register/layout';
import { procedure, step } from '../engine/fixtures';
import { CERTIFICATION, FIXTURES, ID_CARD, LEAVE, PEOPLE, STUDY_LEAVE } from './fixtures';

const after = { kind: 'after', n: 3, unit: 'days', from: { type: 'previous' } } as const;
const THREE_STEPS = procedure([step('receive', after), step('check', after), step('approve', after)]);
const analysed = (f: (typeof FIXTURES)[number]) =>
  analyseTab(f.grid, { merges: f.merges, tabName: f.tabName, people: PEOPLE });

describe('proposeMapping on tabs offices built', () => {
  it.each(FIXTURES.map((f) => [f.name, f] as const))('%s: proposes what an officer would choose', (_, f) => {
    const p = procedureById(f.procedureId)!;
    const proposal = proposeMapping(analysed(f), p);
    const expected = Object.fromEntries(
      mappableInputs(registerLayout(p)).map((c) => [c.key, f.expected[c.key] ?? null]),
    );
    expect(proposal.mapping).toEqual(expected);
    expect(proposal.headerRow).toBe(f.headerRow);
    expect(proposal.problems).toEqual([]);
    for (const field of proposal.fields) {
      expect(field.confidence).toBeGreaterThanOrEqual(0);
      expect(field.confidence).toBeLessThanOrEqual(1);
      expect(field.reasons.length).toBeGreaterThan(0);
      for (const r of field.reasons) expect(r.th && r.en).toBeTruthy();
      if (field.column !== null) expect(field.confidence).toBeGreaterThanOrEqual(0.35);
    }
  });

  it.each(FIXTURES.map((f) => [f.name, f] as const))('%s: never changes a cell of the tab', (_, f) => {
    const before = JSON.stringify(f.grid);
    proposeMapping(f.grid, procedureById(f.procedureId)!, { merges: f.merges });
    rankProcedures(f.grid, allProcedures(), { merges: f.merges });
    expect(JSON.stringify(f.grid)).toBe(before);
  });

  it('leaves the office’s own columns alone and says what they are', () => {
    const proposal = proposeMapping(analysed(LEAVE), procedureById(LEAVE.procedureId)!);
    expect(proposal.officeColumns.map((c) => [c.label, c.kind])).toEqual([
      ['ลำดับ', 'seq'],
      ['ตำแหน่ง', 'info'],
      ['ถึงวันที่', 'period-end'],
      ['จำนวนวัน', 'count'],
      ['หมายเหตุ', 'notes'],
    ]);
  });

  it('lists the unreadable date cells of the proposed columns, with the officer’s cell references', () => {
    const leave = proposeMapping(analysed(LEAVE), procedureById(LEAVE.procedureId)!);
    // J10 holds "-", "nothing yet": read as blank, so not listed.
    expect(leave.unreadable.map((u) => [u.cell, u.value])).toEqual([
      ['H10', '31/02/2569'],
      ['H11', '1/12/69'],
    ]);
    expect(leave.unreadable[1]!.msg.th).toContain('กำกวม');
    const study = proposeMapping(analysed(STUDY_LEAVE), procedureById(STUDY_LEAVE.procedureId)!);
    expect(study.unreadable.map((u) => [u.cell, u.value])).toEqual([['G7', '#REF!']]);
    const card = proposeMapping(analysed(ID_CARD), procedureById(ID_CARD.procedureId)!);
    expect(card.unreadable.map((u) => u.cell)).toEqual(['G7']);
  });

  it('tells a ลำดับ column from a letter-number column under the same header "ที่"', () => {
    const p = procedureById(STUDY_LEAVE.procedureId)!;
    const grid = [
      ['ที่', 'เรื่อง', 'วันที่รับ'],
      ['ศธ 04113/1', 'ขอลาศึกษาต่อ ปริญญาโท', '1 พ.ย. 2569'],
      ['ศธ 04113/2', 'ขอลาศึกษาต่อ ปริญญาเอก', '2 พ.ย. 2569'],
      ['ศธ 04113/3', 'ขอลาศึกษาต่อ ปริญญาโท', '3 พ.ย. 2569'],
    ];
    expect(proposeMapping(grid, p).mapping['case-id']).toBe(0);
    const numbered = grid.map((r, i) => (i === 0 ? r : [i, ...r.slice(1)]));
    expect(proposeMapping(numbered, p).mapping['case-id']).toBeNull();
  });

  it('finds the assignee from People names when the header says nothing', () => {
    const proposal = proposeMapping(analysed(ID_CARD), procedureById(ID_CARD.procedureId)!);
    const assignee = proposal.fields.find((f) => f.key === 'assignee')!;
    expect(assignee.column).toBe(5);
    expect(assignee.reasons[0]!.en).toContain('names or emails');
  });

  it('takes generic "done" columns in step order, left to right', () => {
    const grid = [
      ['เรื่อง', 'วันที่รับเรื่อง', 'วันที่เสร็จ', 'วันที่เสร็จ', 'วันที่เสร็จ'],
      ['ก', '1 พ.ย. 2569', '2 พ.ย. 2569', '3 พ.ย. 2569', '4 พ.ย. 2569'],
    ];
    const m = proposeMapping(grid, THREE_STEPS).mapping;
    expect([m['done:receive'], m['done:check'], m['done:approve']]).toEqual([2, 3, 4]);
  });

  it('keeps step order around a column that names its step', () => {
    const grid = [['Subject', 'Date received', 'Completed', 'Check done', 'Completed']];
    const p = procedure([
      step('receive', after, { en: 'Receive the request' }),
      step('check', after, { en: 'Check the documents' }),
      step('approve', after, { en: 'Approve' }),
    ]);
    const m = proposeMapping(grid, p).mapping;
    expect([m['done:receive'], m['done:check'], m['done:approve']]).toEqual([2, 3, 4]);
  });

  it('reads one "วันที่เสร็จ" column as the day the case was finished: the last step', () => {
    const grid = [['เรื่อง', 'วันที่รับเรื่อง', 'วันที่เสร็จ']];
    const proposal = proposeMapping(grid, THREE_STEPS);
    expect(proposal.mapping['done:approve']).toBe(2);
    expect(proposal.mapping['done:receive']).toBeNull();
  });

  it('maps a typed-in due date of a manual step', () => {
    const p = procedure([step('receive', after), step('obec', { kind: 'manual' }), step('notify', after)]);
    const grid = [['เรื่อง', 'วันที่รับ', 'กำหนดส่ง', 'วันที่ส่ง สพฐ.']];
    expect(proposeMapping(grid, p).mapping['due:obec']).toBe(2);
  });

  it('falls back to the leftmost date column for the start, and says so', () => {
    const grid = [
      ['เรื่อง', 'คอลัมน์ 2', 'คอลัมน์ 3'],
      ['ก', '1 พ.ย. 2569', '2 พ.ย. 2569'],
      ['ข', '3 พ.ย. 2569', ''],
    ];
    const proposal = proposeMapping(grid, THREE_STEPS);
    const start = proposal.fields.find((f) => f.key === 'start')!;
    expect(start.column).toBe(1);
    expect(start.reasons[1]!.en).toContain('leftmost date column');
  });

  it('reports a tab with no header, and proposes nothing', () => {
    const proposal = proposeMapping(
      [
        [1, 2],
        [3, 4],
      ],
      THREE_STEPS,
    );
    expect(proposal.headerRow).toBeNull();
    expect(Object.values(proposal.mapping).every((c) => c === null)).toBe(true);
    expect(proposal.problems[0]!.en).toContain('no header row');
  });

  it("takes the office's document number as its own field, or as the case id when the tab has no other", () => {
    const rows = [
      ['2/11/2569', 'ขอลาศึกษาต่อ', 'ศธ 04001/1', 'LS-1'],
      ['3/11/2569', 'ขอลาศึกษาต่อ', 'ศธ 04001/2', 'LS-2'],
      ['4/11/2569', 'ขอลาศึกษาต่อ', 'ศธ 04001/3', 'LS-3'],
    ];
    const both = proposeMapping([['วันที่รับ', 'เรื่อง', 'เลขทะเบียนรับ', 'รหัสเรื่อง'], ...rows], THREE_STEPS);
    expect([both.mapping['doc-no'], both.mapping['case-id']]).toEqual([2, 3]);
    const only = proposeMapping(
      [['วันที่รับ', 'เรื่อง', 'เลขที่หนังสือรับ'], ...rows.map((r) => r.slice(0, 3))],
      THREE_STEPS,
    );
    expect([only.mapping['doc-no'], only.mapping['case-id']]).toEqual([null, 2]);
    const english = proposeMapping(
      [['Received', 'Subject', 'Document no.', 'Case ID'], ...rows],
      THREE_STEPS,
    );
    expect([english.mapping['doc-no'], english.mapping['case-id']]).toEqual([2, 3]);
  });

  it('maps every column of a register Kamnot made itself, in Thai and in English, for every procedure', () => {
    for (const lang of ['th', 'en'] as const) {
      for (const p of allProcedures()) {
        const inputs = registerLayout(p).inputs;
        const proposal = proposeMapping([inputs.map((c) => c.header[lang])], p);
        expect(proposal.mapping, `${lang} ${p.id}`).toEqual({
          ...Object.fromEntries(inputs.map((c, i) => [c.key, i])),
          'doc-no': null,
        });
      }
    }
  });
});

describe('rankProcedures', () => {
  const catalogue = allProcedures();

  it.each(FIXTURES.map((f) => [f.name, f] as const))('%s: suggests the right procedure first', (_, f) => {
    const ranked = rankProcedures(analysed(f), catalogue, { limit: 3 });
    expect(ranked).toHaveLength(3);
    expect(ranked[0]!.procedureId).toBe(f.procedureId);
    expect(ranked[0]!.score).toBeGreaterThan(ranked[1]!.score);
    expect(ranked[0]!.reasons.length).toBeGreaterThan(0);
  });

  it('uses the tab’s title: the same headers under another title suggest another procedure', () => {
    const headers = CERTIFICATION.grid.slice(1);
    const asCertificates = rankProcedures([['ทะเบียนคุมการขอหนังสือรับรอง'], ...headers], catalogue, { limit: 1 });
    const asCopies = rankProcedures([['ทะเบียนขอคัดสำเนา ก.พ.7'], ...headers], catalogue, { limit: 1 });
    expect(asCertificates[0]!.procedureId).toBe('003-certification-letter');
    expect(asCopies[0]!.procedureId).toBe('003-service-record-copy-request');
  });

  it('suggests a procedure for its own Kamnot-made register', () => {
    // Every seventh procedure: ranking the whole catalogue for each of them all is slow for a unit test.
    for (const p of catalogue.filter((_, i) => i % 7 === 0)) {
      const ranked = rankProcedures([registerLayout(p).inputs.map((c) => c.header.th)], catalogue, {
        limit: 3,
      });
      expect(ranked[0]!.procedureId, p.id).toBe(p.id);
    }
  });
});
