/** The procedure editor (Procedures panel). */
import type { Bilingual } from '../public';

export interface ProcedureListItem {
  /** '' for rows whose procedure ID cannot be read (fix them in the tab). */
  readonly id: string;
  readonly th: string;
  readonly en: string;
  /** The latest recorded version, null when none is recorded yet. */
  readonly version: number | null;
  readonly steps: number;
  /** False while a row is invalid: the procedure is not used (cases keep its last valid version). */
  readonly usable: boolean;
  /** Its rows in the Procedures tab (1-based). */
  readonly rows: readonly number[];
  /** The registers that follow it. */
  readonly registers: readonly { readonly name: string; readonly gid: number }[];
  /** Problems of its rows (row 0: the procedure as a whole). */
  readonly problems: readonly { readonly row: number; readonly message: Bilingual }[];
}

export interface ProceduresView {
  /** The Procedures tab's gid, for links to its rows. */
  readonly gid: number;
  readonly procedures: readonly ProcedureListItem[];
  /** Problems of the tab as a whole (a missing column). */
  readonly problems: readonly Bilingual[];
}

export interface ProcedureStepDraft {
  /** The step's number in the tab: its identity (register columns are keyed by it). */
  readonly no: number;
  readonly th: string;
  readonly en: string;
  readonly role: string;
  /** The deadline rule in the tab's grammar: "15 วันทำการ หลังเริ่ม", "5 days after step 2". */
  readonly rule: string;
  /** Blank = required; "ไม่บังคับ" / "optional"; "ทางเลือก: …" / "alternative: …". */
  readonly condition: string;
  /** The office's own words for the time standard. */
  readonly standard: string;
  readonly notes: string;
}

export interface ProcedureDraft {
  /** office-…; blank in a new procedure = made from its English name. */
  readonly id: string;
  /** The office procedure being edited; null for a new one (a catalogue copy, an empty one, an import). */
  readonly original: string | null;
  /** What the tab held when the draft was opened: a save refuses when the rows changed since. */
  readonly basis: string;
  readonly th: string;
  readonly en: string;
  readonly steps: readonly ProcedureStepDraft[];
}

export interface ProcedurePreview {
  readonly ok: boolean;
  /** By step number; null = the procedure as a whole. */
  readonly problems: readonly { readonly no: number | null; readonly message: Bilingual }[];
  /** Each step's rule in words and its projected due date (d/m/BE, '' when it has none). */
  readonly steps: readonly {
    readonly no: number;
    readonly th: string;
    readonly en: string;
    readonly rule: Bilingual;
    readonly due: string;
  }[];
}

export interface ProcedureSaved {
  readonly id: string;
  readonly version: number;
  readonly outcome: 'first' | 'unchanged' | 'reworded' | 'new-version';
  readonly changes: readonly Bilingual[];
  /** The procedure as saved, to go on editing. */
  readonly draft: ProcedureDraft;
}

export type ImportChoice = 'check' | 'add' | 'new-id' | 'replace';

export type ImportCheck =
  | { readonly kind: 'invalid'; readonly problems: readonly Bilingual[] }
  | {
      readonly kind: 'new' | 'identical';
      readonly id: string;
      readonly th: string;
      readonly en: string;
      readonly steps: number;
    }
  | {
      readonly kind: 'conflict';
      readonly id: string;
      readonly th: string;
      readonly en: string;
      readonly steps: number;
      readonly changes: readonly Bilingual[];
      /** Only wording differs: replacing keeps the version number. */
      readonly sameRules: boolean;
      readonly suggestedId: string;
    };

export interface ImportResult {
  readonly check: ImportCheck;
  /** What was written; null for "check" and when there was nothing to do. */
  readonly saved: ProcedureSaved | null;
}

export interface CaseMovePlan {
  readonly register: string;
  readonly gid: number;
  readonly row: number;
  readonly caseId: string;
  readonly subject: string;
  readonly from: number;
  readonly to: number;
  readonly changes: readonly Bilingual[];
  /** Done steps the new version no longer has: their dates stop counting. */
  readonly lost: readonly { readonly no: number; readonly step: Bilingual; readonly done: string }[];
  readonly before: { readonly step: Bilingual | null; readonly due: string };
  readonly after: { readonly step: Bilingual | null; readonly due: string };
}

export interface CaseMoved {
  readonly register: string;
  readonly gid: number;
  readonly row: number;
  readonly version: number;
  readonly step: Bilingual | null;
  readonly due: string;
}
