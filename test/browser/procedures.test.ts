// The Procedures panel in Chromium against the built bundle: a catalogue procedure copied, reordered
// and edited in the editor, previewed and saved as versions; a shared file imported with a conflict
// that the officer settles; a file exported; and a case moved to the new version from the form.
import { describe, expect, it } from 'vitest';
import { tabHeaderRow } from '../../src/core/procedures/tab-layout';
import type { ProcedureDraft, ProcedureSaved, ProceduresView } from '../../src/gas/sidebar-api/public';
import { HAVE_CHROMIUM, office, type Sidebar, SKIP_REASON, sidebar, withBrowser } from './harness';

const CATALOGUE = '001-teacher-development-plan';
const ID = 'office-teacher-development-plan';
const SIDEBAR = { kind: 'sidebar' } as const;
const MENU = { kind: 'menu' } as const;
const HEADER = tabHeaderRow();
const col = (prefix: string) => HEADER.findIndex((h) => h.startsWith(prefix));

/** Every visible control of the panel has a name a screen reader can say. */
async function unnamed(s: Sidebar): Promise<string[]> {
  return s.page.evaluate(() =>
    Array.from(
      document.querySelectorAll(
        '#panel-procedures input, #panel-procedures select, #panel-procedures button',
      ),
    )
      .filter((e) => (e as HTMLElement).offsetParent !== null)
      .filter((e) => {
        const labels = Array.from((e as HTMLInputElement).labels ?? [], (l) => l.textContent ?? '').join('');
        return !(e.getAttribute('aria-label') || labels.trim() || e.textContent?.trim());
      })
      .map((e) => e.id || e.tagName),
  );
}

const stepNames = (s: Sidebar) =>
  s.page
    .locator('#proc-steps fieldset.proc-step')
    .evaluateAll((fs) =>
      fs.map(
        (f) =>
          `${f.getAttribute('data-no')}:${(f.querySelector('input[id$="-en"]') as HTMLInputElement).value}`,
      ),
    );

describe.skipIf(!HAVE_CHROMIUM)(HAVE_CHROMIUM ? 'the Procedures panel in Chromium' : SKIP_REASON, () => {
  const browser = withBrowser();

  it('copies a catalogue procedure, reorders and edits a step, previews, saves version 1 then 2, and keeps what was typed when refused', async () => {
    const runtime = office({ user: 'somchai@example.org' });
    runtime.callIn(MENU, 'installHourly');
    // One procedure typed by hand with a rule Kamnot cannot read: the list shows its problem.
    const row: unknown[] = HEADER.map(() => '');
    row[0] = 'office-leave';
    row[1] = '<img src=x onerror=alert(1)>';
    row[col('ขั้นที่')] = 1;
    row[col('ขั้นตอน /')] = 'ตรวจใบลา';
    row[col('กำหนดเวลา')] = '3 เดือนครึ่ง';
    runtime.spreadsheet.edit('Procedures', `A2:${String.fromCharCode(64 + HEADER.length)}2`, [row]);
    const s = await sidebar(browser(), runtime);
    await s.open();
    await s.page.click('#tab-procedures');
    await s.settled();
    expect(await s.page.textContent('#proc-list li[data-id="office-leave"]')).toMatch(/แถว 2: .*เดือนครึ่ง/);
    await s.page.locator('#proc-catalogue option').nth(1).waitFor({ state: 'attached' });
    await s.screenshot('procedures-th');
    await s.page.click('#lang-toggle');
    expect(await s.page.textContent('#proc-list')).toMatch(/Not used until its invalid rows are fixed/);
    await s.screenshot('procedures-en');
    await s.page.click('#lang-toggle');

    await s.page.selectOption('#proc-catalogue', CATALOGUE);
    await s.page.click('#proc-from-catalogue');
    await s.settled();
    expect(await s.page.locator('#proc-steps fieldset.proc-step').count()).toBe(4);
    expect(await s.page.evaluate(() => document.activeElement?.id)).toBe('proc-th');
    expect(await s.page.inputValue('#proc-id')).toBe(ID);
    // Step 4 moves up twice, the second time from the keyboard: the numbers stay in place.
    await s.page.click('#proc-step-3-up');
    expect(await s.page.evaluate(() => document.activeElement?.id)).toBe('proc-step-2-up');
    await s.page.keyboard.press('Enter');
    expect(await stepNames(s)).toEqual([
      '1:Prepare: survey development needs, study the concepts, gather general data',
      '2:Publish and publicise the plan',
      '3:Write the plan (parts 1-3) and bind it',
      '4:Request approval of the plan from the ESA director',
    ]);
    // Step 1 gets 7 working days through the helper; the rule text follows.
    await s.page.fill('#proc-step-0-n', '7');
    await s.page.selectOption('#proc-step-0-unit', 'workdays');
    expect(await s.page.inputValue('#proc-step-0-rule')).toBe('7 วันทำการ หลังเริ่ม');
    await s.page.fill('#proc-step-0-standard', 'ภายใน 7 วันทำการ');
    await s.page.fill('#proc-start', '1/12/2569');
    await s.page.click('#proc-preview');
    await s.settled();
    // 1 Dec 2569 + 7 working days (the 5th–7th and the 10th are holidays) = 14 Dec; + 1 day = 15 Dec.
    expect(await s.page.locator('#proc-preview-list li .due').allTextContents()).toEqual([
      'ครบกำหนด 14/12/2569',
      'ครบกำหนด 15/12/2569',
      'ครบกำหนด 22/12/2569',
      'ครบกำหนด 25/12/2569',
    ]);
    expect(await unnamed(s)).toEqual([]);
    await s.page.locator('#proc-editor').scrollIntoViewIfNeeded();
    await s.screenshot('procedure-editor-th');
    await s.page.click('#lang-toggle');
    expect(await s.page.inputValue('#proc-step-0-rule')).toBe('7 วันทำการ หลังเริ่ม');
    expect(await s.page.textContent('#proc-preview-list')).toMatch(/due 14\/12\/2569/);
    await s.screenshot('procedure-editor-en');
    await s.page.click('#lang-toggle');

    await s.page.click('#proc-save');
    await s.settled();
    expect(await s.page.textContent('#proc-saved')).toMatch(/ฉบับที่ 1 \(ฉบับแรก\)/);
    expect(await s.page.textContent('#status')).toMatch(/บันทึกแล้ว ฉบับที่ 1/);
    expect(await s.page.textContent(`#proc-list li[data-id="${ID}"]`)).toMatch(/ฉบับที่ 1 · 4 ขั้น/);
    const tab = runtime.spreadsheet.values('Procedures').slice(1);
    expect(
      tab.filter((r) => r[0] === ID).map((r) => [r[col('ขั้นที่')], r[col('กำหนดเวลา')], r[col('ฉบับที่')]]),
    ).toEqual([
      [1, '7 วันทำการ หลังเริ่ม', 1],
      [2, '1 วัน หลังขั้นก่อนหน้า', 1],
      [3, '5 วัน หลังขั้นก่อนหน้า', 1],
      [4, '3 วัน หลังขั้นก่อนหน้า', 1],
    ]);
    // A second edit is a new version, with the change in words.
    await s.page.fill('#proc-step-0-n', '8');
    await s.page.click('#proc-save');
    await s.settled();
    expect(await s.page.textContent('#proc-saved')).toMatch(/ฉบับที่ 2 \(ฉบับใหม่\)/);
    expect(await s.page.textContent('#proc-changes')).toBe('ขั้นที่ 1: 7 → 8 วันทำการ');
    // Refused: the status line says why, the step shows its problem, and what was typed stays.
    await s.page.fill('#proc-step-1-rule', '3 เดือนครึ่ง');
    await s.page.click('#proc-save');
    await s.settled();
    expect(await s.page.textContent('#status')).toMatch(/บันทึกไม่ได้: ขั้นที่ 2.*not saved: step 2/);
    expect(await s.page.locator('#proc-steps fieldset.proc-step[data-no="2"] > .warn').count()).toBe(1);
    expect(await s.page.inputValue('#proc-step-1-rule')).toBe('3 เดือนครึ่ง');
    expect(runtime.spreadsheet.values('_procedures').length).toBe(3);
    expect(await s.page.locator('img').count()).toBe(0);
    expect(s.dialogs).toEqual([]);
    await s.page.context().close();
  });

  it('imports a file that conflicts: nothing is written until the officer chooses; replace asks once more; export downloads', async () => {
    const runtime = office({ user: 'somchai@example.org' });
    const draft = runtime.callIn(SIDEBAR, 'getProcedureDraft', CATALOGUE) as ProcedureDraft;
    runtime.callIn(SIDEBAR, 'saveProcedure', draft);
    const file = runtime.callIn(SIDEBAR, 'exportProcedure', ID) as { text: string };
    const changed = JSON.parse(file.text);
    changed.procedure.steps[0].deadline.n = 6;
    const upload = {
      name: 'from-another-office.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(changed)),
    };
    const s = await sidebar(browser(), runtime);
    await s.open();
    await s.page.click('#tab-procedures');
    await s.settled();

    const download = s.page.waitForEvent('download');
    await s.page.click(`button[data-export="${ID}"]`);
    expect((await download).suggestedFilename()).toBe(`kamnot-${ID}-v1.json`);
    expect(await s.page.getAttribute('#proc-export-link', 'download')).toBe(`kamnot-${ID}-v1.json`);

    const before = runtime.spreadsheet.values('Procedures');
    await s.page.setInputFiles('#proc-file', upload);
    await s.page.locator('#proc-import-plan[data-kind="conflict"]').waitFor();
    expect(await s.page.textContent('#proc-import-changes')).toBe('ขั้นที่ 1: 5 → 6 วัน');
    expect(await s.page.textContent('#proc-import-new-id')).toContain(`${ID}-2`);
    await s.screenshot('procedure-import-th');
    await s.page.click('#proc-import-replace');
    await s.page.locator('#proc-import-confirm').waitFor();
    expect(await s.page.evaluate(() => document.activeElement?.id)).toBe('proc-import-confirm');
    expect(await s.page.textContent('#proc-import-warning')).toMatch(/ฉบับใหม่\? เรื่องที่เปิดอยู่ใช้ฉบับเดิมต่อ/);
    await s.page.click('#proc-import-cancel');
    expect(runtime.spreadsheet.values('Procedures')).toEqual(before);
    await s.page.click('#proc-import-replace');
    await s.page.click('#proc-import-confirm');
    await s.settled();
    expect(await s.page.textContent('#status')).toMatch(/นำเข้า office-teacher-development-plan แล้ว ฉบับที่ 2/);
    expect(await s.page.textContent(`#proc-list li[data-id="${ID}"]`)).toMatch(/ฉบับที่ 2/);
    expect(runtime.spreadsheet.values('Procedures')[1]![col('กำหนดเวลา')]).toBe('6 วัน หลังเริ่ม');
    // The same file again: identical, nothing to choose.
    await s.page.setInputFiles('#proc-file', { ...upload, name: 'again.json' });
    await s.page.locator('#proc-import-plan[data-kind="identical"]').waitFor();
    expect(await s.page.locator('#proc-import-plan button').count()).toBe(0);
    // A changed copy kept beside the original under a new id.
    changed.procedure.steps[1].deadline.n = 9;
    await s.page.setInputFiles('#proc-file', { ...upload, buffer: Buffer.from(JSON.stringify(changed)) });
    await s.page.locator('#proc-import-plan[data-kind="conflict"]').waitFor();
    await s.page.click('#proc-import-new-id');
    await s.settled();
    expect(await s.page.locator('#proc-list li').count()).toBe(2);
    const view = runtime.callIn(SIDEBAR, 'listProcedures') as ProceduresView;
    expect(view.procedures.map((p) => [p.id, p.version])).toEqual([
      [ID, 2],
      [`${ID}-2`, 1],
    ]);
    expect(s.dialogs).toEqual([]);
    await s.page.context().close();
  });

  it('moves a case to the new version from the form, after showing what would change', async () => {
    const runtime = office({ user: 'somchai@example.org' });
    let saved = runtime.callIn(
      SIDEBAR,
      'saveProcedure',
      runtime.callIn(SIDEBAR, 'getProcedureDraft', CATALOGUE),
    ) as ProcedureSaved;
    const sheet = runtime.callIn(MENU, 'createRegister', ID) as string;
    runtime.spreadsheet.edit(sheet, 'B2:D2', [['แผนพัฒนา ก', 'somchai@example.org', '1/12/2569']]);
    runtime.callIn(MENU, 'runNow');
    const steps = saved.draft.steps.map((x, i) => (i === 0 ? { ...x, rule: '7 วัน หลังเริ่ม' } : x));
    saved = runtime.callIn(SIDEBAR, 'saveProcedure', { ...saved.draft, steps }) as ProcedureSaved;
    expect(saved.version).toBe(2);
    const s = await sidebar(browser(), runtime);
    await s.open();
    await s.page.click('#tab-procedures');
    await s.settled();
    await s.page.fill('#proc-move-row', '2');
    await s.page.click('#proc-move-check');
    await s.settled();
    expect(await s.page.textContent('#proc-move-before')).toMatch(/ครบ 9\/12\/2569/);
    expect(await s.page.textContent('#proc-move-after')).toMatch(/ครบ 14\/12\/2569/);
    await s.page.click('#proc-move-confirm');
    await s.settled();
    await expect
      .poll(() => s.page.textContent('#status'))
      .toMatch(/ย้ายแถว 2 ไปฉบับที่ 2 แล้ว ครบกำหนด 14\/12\/2569/);
    const header = runtime.spreadsheet.values(sheet, 'A1:Z1')[0]!;
    const at = (prefix: string) => header.findIndex((h) => String(h).startsWith(prefix));
    const cells = runtime.spreadsheet.values(sheet, 'A2:Z2')[0]!;
    expect([cells[at('ฉบับขั้นตอนงาน')], cells[at('ครบกำหนด /')]]).toEqual([2, '14 ธ.ค. 2569']);
    expect(s.dialogs).toEqual([]);
    await s.page.context().close();
  });
});
