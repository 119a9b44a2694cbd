/**
 * Recognising a register tab by its header row alone: the case when Kamnot's binding is gone (a copy
 * from another workbook, an .xlsx export) or when an office wants to bind a tab it built by hand with
 * Kamnot's headers. A header cell matches a column by its full "Thai / English" text or by either half.
 */
import type { Procedure } from '../catalog/schema';
import { type Column, type RegisterLayout, registerLayout } from './layout';

export interface Recognised {
  readonly procedure: Procedure;
  readonly layout: RegisterLayout;
  /** 0-based column of every layout key found; input keys are all present. */
  readonly columnOf: ReadonlyMap<string, number>;
  /** Kamnot's computed columns not in the tab (they are added when it is bound). */
  readonly missingComputed: readonly Column[];
}

export function headerKey(text: unknown): string {
  return typeof text === 'string' ? text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase() : '';
}

function columnIndex(header: readonly unknown[]): Map<string, number> {
  const at = new Map<string, number>();
  header.forEach((cell, i) => {
    const full = headerKey(cell);
    if (full === '') return;
    const halves = full.includes(' / ') ? full.split(' / ') : [];
    for (const key of [full, ...halves]) if (!at.has(key)) at.set(key, i);
  });
  return at;
}

function find(at: ReadonlyMap<string, number>, c: Column): number | undefined {
  return (
    at.get(headerKey(`${c.header.th} / ${c.header.en}`)) ??
    at.get(headerKey(c.header.th)) ??
    at.get(headerKey(c.header.en))
  );
}

/** The procedures whose every input column has a header in the row, most specific first. */
export function recogniseHeader(header: readonly unknown[], procedures: readonly Procedure[]): Recognised[] {
  const at = columnIndex(header);
  const found: Recognised[] = [];
  for (const procedure of procedures) {
    const layout = registerLayout(procedure);
    const columnOf = new Map<string, number>();
    let complete = true;
    for (const c of layout.inputs) {
      const i = find(at, c);
      if (i === undefined) {
        complete = false;
        break;
      }
      columnOf.set(c.key, i);
    }
    if (!complete || new Set(columnOf.values()).size < columnOf.size) continue;
    const missingComputed: Column[] = [];
    for (const c of layout.computed) {
      const i = find(at, c);
      if (i === undefined) missingComputed.push(c);
      else columnOf.set(c.key, i);
    }
    found.push({ procedure, layout, columnOf, missingComputed });
  }
  // A procedure with more columns explains more of the tab: "all four common columns" fits everyone.
  return found.sort(
    (a, b) =>
      b.layout.inputs.length - a.layout.inputs.length || a.missingComputed.length - b.missingComputed.length,
  );
}
