// The sidebar's "Adopt this tab" on an office's own workbook (the ESA's study-leave register of
// test/fixtures/offices), in Chromium: what the officer sees proposed is what the CLI prints, and
// adopting it in the page leaves the tab exactly as `npm start -- --workbook … --adopt` leaves it.
import { describe, expect, it } from 'vitest';
import { adoptTabs, proposeTabs } from '../../src/local/cli/adoption';
import type { Runtime } from '../../src/local/runtime';
import { openWorkbook, workbookRuntime } from '../../src/local/xlsx/open-workbook';
import { CODE, MANIFEST } from '../bundle/harness';
import { esaWorkbook } from '../fixtures/offices/esa';
import { HAVE_CHROMIUM, SKIP_REASON, sidebar, withBrowser } from './harness';

const TAB = 'ลาศึกษาต่อ';

async function esaRuntime(): Promise<Runtime> {
  const opened = await openWorkbook(await esaWorkbook());
  return workbookRuntime(CODE, opened, {
    manifest: MANIFEST,
    start: '2026-12-08T09:30:00+07:00',
    deployment: 'bound',
    user: 'kanokporn.j@esa-lp1.go.th',
  }).runtime;
}

describe.skipIf(!HAVE_CHROMIUM)(
  HAVE_CHROMIUM ? "adopting an ESA's own register in Chromium" : SKIP_REASON,
  () => {
    const browser = withBrowser();

    it('the page proposes what the CLI prints, and adopting it there equals --adopt', async () => {
      // The CLI's way: the same bundle functions, called as the sidebar calls them.
      const cli = await esaRuntime();
      const proposals = proposeTabs(cli);
      const proposal = proposals.find((p) => p.tab === TAB)!.proposal!;
      expect(proposal.procedureId).toBe('000-study-leave');
      expect(adoptTabs(cli, proposals, [TAB])).toEqual([expect.objectContaining({ tab: TAB })]);

      // The officer's way, in the page.
      const runtime = await esaRuntime();
      const s = await sidebar(browser(), runtime);
      await s.open();
      await s.page.click('#tab-add');
      await s.settled();
      const gid = String(runtime.model.sheetByName(TAB)!.id);
      if ((await s.page.inputValue('#adopt-tab-select')) !== gid) {
        await s.page.selectOption('#adopt-tab-select', gid);
        await s.settled();
      }
      expect(await s.page.inputValue('#adopt-procedure')).toBe(proposal.procedureId);
      expect(await s.page.textContent('#adopt-header-row')).toBe(`แถวหัวตาราง: แถว ${proposal.headerRow}`);
      for (const f of proposal.fields)
        expect(await s.page.inputValue(`#adopt-fields select[data-key="${f.key}"]`), f.key).toBe(
          f.column ?? '',
        );
      expect(await s.page.textContent('#adopt-unreadable')).toContain('M17 "รอ สพฐ."');
      await s.page.click('#adopt-confirm');
      await s.settled();
      expect(await s.page.textContent('#status')).toMatch(/นำแท็บ "ลาศึกษาต่อ" มาใช้แล้ว: เพิ่ม 5 คอลัมน์/);
      expect(s.dialogs).toEqual([]);
      await s.page.context().close();

      // The tab is the same cell for cell, and so is its binding.
      const cells = (r: Runtime) => r.spreadsheet.snapshotSheet(TAB).cells;
      expect(cells(runtime)).toEqual(cells(cli));
      const binding = (r: Runtime) =>
        r.spreadsheet
          .metadata()
          .filter((m) => m.key.startsWith('kamnot.'))
          .map((m) => [m.key, m.value, m.location])
          .sort();
      expect(binding(runtime)).toEqual(binding(cli));
    });
  },
);
