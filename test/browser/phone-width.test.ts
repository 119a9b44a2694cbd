// Officers read their digest on a phone (issue 14 §3): at 390 px the mail needs no sideways scroll,
// in Thai and in English, as sent and as the sidebar's digest preview shows it. The digests are the
// ones build/Code.js sends: a run of the offline runtime over an office with long Thai subjects,
// a reference written as one long token, a long register name and a supervisor's team section.

import type { Browser, Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HAVE_CHROMIUM, office, SKIP_REASON, sidebar, withBrowser } from './harness';

const PHONE = { width: 390, height: 844 };
const PROCEDURE = '000-admin-correspondence'; // "ทันที": due the day it is received

function officeWithDigests() {
  const runtime = office();
  const tab = runtime.callIn({ kind: 'menu' }, 'createRegister', PROCEDURE) as string;
  runtime.spreadsheet.edit('People', 'A2:F4', [
    ['นางสาวกนกพร ใจดีมากมายหลายคำ', 'kanokporn@example.org', 'officer', 'boss@example.org', 'TRUE', 'th'],
    ['Mali Suk', 'mali@example.org', 'officer', 'boss@example.org', 'TRUE', 'en'],
    ['หัวหน้ากลุ่มส่งเสริมการพัฒนาครูและบุคลากรทางการศึกษา', 'boss@example.org', 'group-director', '', 'TRUE', ''],
  ]);
  const subjects = [
    'ขออนุญาตลาศึกษาต่อระดับปริญญาโท สาขาการบริหารการศึกษา มหาวิทยาลัยราชภัฏลำปาง ภาคพิเศษ นายสมชาย รักเรียน',
    'ศธ04002/ว1234ลงวันที่3พฤศจิกายน2569เรื่องขออนุญาตลาศึกษาต่อและจัดทำสัญญาค้ำประกันพร้อมเอกสารแนบครบถ้วน',
    'https://docs.google.com/document/d/1aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789/edit?usp=sharing',
    'Request for study leave: Master of Education (Educational Administration), part-time programme',
  ];
  const rows = Array.from({ length: 12 }, (_, i) => [
    subjects[i % subjects.length]!,
    i % 3 === 2 ? 'mali@example.org' : 'kanokporn@example.org',
    `${1 + (i % 7)}/12/2569`,
  ]);
  runtime.spreadsheet.edit(tab, `B2:D${rows.length + 1}`, rows);
  return runtime;
}

async function measure(target: Page | Frame): Promise<{ width: number; right: number; height: number }> {
  return target.evaluate(() => {
    let right = 0;
    for (const el of Array.from(document.querySelectorAll('body *')))
      right = Math.max(right, el.getBoundingClientRect().right);
    const root = document.documentElement;
    return { width: root.scrollWidth, right: Math.ceil(right), height: root.scrollHeight };
  });
}

describe.skipIf(!HAVE_CHROMIUM)(HAVE_CHROMIUM ? 'digests on a 390 px phone' : SKIP_REASON, () => {
  const browser = withBrowser();

  async function phonePage(b: Browser): Promise<Page> {
    const context = await b.newContext({ viewport: PHONE, locale: 'th-TH' });
    const page = await context.newPage();
    await page.route(/^(https?|wss?):/, (route) => route.abort());
    return page;
  }

  it('the mails as sent, Thai and English: nothing wider than the screen', async () => {
    const runtime = officeWithDigests();
    runtime.callIn({ kind: 'time-driven' }, 'runHourly');
    const byTo = (to: string) => runtime.outbox.find((m) => m.to.includes(to))!;
    const page = await phonePage(browser());
    const seen: Record<string, unknown> = {};
    for (const [lang, to] of [
      ['th', 'kanokporn@example.org'],
      ['en', 'mali@example.org'],
      ['th team', 'boss@example.org'],
    ] as const) {
      const mail = byTo(to);
      expect(mail, to).toBeDefined();
      await page.setContent(mail.htmlBody!);
      const m = await measure(page);
      seen[lang] = m;
      expect(m.width, `${lang}: page width`).toBeLessThanOrEqual(PHONE.width);
      expect(m.right, `${lang}: rightmost element`).toBeLessThanOrEqual(PHONE.width);
    }
    expect(byTo('mali@example.org').subject).toMatch(/overdue/);
    console.log(`digests at ${PHONE.width} px: ${JSON.stringify(seen)}`);
    await page.context().close();
  });

  it("the sidebar's digest preview, Thai and English: neither the panel nor the mail in it scrolls sideways", async () => {
    const runtime = officeWithDigests();
    const s = await sidebar(browser(), runtime, PHONE);
    await s.open();
    await s.page.click('#tab-digest');
    await s.page.fill('#digest-email', 'kanokporn@example.org');
    await s.page.click('#digest-show');
    await s.settled();
    const seen: Record<string, unknown> = {};
    for (const lang of ['th', 'en'] as const) {
      if (lang === 'en') {
        await s.page.click('#lang-toggle');
        await s.page.fill('#digest-email', 'mali@example.org');
        await s.page.click('#digest-show');
        await s.settled();
      }
      // The frame the page shows now (a new preview replaces the element): through the element, never
      // a list of frames that may still hold the one just removed.
      const frame = (await (await s.page.$('#digest-frame'))!.contentFrame())!;
      await frame.waitForLoadState();
      await frame.waitForFunction(
        (word) => document.body?.textContent?.includes(word),
        lang === 'th' ? 'เรียน' : 'Dear',
      );
      const inner = await measure(frame);
      const frameWidth = await s.page.evaluate(() => document.getElementById('digest-frame')!.clientWidth);
      const outer = await measure(s.page);
      seen[lang] = { page: outer.width, frame: frameWidth, mail: inner.width };
      expect(outer.width, `${lang}: sidebar page`).toBeLessThanOrEqual(PHONE.width);
      expect(inner.width, `${lang}: mail in the frame`).toBeLessThanOrEqual(frameWidth);
      expect(inner.right, `${lang}: rightmost element in the frame`).toBeLessThanOrEqual(frameWidth);
      expect(await frame.evaluate(() => document.body.textContent)).toMatch(lang === 'th' ? /เรียน/ : /Dear/);
    }
    console.log(`sidebar preview at ${PHONE.width} px: ${JSON.stringify(seen)}`);
    await s.page.context().close();
  });
});
