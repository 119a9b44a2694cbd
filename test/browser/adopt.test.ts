// "Adopt this tab" in Chromium against the built bundle: the dialog proposes, the officer corrects
// one column, adopts, sees Home count the tab, and stops tracking it; the tab is then as it was.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AdoptionView } from '../../src/gas/sidebar-api/public';
import { dress } from '../bundle/adopt-tab-shape';
import { TRAINING } from '../bundle/adopt-tabs';
import { HAVE_CHROMIUM, office, SCREENSHOTS, SKIP_REASON, sidebar, withBrowser } from './harness';

describe.skipIf(!HAVE_CHROMIUM)(HAVE_CHROMIUM ? 'adopting a tab in Chromium' : SKIP_REASON, () => {
  const browser = withBrowser();

  it('proposes, takes one correction, adopts, counts the tab on Home, and stops tracking it', async () => {
    const runtime = office({
      spreadsheet: { timeZone: 'Asia/Bangkok', locale: 'th_TH', sheets: [TRAINING.seed] },
      user: 'somchai@example.org',
    });
    dress(runtime, TRAINING);
    const name = TRAINING.seed.name;
    const original = runtime.spreadsheet.snapshotSheet(name);
    const s = await sidebar(browser(), runtime);
    // The user guide shows the adoption section alone, not the whole Add panel above it.
    const shot = (file: string) =>
      s.page.locator('#adopt-tab').screenshot({ path: join(SCREENSHOTS, `${file}.png`) });
    await s.open();
    await s.page.click('#tab-add');
    await s.settled();
    // The proposal: the active tab, the best-fitting procedure, one select per field.
    expect(await s.page.inputValue('#adopt-tab-select')).toBe(String(original.id));
    expect(await s.page.inputValue('#adopt-procedure')).toBe(TRAINING.procedureId);
    expect(await s.page.textContent('#adopt-header-row')).toBe('แถวหัวตาราง: แถว 4');
    const subject = s.page.locator('#adopt-fields select[data-key="subject"]');
    expect(await subject.inputValue()).toBe('D');
    expect(await s.page.inputValue('#adopt-fields select[data-key="start"]')).toBe('E');
    expect(
      await s.page.textContent('#adopt-fields .adopt-field:has(select[data-key="start"]) .confidence'),
    ).toBe('มั่นใจมาก');
    expect(await s.page.textContent('#adopt-unreadable')).toContain('E10 "พรุ่งนี้"');
    expect(await s.page.inputValue('#adopt-at')).toBe('');
    // The officer wants the person's name as the subject of each case.
    await subject.selectOption('C');
    expect(await s.page.textContent('.adopt-field:has(select[data-key="subject"]) .confidence')).toBe(
      'เลือกเอง',
    );
    await shot('adopt-th');
    await s.page.click('#lang-toggle');
    expect(await s.page.textContent('#adopt-tab h3')).toBe('Adopt this tab');
    expect(await subject.inputValue()).toBe('C');
    await shot('adopt-en');
    await s.page.click('#lang-toggle');
    await s.page.click('#adopt-confirm');
    await s.settled();
    expect(await s.page.textContent('#status')).toMatch(/นำแท็บ ".+" มาใช้แล้ว: เพิ่ม 5 คอลัมน์/);
    const columns = runtime.spreadsheet.metadata().filter((m) => m.key === 'kamnot.column');
    expect(columns.find((m) => m.value === 'subject')?.location).toBe(`COLUMN ${name}!C:C`);
    expect(runtime.spreadsheet.values(name, 'N4:R4')[0]![0]).toBe('ขั้นตอนปัจจุบัน / Current step');
    expect(await s.page.locator(`#adopted-tabs li[data-gid="${original.id}"]`).count()).toBe(1);
    expect(await s.page.textContent('#adopt-none')).toMatch(/ไม่มีแท็บอื่นให้นำมาใช้/);
    // Home counts the adopted tab's cases.
    await s.page.click('#tab-home');
    await s.page.click('#home-refresh');
    await s.settled();
    const row = s.page.locator(`#home-registers tr[data-gid="${original.id}"]`);
    expect(await row.locator('td[data-count="overdue"]').textContent()).toBe('1');
    expect(Number(await row.locator('td[data-count="open"]').textContent())).toBeGreaterThanOrEqual(3);
    // Stop tracking: Kamnot's columns, rules, notes and binding go; the tab is as it was.
    await s.page.click('#tab-add');
    await s.page.click(`#adopted-tabs button[data-stop="${original.id}"]`);
    await s.settled();
    expect(await s.page.textContent('#status')).toMatch(/เลิกติดตามแท็บ ".+" แล้ว/);
    expect(runtime.spreadsheet.snapshotSheet(name)).toEqual(original);
    expect(await s.page.locator('#adopt-form').count()).toBe(1);
    expect(await s.page.locator('#adopted-tabs').count()).toBe(0);
    expect(s.dialogs).toEqual([]);
    await s.page.context().close();
  });

  it('asks in the page, not in a dialog, before deleting a hold column people typed in', async () => {
    const runtime = office({
      spreadsheet: { timeZone: 'Asia/Bangkok', locale: 'th_TH', sheets: [TRAINING.seed] },
    });
    dress(runtime, TRAINING);
    const name = TRAINING.seed.name;
    const original = runtime.spreadsheet.snapshotSheet(name);
    const view = runtime.callIn({ kind: 'sidebar' }, 'proposeAdoption', null, null) as AdoptionView;
    const p = view.proposal!;
    const mapping = Object.fromEntries(p.fields.map((f) => [f.key, f.column]));
    runtime.callIn({ kind: 'sidebar' }, 'adoptTab', p.gid, p.procedureId, mapping, {
      addInputs: ['hold-from'],
    });
    runtime.spreadsheet.edit(name, 'N6', [['7 ธ.ค. 2569']]);
    const s = await sidebar(browser(), runtime);
    await s.open();
    await s.page.click('#tab-add');
    await s.settled();
    await s.page.click(`#adopted-tabs button[data-stop="${original.id}"]`);
    await s.settled();
    expect(await s.page.textContent('#stop-ask')).toMatch(/พักเรื่องตั้งแต่ \(1\)/);
    // Sheets stores the typed day, month name and year as a date (year as written).
    expect(runtime.spreadsheet.cell(name, 'N6').value).toEqual({ date: '2569-12-07' });
    await s.page.click('#stop-confirm');
    await s.settled();
    await expect.poll(() => s.page.textContent('#status')).toMatch(/เลิกติดตามแท็บ ".+" แล้ว/);
    expect(runtime.spreadsheet.snapshotSheet(name)).toEqual(original);
    expect(s.dialogs).toEqual([]);
    await s.page.context().close();
  });
});
