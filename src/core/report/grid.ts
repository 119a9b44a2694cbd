/**
 * The report's blocks as one rectangle of cells for the Report tab, written in one call, with the
 * formats that go with it (bold, header shading, percentages), each also one call. Every string is
 * written after an apostrophe: Sheets keeps it as text, so a register or step name from a sheet can
 * never become a formula, and a BE date or a document number never turns into a date or a number.
 */
import type { Block, DocCell } from './document';

export interface ReportGrid {
  readonly values: (string | number)[][];
  readonly weights: ('bold' | 'normal')[][];
  readonly backgrounds: (string | null)[][];
  readonly formats: string[][];
  readonly width: number;
  /** Widths in pixels of the first columns (names and subjects are wider). */
  readonly columnWidths: readonly number[];
}

const HEAD = '#e8eaed';
const TOTAL = '#f1f3f4';
const TITLE = '#d2e3fc';

/** Text Sheets reads as text, whatever it looks like. */
export function asText(text: string): string {
  return text === '' ? '' : `'${text}`;
}

export function reportGrid(blocks: readonly Block[]): ReportGrid {
  const width = Math.max(
    2,
    ...blocks.map((b) => (b.kind === 'table' ? Math.max(b.head.length, ...b.rows.map((r) => r.length)) : 1)),
  );
  const values: (string | number)[][] = [];
  const weights: ('bold' | 'normal')[][] = [];
  const backgrounds: (string | null)[][] = [];
  const formats: string[][] = [];
  const push = (cells: readonly DocCell[], bold: boolean, background: string | null) => {
    const row: (string | number)[] = [];
    const format: string[] = [];
    for (let c = 0; c < width; c++) {
      const cell = cells[c];
      if (cell === undefined) {
        row.push('');
        format.push('General');
      } else if (typeof cell === 'number') {
        row.push(cell);
        format.push(Number.isInteger(cell) ? '0' : '0.0');
      } else if (typeof cell === 'string') {
        row.push(asText(cell));
        format.push('General');
      } else {
        row.push(cell.rate === null ? asText('—') : cell.rate);
        format.push(cell.rate === null ? 'General' : '0.0%');
      }
    }
    values.push(row);
    formats.push(format);
    weights.push(row.map(() => (bold ? 'bold' : 'normal')));
    backgrounds.push(row.map(() => background));
  };
  for (const b of blocks) {
    switch (b.kind) {
      case 'title':
        push([b.text], true, TITLE);
        break;
      case 'subtitle':
      case 'note':
        push([b.text], false, null);
        break;
      case 'heading':
        push([], false, null);
        push([b.text], true, null);
        break;
      case 'subheading':
        push([b.text], true, null);
        break;
      case 'break':
        push([], false, null);
        break;
      case 'table':
        push(b.head, true, HEAD);
        b.rows.forEach((r, i) => {
          const total = b.total === true && i === b.rows.length - 1;
          push(r, total, total ? TOTAL : null);
        });
        break;
    }
  }
  return { values, weights, backgrounds, formats, width, columnWidths: [260, 120, 120, 220, 140] };
}
