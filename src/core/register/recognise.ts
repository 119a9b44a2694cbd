/**
 * Recognising a register tab by its header row alone: the case when Kamnot's binding is gone (a copy
 * from another workbook, an .xlsx export) or when an office wants to bind a tab it built by hand with
 * Kamnot's headers. A header cell matches a column by its full "Thai / English" text or by either half.
 */

import type { Procedure } from '../catalog/schema';
import { bilingual } from '../i18n/msg';
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

/** Every key a header cell answers to (its whole text and both sides of each "/"), first cell wins. */
export function headerIndex(header: readonly unknown[]): Map<string, number> {
  const at = new Map<string, number>();
  const add = (key: string, i: number) => {
    if (key !== '' && !at.has(key)) at.set(key, i);
  };
  header.forEach((cell, i) => {
    const text = headerKey(cell);
    add(text, i);
    for (let s = text.indexOf('/'); s >= 0; s = text.indexOf('/', s + 1)) {
      add(text.slice(0, s).trim(), i);
      add(text.slice(s + 1).trim(), i);
    }
  });
  return at;
}

function find(at: ReadonlyMap<string, number>, c: Column): number | undefined {
  return (
    at.get(headerKey(bilingual(c.header))) ?? at.get(headerKey(c.header.th)) ?? at.get(headerKey(c.header.en))
  );
}

export interface LayoutFit {
  /** 0-based column of every key found: inputs, and computed ones once every input is there. */
  readonly columnOf: Map<string, number>;
  /** Input columns the header lacks (one cell serves one input). */
  readonly missing: readonly Column[];
}

export function fitLayout(at: ReadonlyMap<string, number>, layout: RegisterLayout): LayoutFit {
  const columnOf = new Map<string, number>();
  const missing: Column[] = [];
  const used = new Set<number>();
  for (const c of layout.inputs) {
    const i = find(at, c);
    if (i === undefined || used.has(i)) {
      // A tab made before an optional column existed (a branch choice) is still the procedure's.
      if (!c.optional) missing.push(c);
    } else {
      columnOf.set(c.key, i);
      used.add(i);
    }
  }
  if (missing.length === 0)
    for (const c of layout.computed) {
      const i = find(at, c);
      if (i !== undefined && !used.has(i)) columnOf.set(c.key, i);
    }
  return { columnOf, missing };
}

// A procedure's layout is the same for every tab it is tried against (bind lists every tab).
const layouts = new WeakMap<Procedure, RegisterLayout>();
function layoutOf(procedure: Procedure): RegisterLayout {
  let layout = layouts.get(procedure);
  if (!layout) {
    layout = registerLayout(procedure);
    layouts.set(procedure, layout);
  }
  return layout;
}

/** The procedures whose every input column has a header in the row, most specific first. */
export function recogniseHeader(header: readonly unknown[], procedures: readonly Procedure[]): Recognised[] {
  const at = headerIndex(header);
  const found: Recognised[] = [];
  for (const procedure of procedures) {
    const layout = layoutOf(procedure);
    const { columnOf, missing } = fitLayout(at, layout);
    if (missing.length > 0) continue;
    const missingComputed = layout.computed.filter((c) => !columnOf.has(c.key));
    found.push({ procedure, layout, columnOf, missingComputed });
  }
  // A procedure with more columns explains more of the tab: "all four common columns" fits everyone.
  return found.sort(
    (a, b) =>
      b.layout.inputs.length - a.layout.inputs.length || a.missingComputed.length - b.missingComputed.length,
  );
}
