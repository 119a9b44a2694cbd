// The Holidays tab on build/Code.js in the offline runtime: provisional days say so, the named range
// KAMNOT_HOLIDAYS follows the tab so formulas see the office's days, and a pasted list or iCalendar
// text is previewed, then added without a formula and without a day twice.
import { describe, expect, it } from 'vitest';
import type { HolidayPasteAdded, HolidayPastePreview } from '../../src/gas/sidebar-api/public';
import { CUSTOM, midnight, office as officeWorkbook, shown } from './harness';

const SIDEBAR = { kind: 'sidebar' } as const;
const MENU = { kind: 'menu' } as const;
const ZONE = 'Asia/Bangkok';

function office() {
  const runtime = officeWorkbook({ user: 'somchai@example.org' });
  runtime.callIn(MENU, 'runNow');
  return runtime;
}
type R = ReturnType<typeof office>;

/** The named range as a formula's argument receives it: the cells' values, blanks as ''. */
function namedRange(runtime: R): { sheet: string; a1: string; values: unknown[][] } | null {
  return runtime.run(MENU, () => {
    const range = runtime.gas.SpreadsheetApp.getActive()!.getRangeByName('KAMNOT_HOLIDAYS');
    return range
      ? { sheet: range.getSheet().getName(), a1: range.getA1Notation(), values: range.getValues() }
      : null;
  });
}
function maxRows(runtime: R): number {
  return runtime.run(MENU, () =>
    runtime.gas.SpreadsheetApp.getActive()!.getSheetByName('Holidays')!.getMaxRows(),
  );
}
/** =DUEDATE(start, days, , KAMNOT_HOLIDAYS), as Sheets calls it. */
function dueWithTab(runtime: R, start: string, days: number): string {
  const holidays = namedRange(runtime)!.values;
  return shown(runtime.callIn(CUSTOM, 'DUEDATE', midnight(start, ZONE), days, '', holidays), ZONE).slice(
    0,
    10,
  );
}

describe('the Holidays tab', () => {
  it('says in Thai and English which shipped days are not yet announced', () => {
    const runtime = office();
    const rows = runtime.spreadsheet.displayValues('Holidays');
    const ploughing = rows.filter((r) => /พืชมงคล/.test(r[1] ?? ''));
    expect(ploughing.map((r) => /ยังไม่ประกาศ.*not yet announced/.test(r[3] ?? ''))).toEqual([
      false, // 2024
      false, // 2025
      false, // 2026
      true, // 2027
      true, // 2028
    ]);
    // Calendar TH: the 2 Royal Ploughing days and the 9 public and government substitution days of
    // 2027-2028 (the banks' own are not on this calendar).
    expect(rows.filter((r) => /ยังไม่ประกาศ/.test(r[3] ?? '')).length).toBe(11);
    expect(rows.find((r) => r[1] === 'วันขึ้นปีใหม่')?.[3]).not.toMatch(/ยังไม่ประกาศ/);
  });

  it('keeps KAMNOT_HOLIDAYS over the date column, row 2 to the last row, as the tab grows', () => {
    const runtime = office();
    expect(namedRange(runtime)).toMatchObject({ sheet: 'Holidays', a1: `A2:A${maxRows(runtime)}` });
    runtime.run(MENU, () => {
      const sheet = runtime.gas.SpreadsheetApp.getActive()!.getSheetByName('Holidays')!;
      sheet.insertRowsAfter(sheet.getMaxRows(), 5);
    });
    const grown = maxRows(runtime);
    expect(namedRange(runtime)!.a1).not.toBe(`A2:A${grown}`);
    runtime.callIn(MENU, 'runNow');
    expect(namedRange(runtime)!.a1).toBe(`A2:A${grown}`);
    // Removed by hand: the next run puts it back.
    runtime.run(MENU, () => {
      const named = runtime.gas.SpreadsheetApp.getActive()!.getNamedRanges();
      for (const n of named) if (n.getName() === 'KAMNOT_HOLIDAYS') n.remove();
    });
    expect(namedRange(runtime)).toBeNull();
    runtime.callIn(MENU, 'runNow');
    expect(namedRange(runtime)!.a1).toBe(`A2:A${grown}`);
  });

  it("a formula given KAMNOT_HOLIDAYS counts the office's own days, typed or added from the sidebar", () => {
    const runtime = office();
    // Tue 8 Dec 2569 + 1 working day: Wed 9 Dec (Thu 10 Dec is Constitution Day).
    expect(dueWithTab(runtime, '2026-12-08', 1)).toBe('2026-12-09');
    runtime.callIn(SIDEBAR, 'addHoliday', '2026-12-09', 'วันสถาปนาสำนักงาน');
    expect(dueWithTab(runtime, '2026-12-08', 1)).toBe('2026-12-11');
    // A day typed at the end of the tab by hand, as the tab's help says.
    const last = runtime.spreadsheet.values('Holidays').length + 1;
    runtime.spreadsheet.edit('Holidays', `A${last}:B${last}`, [['11/12/2569', 'ปิดสำนักงานย้ายที่ทำการ']]);
    expect(dueWithTab(runtime, '2026-12-08', 1)).toBe('2026-12-14');
  });
});

describe('pasting a list of days off', () => {
  const LIST = [
    'มติ ครม. วันหยุดพิเศษ',
    '๑. วันศุกร์ที่ ๑ มกราคม ๒๕๗๐ วันขึ้นปีใหม่', // shipped: in the tab already
    '๒. วันพุธที่ ๙ ธันวาคม ๒๕๖๙ =HYPERLINK("http://example.org") วันหยุดพิเศษ', // a name that looks like a formula
    '๓. 24 ธันวาคม 2569 วันหยุดพิเศษของจังหวัด',
    '๔. 31 ก.พ. 2570 พิมพ์ผิด',
  ].join('\n');

  it('previews each day with what adding it would do, and writes nothing', () => {
    const runtime = office();
    const before = runtime.spreadsheet.values('Holidays');
    const preview = runtime.callIn(SIDEBAR, 'previewPastedHolidays', LIST) as HolidayPastePreview;
    expect(preview.format).toBe('list');
    expect(preview.days.map((d) => [d.date, d.state])).toEqual([
      ['2026-12-09', 'new'],
      ['2026-12-24', 'new'],
      ['2027-01-01', 'in-tab'],
    ]);
    expect(preview.problems.map((p) => p.line)).toEqual([5]);
    expect(runtime.spreadsheet.values('Holidays')).toEqual(before);
  });

  it('adds only the chosen new days, as text, once; the named range and the formulas follow', () => {
    const runtime = office();
    const rowsBefore = runtime.spreadsheet.values('Holidays').length;
    const chosen = ['2026-12-09', '2026-12-24', '2027-01-01', '2030-01-01'];
    const out = runtime.callIn(SIDEBAR, 'addPastedHolidays', LIST, chosen) as HolidayPasteAdded;
    expect(out.added).toEqual(['2026-12-09', '2026-12-24']);
    expect(out.view.office.map((h) => h.date)).toEqual(['2026-12-09', '2026-12-24']);
    const rows = runtime.spreadsheet.values('Holidays');
    expect(rows.length).toBe(rowsBefore + 2);
    expect(rows.slice(-2).map((r) => r.slice(1))).toEqual([
      [
        '=HYPERLINK("http://example.org") วันหยุดพิเศษ',
        'office',
        'วางจากรายการ / pasted from a list',
        'somchai@example.org',
      ],
      ['วันหยุดพิเศษของจังหวัด', 'office', 'วางจากรายการ / pasted from a list', 'somchai@example.org'],
    ]);
    expect(
      runtime.spreadsheet
        .formulas('Holidays')
        .flat()
        .filter((f) => f !== ''),
    ).toEqual([]);
    // Again: nothing new.
    const again = runtime.callIn(SIDEBAR, 'addPastedHolidays', LIST, chosen) as HolidayPasteAdded;
    expect(again.added).toEqual([]);
    expect(runtime.spreadsheet.values('Holidays').length).toBe(rowsBefore + 2);
    const preview = runtime.callIn(SIDEBAR, 'previewPastedHolidays', LIST) as HolidayPastePreview;
    expect(preview.days.map((d) => d.state)).toEqual(['in-tab', 'in-tab', 'in-tab']);
    expect(dueWithTab(runtime, '2026-12-08', 1)).toBe('2026-12-11');
  });

  it("reads Google's iCalendar export: shipped days known, observances offered but not taken", () => {
    const runtime = office();
    const ics = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'DTSTART;VALUE=DATE:20270101',
      'DTEND;VALUE=DATE:20270102',
      'DESCRIPTION:Public holiday',
      "SUMMARY:New Year's Day",
      'END:VEVENT',
      'BEGIN:VEVENT',
      'DTSTART;VALUE=DATE:20270214',
      'DTEND;VALUE=DATE:20270215',
      'DESCRIPTION:Observance\\nTo hide observances\\, go to Google Calendar Setting',
      ' s > Holidays in Thailand',
      "SUMMARY:Valentine's Day",
      'END:VEVENT',
      'BEGIN:VEVENT',
      'DTSTART;VALUE=DATE:20290101',
      'DTEND;VALUE=DATE:20290102',
      'DESCRIPTION:Public holiday\\nDate is tentative and may change.',
      "SUMMARY:New Year's Day (tentative)",
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const preview = runtime.callIn(SIDEBAR, 'previewPastedHolidays', ics) as HolidayPastePreview;
    expect(preview.days.map((d) => [d.date, d.state, d.tentative])).toEqual([
      ['2027-01-01', 'in-tab', false],
      ['2027-02-14', 'observance', false],
      ['2029-01-01', 'new', true],
    ]);
    const out = runtime.callIn(SIDEBAR, 'addPastedHolidays', ics, ['2029-01-01']) as HolidayPasteAdded;
    expect(out.added).toEqual(['2029-01-01']);
    expect(runtime.spreadsheet.values('Holidays').at(-1)!.slice(1, 4)).toEqual([
      "New Year's Day",
      'office',
      'วางจากไฟล์ iCalendar / pasted from an iCalendar file (ยังไม่แน่นอน / tentative)',
    ]);
  });

  it('refuses an empty paste with a message', () => {
    const runtime = office();
    expect(() => runtime.callIn(SIDEBAR, 'previewPastedHolidays', '  ')).toThrow(/nothing was pasted/);
  });
});
