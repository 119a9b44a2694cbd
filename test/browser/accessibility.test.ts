// Every panel of the sidebar, in Thai and English: each control has a label, each button a name, the
// tabs work from the keyboard, and text meets WCAG AA contrast (4.5:1) against what is behind it.
import { describe, expect, it } from 'vitest';
import { HAVE_CHROMIUM, office, SKIP_REASON, sidebar, withBrowser } from './harness';

const PROCEDURE = '003-resignation-leaving-service';

/** Runs in the page: what is wrong with the visible panel. */
function audit(): string[] {
  const problems: string[] = [];
  const panel = document.querySelector('[role="tabpanel"]:not([hidden])') as HTMLElement;
  const scope = [document.querySelector('header')!, document.querySelector('nav')!, panel];
  const name = (el: Element) =>
    (el.getAttribute('aria-label') ?? '').trim() ||
    Array.from((el as HTMLInputElement).labels ?? [])
      .map((l) => l.textContent ?? '')
      .join(' ')
      .trim() ||
    (el.textContent ?? '').trim();
  for (const root of scope) {
    for (const el of Array.from(root.querySelectorAll('input, select, textarea, button'))) {
      if ((el as HTMLElement).offsetParent === null) continue;
      if (!name(el)) problems.push(`no accessible name: <${el.tagName.toLowerCase()} id="${el.id}">`);
    }
  }
  const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
  const lum = ([r, g, b]: number[]) => {
    const f = (v: number) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
  };
  const background = (el: Element | null): number[] => {
    for (let e = el; e; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3]! > 0)) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  for (const root of scope) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement!;
      if (!n.textContent?.trim() || el.offsetParent === null) continue;
      const fg = lum(rgb(getComputedStyle(el).color).slice(0, 3));
      const bg = lum(background(el));
      const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
      if (ratio < 4.5)
        problems.push(`contrast ${ratio.toFixed(2)} < 4.5: "${n.textContent.trim().slice(0, 30)}"`);
    }
  }
  return problems;
}

describe.skipIf(!HAVE_CHROMIUM)(HAVE_CHROMIUM ? 'the sidebar is usable by everyone' : SKIP_REASON, () => {
  const browser = withBrowser();

  it('every panel, in both languages: labelled controls, named buttons, readable contrast', async () => {
    const runtime = office();
    const tab = runtime.callIn({ kind: 'menu' }, 'createRegister', PROCEDURE) as string;
    runtime.spreadsheet.edit('People', 'A2:F2', [
      ['สมชาย ใจดี', 'officer@example.org', 'officer', '', 'TRUE', ''],
    ]);
    // Checked, proposed and sent (H–J): overdue on 8 Dec, the order due Fri 4 Dec.
    runtime.spreadsheet.edit(tab, 'B2:J2', [
      [
        'ลาออก ครู ก',
        'officer@example.org',
        '1/11/2569',
        '5/12/2569',
        '',
        '',
        '2/11/2569',
        '2/11/2569',
        '2/11/2569',
      ],
    ]);
    runtime.callIn({ kind: 'menu' }, 'runNow');
    const s = await sidebar(browser(), runtime);
    await s.open();
    const tabs = await s.page.locator('nav [role="tab"]').evaluateAll((els) => els.map((e) => e.id));
    expect(tabs.length).toBeGreaterThanOrEqual(7);
    for (const lang of ['th', 'en']) {
      for (const id of tabs) {
        await s.page.click(`#${id}`);
        await s.settled();
        const problems = await s.page.evaluate(audit);
        expect(problems, `${lang} ${id}`).toEqual([]);
      }
      await s.page.click('#lang-toggle');
    }
    // The audit itself finds what it looks for: an unlabelled field and pale text.
    await s.page.evaluate(() => {
      const panel = document.querySelector('[role="tabpanel"]:not([hidden])')!;
      panel.append(Object.assign(document.createElement('input'), { id: 'bare' }));
      const pale = document.createElement('p');
      pale.textContent = 'pale';
      pale.style.color = '#bbbbbb';
      panel.append(pale);
    });
    expect(await s.page.evaluate(audit)).toEqual([
      'no accessible name: <input id="bare">',
      expect.stringMatching(/^contrast 1\.\d+ < 4\.5: "pale"$/),
    ]);
    await s.page.context().close();
  });

  it('the tabs move with the arrow keys and the focused tab opens its panel', async () => {
    const s = await sidebar(browser(), office());
    await s.open();
    await s.page.focus('#tab-home');
    await s.page.keyboard.press('ArrowRight');
    const focused = await s.page.evaluate(() => document.activeElement?.id);
    expect(focused).not.toBe('tab-home');
    expect(await s.page.getAttribute(`#${focused}`, 'aria-selected')).toBe('true');
    expect(await s.page.isVisible(`#${await s.page.getAttribute(`#${focused}`, 'aria-controls')}`)).toBe(
      true,
    );
    await s.page.keyboard.press('ArrowLeft');
    expect(await s.page.evaluate(() => document.activeElement?.id)).toBe('tab-home');
    await s.page.context().close();
  });
});
