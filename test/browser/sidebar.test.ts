// The sidebar in a real browser: each panel against the built bundle, in Thai and English.
import { describe, expect, it } from 'vitest';
import { HAVE_CHROMIUM, office, SKIP_REASON, sidebar, withBrowser } from './harness';

const PROCEDURE = '003-resignation-leaving-service';

/**
 * A register with two resignation cases (one overdue on 8 Dec 2569) and a People chain. Each letter
 * was checked, proposed and sent (H–J): it waits on the order, due the day before the requested date.
 */
function withCases(runtime: ReturnType<typeof office>, tab: string): void {
  runtime.spreadsheet.edit('People', 'A2:F3', [
    ['สมชาย ใจดี', 'somchai@example.org', 'officer', 'boss@example.org', 'TRUE', ''],
    ['หัวหน้า', 'boss@example.org', 'group-director', '', 'TRUE', 'en'],
  ]);
  const sent = ['', '', '2/11/2569', '2/11/2569', '2/11/2569'];
  runtime.spreadsheet.edit(tab, 'B2:J3', [
    ['<img src=x onerror=alert(1)>', 'somchai@example.org', '1/11/2569', '5/12/2569', ...sent],
    ['ลาออก ครู ข', 'สมชาย ใจดี', '1/11/2569', '19/12/2569', ...sent],
  ]);
}

describe.skipIf(!HAVE_CHROMIUM)(HAVE_CHROMIUM ? 'the sidebar in Chromium' : SKIP_REASON, () => {
  const browser = withBrowser();

  it('creates a register from the catalogue: the tab, its headers and its binding are in the workbook', async () => {
    const runtime = office();
    const s = await sidebar(browser(), runtime);
    await s.open();
    await s.page.click('#tab-add');
    await s.page.locator('#manual option').nth(1).waitFor({ state: 'attached' });
    await s.page.selectOption('#manual', '003');
    await s.page.fill('#search', 'การออกจากราชการ');
    await s.page.selectOption('#procedure', PROCEDURE);
    await expect.poll(() => s.page.locator('#procedure-preview .rule').count()).toBeGreaterThan(0);
    await s.screenshot('add-register-th');
    await s.page.click('#create-register');
    await expect.poll(() => s.page.textContent('#status')).toMatch(/สร้างแท็บ/);
    const name = /"([^"]+)"/.exec((await s.page.textContent('#status')) ?? '')![1]!;
    expect(runtime.spreadsheet.sheetNames()).toContain(name);
    const header = runtime.spreadsheet.values(name, 'A1:Z1')[0]!.filter((v) => v !== '');
    expect(header.length).toBeGreaterThan(5);
    expect(header.some((h) => /ครบกำหนด \/ Due/.test(String(h)))).toBe(true);
    expect(
      runtime.spreadsheet.metadata().some((m) => m.key === 'kamnot.register' && m.value === PROCEDURE),
    ).toBe(true);
    expect(s.calls).toEqual([
      'getHome',
      'listCatalogue',
      'listBindableTabs',
      'proposeAdoption',
      'createRegister',
    ]);
    await s.page.context().close();
  });

  it('Home shows counts that change after the check runs, and the English toggle switches labels', async () => {
    const runtime = office();
    const tab = runtime.callIn({ kind: 'menu' }, 'createRegister', PROCEDURE) as string;
    const s = await sidebar(browser(), runtime);
    await s.open();
    const count = (which: string) =>
      s.page.textContent(`#home-registers tr[data-gid] td[data-count="${which}"]`);
    expect(await count('open')).toBe('0');
    expect(await s.page.textContent('[data-field="last-run"]')).toBe('ยังไม่เคยตรวจ');
    withCases(runtime, tab);
    runtime.callIn({ kind: 'menu' }, 'runNow');
    await s.page.click('#home-refresh');
    await s.settled();
    expect(await count('open')).toBe('2');
    expect(await count('overdue')).toBe('1');
    expect(await s.page.textContent('[data-field="last-run"]')).toMatch(/เสร็จครบ · ปัญหา \d+ · อีเมล 2/);
    // The quota Home shows is the trigger owner's after the trigger's last run (mail goes out under
    // that account), never the viewer's: no trigger has run here.
    expect(await s.page.textContent('[data-field="quota"]')).toBe('ยังไม่ทราบ');
    await s.screenshot('home-th');
    await s.page.click('#lang-toggle');
    expect(await s.page.textContent('#tab-home')).toBe('Home');
    expect(await s.page.textContent('#panel-home h2')).toBe('Home');
    expect(await s.page.getAttribute('html', 'lang')).toBe('en');
    await s.screenshot('home-en');
    await s.page.click('#tab-add');
    await s.settled();
    await s.page.selectOption('#procedure', PROCEDURE);
    await s.settled();
    expect(await s.page.textContent('label[for="search"]')).toBe('Search (Thai/English)');
    await s.screenshot('add-register-en');
    await s.page.click('#lang-toggle');
    expect(await s.page.textContent('#tab-home')).toBe('ภาพรวม');
    await s.page.context().close();
  });

  it('saves a setting that survives a reload; a bad value changes nothing', async () => {
    const runtime = office();
    const s = await sidebar(browser(), runtime);
    await s.open();
    await s.page.click('#tab-settings');
    await s.settled();
    await s.screenshot('settings-th');
    await s.page.selectOption('#setting-reminderHour', '10');
    await s.page.selectOption('#setting-calendar', 'TH-SCHOOL');
    await s.page.click('#save-settings');
    await expect.poll(() => s.page.textContent('#status')).toMatch(/บันทึกแล้ว/);
    const rows = runtime.spreadsheet.values('Settings');
    expect(rows.find((r) => r[0] === 'reminder-hour')?.[1]).toBe(10);
    expect(rows.find((r) => r[0] === 'calendar')?.[1]).toBe('TH-SCHOOL');
    await s.open();
    await s.page.click('#tab-settings');
    await s.settled();
    expect(await s.page.inputValue('#setting-reminderHour')).toBe('10');
    expect(await s.page.inputValue('#setting-calendar')).toBe('TH-SCHOOL');
    await s.page.fill('#setting-dueSoonFraction', '500');
    await s.page.click('#save-settings');
    await expect
      .poll(() => s.page.textContent('#status'))
      .toMatch(/ค่าตั้งไม่ถูกต้อง: dueSoonFraction \/ invalid settings/);
    expect(runtime.spreadsheet.values('Settings').find((r) => r[0] === 'reminder-hour')?.[1]).toBe(10);
    await s.page.click('#lang-toggle');
    await s.screenshot('settings-en');
    await s.page.context().close();
  });

  it("previews a person's digest in a sandboxed frame: a subject with markup shows as text", async () => {
    const runtime = office();
    const tab = runtime.callIn({ kind: 'menu' }, 'createRegister', PROCEDURE) as string;
    withCases(runtime, tab);
    const s = await sidebar(browser(), runtime);
    await s.open();
    await s.page.click('#tab-digest');
    await s.page.fill('#digest-email', 'somchai@example.org');
    await s.page.click('#digest-show');
    await s.settled();
    const frame = s.page.frames().find((f) => f !== s.page.mainFrame())!;
    await frame.waitForLoadState();
    expect(await frame.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
    expect(await frame.evaluate(() => document.body.textContent)).toContain('<img src=x onerror=alert(1)>');
    expect(await s.page.getAttribute('#digest-frame', 'sandbox')).toBe('');
    expect(await s.page.locator('img').count()).toBe(0);
    expect(s.dialogs).toEqual([]);
    expect(runtime.outbox).toHaveLength(0);
    await s.screenshot('digest-th');
    await s.page.click('#lang-toggle');
    await s.screenshot('digest-en');
    await s.page.context().close();
  });

  it('google.script.run behaves as in Apps Script: private functions not found, Dates refused, new runner per access', async () => {
    const runtime = office();
    const s = await sidebar(browser(), runtime);
    await s.open();
    const outcome = await s.page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const g = (
            window as unknown as { google: { script: { run: Record<string, (...a: unknown[]) => unknown> } } }
          ).google;
          const first = g.script.run;
          const sameRunner = first === g.script.run;
          let dateError = '';
          try {
            (g.script.run.getHome as (d: unknown) => void)({ at: new Date() });
          } catch (e) {
            dateError = `${(e as Error).name}: ${(e as Error).message}`;
          }
          let sync = true;
          const runner = g.script.run as unknown as {
            withFailureHandler(f: (e: Error) => void): { runNow(): void };
          };
          runner
            .withFailureHandler((e) =>
              resolve(JSON.stringify({ sameRunner, dateError, sync, failure: e.message })),
            )
            .runNow();
          sync = false;
        }),
    );
    expect(JSON.parse(outcome)).toEqual({
      sameRunner: false,
      dateError: 'TypeError: Failed due to illegal value in property: at',
      sync: false,
      failure: 'Script function not found: runNow',
    });
    await s.page.context().close();
  });
});
