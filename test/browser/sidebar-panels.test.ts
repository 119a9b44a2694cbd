// The sidebar's People, My cases, Settings → holidays, Add → bind and Help panels in Chromium, against
// the built bundle; and the whole path an office takes on its first day, through the UI.
import { describe, expect, it } from 'vitest';
import { HAVE_CHROMIUM, office, SKIP_REASON, sidebar, withBrowser } from './harness';

const PROCEDURE = '003-resignation-leaving-service';
const MENU = { kind: 'menu' } as const;

describe.skipIf(!HAVE_CHROMIUM)(HAVE_CHROMIUM ? 'the sidebar panels in Chromium' : SKIP_REASON, () => {
  const browser = withBrowser();

  it('first day: a register, two people and a case through the sidebar; the run; Home and My cases lead to the row', async () => {
    const runtime = office({ user: 'somchai@example.org' });
    const s = await sidebar(browser(), runtime);
    await s.open();
    // The register.
    await s.page.click('#tab-add');
    await s.page.locator('#manual option').nth(1).waitFor({ state: 'attached' });
    await s.page.selectOption('#procedure', PROCEDURE);
    await s.page.click('#create-register');
    await expect.poll(() => s.page.textContent('#status')).toMatch(/สร้างแท็บ/);
    const tab = /"([^"]+)"/.exec((await s.page.textContent('#status')) ?? '')![1]!;
    // Two people: the supervisor first, then the officer under them.
    await s.page.click('#tab-people');
    await s.page.locator('#person-form').waitFor();
    await s.page.fill('#person-name', 'หัวหน้า สมหญิง');
    await s.page.fill('#person-email', 'boss@example.org');
    await s.page.click('#person-save');
    await expect.poll(() => s.page.locator('#people-list tbody tr').count()).toBe(1);
    await s.page.click('#person-new');
    await s.page.fill('#person-name', 'สมชาย ใจดี');
    await s.page.fill('#person-email', 'somchai@example.org');
    await s.page.fill('#person-role', 'นักทรัพยากรบุคคล');
    await s.page.selectOption('#person-supervisor', 'boss@example.org');
    await s.page.click('#person-save');
    await expect.poll(() => s.page.locator('#people-list tbody tr').count()).toBe(2);
    expect(runtime.spreadsheet.values('People', 'A3:E3')).toEqual([
      ['สมชาย ใจดี', 'somchai@example.org', 'นักทรัพยากรบุคคล', 'boss@example.org', true],
    ]);
    // A bad email is refused in words and the form keeps what was typed.
    await s.page.click('#person-new');
    await s.page.fill('#person-name', 'ใครสักคน');
    await s.page.fill('#person-email', 'not an email');
    await s.page.click('#person-save');
    await expect.poll(() => s.page.textContent('#status')).toMatch(/ไม่ถูกต้อง.*not a valid email/);
    expect(await s.page.inputValue('#person-name')).toBe('ใครสักคน');
    // The officer types a case in the register (as in Sheets), and one for someone not in People.
    // Checked, proposed and sent (H–J): each waits on the order, due the day before the requested
    // date (Fri 4 Dec 2569, overdue on Tue 8 Dec; Fri 18 Dec).
    const sent = ['', '', '2/11/2569', '2/11/2569', '2/11/2569'];
    runtime.spreadsheet.edit(tab, 'B2:J3', [
      ['ลาออก ครู ก', 'somchai@example.org', '1/11/2569', '5/12/2569', ...sent],
      ['ลาออก ครู ข', 'ใครก็ไม่รู้', '1/11/2569', '19/12/2569', ...sent],
    ]);
    // The hourly check, installed from Home; then a run.
    await s.page.click('#tab-home');
    await s.page.click('#install-trigger');
    await expect
      .poll(() => s.page.textContent('[data-field="trigger"]'))
      .toMatch(/ติดตั้งแล้ว รอรอบแรก · เจ้าของ somchai@example.org \(คุณ\)/);
    runtime.callIn(MENU, 'runNow');
    // The counts are evaluated live, so "open 2" already held before the refresh: wait for the page to
    // settle on the refreshed answer, never on a value that may have been true all along.
    await s.page.click('#home-refresh');
    await s.settled();
    const count = (which: string) =>
      s.page.textContent(`#home-registers tr[data-gid] td[data-count="${which}"]`);
    expect(await count('open')).toBe('2');
    expect(await count('overdue')).toBe('1');
    expect(await s.page.textContent('[data-field="last-run"]')).toMatch(/เสร็จครบ/);
    expect(await s.page.textContent('[data-field="next-run"]')).toMatch(/^≈ 8\/12\/2569 10:3\d$/);
    await s.screenshot('home-after-run-th');
    await s.page.click('#home-registers td[data-count="overdue"] button');
    await expect.poll(() => runtime.spreadsheet.selection().ranges[0]?.replace(/:[A-Z]+/, ':')).toBe('A2:2');
    expect(runtime.spreadsheet.selection().sheet).toBe(tab);
    // My cases: the signed-in officer's overdue case; a click selects its row.
    runtime.callIn({ kind: 'sidebar' }, 'showRows', 0, []); // elsewhere first (Sheet1 has gid 0)
    await s.page.click('#tab-mine');
    await s.settled();
    expect(await s.page.locator('#mine-list li').count()).toBe(1);
    expect(await s.page.textContent('#mine-list li')).toMatch(/ลาออก ครู ก.*แถว 2.*เกินกำหนด/);
    await s.screenshot('mine-th');
    await s.page.click('#mine-list li button');
    await expect.poll(() => runtime.spreadsheet.selection().sheet).toBe(tab);
    await s.page.click('#lang-toggle');
    expect(await s.page.textContent('#mine-list li')).toMatch(/row 2.*overdue/);
    await s.screenshot('mine-en');
    await s.page.click('#lang-toggle');
    // People, reloaded, lists the assignee no reminder can reach.
    await s.open();
    await s.page.click('#tab-people');
    await s.settled();
    expect(await s.page.textContent('#unknown-assignees')).toMatch(/แถว 3.*"ใครก็ไม่รู้"/);
    expect(s.dialogs).toEqual([]);
    await s.page.context().close();
  });

  it('People: the list, the form, and the unknown assignees, in Thai and English', async () => {
    const runtime = office();
    const tab = runtime.callIn(MENU, 'createRegister', PROCEDURE) as string;
    runtime.spreadsheet.edit('People', 'A2:F3', [
      ['หัวหน้า สมหญิง', 'boss@example.org', 'ผอ.กลุ่ม', '', 'TRUE', ''],
      ['สมชาย ใจดี', 'somchai@example.org', 'นักทรัพยากรบุคคล', 'boss@example.org', 'TRUE', ''],
    ]);
    runtime.spreadsheet.edit(tab, 'B2:E2', [['<img src=x onerror=alert(1)>', 'ใครก็ไม่รู้', '1/11/2569', '']]);
    const s = await sidebar(browser(), runtime);
    await s.open();
    await s.page.click('#tab-people');
    await s.settled();
    expect(await s.page.textContent('#unknown-assignees')).toMatch(/แถว 2.*"ใครก็ไม่รู้" ไม่อยู่ในแท็บ People/);
    // Edit: the supervisor select shows the chain; deactivate keeps the row.
    await s.page.click('#people-list tr[data-row="3"] button');
    await s.settled();
    expect(await s.page.inputValue('#person-supervisor')).toBe('boss@example.org');
    await s.screenshot('people-th');
    await s.page.click('#lang-toggle');
    await s.screenshot('people-en');
    await s.page.click('#person-deactivate');
    await expect.poll(() => runtime.spreadsheet.values('People', 'E3')[0]![0]).toBe(false);
    expect(runtime.spreadsheet.values('People', 'A3:B3')).toEqual([['สมชาย ใจดี', 'somchai@example.org']]);
    expect(await s.page.locator('img').count()).toBe(0);
    expect(s.dialogs).toEqual([]);
    await s.page.context().close();
  });

  it("Settings: friendly controls and the office's own days off; Add: binding an existing tab; Help", async () => {
    const runtime = office();
    const source = runtime.callIn(MENU, 'createRegister', PROCEDURE) as string;
    const header = runtime.spreadsheet.values(source, 'A1:Z1')[0]!;
    const inputs = header.slice(
      0,
      header.findIndex((h) => String(h).startsWith('ขั้นตอนปัจจุบัน')),
    );
    runtime.spreadsheet.edit('Sheet1', `A1:${String.fromCharCode(64 + inputs.length)}1`, [inputs]);
    const s = await sidebar(browser(), runtime);
    await s.open();
    await s.page.click('#tab-settings');
    await s.settled();
    expect(await s.page.textContent('label[for="setting-plainDays"]')).toBe('คำว่า "วัน" ในคู่มือนับเป็น');
    expect(await s.page.inputValue('#setting-dueSoonFraction')).toBe('75');
    await s.page.fill('#setting-dueSoonFraction', '60');
    await s.page.selectOption('#setting-escalationEveryDays', '3');
    await s.page.click('#save-settings');
    await expect.poll(() => s.page.textContent('#status')).toMatch(/บันทึกแล้ว/);
    const settings = runtime.spreadsheet.values('Settings');
    expect(settings.find((r) => r[0] === 'due-soon-fraction')?.[1]).toBe(0.6);
    expect(settings.find((r) => r[0] === 'escalation-every-days')?.[1]).toBe(3);
    await s.page.fill('#holiday-date', '2026-12-09');
    await s.page.fill('#holiday-name', 'วันสถาปนาสำนักงาน');
    await s.page.click('#holiday-add');
    await s.page.locator('#holiday-list li[data-date="2026-12-09"]').waitFor();
    expect(await s.page.textContent('#holiday-list')).toContain('9/12/2569 วันสถาปนาสำนักงาน');
    expect(runtime.spreadsheet.values('Holidays').some((r) => r[1] === 'วันสถาปนาสำนักงาน')).toBe(true);
    await s.screenshot('settings-holidays-th');
    await s.page.click('#lang-toggle');
    await s.screenshot('settings-holidays-en');
    await s.page.click('#holiday-list li[data-date="2026-12-09"] button');
    await expect.poll(() => s.page.locator('#holiday-list li[data-date]').count()).toBe(0);
    await s.page.click('#lang-toggle');
    // Add → bind the tab that has the procedure's headers.
    await s.page.click('#tab-add');
    await s.settled();
    expect(await s.page.textContent('#bind-tabs label')).toBe('"Sheet1"');
    await s.page.selectOption('#unit', { index: 1 });
    await s.screenshot('add-bind-th');
    await s.page.click('#bind-tabs button[data-bind]');
    await expect.poll(() => s.page.textContent('#status')).toMatch(/แท็บ "Sheet1" เป็นทะเบียนแล้ว/);
    expect(
      runtime.spreadsheet
        .metadata()
        .filter((m) => m.key === 'kamnot.register')
        .map((m) => m.value),
    ).toEqual([PROCEDURE, PROCEDURE]);
    await s.page.click('#tab-help');
    await s.settled();
    expect(await s.page.textContent('#panel-help')).toMatch(/แดง = เกินกำหนด/);
    await s.screenshot('help-th');
    await s.page.click('#lang-toggle');
    expect(await s.page.textContent('#panel-help')).toMatch(/Red = overdue/);
    await s.screenshot('help-en');
    await s.page.context().close();
  });

  it("the menu's items open the page the server made, at their own panel", async () => {
    const runtime = office();
    runtime.fireSimpleTrigger('onOpen', 'NONE');
    const s = await sidebar(browser(), runtime);
    for (const [caption, panel] of [
      ['วิธีใช้ / Help', 'help'],
      ['เพิ่มทะเบียน / Add a register', 'add'],
      ['ดูตัวอย่างอีเมลสรุปของฉัน / Preview my digest', 'digest'],
    ] as const) {
      runtime.clickMenu(caption);
      await s.openServed(runtime.ui.sidebars.at(-1)!.content);
      await s.settled();
      expect(await s.page.getAttribute(`#tab-${panel}`, 'aria-selected')).toBe('true');
      expect(await s.page.isVisible(`#panel-${panel}`)).toBe(true);
    }
    // "Preview my digest" asked for the signed-in user's digest at once (nothing is due: an empty one).
    expect(await s.page.textContent('#digest-empty')).toMatch(/ไม่มีอะไรต้องแจ้ง/);
    expect(s.calls).toContain('previewDigest');
    await s.page.context().close();
  });
});
