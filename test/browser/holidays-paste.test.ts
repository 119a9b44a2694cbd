// Settings → the office's days off → paste a list, in Chromium against the built bundle: the preview
// comes first, nothing is written until the office adds, and only the ticked days are added.
import { describe, expect, it } from 'vitest';
import { HAVE_CHROMIUM, office, SKIP_REASON, sidebar, withBrowser } from './harness';

const MENU = { kind: 'menu' } as const;

describe.skipIf(!HAVE_CHROMIUM)(HAVE_CHROMIUM ? 'pasting days off in Chromium' : SKIP_REASON, () => {
  const browser = withBrowser();

  it('a pasted announcement: preview, untick one, add; the tab and the list follow', async () => {
    const runtime = office({ user: 'somchai@example.org' });
    runtime.callIn(MENU, 'runNow');
    const before = runtime.spreadsheet.values('Holidays');
    const s = await sidebar(browser(), runtime);
    await s.open();
    await s.page.click('#tab-settings');
    await s.settled();
    await s.page.click('#holiday-paste-box summary');
    await s.page.fill(
      '#holiday-paste',
      [
        'มติ ครม. กำหนดวันหยุดพิเศษ ปี ๒๕๖๙',
        '- วันพุธที่ ๙ ธันวาคม วันหยุดพิเศษ',
        '- วันที่ ๒๔ - ๒๕ ธันวาคม วันหยุดของจังหวัด',
        '- วันศุกร์ที่ ๑ มกราคม ๒๕๗๐ วันขึ้นปีใหม่',
        '- วันอังคารที่ ๓๑ ธันวาคม ๒๕๖๙ พิมพ์ผิด',
      ].join('\n'),
    );
    await s.page.click('#holiday-paste-look');
    await s.settled();
    const days = s.page.locator('#holiday-paste-days li');
    expect(await days.evaluateAll((lis) => lis.map((li) => [li.dataset.date, li.dataset.state]))).toEqual([
      ['2026-12-09', 'new'],
      ['2026-12-24', 'new'],
      ['2026-12-25', 'new'],
      ['2027-01-01', 'in-tab'],
    ]);
    expect(await s.page.isDisabled('#holiday-paste-2027-01-01')).toBe(true);
    expect(await s.page.textContent('#holiday-paste-problems')).toMatch(/บรรทัด 5: วันในสัปดาห์ไม่ตรงกับวันที่/);
    expect(await s.page.textContent('#holiday-paste-add')).toBe('เพิ่ม 3 วันที่เลือก');
    // The preview wrote nothing.
    expect(runtime.spreadsheet.values('Holidays')).toEqual(before);
    await s.screenshot('settings-holidays-paste-th');
    await s.page.uncheck('#holiday-paste-2026-12-25');
    expect(await s.page.textContent('#holiday-paste-add')).toBe('เพิ่ม 2 วันที่เลือก');
    await s.page.click('#holiday-paste-add');
    await s.settled();
    expect(await s.page.textContent('#status')).toMatch(/เพิ่มแล้ว 2 วัน/);
    expect(
      await s.page
        .locator('#holiday-list li[data-date]')
        .evaluateAll((lis) => lis.map((li) => li.dataset.date)),
    ).toEqual(['2026-12-09', '2026-12-24']);
    expect(await s.page.inputValue('#holiday-paste')).toBe('');
    const added = runtime.spreadsheet.values('Holidays').slice(before.length);
    expect(added.map((r) => r[1])).toEqual(['วันหยุดพิเศษ', 'วันหยุดของจังหวัด']);
    expect(s.dialogs).toEqual([]);
    await s.page.context().close();
  });

  it('an iCalendar text: observances offered unticked; editing the text drops the old preview', async () => {
    const runtime = office({ user: 'somchai@example.org' });
    runtime.callIn(MENU, 'runNow');
    const s = await sidebar(browser(), runtime);
    await s.open();
    await s.page.click('#tab-settings');
    await s.settled();
    await s.page.click('#holiday-paste-box summary');
    const ics = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'DTSTART;VALUE=DATE:20270214',
      'DTEND;VALUE=DATE:20270215',
      'DESCRIPTION:Observance\\nTo hide observances\\, go to Google Calendar Setting',
      ' s > Holidays in Thailand',
      "SUMMARY:Valentine's Day",
      'END:VEVENT',
      'BEGIN:VEVENT',
      'DTSTART;VALUE=DATE:20270405',
      'DTEND;VALUE=DATE:20270406',
      'SUMMARY:วันหยุดพิเศษ',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    await s.page.fill('#holiday-paste', ics);
    await s.page.click('#holiday-paste-look');
    await s.settled();
    expect(await s.page.isChecked('#holiday-paste-2027-02-14')).toBe(false);
    expect(await s.page.isChecked('#holiday-paste-2027-04-05')).toBe(true);
    expect(await s.page.textContent('#holiday-paste-summary')).toMatch(/ไฟล์ iCalendar/);
    await s.page.type('#holiday-paste', ' ');
    expect(await s.page.locator('#holiday-paste-days').count()).toBe(0);
    await s.page.context().close();
  });
});
