/** The catalogue as Add browses it, and tabs that can be bound. */
import type { Bilingual } from '../public';

export interface BindableTab {
  readonly name: string;
  readonly gid: number;
  /** The procedures whose columns the tab has, best first; `missing` computed columns get added. */
  readonly procedures: readonly {
    readonly id: string;
    readonly th: string;
    readonly en: string;
    readonly missing: number;
  }[];
}

interface CatalogueStep {
  readonly th: string;
  readonly en: string;
  /** The manual's own words for the time standard ('' when it gives none). */
  readonly words: string;
  /** Kamnot's rule, in words. */
  readonly rule: Bilingual;
}

export interface CatalogueProcedure {
  readonly id: string;
  readonly th: string;
  readonly en: string;
  readonly unit: Bilingual;
  readonly source: { readonly file: string; readonly section: string };
  readonly steps: readonly CatalogueStep[];
}

export interface CatalogueManual {
  readonly id: string;
  readonly office: Bilingual;
  readonly unit: Bilingual;
  readonly procedures: readonly CatalogueProcedure[];
}
