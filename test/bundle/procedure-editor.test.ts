// The procedure editor's server side, through the built bundle: a catalogue procedure copied, edited,
// previewed on the real calendar and saved into the Procedures tab as versions with a log line naming
// the officer; shared as a file and imported without silent overwrites; and an open case moved to the
// new version only when an officer asks.
import { describe, expect, it } from 'vitest';
import { calendarNamed } from '../../src/core/calendar/calendars';
import { dayFromIso } from '../../src/core/dates/civil';
import { formatDate } from '../../src/core/dates/format';
import { evaluateCase } from '../../src/core/engine/evaluate';
import { DEFAULT_THRESHOLDS } from '../../src/core/engine/types';
import { parseProceduresTab } from '../../src/core/procedures/parse-tab';
import { tabHeaderRow } from '../../src/core/procedures/tab-layout';
import type {
  CaseMovePlan,
  ImportResult,
  ProcedureDraft,
  ProcedurePreview,
  ProcedureSaved,
  ProceduresView,
} from '../../src/gas/sidebar-api/public';
import { office as officeWorkbook } from './harness';

const SIDEBAR = { kind: 'sidebar' } as const;
const MENU = { kind: 'menu' } as const;
const CATALOGUE = '001-teacher-development-plan';
const ID = 'office-teacher-development-plan';
const HEADER = tabHeaderRow();
const LAST = String.fromCharCode(64 + HEADER.length);
const col = (prefix: string) => HEADER.findIndex((h) => h.startsWith(prefix));

/** On 1 Dec 2569; same-domain users, so onEdit is told who edited the Procedures tab. */
function office() {
  return officeWorkbook({
    start: '2026-12-01T09:30:00+07:00',
    user: 'admin@example.org',
    identityInSimpleTriggers: true,
  });
}
type R = ReturnType<typeof office>;

const draftOf = (r: R, id: string) => r.callIn(SIDEBAR, 'getProcedureDraft', id) as ProcedureDraft;
const save = (r: R, d: ProcedureDraft) => r.callIn(SIDEBAR, 'saveProcedure', d) as ProcedureSaved;
const preview = (r: R, d: ProcedureDraft, start: string) =>
  r.callIn(SIDEBAR, 'previewProcedure', d, start) as ProcedurePreview;
const list = (r: R) => r.callIn(SIDEBAR, 'listProcedures') as ProceduresView;
const open = (r: R, text: string, choice: string) =>
  r.callIn(SIDEBAR, 'openProcedureFile', text, choice) as ImportResult;
const tab = (r: R) => r.spreadsheet.values('Procedures');
const withRule = (d: ProcedureDraft, no: number, rule: string): ProcedureDraft => ({
  ...d,
  steps: d.steps.map((s) => (s.no === no ? { ...s, rule } : s)),
});

/** A procedure typed by hand in the tab: two rows. */
function handTyped(id: string, name: string): unknown[][] {
  return [1, 2].map((no) => {
    const row: unknown[] = HEADER.map(() => '');
    row[0] = id;
    row[1] = name;
    row[col('ขั้นที่')] = no;
    row[col('ขั้นตอน /')] = `${name} ขั้น ${no}`;
    row[col('กำหนดเวลา')] = '2 วันทำการ';
    return row;
  });
}

describe('the procedure editor (server)', () => {
  it('copies a catalogue procedure, previews the due dates the engine gives on the real calendar, and saves version 1', () => {
    const r = office();
    const draft = draftOf(r, CATALOGUE);
    expect(draft).toMatchObject({ id: ID, original: null, basis: '' });
    expect(draft.steps.map((s) => [s.no, s.rule])).toEqual([
      [1, '5 วัน หลังเริ่ม'],
      [2, '5 วัน หลังขั้นก่อนหน้า'],
      [3, '3 วัน หลังขั้นก่อนหน้า'],
      [4, '1 วัน หลังขั้นก่อนหน้า'],
    ]);
    // The officer lengthens step 3 and previews from 1 Dec 2569.
    const edited = withRule(draft, 3, '4 วันทำการ');
    const shown = preview(r, edited, '1/12/2569');
    expect(shown.ok).toBe(true);
    // By hand: 1 Dec + 5 working days skips the 5th (Sat) and its substitute Monday the 7th → 9 Dec;
    // + 5 skips the 10th (Constitution Day) → 17 Dec; + 4 → 23 Dec; + 1 → 24 Dec.
    expect(shown.steps.map((s) => s.due)).toEqual(['9/12/2569', '17/12/2569', '23/12/2569', '24/12/2569']);
    expect(shown.steps[2]!.rule.en).toMatch(/within 4 working days after the previous step/);
    // The same dates from the engine itself, on the shipped Thai calendar.
    const parsed = parseProceduresTab([
      HEADER,
      ...edited.steps.map((s) => {
        const row: unknown[] = HEADER.map(() => '');
        row[0] = ID;
        row[1] = edited.th;
        row[col('ขั้นที่')] = s.no;
        row[col('ขั้นตอน /')] = s.th;
        row[col('กำหนดเวลา')] = s.rule;
        return row;
      }),
    ]).procedures[0]!.procedure;
    const start = dayFromIso('2026-12-01')!;
    const engine = evaluateCase(
      parsed,
      { start, done: {}, due: {}, fields: {}, holds: [], status: 'active' },
      { calendar: calendarNamed('TH'), ...DEFAULT_THRESHOLDS },
      start,
    );
    expect(shown.steps.map((s) => s.due)).toEqual(
      engine.steps.map((s) => formatDate(s.due!, { style: 'numeric' })),
    );
    // Previewing wrote nothing.
    expect(tab(r).length).toBeLessThanOrEqual(1);

    const saved = save(r, edited);
    expect(saved).toMatchObject({ id: ID, version: 1, outcome: 'first', changes: [] });
    const rows = tab(r).slice(1);
    expect(rows.map((x) => [x[0], x[col('ฉบับที่')], x[col('ขั้นที่')], x[col('กำหนดเวลา')]])).toEqual([
      [ID, 1, 1, '5 วัน หลังเริ่ม'],
      [ID, 1, 2, '5 วัน หลังขั้นก่อนหน้า'],
      [ID, 1, 3, '4 วันทำการ'],
      [ID, 1, 4, '1 วัน หลังขั้นก่อนหน้า'],
    ]);
    expect(
      r.spreadsheet
        .values('_procedures')
        .slice(1)
        .map((x) => [x[0], x[1], x[3]]),
    ).toEqual([[ID, 1, 'admin@example.org']]);
    expect(list(r).procedures).toEqual([
      expect.objectContaining({
        id: ID,
        version: 1,
        steps: 4,
        usable: true,
        rows: [2, 3, 4, 5],
        problems: [],
      }),
    ]);
    // Saved again unchanged: still version 1, and the draft it returns is the one to go on editing.
    expect(save(r, saved.draft)).toMatchObject({ version: 1, outcome: 'unchanged' });
  });

  it("a changed rule is version 2, logged with who changed what; other procedures' rows stay as they were", () => {
    const r = office();
    r.callIn(MENU, 'installHourly');
    r.spreadsheet.edit('Procedures', `A2:${LAST}3`, handTyped('office-before', 'งานก่อน'));
    let saved = save(r, draftOf(r, CATALOGUE));
    r.spreadsheet.edit('Procedures', `A8:${LAST}9`, handTyped('office-after', 'งานหลัง'));
    r.callIn(MENU, 'runNow');
    const before = tab(r);
    expect(before.slice(1).map((x) => x[0])).toEqual([
      'office-before',
      'office-before',
      ...Array(4).fill(ID),
      'office-after',
      'office-after',
    ]);
    r.setUser('chief@example.org');
    saved = save(r, withRule(saved.draft, 1, '7 วัน หลังเริ่ม'));
    expect(saved).toMatchObject({ version: 2, outcome: 'new-version' });
    expect(saved.changes.map((c) => c.th)).toEqual(['ขั้นที่ 1: 5 → 7 วัน']);
    const log = r.spreadsheet.values('_log').filter((x) => x[1] === 'procedure');
    expect(String(log.at(-1)![2])).toMatch(/ฉบับที่ 1 → 2 \(chief@example\.org\)[^\n]*\nขั้นที่ 1: 5 → 7 วัน/);
    expect(log.at(-1)![3]).toBe('chief@example.org');
    const after = tab(r);
    expect(after.slice(1, 3)).toEqual(before.slice(1, 3));
    expect(after.slice(7)).toEqual(before.slice(7));
    expect(after.slice(3, 7).map((x) => x[col('ฉบับที่')])).toEqual([2, 2, 2, 2]);

    // A step added in the middle of the tab: the block grows in place and the rows below move down whole.
    saved = save(r, {
      ...saved.draft,
      steps: [...saved.draft.steps, { ...saved.draft.steps[3]!, no: 5, th: 'รายงานผล', en: 'Report' }],
    });
    expect(saved).toMatchObject({ version: 3 });
    const grown = tab(r);
    expect(grown.slice(1).map((x) => x[0])).toEqual([
      'office-before',
      'office-before',
      ...Array(5).fill(ID),
      'office-after',
      'office-after',
    ]);
    expect(grown.slice(8)).toEqual(before.slice(7));
    // One removed: the block shrinks and nothing of the others changes.
    saved = save(r, { ...saved.draft, steps: saved.draft.steps.slice(0, 3) });
    const shrunk = tab(r);
    expect(shrunk.slice(1).map((x) => x[0])).toEqual([
      'office-before',
      'office-before',
      ...Array(3).fill(ID),
      'office-after',
      'office-after',
    ]);
    expect(shrunk.slice(6)).toEqual(before.slice(7));
    expect(shrunk.slice(1, 3)).toEqual(before.slice(1, 3));
  });

  it('refuses an invalid draft step by step and writes nothing; keeps a draft from overwriting rows changed since', () => {
    const r = office();
    const saved = save(r, draftOf(r, CATALOGUE));
    const beforeTab = tab(r);
    const beforeVersions = r.spreadsheet.values('_procedures');
    const bad = withRule(withRule(saved.draft, 2, '3 เดือนครึ่ง'), 4, '2 วัน หลังขั้นที่ 9');
    const checked = preview(r, bad, '1/12/2569');
    expect(checked.ok).toBe(false);
    expect(checked.problems.map((p) => p.no)).toEqual([2, 4]);
    expect(() => save(r, bad)).toThrow(
      /บันทึกไม่ได้: ขั้นที่ 2: .*; ขั้นที่ 4: .* \/ not saved: step 2: .*; step 4: .*step 9/,
    );
    expect(() => save(r, { ...saved.draft, steps: [] })).toThrow(/no steps yet/);
    expect(() => save(r, { ...saved.draft, original: null, id: ID })).toThrow(/already used/);
    expect(() => r.callIn(SIDEBAR, 'saveProcedure', { id: 3 })).toThrow(/แถบข้าง.*\/ the sidebar sent/);
    expect(tab(r)).toEqual(beforeTab);
    expect(r.spreadsheet.values('_procedures')).toEqual(beforeVersions);
    // Someone edits the rows in the tab after the draft was opened: the save refuses.
    r.spreadsheet.edit('Procedures', `${String.fromCharCode(65 + col('หมายเหตุ'))}2`, [['ดูหนังสือเวียน']]);
    expect(() => save(r, withRule(saved.draft, 1, '6 วัน หลังเริ่ม'))).toThrow(/changed after you opened it/);
  });

  it('exports a file; importing it is identical, a changed copy is a conflict that only new-id or replace settles', () => {
    const r = office();
    save(r, draftOf(r, CATALOGUE));
    const file = r.callIn(SIDEBAR, 'exportProcedure', ID) as { fileName: string; text: string };
    expect(file.fileName).toBe(`kamnot-${ID}-v1.json`);
    expect(JSON.parse(file.text)).toMatchObject({ kamnot: 'procedure', version: 1, exported: '2026-12-01' });
    expect(open(r, file.text, 'check')).toEqual({
      check: expect.objectContaining({ kind: 'identical', id: ID }),
      saved: null,
    });
    expect(open(r, 'not json', 'check').check).toEqual({
      kind: 'invalid',
      problems: [expect.objectContaining({ en: 'the file is not JSON' })],
    });
    expect(() => open(r, file.text, 'overwrite')).toThrow(/invalid input \(openProcedureFile: choice/);

    const changed = JSON.parse(file.text);
    changed.procedure.steps[0].deadline.n = 6;
    const text = JSON.stringify(changed);
    const before = tab(r);
    const { check, saved } = open(r, text, 'check');
    expect(saved).toBeNull();
    expect(check).toMatchObject({ kind: 'conflict', id: ID, sameRules: false, suggestedId: `${ID}-2` });
    expect(check.kind === 'conflict' && check.changes.map((c) => c.en)).toEqual(['step 1: 5 → 6 days']);
    expect(() => open(r, text, 'add')).toThrow(/exists and differs/);
    expect(tab(r)).toEqual(before);

    const copy = open(r, text, 'new-id').saved!;
    expect(copy).toMatchObject({ id: `${ID}-2`, version: 1, outcome: 'first' });
    expect(tab(r).slice(1, 5)).toEqual(before.slice(1, 5));
    expect(
      tab(r)
        .slice(5)
        .map((x) => x[0]),
    ).toEqual(Array(4).fill(`${ID}-2`));

    const replaced = open(r, text, 'replace').saved!;
    expect(replaced).toMatchObject({ id: ID, version: 2, outcome: 'new-version' });
    expect(tab(r)[1]![col('กำหนดเวลา')]).toBe('6 วัน หลังเริ่ม');
    expect(list(r).procedures.map((p) => [p.id, p.version])).toEqual([
      [ID, 2],
      [`${ID}-2`, 1],
    ]);
  });

  it('moves an open case to the new version only when asked: its due date and version cell change', () => {
    const r = office();
    save(r, draftOf(r, CATALOGUE));
    const sheet = r.callIn(MENU, 'createRegister', ID) as string;
    r.spreadsheet.edit(sheet, 'B2:D3', [
      ['แผนพัฒนา ก', 'a@example.org', '1/12/2569'],
      ['แผนพัฒนา ข', 'a@example.org', '1/12/2569'],
    ]);
    r.callIn(MENU, 'runNow');
    const saved = save(r, draftOf(r, ID));
    save(r, withRule(saved.draft, 1, '7 วัน หลังเริ่ม'));
    r.callIn(MENU, 'runNow');
    const header = r.spreadsheet.values(sheet, 'A1:Z1')[0]!;
    const at = (prefix: string) => header.findIndex((h) => String(h).startsWith(prefix));
    const cells = (row: number) => r.spreadsheet.values(sheet, `A${row}:Z${row}`)[0]!;
    // Opened under version 1, the case keeps it after the procedure changed.
    expect([cells(2)[at('ฉบับขั้นตอนงาน')], cells(2)[at('ครบกำหนด /')]]).toEqual([1, '9 ธ.ค. 2569']);
    const gid = list(r).procedures[0]!.registers[0]!.gid;
    const plan = r.callIn(SIDEBAR, 'planCaseMove', gid, 2) as CaseMovePlan;
    expect(plan).toMatchObject({
      register: sheet,
      row: 2,
      subject: 'แผนพัฒนา ก',
      from: 1,
      to: 2,
      lost: [],
      before: { due: '9/12/2569' },
      after: { due: '14/12/2569' },
    });
    expect(plan.changes.map((c) => c.en)).toEqual(['step 1: 5 → 7 days']);
    // Planning writes nothing; a stale version is refused.
    expect(cells(2)[at('ฉบับขั้นตอนงาน')]).toBe(1);
    expect(() => r.callIn(SIDEBAR, 'moveCase', gid, 2, 3)).toThrow(/version 2: check the move again/);
    r.setUser('chief@example.org');
    expect(r.callIn(SIDEBAR, 'moveCase', gid, 2, 2)).toMatchObject({ version: 2, due: '14/12/2569' });
    expect([cells(2)[at('ฉบับขั้นตอนงาน')], cells(2)[at('ครบกำหนด /')]]).toEqual([2, '14 ธ.ค. 2569']);
    expect(cells(3)[at('ฉบับขั้นตอนงาน')]).toBe(1);
    const audit = r.spreadsheet
      .values('_log')
      .filter((x) => x[1] === 'edit')
      .at(-1)!;
    expect([String(audit[2]), audit[3]]).toEqual([
      expect.stringMatching(/ฉบับขั้นตอนงาน.*: 1 → 2$/),
      'chief@example.org',
    ]);
    expect(() => r.callIn(SIDEBAR, 'planCaseMove', gid, 2)).toThrow(
      /already follows the latest version \(2\)/,
    );
    expect(() => r.callIn(SIDEBAR, 'planCaseMove', gid, 1)).toThrow(/row 1 is not a case/);
    const catalogueTab = r.callIn(MENU, 'createRegister', CATALOGUE) as string;
    const other = list(r);
    expect(other.procedures[0]!.registers.map((x) => x.name)).toEqual([sheet]);
    const home = r.callIn(SIDEBAR, 'getHome') as { registers: { name: string; gid: number }[] };
    const catalogueGid = home.registers.find((x) => x.name === catalogueTab)!.gid;
    expect(() => r.callIn(SIDEBAR, 'planCaseMove', catalogueGid, 2)).toThrow(
      /catalogue procedure, which has no versions/,
    );
  });

  it('a new empty procedure takes the id typed (as the tab reads it) or one made from its English name', () => {
    const r = office();
    const step = {
      no: 1,
      th: 'ตรวจใบลา',
      en: 'Check',
      role: '',
      rule: '2 วันทำการ หลังเริ่ม',
      condition: '',
      standard: '',
      notes: '',
    };
    const empty = { id: '', original: null, basis: '', th: 'งานลา', en: 'Leave request', steps: [step] };
    expect(save(r, { ...empty, id: 'leave' })).toMatchObject({ id: 'office-leave', version: 1 });
    expect(save(r, empty)).toMatchObject({ id: 'office-leave-request', version: 1 });
    expect(save(r, empty)).toMatchObject({ id: 'office-leave-request-2' });
    expect(
      tab(r)
        .slice(1)
        .map((x) => x[0]),
    ).toEqual(['office-leave', 'office-leave-request', 'office-leave-request-2']);
    expect(() => save(r, { ...empty, id: 'leave' })).toThrow(/office-leave is already used/);
    expect(() => save(r, { ...empty, id: '003-resignation-political-office' })).toThrow(
      /งาน: รหัส .*\/ not saved: procedure: ID/,
    );
  });

  it('lists rows the tab cannot use with their problems, opens them as typed to fix, and logs each change under its author', () => {
    const r = office();
    r.callIn(MENU, 'installHourly');
    const rows = handTyped('office-leave', 'งานลา');
    rows[1]![col('กำหนดเวลา')] = '3 เดือนครึ่ง';
    r.spreadsheet.edit('Procedures', `A2:${LAST}3`, rows);
    r.spreadsheet.edit('Procedures', `A4:${LAST}5`, handTyped('office-other', 'งานอื่น'));
    r.callIn(MENU, 'runNow');
    const view = list(r);
    expect(view.procedures.map((p) => [p.id, p.usable, p.version, p.rows])).toEqual([
      ['office-other', true, 1, [4, 5]],
      ['office-leave', false, null, [2, 3]],
    ]);
    expect(view.procedures[1]!.problems.map((p) => p.row)).toEqual([3]);
    const draft = draftOf(r, 'office-leave');
    expect(draft).toMatchObject({ original: 'office-leave', th: 'งานลา' });
    expect(draft.steps.map((s) => s.rule)).toEqual(['2 วันทำการ', '3 เดือนครึ่ง']);
    // Meanwhile a colleague edits the other procedure in the tab (onEdit records who).
    r.setUser('chief@example.org');
    r.fireOnEdit('Procedures', `${String.fromCharCode(65 + col('กำหนดเวลา'))}5`, [['4 วันทำการ']]);
    r.setUser('admin@example.org');
    expect(save(r, withRule(draft, 2, '3 เดือน'))).toMatchObject({ id: 'office-leave', version: 1 });
    const log = r.spreadsheet
      .values('_log')
      .filter((x) => x[1] === 'procedure')
      .map((x) => [String(x[2]), x[3]]);
    expect(log.slice(-2)).toEqual([
      [
        expect.stringMatching(/^งานอื่น \(office-other\): ฉบับที่ 1 → 2 \(chief@example\.org\)/),
        'chief@example.org',
      ],
      [expect.stringMatching(/^งานลา \(office-leave\): ฉบับที่ 1 \(admin@example\.org\)/), 'admin@example.org'],
    ]);
    expect(list(r).procedures.every((p) => p.usable && p.problems.length === 0)).toBe(true);
  });

  it('names and steps are data: markup comes back as plain text, and a leading = never becomes a formula', () => {
    const r = office();
    const draft = draftOf(r, CATALOGUE);
    const evil = '<img src=x onerror=alert(1)>';
    const saved = save(r, {
      ...draft,
      th: evil,
      steps: draft.steps.map((s, i) => (i === 0 ? { ...s, th: evil, notes: '=HYPERLINK("http://x")' } : s)),
    });
    // Written behind an apostrophe: the cell shows the text, and holds no formula.
    const notes = `${String.fromCharCode(65 + col('หมายเหตุ'))}2`;
    expect(r.spreadsheet.values('Procedures', notes)).toEqual([['=HYPERLINK("http://x")']]);
    expect(r.spreadsheet.formulas('Procedures', notes)).toEqual([['']]);
    expect(saved.draft.th).toBe(evil);
    expect(saved.draft.steps[0]).toMatchObject({ th: evil, notes: '=HYPERLINK("http://x")' });
    expect(list(r).procedures[0]!.th).toBe(evil);
    expect(preview(r, saved.draft, '2026-12-01').steps[0]!.th).toBe(evil);
  });
});
