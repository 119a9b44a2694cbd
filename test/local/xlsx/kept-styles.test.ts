// Everything an office's file had survives the checked copy (issue 14 §4, §5): fonts and sizes,
// borders, row heights, error cells as errors; and a package saved with absolute part names and
// openpyxl's comment parts is read, not called damaged.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../../src/local/runtime';
import { readWorkbook } from '../../../src/local/xlsx/read-workbook';
import { repairPackage } from '../../../src/local/xlsx/repair-package';
import { applyExtras } from '../../../src/local/xlsx/sheet-extras';
import { writeWorkbook } from '../../../src/local/xlsx/write-workbook';
import { CODE, MANIFEST } from '../../bundle/harness';
import { openpyxlComments } from '../../fixtures/offices/small';

async function officeFile(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('ทะเบียน');
  ws.getCell('A1').value = 'เลขที่';
  ws.getCell('A1').font = { name: 'TH SarabunPSK', size: 16, bold: true, underline: true };
  ws.getCell('A1').border = { bottom: { style: 'double', color: { argb: 'FF1F4E79' } } };
  ws.getCell('A1').alignment = { vertical: 'middle', horizontal: 'center', indent: 1 };
  ws.getCell('A2').value = { error: '#REF!' } as ExcelJS.CellErrorValue;
  ws.getCell('A3').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
  ws.getCell('B2').value = 'ขอลาออก';
  ws.getCell('B2').font = { name: 'TH SarabunPSK', size: 16, color: { theme: 1 } };
  ws.getCell('B2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
  ws.getRow(2).height = 30;
  ws.pageSetup.orientation = 'landscape';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The file through the runtime and back, as the CLI does; `keep` false writes what the model alone holds. */
async function roundTrip(bytes: Buffer, keep = true, edit?: (rt: ReturnType<typeof loadBundle>) => void) {
  const read = await readWorkbook(bytes);
  const runtime = loadBundle(CODE, { manifest: MANIFEST, spreadsheet: read.seed });
  const kept = applyExtras(runtime, read.extras, (n) => n);
  edit?.(runtime);
  const written = await writeWorkbook(runtime.model, keep ? { kept } : {});
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(written.bytes as unknown as ArrayBuffer);
  return wb.getWorksheet('ทะเบียน')!;
}

describe('the checked copy keeps what the office had', () => {
  it('fonts, borders, alignment, theme colours, row heights, page setup and error cells', async () => {
    const ws = await roundTrip(await officeFile());
    expect(ws.getCell('A1').font).toMatchObject({
      name: 'TH SarabunPSK',
      size: 16,
      bold: true,
      underline: true,
    });
    expect(ws.getCell('A1').border).toMatchObject({
      bottom: { style: 'double', color: { argb: 'FF1F4E79' } },
    });
    expect(ws.getCell('A1').alignment).toMatchObject({ vertical: 'middle', horizontal: 'center', indent: 1 });
    expect(ws.getCell('A2').value).toEqual({ error: '#REF!' });
    expect(ws.getCell('A3').value).toEqual({ error: '#N/A' });
    expect(ws.getCell('B2').font).toMatchObject({ name: 'TH SarabunPSK', color: { theme: 1 } });
    expect(ws.getCell('B2').fill).toMatchObject({ fgColor: { argb: 'FFFFF2CC' } });
    expect(ws.getRow(2).height).toBe(30);
    expect(ws.pageSetup.orientation).toBe('landscape');
  });

  it('which the model alone would lose (the writer without what was kept)', async () => {
    const ws = await roundTrip(await officeFile(), false);
    expect(ws.getCell('A1').font?.name).not.toBe('TH SarabunPSK');
    expect(ws.getCell('A1').border ?? {}).toEqual({});
    expect(ws.getCell('A2').value).toBe('#REF!');
  });

  it('what a script changed since wins over what was read; an error cell written over is its new value', async () => {
    const ws = await roundTrip(await officeFile(), true, (runtime) => {
      const sheet = runtime.model.sheetByName('ทะเบียน')!;
      const a1 = sheet.cellForWrite(1, 1);
      delete a1.fontWeight; // un-bolded
      sheet.cellForWrite(2, 2).background = '#d9ead3';
      sheet.cellForWrite(2, 1).value = 'แก้แล้ว';
    });
    expect(ws.getCell('A1').font).toMatchObject({ name: 'TH SarabunPSK', underline: true });
    expect(ws.getCell('A1').font?.bold ?? false).toBe(false);
    expect(ws.getCell('B2').fill).toMatchObject({ fgColor: { argb: 'FFD9EAD3' } });
    expect(ws.getCell('B2').font).toMatchObject({ name: 'TH SarabunPSK' });
    expect(ws.getCell('A2').value).toBe('แก้แล้ว');
  });
});

describe('an .xlsx package as other tools write it', () => {
  it('openpyxl: absolute targets and xl/comments/comment1.xml are read, comments and all', async () => {
    const bytes = await openpyxlComments();
    // As it was: ExcelJS alone calls it damaged.
    await expect(new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer)).rejects.toThrow();
    const repaired = await repairPackage(bytes);
    expect(repaired.changes).toEqual(
      expect.arrayContaining([
        'xl/comments/comment1.xml → xl/comments1.xml',
        'xl/worksheets/_rels/sheet1.xml.rels',
      ]),
    );
    const read = await readWorkbook(bytes);
    const notes = read.seed.sheets![0]!.notes!;
    expect(notes[1]![1]).toBe('ใบรับรองแพทย์แนบแล้ว');
    expect(notes[2]![5]).toBe('รอ ผอ. กลับจากราชการ');
  });

  it('a package ExcelJS reads as it is comes back unchanged, byte for byte', async () => {
    const bytes = await officeFile();
    const repaired = await repairPackage(bytes);
    expect(repaired.changes).toEqual([]);
    expect(repaired.bytes).toBe(bytes);
  });

  it('a worksheet part under another name, with an absolute target, is found', async () => {
    const zip = await JSZip.loadAsync(await officeFile());
    zip.file('xl/worksheets/Data.xml', await zip.file('xl/worksheets/sheet1.xml')!.async('uint8array'));
    zip.remove('xl/worksheets/sheet1.xml');
    const rels = 'xl/_rels/workbook.xml.rels';
    zip.file(
      rels,
      (await zip.file(rels)!.async('string')).replace('worksheets/sheet1.xml', '/xl/worksheets/Data.xml'),
    );
    const read = await readWorkbook(await zip.generateAsync({ type: 'nodebuffer' }));
    expect(read.seed.sheets?.map((s) => s.name)).toEqual(['ทะเบียน']);
    expect(read.seed.sheets![0]!.values![1]![1]).toBe('ขอลาออก');
  });
});
