// What the bench prints, kept as it goes so docs/benchmarks.md can be written from the same figures.

export interface Row {
  readonly name: string;
  readonly value: string;
  readonly target?: string;
  readonly ok?: boolean;
}

export type Block =
  | { readonly kind: 'lines'; readonly rows: Row[] }
  | {
      readonly kind: 'table';
      readonly head: readonly string[];
      readonly rows: readonly (readonly string[])[];
    }
  | { readonly kind: 'note'; readonly text: string };

export interface Section {
  readonly title: string;
  readonly blocks: Block[];
}

export const report: Section[] = [];

function current(): Section {
  if (report.length === 0) report.push({ title: '', blocks: [] });
  return report[report.length - 1]!;
}

/** Starts a section: a heading on the console, a `##` heading in the document. */
export function section(title: string): void {
  console.log(`\n${title}`);
  report.push({ title, blocks: [] });
}

/** A sentence under the figures: indented on the console, a paragraph in the document. */
export function note(text: string): void {
  console.log(`   ${text}`);
  current().blocks.push({ kind: 'note', text });
}

export function recordLine(row: Row): void {
  const blocks = current().blocks;
  const last = blocks[blocks.length - 1];
  if (last?.kind === 'lines') last.rows.push(row);
  else blocks.push({ kind: 'lines', rows: [row] });
}

/** A table: columns padded on the console (first column left, the others right), markdown in the document. */
export function table(head: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const pad = (cells: readonly string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(pad(head));
  for (const r of rows) console.log(pad(r));
  current().blocks.push({ kind: 'table', head, rows });
}
