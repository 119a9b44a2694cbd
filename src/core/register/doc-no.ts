/**
 * Where a register keeps the office's document number: a header cell that says so exactly (Kamnot's
 * own "เลขที่หนังสือรับ / Document no.", either half of it, or a word offices head that column with:
 * เลขทะเบียนรับ, เลขที่หนังสือ, Document no.). Columns the register already uses are passed over.
 */
import { normaliseHeader } from '../adopt/normalise';
import { matchKind } from '../adopt/synonyms';
import { DOC_NO_COLUMN } from './layout';
import { headerIndex, headerKey } from './recognise';

export function docNoColumn(header: readonly unknown[], taken: ReadonlySet<number>): number {
  const at = headerIndex(header);
  for (const text of [
    `${DOC_NO_COLUMN.header.th} / ${DOC_NO_COLUMN.header.en}`,
    DOC_NO_COLUMN.header.th,
    DOC_NO_COLUMN.header.en,
  ]) {
    const i = at.get(headerKey(text));
    if (i !== undefined && !taken.has(i)) return i;
  }
  for (let i = 0; i < header.length; i++) {
    const cell = header[i];
    if (taken.has(i) || typeof cell !== 'string' || cell.trim() === '') continue;
    if (matchKind(normaliseHeader(cell), 'doc-no')?.how === 'exact') return i;
  }
  return -1;
}

/** A case's document number: its own column's, else its case id when that is the office's reference. */
export function docNoOf(row: readonly unknown[], column: number, caseId: string, officeIds: boolean): string {
  const value = column >= 0 ? row[column] : undefined;
  const text = value === null || value === undefined ? '' : String(value).replace(/\s+/g, ' ').trim();
  return text || (officeIds ? caseId : '');
}
