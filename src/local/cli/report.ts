/**
 * `--report`: the office's report from the workbook the run just checked, the way the sidebar makes it:
 * build/Code.js's buildReport writes the Report tab (saved alone as <name>.report.xlsx) and its
 * showReportPrint opens the print view, whose page is saved as <name>.report.html (opens in a browser,
 * prints on A4; Sarabun comes from Google Fonts when online, a Thai system font otherwise).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportBuilt } from '../../gas/sidebar-api/views/report';
import type { Runtime } from '../runtime';
import { writeWorkbook } from '../xlsx/write-workbook';
import { clip, table } from './table';

export interface ReportFiles {
  readonly html: string;
  readonly xlsx: string;
  /** The report's figures for the terminal. */
  readonly text: string;
}

const pct = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);

export async function writeReport(
  runtime: Runtime,
  out: string,
  name: string,
  fiscalYear: number | undefined,
): Promise<ReportFiles> {
  const ask = fiscalYear === undefined ? {} : { fiscalYear };
  const built = runtime.callIn({ kind: 'sidebar' }, 'buildReport', ask) as ReportBuilt;
  runtime.callIn({ kind: 'sidebar' }, 'showReportPrint', ask);
  const page = runtime.ui.shown[runtime.ui.shown.length - 1];
  if (page?.kind !== 'modal') throw new Error('the print view did not open');
  mkdirSync(out, { recursive: true });
  const html = join(out, `${name}.report.html`);
  const xlsx = join(out, `${name}.report.xlsx`);
  writeFileSync(html, page.content);
  writeFileSync(xlsx, (await writeWorkbook(runtime.model, { only: [built.tab] })).bytes);
  const rows = [...built.registers, { ...built.total, name: 'รวม / total' }].map((r) => [
    clip(r.name, 40),
    String(r.received),
    String(r.finished),
    String(r.within),
    String(r.late),
    String(r.open - r.overdue),
    String(r.overdue),
    String(r.cancelled),
    pct(r.rate),
  ]);
  const text = [
    `รายงาน / report: ${built.period.th} · ${built.scope.th} (ณ / as of ${built.asOf})`,
    table(['กระบวนงาน', 'รับ', 'เสร็จ', 'ทันเวลา', 'ล่าช้า', 'ค้าง', 'เกินกำหนด', 'ยกเลิก', '% ทันเวลา'], rows),
    '  procedure · received · finished · within the standard · late · open on track · open overdue · cancelled · % on time',
    `เรื่องที่ล่าช้าหรือเกินกำหนด / cases late or overdue: ${built.exceptions}`,
  ].join('\n');
  return { html, xlsx, text };
}
