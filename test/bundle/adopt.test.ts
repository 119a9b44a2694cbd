// "Adopt this tab" on the built bundle in the offline runtime: tabs built the way offices build
// them are proposed, adopted, run and stopped; the office's cells never change, and stopping leaves
// the tab cell by cell as it was.
import { describe, expect, it } from 'vitest';
import {
  adopt,
  column,
  gidOf,
  headerRow,
  mappingOf,
  office,
  officeCells,
  proposalFor,
  propose,
  START,
  stop,
} from './adopt-helpers';
import { LEAVE, STUDY_LEAVE, TRAINING } from './adopt-tabs';

const TIME = { kind: 'time-driven' } as const;

describe('proposing', () => {
  it('reads the active tab, ranks the procedures and maps the columns from Thai headers and values', () => {
    const runtime = office([TRAINING, LEAVE, STUDY_LEAVE]);
    const view = propose(runtime, null);
    expect(view.tabs.map((t) => t.name)).toEqual([
      TRAINING.seed.name,
      LEAVE.seed.name,
      STUDY_LEAVE.seed.name,
    ]);
    const p = view.proposal!;
    expect(p.name).toBe(TRAINING.seed.name);
    expect(p.procedureId).toBe(TRAINING.procedureId);
    expect(p.procedures[0]!.id).toBe(TRAINING.procedureId);
    expect(p.procedures[0]!.reasons.length).toBeGreaterThan(0);
    expect(p.headerRow).toBe(4);
    expect(p.right).toBe('N');
    expect(mappingOf(p)).toMatchObject({
      'case-id': 'B',
      subject: 'D',
      start: 'E',
      assignee: 'F',
      'done:receive-request': 'G',
      'done:send-acceptance': 'L',
      'hold-from': null,
    });
    const start = p.fields.find((f) => f.key === 'start')!;
    expect(start.columnHeader).toBe('วันที่รับเรื่อง');
    expect(start.confidence).toBeGreaterThan(0.5);
    expect(p.officeColumns.map((c) => c.header)).toEqual(['ลำดับ', 'ชื่อ-สกุล', 'หมายเหตุ']);
    expect(p.unreadable).toEqual([
      { cell: 'E10', value: 'พรุ่งนี้', problem: expect.objectContaining({ th: expect.any(String) }) },
    ]);
    expect(p.addable.map((a) => a.key)).toEqual(['hold-from', 'hold-to', 'status']);
    // Other tabs and procedures on request; a two-row header is read as one.
    const study = proposalFor(runtime, STUDY_LEAVE);
    expect(study.headerRow).toBe(3);
    expect(study.fields.find((f) => f.key === 'done:check-documents')!.columnHeader).toBe(
      'วันที่ดำเนินการแล้วเสร็จ ตรวจสอบเอกสาร',
    );
    // Proposing writes nothing on the tabs.
    expect(runtime.spreadsheet.metadata().filter((m) => m.key.startsWith('kamnot.'))).toEqual([]);
  });
});

describe('adopting', () => {
  it("adds only Kamnot's columns at the right; the run computes them; every office cell stays as it was", () => {
    const runtime = office([TRAINING]);
    const name = TRAINING.seed.name;
    const before = runtime.spreadsheet.snapshotSheet(name);
    const cellsBefore = officeCells(runtime, name, 13);
    const result = adopt(runtime, proposalFor(runtime, TRAINING));
    expect(result).toMatchObject({ name, added: 5, cases: 5 });
    expect(result.unreadable.map((u) => [u.cell, u.value])).toEqual([['E10', 'พรุ่งนี้']]);
    expect(headerRow(runtime, name, 4)).toMatchObject({
      A: 'ลำดับ',
      M: 'หมายเหตุ',
      N: 'ขั้นตอนปัจจุบัน / Current step',
      R: 'สถานะกำหนด / Deadline state',
    });
    runtime.callIn(TIME, 'runHourly');
    // Tue 8 Dec 2569: received 1 Dec, first step due the next working day; 7 Dec is a substitution day.
    expect(column(runtime, name, 'O', 5, 10)).toEqual([
      '2 ธ.ค. 2569',
      '8 ธ.ค. 2569',
      '',
      '',
      '8 ธ.ค. 2569',
      '',
    ]);
    expect(column(runtime, name, 'R', 5, 6)).toEqual(['เกินกำหนด', 'ครบกำหนดวันนี้']);
    expect(String(column(runtime, name, 'R', 8, 8)[0])).toMatch(/เสร็จ/);
    expect(String(column(runtime, name, 'R', 10, 10)[0])).toMatch(/⚠/);
    // The office's reference column is never written: a blank one gets a note, not an id.
    expect(column(runtime, name, 'B', 9, 9)).toEqual(['']);
    expect(runtime.spreadsheet.notes(name, 'R9')[0]![0]).toMatch(/ไม่มีเลขที่อ้างอิง/);
    expect(runtime.spreadsheet.notes(name, 'R10')[0]![0]).toMatch(/พรุ่งนี้|อ่านวันที่ไม่ได้/);
    // Every office cell (value, formula, format, note, background) is as it was, and so are the
    // office's merges, filter, colour rule, protection and metadata.
    expect(officeCells(runtime, name, 13)).toEqual(cellsBefore);
    const after = runtime.spreadsheet.snapshotSheet(name);
    expect(after.merges).toEqual(before.merges);
    expect(after.filter).toBe(before.filter);
    expect(after.frozenRows).toBe(4);
    expect(after.conditionalFormats.slice(0, 1)).toEqual(before.conditionalFormats);
    expect(after.conditionalFormats.slice(1).map((r) => r.ranges)).toEqual([
      ['A5:R1000'],
      ['A5:R1000'],
      ['A5:R1000'],
    ]);
    expect(after.protections.slice(0, 1)).toEqual(before.protections);
    expect(after.protections.slice(1).map((p) => [p.range, p.warningOnly])).toEqual([['N1:R1000', true]]);
    const binding = runtime.spreadsheet.metadata().find((m) => m.key === 'kamnot.register')!;
    expect(JSON.parse(binding.value!)).toMatchObject({ p: TRAINING.procedureId, h: 4, i: 1 });
    // A second run changes nothing. The tab is listed as adopted, and the log says who adopted it.
    const again = runtime.callIn({ kind: 'menu' }, 'runNow') as { changedCells: number };
    expect(again.changedCells).toBe(0);
    const view = propose(runtime, null);
    expect(view.adopted.map((t) => [t.name, t.procedure.en])).toEqual([
      [name, 'Permission for training, research or a study visit in Thailand'],
    ]);
    expect(view.tabs).toEqual([]);
    expect(view.proposal).toBeNull();
    const log = runtime.spreadsheet.values('_log').find((r) => r[1] === 'adopt')!;
    expect(log[2]).toContain(name);
    expect(log[3]).toBe('somchai@example.org');
  });

  it('the officer corrects a field and asks for hold columns; unreadable cells are listed and never changed', () => {
    const runtime = office([LEAVE]);
    const name = LEAVE.seed.name;
    const cellsBefore = officeCells(runtime, name, 12);
    const p = proposalFor(runtime, LEAVE);
    expect(p.fields.find((f) => f.key === 'field:return-date')!.column).toBeNull();
    const result = adopt(
      runtime,
      p,
      { ...mappingOf(p), 'field:return-date': 'F' },
      { addInputs: ['hold-from', 'hold-to'] },
    );
    expect(result.added).toBe(8); // case ID, two hold dates, five computed
    // J9 holds "-", "nothing yet": read as blank, so not listed.
    expect(result.unreadable.map((u) => [u.cell, u.value])).toEqual([['H9', '31/02/2569']]);
    const bound = runtime.spreadsheet.metadata().filter((m) => m.key === 'kamnot.column');
    expect(bound.find((m) => m.value === 'field:return-date')?.location).toBe(`COLUMN ${name}!F:F`);
    runtime.callIn(TIME, 'runHourly');
    // Kamnot's own case-ID column gets ids; the hold columns are the officer's, with date guidance.
    expect(column(runtime, name, 'M', 4, 9)).toEqual(['รหัสเรื่อง / Case ID', 'K-1', 'K-2', '', 'K-3', 'K-4']);
    expect(headerRow(runtime, name, 4)).toMatchObject({
      N: 'พักเรื่องตั้งแต่ / On hold from',
      O: 'พักเรื่องถึง / On hold until',
    });
    expect(runtime.spreadsheet.cell(name, 'N5').validation).toMatchObject({ allowInvalid: true });
    expect(officeCells(runtime, name, 12)).toEqual(cellsBefore);
    expect(runtime.spreadsheet.cell(name, 'H9')).toEqual(cellsBefore.H9);
    expect(runtime.spreadsheet.cell(name, 'J9')).toEqual(cellsBefore.J9);
    const binding = runtime.spreadsheet.metadata().find((m) => m.key === 'kamnot.register')!;
    const value = JSON.parse(binding.value!) as { h: number; a: string[]; i?: number };
    expect(value.h).toBe(4);
    expect(value.a).toContain('field:due-date-of-delivery');
    expect(value.a).not.toContain('hold-from');
    expect(value.i).toBeUndefined();
  });

  it('refuses a mapping with errors and writes nothing', () => {
    const runtime = office([TRAINING]);
    const name = TRAINING.seed.name;
    const before = runtime.spreadsheet.snapshotSheet(name);
    const p = proposalFor(runtime, TRAINING);
    expect(() => adopt(runtime, p, { ...mappingOf(p), start: null })).toThrow(/วันที่รับเรื่อง.*date-received/);
    expect(() => adopt(runtime, p, { ...mappingOf(p), subject: 'E' })).toThrow(/หลายช่อง.*several fields/);
    expect(() => adopt(runtime, p, mappingOf(p), { at: 'Z' })).toThrow(/ภายในตาราง.*inside the table/);
    expect(runtime.spreadsheet.snapshotSheet(name)).toEqual(before);
  });

  it('refuses a confirmed mapping when a column was inserted after the proposal: the letters moved', () => {
    const runtime = office([TRAINING]);
    const name = TRAINING.seed.name;
    const p = proposalFor(runtime, TRAINING);
    const headers = Object.fromEntries(p.columns.map((c) => [c.letter, c.header]));
    runtime.spreadsheet.range(name, 'A1').getSheet().insertColumnBefore(2);
    const before = runtime.spreadsheet.snapshotSheet(name);
    expect(() => adopt(runtime, p, mappingOf(p), { headers })).toThrow(/เปลี่ยนไป.*changed after the proposal/);
    expect(runtime.spreadsheet.snapshotSheet(name)).toEqual(before);
    // Proposed again, the same confirmation goes through.
    const again = proposalFor(runtime, TRAINING);
    const fresh = Object.fromEntries(again.columns.map((c) => [c.letter, c.header]));
    expect(adopt(runtime, again, mappingOf(again), { headers: fresh }).name).toBe(name);
  });
});

describe('stopping', () => {
  it.each([TRAINING, LEAVE, STUDY_LEAVE].map((t) => [t.seed.name, t] as const))(
    '%s: adopt, run, stop: the tab is cell by cell as it was',
    (_, tab) => {
      const runtime = office([tab]);
      const name = tab.seed.name;
      const original = runtime.spreadsheet.snapshotSheet(name);
      const result = adopt(runtime, proposalFor(runtime, tab));
      runtime.callIn(TIME, 'runHourly');
      expect(runtime.spreadsheet.snapshotSheet(name).maxColumns).toBe(original.maxColumns + result.added);
      const stopped = stop(runtime, gidOf(runtime, name));
      expect(stopped).toMatchObject({ stopped: true, name, typed: [] });
      // Values, formulas, formats, notes, validation, merges, filter, rules, protections, metadata.
      expect(runtime.spreadsheet.snapshotSheet(name)).toEqual(original);
      expect([...runtime.model.sheetByName(name)!.hiddenColumns]).toEqual([]);
      // The tab is no register any more: it can be adopted again, and the run leaves it alone.
      expect(propose(runtime, null).tabs.map((t) => t.name)).toContain(name);
      runtime.callIn(TIME, 'runHourly');
      expect(runtime.spreadsheet.snapshotSheet(name)).toEqual(original);
    },
  );

  it('asks before deleting the case-id column Kamnot added once an officer typed an id into it', () => {
    const runtime = office([LEAVE]);
    const name = LEAVE.seed.name;
    const p = proposalFor(runtime, LEAVE);
    adopt(runtime, p, mappingOf(p), { at: 'C' });
    runtime.callIn(TIME, 'runHourly');
    expect(column(runtime, name, 'C', 5, 6)).toEqual(['K-1', 'K-2']);
    // The officer numbers a case the office's way, over Kamnot's id.
    runtime.spreadsheet.edit(name, 'C6', [['ศธ 04123/2569']]);
    const asked = stop(runtime, gidOf(runtime, name));
    expect(asked).toMatchObject({ stopped: false, typed: [{ header: { en: 'Case ID' }, cells: 1 }] });
    expect(column(runtime, name, 'C', 5, 6)).toEqual(['K-1', 'ศธ 04123/2569']);
    expect(stop(runtime, gidOf(runtime, name), true)).toMatchObject({ stopped: true });
  });

  it("Kamnot's block placed inside the table: office columns move right, keep every cell, and come back", () => {
    const runtime = office([LEAVE]);
    const name = LEAVE.seed.name;
    const original = runtime.spreadsheet.snapshotSheet(name);
    const cellsBefore = officeCells(runtime, name, 12);
    const p = proposalFor(runtime, LEAVE);
    const result = adopt(runtime, p, mappingOf(p), { at: 'C' });
    expect(result.added).toBe(6);
    runtime.callIn(TIME, 'runHourly');
    expect(headerRow(runtime, name, 4)).toMatchObject({
      B: 'ชื่อ-สกุล',
      C: 'รหัสเรื่อง / Case ID',
      H: 'สถานะกำหนด / Deadline state',
      I: 'ตำแหน่ง',
      R: 'หมายเหตุ',
    });
    expect(column(runtime, name, 'C', 5, 6)).toEqual(['K-1', 'K-2']);
    expect(officeCells(runtime, name, 12, { insertedAt: 3, count: 6 })).toEqual(cellsBefore);
    const moved = runtime.spreadsheet.snapshotSheet(name);
    expect(moved.merges).toEqual(['A1:R1']);
    expect(moved.filter).toBe('A4:R9');
    // The run reads the moved office columns through their metadata: a second run changes nothing.
    expect((runtime.callIn({ kind: 'menu' }, 'runNow') as { changedCells: number }).changedCells).toBe(0);
    stop(runtime, gidOf(runtime, name));
    expect(runtime.spreadsheet.snapshotSheet(name)).toEqual(original);
  });

  it('asks first when the hold columns Kamnot added hold typed dates, and changes nothing until confirmed', () => {
    const runtime = office([LEAVE]);
    const name = LEAVE.seed.name;
    const original = runtime.spreadsheet.snapshotSheet(name);
    const p = proposalFor(runtime, LEAVE);
    adopt(runtime, p, mappingOf(p), { addInputs: ['hold-from'] });
    runtime.callIn(TIME, 'runHourly');
    runtime.spreadsheet.edit(name, 'N6', [['7 ธ.ค. 2569']]);
    const gid = gidOf(runtime, name);
    const adopted = runtime.spreadsheet.snapshotSheet(name);
    const asked = stop(runtime, gid);
    expect(asked.stopped).toBe(false);
    expect(asked.typed).toEqual([{ header: { th: 'พักเรื่องตั้งแต่', en: 'On hold from' }, cells: 1 }]);
    expect(runtime.spreadsheet.snapshotSheet(name)).toEqual(adopted);
    expect(stop(runtime, gid, true).stopped).toBe(true);
    expect(runtime.spreadsheet.snapshotSheet(name)).toEqual(original);
  });

  it("refuses to 'undo' a register Kamnot created, and says why", () => {
    const runtime = office([TRAINING]);
    const tab = runtime.callIn(
      { kind: 'menu' },
      'createRegister',
      '003-resignation-leaving-service',
    ) as string;
    const before = runtime.spreadsheet.snapshotSheet(tab);
    expect(() => stop(runtime, gidOf(runtime, tab))).toThrow(/สร้างโดย Kamnot.*a register Kamnot made/);
    expect(() => stop(runtime, gidOf(runtime, TRAINING.seed.name))).toThrow(/ไม่ได้ถูกติดตาม.*not tracked/);
    expect(runtime.spreadsheet.snapshotSheet(tab)).toEqual(before);
    expect(propose(runtime, null).adopted).toEqual([]);
  });
});

describe('an adopted tab in the daily work', () => {
  it('a two-row header: Kamnot reads the steps under their group, and an edit recomputes the row', () => {
    const runtime = office([STUDY_LEAVE]);
    const name = STUDY_LEAVE.seed.name;
    adopt(runtime, proposalFor(runtime, STUDY_LEAVE));
    runtime.callIn(TIME, 'runHourly');
    expect(headerRow(runtime, name, 3)).toMatchObject({ F: 'ตรวจสอบเอกสาร', N: 'ขั้นตอนปัจจุบัน / Current step' });
    expect(headerRow(runtime, name, 2)).not.toHaveProperty('N');
    // Received 1 Dec, documents checked 3 Dec: asking permission was due the same day.
    expect(column(runtime, name, 'O', 4, 4)).toEqual(['3 ธ.ค. 2569']);
    expect(column(runtime, name, 'R', 4, 4)).toEqual(['เกินกำหนด']);
    expect(runtime.spreadsheet.notes(name, 'R6')[0]![0]).toMatch(/#REF!/);
    runtime.fireOnEdit(name, 'G4', [['8 ธ.ค. 2569']]);
    // Permission asked on 8 Dec: the case moves on to the contract, which waits for a date the tab lacks.
    expect(String(column(runtime, name, 'N', 4, 4)[0])).toMatch(/^เมื่อสอบคัดเลือกได้แล้ว จัดทำสัญญา/);
    expect(column(runtime, name, 'O', 4, 4)).toEqual(['']);
    // Sheets reads a typed day, month name and year as a date (the BE year taken as written); Kamnot
    // reads that as 8 Dec 2569 BE and leaves the officer's cell as Sheets stored it.
    expect(runtime.spreadsheet.cell(name, 'G4').value).toEqual({ date: '2569-12-08' });
  });

  it("reminds the assignee of an adopted tab's overdue case once, and never twice", () => {
    const runtime = office([TRAINING], START);
    adopt(runtime, proposalFor(runtime, TRAINING));
    runtime.spreadsheet.edit('People', 'A2:F2', [
      ['สมชาย ใจดี', 'somchai@example.org', 'officer', '', 'TRUE', ''],
    ]);
    runtime.callIn(TIME, 'runHourly');
    expect(runtime.outbox).toHaveLength(1);
    const digest = runtime.outbox[0]!;
    expect(digest.to).toContain('somchai@example.org');
    expect(digest.htmlBody).toContain('ขออนุญาตอบรมหลักสูตรผู้บริหาร');
    expect(digest.htmlBody).not.toContain('ขออนุญาตอบรมออนไลน์'); // no reference number: no reminder
    // The link goes to the case's own row, below the titles.
    expect(digest.htmlBody).toMatch(/range=A5\b/);
    runtime.clock.advance(3_600_000);
    runtime.callIn(TIME, 'runHourly');
    expect(runtime.outbox).toHaveLength(1);
  });
});
