// The Report in Chromium: the print view at A4 (the page as Sheets' dialog shows it, then as it prints:
// fonts, no overflow, page size, a header on every sheet, the print button), and the sidebar's Report
// panel building the tab and opening the print view.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../../src/core/dates/civil';
import { buildDemoWorkbook, demoRuntime } from '../../src/local/demo/workbook';
import { CODE, MANIFEST, SIDEBAR } from '../bundle/harness';
import { HAVE_CHROMIUM, SCREENSHOTS, SKIP_REASON, sidebar, withBrowser } from './harness';

const DAY = dayFromIso('2027-03-15')!;
/** A4 at 96 px per inch: 210 × 297 mm. */
const A4 = { width: 794, height: 1123 };

function demoOffice() {
  const runtime = demoRuntime(CODE, DAY, 10, { manifest: MANIFEST, htmlFiles: { Sidebar: SIDEBAR } });
  buildDemoWorkbook(runtime, DAY);
  const rows = runtime.spreadsheet.values('Settings').length;
  runtime.spreadsheet.edit('Settings', `A${rows + 1}:B${rows + 2}`, [
    ['office-name', 'สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต 1'],
    ['ita-item', 'O11'],
  ]);
  return runtime;
}

describe.skipIf(!HAVE_CHROMIUM)(HAVE_CHROMIUM ? 'the report in Chromium' : SKIP_REASON, () => {
  const browser = withBrowser();

  it.each(['th', 'en'] as const)(
    'prints on A4 (%s): Thai fonts, nothing wider than the page, numbered sheets',
    async (lang) => {
      const runtime = demoOffice();
      runtime.callIn({ kind: 'sidebar' }, 'showReportPrint', {
        fiscalYear: 2570,
        period: 'year',
        lang,
        thaiDigits: lang === 'th',
      });
      const html = runtime.ui.shown.at(-1)!.content;
      const context = await browser().newContext({
        viewport: A4,
        locale: 'th-TH',
        timezoneId: 'Asia/Bangkok',
      });
      const page = await context.newPage();
      // Nothing is fetched in a test: Sarabun from Google Fonts is refused, the system's Thai font is used.
      const asked: string[] = [];
      await page.route(/^(https?|wss?):/, (route) => {
        asked.push(route.request().url());
        return route.abort();
      });
      await page.setContent(html, { waitUntil: 'load' });
      expect(asked.every((u) => u.startsWith('https://fonts.googleapis.com/'))).toBe(true);
      const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
      expect(font).toMatch(/^Sarabun, "TH Sarabun New", .*Laksaman/);
      // The dialog as shown: the print button, then the page; clicking it asks the browser to print.
      await page.evaluate(() => {
        (window as unknown as { printed: number }).printed = 0;
        window.print = () => {
          (window as unknown as { printed: number }).printed++;
        };
      });
      await page.click('#print-report');
      expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
      // As printed: no toolbar, every table within the printable width of an A4 sheet.
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.toolbar').isVisible()).toBe(false);
      const overflow = await page.evaluate(() => {
        const main = document.getElementById('report')!;
        return Array.from(main.querySelectorAll('table')).filter((t) => t.scrollWidth > main.clientWidth + 1)
          .length;
      });
      expect(overflow).toBe(0);
      const shot = join(SCREENSHOTS, `report-print-${lang}.png`);
      mkdirSync(dirname(shot), { recursive: true });
      await page.setViewportSize({ width: A4.width - 128, height: A4.height - 130 });
      await page.screenshot({ path: shot });
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      const pdfText = pdf.toString('latin1');
      const pages = pdfText.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
      expect(pages).toBeGreaterThanOrEqual(3); // the summary, the service statistics, the late cases
      // A4 is 595.28 × 841.89 points; Chromium rounds its page box to whole device pixels.
      const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdfText);
      expect([Math.round(Number(box?.[1])), Math.round(Number(box?.[2]))]).toEqual([595, 842]);
      await context.close();
    },
  );

  it('the sidebar builds the Report tab for a quarter and opens the print view', async () => {
    const runtime = demoOffice();
    const s = await sidebar(browser(), runtime);
    await s.open();
    await s.page.click('#tab-report');
    await s.page.locator('#report-form').waitFor();
    await s.settled();
    expect(await s.page.textContent('#report-office')).toContain('เขต 1');
    await s.page.selectOption('#report-period', 'q2');
    await s.page.click('#build-report');
    await s.settled();
    await s.page.locator('#report-summary').waitFor();
    expect(runtime.spreadsheet.sheetNames()).toContain('Report');
    expect(String(runtime.spreadsheet.values('Report')[2]![0])).toContain('ไตรมาสที่ 2');
    expect(await s.page.textContent('#report-summary')).toMatch(/รวม/);
    await s.screenshot('report-th');
    await s.page.click('#print-report');
    await s.settled();
    expect(runtime.ui.shown.at(-1)!.kind).toBe('modal');
    expect(s.calls).toEqual(
      expect.arrayContaining(['getReportOptions', 'buildReport', 'showRows', 'showReportPrint']),
    );
    expect(s.dialogs).toEqual([]);
  });
});
