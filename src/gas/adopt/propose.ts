/**
 * "Adopt this tab", first half: which procedure the tab most likely tracks and how its columns map
 * onto that procedure's fields, as the sidebar shows it (column letters, the office's own header
 * words, confidence and reasons, unreadable cells). Reading only: nothing on the tab is written.
 */
import { proposeMapping } from '../../core/adopt/propose';
import { rankProcedures } from '../../core/adopt/rank';
import type { UnreadableCell } from '../../core/adopt/sniff';
import { columnLetters } from '../../core/cells';
import type { OffsetAt } from '../../core/dates/zone';
import type { Msg } from '../../core/i18n/msg';
import { registerLayout } from '../../core/register/layout';
import { shownValue } from '../../core/register/shown';
import type { UtilitiesLike } from '../date-io';
import { readProcedures } from '../procedures/registry';
import type { AdoptionProposal, AdoptionView, Bilingual, UnreadableCellView } from '../sidebar-api/public';
import type { Sheet, Spreadsheet } from '../workbook/services';
import { adoptableTabs, adoptedTabs, candidateProcedures, readTab } from './read';

/** Inputs worth a new column when the tab lacks them: the hold and the status drive the deadline. */
const ADDABLE = ['hold-from', 'hold-to', 'status'];

const bi = (m: Msg): Bilingual => ({ th: m.th, en: m.en });

/** Each value as the office wrote it (a date cell as 10/10/2569, never a JS date string). */
export function unreadableView(cells: readonly UnreadableCell[], offsetAt: OffsetAt): UnreadableCellView[] {
  return cells.map((u) => ({ cell: u.cell, value: shownValue(u.value, offsetAt), problem: bi(u.msg) }));
}

export function proposeAdoption(
  ss: Spreadsheet,
  utilities: UtilitiesLike,
  gid: number | null,
  procedureId: string | null,
): AdoptionView {
  const candidates = adoptableTabs(ss);
  const procedures = readProcedures(ss);
  const adopted = adoptedTabs(ss).map(({ sheet, procedureId: id }) => {
    const p = procedures.latest(id);
    return {
      name: sheet.getName(),
      gid: sheet.getSheetId(),
      procedure: { th: p?.th ?? id, en: p?.en ?? id },
    };
  });
  const tabs = candidates.map((s) => ({ name: s.getName(), gid: s.getSheetId() }));
  let sheet: Sheet | undefined;
  if (gid === null) {
    const active = ss.getActiveSheet()?.getSheetId();
    sheet = candidates.find((s) => s.getSheetId() === active) ?? candidates[0];
  } else {
    sheet = candidates.find((s) => s.getSheetId() === gid);
    if (!sheet) throw new Error('ไม่พบแท็บนี้ หรือแท็บนี้เป็นทะเบียนอยู่แล้ว / the tab is gone or is already a register');
  }
  if (!sheet) return { tabs, adopted, proposal: null };

  const { name, analysis } = readTab(ss, utilities, sheet);
  const ranked = rankProcedures(analysis, candidateProcedures(procedures));
  const id = procedureId ?? ranked[0]?.procedureId ?? '';
  const procedure = procedures.latest(id);
  if (!procedure) throw new Error(`ไม่รู้จักกระบวนงาน / unknown procedure: ${id}`);
  const proposal = proposeMapping(analysis, procedure);
  const labelOf = (column: number | null) => (column === null ? '' : (analysis.columns[column]?.label ?? ''));
  const mapped = new Set(Object.values(proposal.mapping).filter((c) => c !== null));
  const view: AdoptionProposal = {
    gid: sheet.getSheetId(),
    name,
    procedureId: procedure.id,
    procedures: ranked.map((r) => {
      const p = procedures.latest(r.procedureId);
      return {
        id: r.procedureId,
        th: p?.th ?? r.name.th,
        en: p?.en ?? r.name.en,
        score: r.score,
        reasons: r.reasons.map(bi),
      };
    }),
    headerRow: proposal.headerRow === null ? null : proposal.headerRow + (analysis.header?.rows ?? 1),
    columns: analysis.columns.map((c) => ({ letter: columnLetters(c.index + 1), header: c.label })),
    fields: proposal.fields.map((f) => ({
      key: f.key,
      header: bi(f.header),
      type: f.type,
      column: f.column === null ? null : columnLetters(f.column + 1),
      columnHeader: labelOf(f.column),
      confidence: f.confidence,
      reasons: f.reasons.map(bi),
    })),
    officeColumns: proposal.officeColumns
      .filter((c) => !mapped.has(c.column))
      .map((c) => ({ letter: columnLetters(c.column + 1), header: c.label, kind: c.kind })),
    addable: registerLayout(procedure)
      .inputs.filter((c) => ADDABLE.includes(c.key) && proposal.mapping[c.key] === null)
      .map((c) => ({ key: c.key, header: bi(c.header) })),
    right: columnLetters((analysis.header?.width ?? 0) + 1),
    unreadable: unreadableView(proposal.unreadable, analysis.offsetAt),
    problems: proposal.problems.map(bi),
  };
  return { tabs, adopted, proposal: view };
}
