// What the office may hand the CLI instead of a register workbook: a missing file, a folder, an
// empty file, a text file, a CSV, a web page saved as .xls, an .ods, a password-protected or old .xls
// file, a zip that is not a workbook, a damaged .xlsx, a workbook of other tabs. Each gives a Thai /
// English message and exit code 2, never an exception or a stack trace, and writes nothing.
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkWorkbook } from '../../../src/local/cli/check-workbook';
import { SILENT } from '../../../src/local/cli/progress';
import { readInputFile } from '../../../src/local/xlsx/input-file';
import { odsFile } from '../../fixtures/offices/small';
import { DAY, demo, xlsxOf } from './fixture';

const ROOT = join(__dirname, '../../..');
let dir: string;
let out: string;

/** A zip holding one stored file: a valid archive that is not a workbook. */
function zipOf(name: string, text: string): Buffer {
  const data = Buffer.from(text);
  const file = Buffer.from(name);
  const crc = crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(file.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(file.length, 28);
  const offset = local.length + file.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + file.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([local, file, data, central, file, end]);
}

function ole(extra: string): Buffer {
  const head = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return Buffer.concat([head, Buffer.alloc(504), Buffer.from(extra, 'utf16le'), Buffer.alloc(512)]);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kamnot-bad-'));
  out = join(dir, 'out');
  writeFileSync(join(dir, 'empty.xlsx'), '');
  writeFileSync(join(dir, 'notes.xlsx'), 'รายการงาน ไม่ใช่ตาราง\n');
  writeFileSync(join(dir, 'ทะเบียน.csv'), 'ที่,วันที่รับ,เรื่อง\n1,3/11/2569,ขอลาออก\n');
  writeFileSync(join(dir, 'export.xls'), '<html><body><table><tr><td>ที่</td></tr></table></body></html>');
  writeFileSync(join(dir, 'ทะเบียน.ods'), await odsFile());
  writeFileSync(join(dir, 'locked.xlsx'), ole('EncryptionInfo'));
  writeFileSync(join(dir, 'old.xls'), ole('Workbook'));
  writeFileSync(join(dir, 'archive.xlsx'), zipOf('hello.txt', 'hello'));
  const good = await xlsxOf(demo(false).runtime);
  writeFileSync(join(dir, 'damaged.xlsx'), good.subarray(0, Math.floor(good.length / 2)));
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Budget').addRows([
    ['Item', 'Amount'],
    ['Paper', 300],
  ]);
  wb.addWorksheet('ทะเบียนเก่า').addRows([['รหัสเรื่อง / Case ID', 'เรื่อง / Subject', 'หมายเหตุ']]);
  wb.addWorksheet('Empty');
  writeFileSync(join(dir, 'foreign.xlsx'), Buffer.from(await wb.xlsx.writeBuffer()));
});

async function check(name: string) {
  return checkWorkbook({ root: ROOT, file: join(dir, name), today: DAY, out, progress: SILENT });
}

describe('bad input to npm start -- --workbook', () => {
  it.each([
    ['missing.xlsx', 'ไม่พบไฟล์', 'file not found'],
    ['.', 'ไม่ใช่ไฟล์', 'not a file'],
    ['empty.xlsx', 'ไฟล์ว่างเปล่า', 'the file is empty'],
    ['notes.xlsx', 'ไม่ใช่ไฟล์ .xlsx', 'not an .xlsx file (not a zip archive)'],
    ['ทะเบียน.csv', 'เป็นไฟล์ข้อความ (CSV)', 'this is a text (CSV) file, not a workbook'],
    ['export.xls', 'เป็นหน้าเว็บ (HTML)', 'this is a web page (HTML) saved as a spreadsheet'],
    ['ทะเบียน.ods', 'เป็นไฟล์ OpenDocument (.ods)', 'this is an OpenDocument spreadsheet (.ods), not an .xlsx'],
    ['locked.xlsx', 'ถูกเข้ารหัสด้วยรหัสผ่าน', 'password-protected (encrypted)'],
    ['old.xls', 'ไฟล์ .xls รุ่นเก่า', 'old .xls file'],
    ['archive.xlsx', 'ไม่ใช่สมุดงาน Excel', 'not an Excel workbook (it has no sheets)'],
    ['damaged.xlsx', 'อ่านสมุดงานไม่ได้', 'cannot read the workbook'],
  ])('%s: "%s / %s", exit code 2', async (name, th, en) => {
    const outcome = await check(name);
    expect(outcome.exitCode).toBe(2);
    const error = outcome.error ?? '';
    expect(error).toContain(th);
    expect(error).toContain(en);
    expect(error.indexOf(th)).toBeLessThan(error.indexOf(en));
    expect(error).not.toMatch(/\n\s+at /);
    expect(outcome.text).toBe('');
    expect(existsSync(out)).toBe(false);
  });

  it('a workbook with no register says so, tab by tab, and writes nothing', async () => {
    const outcome = await check('foreign.xlsx');
    expect(outcome.exitCode).toBe(2);
    expect(outcome.error).toBe('ไม่พบทะเบียนให้ตรวจ / no register to check');
    expect(outcome.text.split('\n')).toEqual([
      'แท็บที่ไม่ใช่ทะเบียน / tabs that are not registers: 3',
      '  • "Budget": ไม่พบคอลัมน์วันที่: ไม่ใช่ทะเบียนที่ Kamnot นับกำหนดได้ / no date column: not a register Kamnot can count deadlines in',
      '  • "ทะเบียนเก่า": ไม่พบคอลัมน์วันที่: ไม่ใช่ทะเบียนที่ Kamnot นับกำหนดได้ / no date column: not a register Kamnot can count deadlines in',
      '  • "Empty": ไม่พบแถวหัวตาราง: ไม่ใช่ทะเบียน / no header row: not a register',
      '',
      'ไม่พบทะเบียนในสมุดงานนี้: ไม่มีแท็บที่เป็นทะเบียนของ Kamnot หรือมีคอลัมน์วันที่ให้นำมาใช้ / no register in this workbook: no tab is a Kamnot register or has a date column to adopt',
    ]);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });

  it('readInputFile opens without writing and hands back the bytes of a zip', () => {
    const read = readInputFile(join(dir, 'archive.xlsx'));
    expect(read.ok && read.bytes.subarray(0, 2).toString()).toBe('PK');
  });
});
