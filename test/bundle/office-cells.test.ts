// What officers typed stays as they typed it when Kamnot writes beside it (issue 12, item 9): the
// sidebar writes only the cells it means to change, and never a string that Sheets reads as a formula.
import { describe, expect, it } from 'vitest';
import { tabHeaderRow } from '../../src/core/procedures/tab-layout';
import type { PeopleView, ProcedureDraft } from '../../src/gas/sidebar-api/public';
import { office } from './harness';

const SIDEBAR = { kind: 'sidebar' } as const;
const person = (over: Record<string, unknown> = {}) => ({
  row: null,
  expectEmail: '',
  name: 'สมชาย ใจดี',
  email: 'somchai@example.org',
  role: '',
  supervisor: '',
  active: true,
  lang: '',
  ...over,
});

describe('the sidebar writes text as text and leaves the office’s cells alone', () => {
  it('People: a name or a role that starts with = or + is stored as the text typed', () => {
    const r = office();
    r.callIn(
      SIDEBAR,
      'savePerson',
      person({ name: '=HYPERLINK("http://x.example","ครู")', role: '+66 81 234 5678' }),
    );
    expect(r.spreadsheet.values('People', 'A2:C2')).toEqual([
      ['=HYPERLINK("http://x.example","ครู")', 'somchai@example.org', '+66 81 234 5678'],
    ]);
    expect(r.spreadsheet.formulas('People', 'A2:F2')).toEqual([['', '', '', '', '', '']]);
  });

  it('People: editing one field keeps an office formula in another cell of the row', () => {
    const r = office();
    r.callIn(SIDEBAR, 'getPeople');
    r.spreadsheet.edit('People', 'A2:F2', [
      ['สมชาย ใจดี', 'somchai@example.org', '=UPPER("officer")', '', 'TRUE', ''],
    ]);
    r.spreadsheet.setComputed('People', 'C2', 'OFFICER');
    const view = r.callIn(SIDEBAR, 'getPeople') as PeopleView;
    const row = view.people[0]!;
    r.callIn(SIDEBAR, 'savePerson', { ...row, expectEmail: row.email, lang: 'en' });
    expect(r.spreadsheet.formulas('People', 'C2')).toEqual([['=UPPER("officer")']]);
    expect(r.spreadsheet.values('People', 'F2')).toEqual([['en']]);
  });

  it('Holidays: a day off named with a leading = is text', () => {
    const r = office();
    r.callIn(SIDEBAR, 'addHoliday', '2026-12-09', '=IMPORTXML("http://x.example","//a")');
    const rows = r.spreadsheet.values('Holidays');
    expect(rows.some((row) => row[1] === '=IMPORTXML("http://x.example","//a")')).toBe(true);
    expect(
      r.spreadsheet
        .formulas('Holidays')
        .flat()
        .filter((f) => f !== ''),
    ).toEqual([]);
  });

  it("Settings: saving one value leaves the office's own rows, formulas and '=text alone", () => {
    const r = office();
    const view = r.callIn(SIDEBAR, 'getSettings') as { values: Record<string, unknown> };
    const last = r.spreadsheet.values('Settings').length;
    r.spreadsheet.edit('Settings', `A${last + 1}:B${last + 2}`, [
      ['office-phone', '=CONCAT("053","-000")'],
      ['office-motto', "'=งานเสร็จ ไม่ใช่สูตร"],
    ]);
    r.spreadsheet.setComputed('Settings', `B${last + 1}`, '053-000');
    r.callIn(SIDEBAR, 'saveSettings', { ...view.values, reminderHour: 10 });
    expect(r.spreadsheet.formulas('Settings', `B${last + 1}:B${last + 2}`)).toEqual([
      ['=CONCAT("053","-000")'],
      [''],
    ]);
    expect(r.spreadsheet.values('Settings', `B${last + 2}`)).toEqual([['=งานเสร็จ ไม่ใช่สูตร']]);
    expect(r.spreadsheet.values('Settings').find((row) => row[0] === 'reminder-hour')?.[1]).toBe(10);
  });

  it("Procedures: saving keeps a formula and '=text in the office's own column between Kamnot's", () => {
    const r = office({ user: 'admin@example.org' });
    r.callIn(SIDEBAR, 'listProcedures'); // creates the Procedures tab
    const header = tabHeaderRow();
    const at = header.findIndex((h) => h.startsWith('หมายเหตุ'));
    // The office put its own column "เอกสารอ้างอิง" before Kamnot's Notes column.
    const withOffice = [...header.slice(0, at), 'เอกสารอ้างอิง', ...header.slice(at)];
    const letter = (i: number) => String.fromCharCode(65 + i);
    r.spreadsheet.edit('Procedures', `A1:${letter(withOffice.length - 1)}1`, [withOffice]);
    const draft = r.callIn(SIDEBAR, 'getProcedureDraft', '001-teacher-development-plan') as ProcedureDraft;
    r.callIn(SIDEBAR, 'saveProcedure', draft);
    r.spreadsheet.edit('Procedures', `${letter(at)}2:${letter(at)}3`, [
      ['=HYPERLINK("http://x.example","ว 12")'],
      ["'=ไม่ใช่สูตร"],
    ]);
    const saved = r.callIn(SIDEBAR, 'getProcedureDraft', 'office-teacher-development-plan') as ProcedureDraft;
    r.callIn(SIDEBAR, 'saveProcedure', {
      ...saved,
      steps: saved.steps.map((s, i) => (i === 0 ? { ...s, rule: '8 วันทำการ หลังเริ่ม' } : s)),
    });
    expect(r.spreadsheet.formulas('Procedures', `${letter(at)}2:${letter(at)}3`)).toEqual([
      ['=HYPERLINK("http://x.example","ว 12")'],
      [''],
    ]);
    expect(r.spreadsheet.values('Procedures', `${letter(at)}3`)).toEqual([['=ไม่ใช่สูตร']]);
  });
});
