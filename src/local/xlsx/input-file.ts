/**
 * Reading the office's workbook file, read-only, and saying plainly what is wrong with it before
 * ExcelJS is asked: missing, a folder, empty, password-protected (Office encrypts an .xlsx into an
 * OLE compound file holding an "EncryptionInfo" stream), an old .xls, an OpenDocument spreadsheet
 * (.ods: a zip whose first entry names its type), a CSV or a web page saved as a spreadsheet, or
 * not a zip at all.
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
  if (startsWith(bytes, ZIP)) {
    // An OpenDocument package stores its media type uncompressed as the very first entry.
    const head = bytes.subarray(0, 256).toString('latin1');
    if (head.includes('application/vnd.oasis.opendocument.spreadsheet'))
      return fail(
        msg(
          `เป็นไฟล์ OpenDocument (.ods) ไม่ใช่ .xlsx: เปิดใน LibreOffice หรือ Google Sheets แล้วบันทึกเป็น Excel (.xlsx) ก่อน: ${path}`,
          `this is an OpenDocument spreadsheet (.ods), not an .xlsx: open it in LibreOffice or Google Sheets and save it as Excel (.xlsx) first: ${path}`,
        ),
      );
    if (head.includes('application/vnd.oasis.opendocument'))
      return fail(
        msg(
          `เป็นเอกสาร OpenDocument ไม่ใช่สมุดงาน: ${path}`,
          `this is an OpenDocument file, not a workbook: ${path}`,
        ),
      );
    return { ok: true, bytes };
  }
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
  const text = textKind(bytes);
  if (text === 'html')
    return fail(
      msg(
        `เป็นหน้าเว็บ (HTML) ที่บันทึกเป็นไฟล์ตาราง ไม่ใช่ .xlsx: เปิดใน Excel หรือ Google Sheets แล้วบันทึกเป็น .xlsx: ${path}`,
        `this is a web page (HTML) saved as a spreadsheet, not an .xlsx: open it in Excel or Google Sheets and save it as .xlsx: ${path}`,
      ),
    );
  if (text === 'xml')
    return fail(
      msg(
        `เป็นไฟล์ XML (เช่น Excel 2003 XML) ไม่ใช่ .xlsx: เปิดใน Excel แล้วบันทึกเป็น .xlsx: ${path}`,
        `this is an XML file (e.g. Excel 2003 XML), not an .xlsx: open it in Excel and save it as .xlsx: ${path}`,
      ),
    );
  if (text === 'csv')
    return fail(
      msg(
        `เป็นไฟล์ข้อความ (CSV) ไม่ใช่สมุดงาน: นำเข้าใน Google Sheets (ไฟล์ → นำเข้า) แล้วดาวน์โหลดเป็น .xlsx: ${path}`,
        `this is a text (CSV) file, not a workbook: import it in Google Sheets (File → Import) and download it as .xlsx: ${path}`,
      ),
    );
  return fail(msg(`ไม่ใช่ไฟล์ .xlsx (ไม่ใช่ไฟล์ zip): ${path}`, `not an .xlsx file (not a zip archive): ${path}`));
}

/** Text rather than binary: a web page, or rows of comma-, tab- or semicolon-separated values. */
function textKind(bytes: Buffer): 'html' | 'xml' | 'csv' | null {
  const head = bytes.subarray(0, 4096);
  if (head.includes(0)) return null;
  const text = head.toString('utf8').replace(/^\ufeff/, '');
  if (/^\s*<(?:!doctype html|html|table)/i.test(text)) return 'html';
  if (/^\s*<\?xml/i.test(text)) return 'xml';
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  return lines.length > 0 && lines.every((l) => /[,;\t]/.test(l)) ? 'csv' : null;
}
