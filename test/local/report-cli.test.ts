// `npm start -- --workbook file.xlsx --report --fiscal-year 2570` as a process, on the demo office's
// workbook exported before its first run: the printable page and the Report tab as .xlsx are written,
// and the figures printed are the ones in them.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DAY_ISO, demo, editXlsx, stripBinding, xlsxOf } from './xlsx/fixture';

const ROOT = join(__dirname, '../..');
let dir: string;
let result: ReturnType<typeof spawnSync>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kamnot-report-'));
  const input = join(dir, 'สพป ตัวอย่าง.xlsx');
  writeFileSync(input, await editXlsx(await xlsxOf(demo(false).runtime), stripBinding));
  result = spawnSync(
    process.execPath,
    [
      'tools/run.mjs',
      'src/local/cli/main.ts',
      '--workbook',
      input,
      '--report',
      '--fiscal-year',
      '2570',
      '--today',
      DAY_ISO,
      '--out',
      join(dir, 'out'),
    ],
    { cwd: ROOT, encoding: 'utf8', timeout: 600_000 },
  );
});

describe('npm start -- --workbook … --report', () => {
  it('writes <name>.report.html and <name>.report.xlsx and prints the figures', async () => {
    expect({ status: result.status, stderr: result.status === 0 ? '' : result.stderr }).toEqual({
      status: 0,
      stderr: '',
    });
    const html = join(dir, 'out', 'สพป ตัวอย่าง.report.html');
    const xlsx = join(dir, 'out', 'สพป ตัวอย่าง.report.xlsx');
    expect(existsSync(html) && existsSync(xlsx)).toBe(true);
    const page = readFileSync(html, 'utf8');
    expect(page).toMatch(/^<!DOCTYPE html>/);
    expect(page).toContain('size: A4');
    expect(page).toContain('ปีงบประมาณ พ.ศ. 2570');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Report']);
    const column = wb.worksheets[0]!.getColumn(1).values.map(String);
    expect(column.some((v) => v.startsWith('รายงานสถิติการให้บริการ'))).toBe(true);
    // The total printed is the total in the tab.
    const totalRow = wb.worksheets[0]!.getRows(1, wb.worksheets[0]!.rowCount)!.find(
      (r) => r.getCell(1).value === 'รวม',
    )!;
    const printed = /รวม \/ total\s+(\d+)\s+(\d+)/.exec(String(result.stdout))!;
    expect([Number(printed[1]), Number(printed[2])]).toEqual([
      totalRow.getCell(2).value,
      totalRow.getCell(3).value,
    ]);
  });
});
