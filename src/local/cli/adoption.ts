/**
 * The sidebar's "Adopt this tab" for the CLI, through the built bundle's own server functions
 * (proposeAdoption, adoptTab) in the offline runtime: the proposal the CLI prints is the one the
 * sidebar shows, and --adopt sends what the sidebar sends when the officer accepts it as proposed
 * (every field's proposed column, nothing added, Kamnot's columns right of the table, and the
 * headers the proposal saw, so a tab that changed since is refused).
 */
import { bilingual, type Msg, msg } from '../../core/i18n/msg';
import type {
  AdoptionProposal,
  AdoptionResult,
  AdoptionView,
  AdoptOptions,
} from '../../gas/sidebar-api/public';
import type { Runtime } from '../runtime';

const SIDEBAR = { kind: 'sidebar' } as const;

export interface TabProposal {
  readonly tab: string;
  readonly gid: number;
  /** The sidebar's proposal; null when the bundle could not make one (the reason is in `why`). */
  readonly proposal: AdoptionProposal | null;
  /** Why the tab is no register candidate: no header row, no date column, or the bundle's error. */
  readonly why: Msg | null;
}

export type AdoptionOutcome =
  | { readonly tab: string; readonly adopted: AdoptionResult }
  | { readonly tab: string; readonly refused: Msg };

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The bundle's messages are "ไทย / English" (or one sentence): split for the summary. */
function splitBilingual(text: string): Msg {
  const at = text.indexOf(' / ');
  return at < 0 ? msg(text, text) : msg(text.slice(0, at), text.slice(at + 3));
}

function whyNotRegister(p: AdoptionProposal): Msg | null {
  if (p.headerRow === null) return msg('ไม่พบแถวหัวตาราง: ไม่ใช่ทะเบียน', 'no header row: not a register');
  // A list of staff or a summary has no date column at all: nothing to count a deadline from.
  if (!p.fields.some((f) => f.type === 'date' && f.column !== null))
    return msg(
      'ไม่พบคอลัมน์วันที่: ไม่ใช่ทะเบียนที่ Kamnot นับกำหนดได้',
      'no date column: not a register Kamnot can count deadlines in',
    );
  return null;
}

/** The sidebar's proposal for every tab that is neither Kamnot's own nor a register yet. */
export function proposeTabs(runtime: Runtime): TabProposal[] {
  let tabs: AdoptionView['tabs'];
  try {
    tabs = (runtime.callIn(SIDEBAR, 'proposeAdoption', null, null) as AdoptionView).tabs;
  } catch {
    return [];
  }
  return tabs.map(({ name, gid }) => {
    try {
      const view = runtime.callIn(SIDEBAR, 'proposeAdoption', gid, null) as AdoptionView;
      const proposal = view.proposal;
      return { tab: name, gid, proposal, why: proposal ? whyNotRegister(proposal) : null };
    } catch (error) {
      return { tab: name, gid, proposal: null, why: splitBilingual(reason(error)) };
    }
  });
}

/** Tab names asked for with --adopt that the workbook has no adoptable tab of. */
export function unknownTabs(asked: readonly string[], proposals: readonly TabProposal[]): string[] {
  return asked.filter((name) => !proposals.some((p) => p.tab === name));
}

/** Adopts the chosen tabs as proposed, one sidebar call each; a refusal is reported, never thrown. */
export function adoptTabs(
  runtime: Runtime,
  proposals: readonly TabProposal[],
  which: 'all' | readonly string[],
): AdoptionOutcome[] {
  const out: AdoptionOutcome[] = [];
  for (const t of proposals) {
    const named = which !== 'all' && which.includes(t.tab);
    const hasStart = t.proposal?.fields.some((f) => f.key === 'start' && f.column !== null) === true;
    // "All" means every tab the proposal can adopt as it stands and is sure of; a tab named is
    // tried whatever its score, and any refusal told.
    if (!named) {
      if (which !== 'all' || t.why !== null) continue;
      const score = t.proposal?.procedures[0]?.score ?? 0;
      if (!hasStart || score < SURE) {
        out.push({ tab: t.tab, refused: hasStart ? unsure(score) : NO_START });
        continue;
      }
    }
    const p = t.proposal;
    if (!p) {
      out.push({ tab: t.tab, refused: t.why ?? msg('ไม่มีข้อเสนอ', 'no proposal') });
      continue;
    }
    const mapping = Object.fromEntries(p.fields.map((f) => [f.key, f.column]));
    const options: AdoptOptions = {
      addInputs: [],
      headers: Object.fromEntries(p.columns.map((c) => [c.letter, c.header])),
    };
    try {
      const adopted = runtime.callIn(
        SIDEBAR,
        'adoptTab',
        p.gid,
        p.procedureId,
        mapping,
        options,
      ) as AdoptionResult;
      out.push({ tab: t.tab, adopted });
    } catch (error) {
      out.push({ tab: t.tab, refused: splitBilingual(reason(error)) });
    }
  }
  return out;
}

/**
 * Below this ranking score the best procedure is more a guess than a fit (no field or step of its own
 * found, no word of its name in the title): --adopt for every tab leaves such a tab to the officer.
 */
const SURE = 2;

const unsure = (score: number): Msg =>
  msg(
    `ข้อเสนอยังไม่แน่ใจว่าเป็นกระบวนงานใด (คะแนน ${score}): ถ้าถูกต้อง ใช้ --adopt "ชื่อแท็บ" หรือนำมาใช้ในแถบข้าง`,
    `the proposal is unsure which procedure this is (score ${score}): if it is right, use --adopt "tab", or adopt it from the sidebar`,
  );

const NO_START = msg(
  'ไม่พบคอลัมน์วันที่รับเรื่อง: นำมาใช้ในแถบข้างเพื่อเลือกคอลัมน์เอง',
  'no date-received column: adopt it from the sidebar to choose the column',
);

/** "ไทย / English" of a refusal, for one line. */
export const refusalText = (m: Msg): string => (m.th === m.en ? m.th : bilingual(m));
