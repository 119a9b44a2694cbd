/** Adopting an office's own tab (Add panel). */
import type { Bilingual } from '../public';

interface AdoptableTab {
  readonly name: string;
  readonly gid: number;
}

interface AdoptedTab extends AdoptableTab {
  readonly procedure: Bilingual;
}

/** A cell of a mapped date column that cannot be read: listed, never changed. */
export interface UnreadableCellView {
  /** "H10", as the officer finds it. */
  readonly cell: string;
  readonly value: string;
  readonly problem: Bilingual;
}

export interface AdoptionField {
  /** The register input key: `start`, `done:<step>`, `field:<id>`… */
  readonly key: string;
  readonly header: Bilingual;
  readonly type: string;
  /** The office's column letter, or null when the tab has none. */
  readonly column: string | null;
  /** That column's header as the office wrote it ('' when none). */
  readonly columnHeader: string;
  /** 0..1; 0 when no column was found. */
  readonly confidence: number;
  readonly reasons: readonly Bilingual[];
}

export interface AdoptionProposal {
  readonly gid: number;
  readonly name: string;
  readonly procedureId: string;
  /** Every procedure, best fit first. */
  readonly procedures: readonly {
    readonly id: string;
    readonly th: string;
    readonly en: string;
    readonly score: number;
    readonly reasons: readonly Bilingual[];
  }[];
  /** The header row (1-based), null when no row looks like one. */
  readonly headerRow: number | null;
  /** Every column of the table: the choices of each field. */
  readonly columns: readonly { readonly letter: string; readonly header: string }[];
  readonly fields: readonly AdoptionField[];
  /** Columns no field took: they stay the office's. */
  readonly officeColumns: readonly {
    readonly letter: string;
    readonly header: string;
    readonly kind: string | null;
  }[];
  /** Inputs the tab lacks that Kamnot can add as new columns when asked (hold dates, status). */
  readonly addable: readonly { readonly key: string; readonly header: Bilingual }[];
  /** The letter right of the table: where Kamnot's columns go unless the officer places them. */
  readonly right: string;
  readonly unreadable: readonly UnreadableCellView[];
  readonly problems: readonly Bilingual[];
}

export interface AdoptionView {
  readonly tabs: readonly AdoptableTab[];
  readonly adopted: readonly AdoptedTab[];
  /** null when no tab can be adopted. */
  readonly proposal: AdoptionProposal | null;
}

/** Register input key → the office's column letter, or null for none. */
export type AdoptMapping = Readonly<Record<string, string | null>>;

export interface AdoptOptions {
  /** Kamnot's columns go before this column letter; right of the table when absent. */
  readonly at?: string;
  /** Input keys the tab lacks that get new columns. */
  readonly addInputs?: readonly string[];
  /** Column letter → its header as the proposal showed it: adoption is refused if the tab changed. */
  readonly headers?: Readonly<Record<string, string>>;
}

export interface AdoptionResult {
  readonly name: string;
  readonly gid: number;
  /** Columns Kamnot added. */
  readonly added: number;
  /** Cases computed at once. */
  readonly cases: number;
  readonly unreadable: readonly UnreadableCellView[];
  readonly warnings: readonly Bilingual[];
}

export interface StopResult {
  /** False when added input columns hold typed values: nothing was changed, ask and call again with confirm. */
  readonly stopped: boolean;
  readonly name: string;
  readonly typed: readonly { readonly header: Bilingual; readonly cells: number }[];
  readonly warnings: readonly Bilingual[];
}
