// The guided start on Home and the Check panel (ตรวจความพร้อม) in Chromium, against the built bundle:
// a fresh workbook set up through the form, the check's answers, copying the report, a test digest,
// an unticked scope shown with what stops without it. Screenshots for the README and the Thai guide.
import { describe, expect, it } from 'vitest';
import { SCOPES } from '../../src/local/runtime';
import { HAVE_CHROMIUM, office, SKIP_REASON, sidebar, withBrowser } from './harness';

describe.skipIf(!HAVE_CHROMIUM)(HAVE_CHROMIUM ? 'the guided start and the Check panel' : SKIP_REASON, () => {
  const browser = withBrowser();

  it('a fresh workbook: Home offers the set-up; each step says what it did; a test digest to oneself', async () => {
    const runtime = office({ user: 'somsri@example.org' });
    const s = await sidebar(browser(), runtime);
    await s.open();
    await s.page.locator('#home-setup').waitFor();
    await s.page.fill('#home-setup-name', 'สมศรี รักงาน');
    await s.page.fill('#home-setup-role', 'นักทรัพยากรบุคคล');
    await s.page.selectOption('#home-setup-hour', '7');
    await s.page.selectOption('#home-setup-calendar', 'TH-SCHOOL');
    await s.screenshot('setup-form-th');
    await s.page.click('#home-setup-run');
    await s.settled();
    const steps = s.page.locator('#setup-steps li');
    expect(await steps.count()).toBe(5);
    expect(await steps.nth(1).textContent()).toBe(
      'ทำแล้ว: เพิ่ม สมศรี รักงาน (somsri@example.org) เป็นคนแรกในแท็บ People',
    );
    expect(await s.page.locator('#home-setup').count()).toBe(0);
    expect(runtime.spreadsheet.values('People', 'A2:C2')).toEqual([
      ['สมศรี รักงาน', 'somsri@example.org', 'นักทรัพยากรบุคคล'],
    ]);
    await s.screenshot('setup-done-th');
    await s.page.click('#setup-test-mail');
    await s.settled();
    expect(await s.page.textContent('#status')).toMatch(/ส่งอีเมลทดสอบถึง somsri@example\.org แล้ว/);
    expect(runtime.outbox.map((m) => m.to)).toEqual([['somsri@example.org']]);
    expect(s.dialogs).toEqual([]);
  });

  it('the Check panel: the last check, run again, copied; an unticked scope says what stops', async () => {
    const runtime = office({ user: 'somsri@example.org' });
    runtime.call('runSetup', { name: 'สมศรี', role: '', hour: 8, calendar: 'TH' });
    runtime.faults.untickScope(SCOPES.sendMail, 'somsri@example.org');
    const s = await sidebar(browser(), runtime);
    await s.open();
    await s.page.click('#tab-check');
    await s.settled();
    // The set-up's own check is shown before any new one is run.
    expect(await s.page.locator('#check-results li').count()).toBe(11);
    await s.page.click('#check-run');
    await s.settled();
    const scopes = s.page.locator('#check-results li[data-check="scopes"]');
    expect(await scopes.getAttribute('data-status')).toBe('failed');
    expect(await scopes.locator('.found').textContent()).toMatch(
      /script\.send_mail \(ถ้าไม่มี: ไม่มีอีเมลเตือนใดส่งออก/,
    );
    expect(await scopes.locator('.fix').textContent()).toMatch(/^ต้องทำ: เปิดเมนู ส่วนขยาย → Kamnot อีกครั้ง/);
    await s.screenshot('check-th');
    await s.page.click('#check-copy');
    await s.settled();
    expect(await s.page.textContent('#status')).toMatch(/คัดลอกรายงานแล้ว/);
    const text = await s.page.inputValue('#check-text');
    expect(text.split('\n').at(-1)).toMatch(
      /^self-test: 11 checks, \d+ ok, \d+ warnings, [1-9]\d* failed, 2 need/,
    );
    await s.page.click('#lang-toggle');
    await s.screenshot('check-en');
    expect(await scopes.locator('.fix').textContent()).toMatch(/^To do: open Extensions → Kamnot again/);
    expect(s.dialogs).toEqual([]);
  });
});
