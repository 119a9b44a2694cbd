// Plain-text tables for the terminal. Thai combining marks take no column, so width is counted
// without them.
const COMBINING = /[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/g;

function width(text: string): number {
  return [...text.replace(COMBINING, '')].length;
}

function pad(text: string, size: number): string {
  return text + ' '.repeat(Math.max(0, size - width(text)));
}

export function clip(text: string, max: number): string {
  if (width(text) <= max) return text;
  let out = '';
  for (const ch of text) {
    if (width(`${out + ch}…`) > max) break;
    out += ch;
  }
  return `${out}…`;
}

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => pad(c, widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
