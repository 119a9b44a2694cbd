/**
 * Reading the office's workbook file, read-only, and saying plainly what is wrong with it before
 * ExcelJS is asked: missing, a folder, empty, password-protected (Office encrypts an .xlsx into an
 * OLE compound file holding an "EncryptionInfo" stream), an old .xls, or not a zip at all.
 */
import { readFileSync, statSync } from 'node:fs';
import { type Msg, msg } from '../../core/i18n/msg';

export type InputFile =
  | { readonly ok: true; readonly bytes: Buffer }
  | { readonly ok: false; readonly why: Msg };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Buffer, magic: readonly number[]): boolean =>
  magic.every((b, i) => bytes[i] === b);

const fail = (why: Msg): InputFile => ({ ok: false, why });

export function readInputFile(path: string): InputFile {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return fail(msg(`ไม่ใช่ไฟล์: ${path}`, `not a file: ${path}`));
    size = stat.size;
  } catch {
    return fail(msg(`ไม่พบไฟล์: ${path}`, `file not found: ${path}`));
  }
  if (size === 0) return fail(msg(`ไฟล์ว่างเปล่า: ${path}`, `the file is empty: ${path}`));
  let bytes: Buffer;
  try {
    // readFileSync opens the file read-only ('r'): the office's file is never written.
    bytes = readFileSync(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail(msg(`อ่านไฟล์ไม่ได้: ${path} (${reason})`, `cannot read the file: ${path} (${reason})`));
  }
  if (startsWith(bytes, ZIP)) return { ok: true, bytes };
  if (startsWith(bytes, OLE)) {
    const encrypted = bytes.includes(Buffer.from('EncryptionInfo', 'utf16le'));
    return fail(
      encrypted
        ? msg(
            `ไฟล์ถูกเข้ารหัสด้วยรหัสผ่าน: เปิดใน Excel แล้วบันทึกสำเนาโดยไม่ใส่รหัสผ่าน: ${path}`,
            `the file is password-protected (encrypted): save a copy without a password: ${path}`,
          )
        : msg(
            `เป็นไฟล์ .xls รุ่นเก่า: บันทึกเป็น .xlsx ก่อน: ${path}`,
            `this is an old .xls file: save it as .xlsx first: ${path}`,
          ),
    );
  }
  return fail(msg(`ไม่ใช่ไฟล์ .xlsx (ไม่ใช่ไฟล์ zip): ${path}`, `not an .xlsx file (not a zip archive): ${path}`));
}
