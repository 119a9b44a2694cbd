// A register's state colours come from its conditional-format rules on TODAY(): the exported file
// must colour the rows in a real spreadsheet program, not only carry the rules. LibreOffice renders
// the demo workbook (run for today in Bangkok, the zone LibreOffice is given) to PDF; the fills it
// paints are read from the PDF. Without the rules, the same workbook has none of those colours.
// Skipped where LibreOffice is not installed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { todayInBangkok } from '../../../src/local/cli/args';
import { bangkokInstant, buildDemoWorkbook, demoRuntime } from '../../../src/local/demo/workbook';
import { writeWorkbook } from '../../../src/local/xlsx/write-workbook';
import { CODE, MANIFEST } from '../../bundle/harness';

const SOFFICE = ['soffice', 'libreoffice'].find((cmd) => spawnSync('which', [cmd]).status === 0);
const OVERDUE = '#f4c7c3';
const DUE_SOON = '#fff2cc';

/** Every fill colour ("r g b rg") the PDF's content streams paint, as '#rrggbb'. */
function pdfFills(pdf: Buffer): Set<string> {
  const fills = new Set<string>();
  const text = pdf.toString('latin1');
  for (const m of text.matchAll(/stream\r?\n/g)) {
    const start = (m.index ?? 0) + m[0].length;
    const end = text.indexOf('endstream', start);
    let body: string;
    try {
      body = inflateSync(pdf.subarray(start, end)).toString('latin1');
    } catch {
      continue;
    }
    for (const c of body.matchAll(/([\d.]+) ([\d.]+) ([\d.]+) rg/g))
      fills.add(
        `#${[c[1], c[2], c[3]]
          .map((v) =>
            Math.round(Number(v) * 255)
              .toString(16)
              .padStart(2, '0'),
          )
          .join('')}`,
      );
  }
  return fills;
}

describe.skipIf(!SOFFICE)('the exported workbook in LibreOffice', () => {
  it('paints overdue and due-soon rows from the rules, and nothing without them', async () => {
    const today = todayInBangkok();
    const runtime = demoRuntime(CODE, today, 6, { manifest: MANIFEST });
    buildDemoWorkbook(runtime, today);
    runtime.clock.advanceTo(bangkokInstant(today, 8));
    runtime.callIn({ kind: 'time-driven' }, 'runHourly');
    const dir = mkdtempSync(join(tmpdir(), 'kamnot-lo-'));
    writeFileSync(join(dir, 'coloured.xlsx'), (await writeWorkbook(runtime.model)).bytes);
    for (const sheet of runtime.model.sheets) sheet.conditionalFormats = [];
    writeFileSync(join(dir, 'plain.xlsx'), (await writeWorkbook(runtime.model)).bytes);
    const converted = spawnSync(
      SOFFICE!,
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        join(dir, 'coloured.xlsx'),
        join(dir, 'plain.xlsx'),
      ],
      { env: { ...process.env, TZ: 'Asia/Bangkok', HOME: dir }, timeout: 600_000 },
    );
    expect(converted.status).toBe(0);
    const coloured = pdfFills(readFileSync(join(dir, 'coloured.pdf')));
    const plain = pdfFills(readFileSync(join(dir, 'plain.pdf')));
    expect([coloured.has(OVERDUE), coloured.has(DUE_SOON)]).toEqual([true, true]);
    expect([plain.has(OVERDUE), plain.has(DUE_SOON)]).toEqual([false, false]);
    // Kamnot's grey on its own columns is a plain cell fill: there either way.
    expect([coloured.has('#f1f3f4'), plain.has('#f1f3f4')]).toEqual([true, true]);
  });
});
