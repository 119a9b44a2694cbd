/**
 * The office's procedures in the sidebar: listed with the problems of their rows and the registers
 * that follow them, opened as an editable draft (an office procedure as it stands, or a catalogue one
 * copied under a new office id), and previewed: checked as the tab would read it, with each step's
 * projected due date for a sample start on the workbook's own calendar.
 */

import { procedureById } from '../../core/catalog/catalogue';
import { describeDeadline } from '../../core/catalog/describe';
import { dayFromIso } from '../../core/dates/civil';
import { formatDate } from '../../core/dates/format';
import { parseDateText } from '../../core/dates/parse';
import { evaluateCase } from '../../core/engine/evaluate';
import { bilingual, type Msg } from '../../core/i18n/msg';
import { stepNoOf } from '../../core/procedures/ids';
import { copyToOffice } from '../../core/procedures/to-rows';
import { latestOf } from '../../core/procedures/versions';
import type { UtilitiesLike } from '../date-io';
import { readProcedures, type WorkbookProcedures } from '../procedures/registry';
import { workbookContext } from '../run/context';
import { findRegisters } from '../run/registers';
import type { Spreadsheet } from '../workbook/services';
import { ensureTab } from '../workbook/tabs';
import { basisOf, checkDraft, draftOf, namesInRow, stepsFromRows } from './procedure-draft';
import { inTabOrder, rowsOfId, snapshot, type TabSnapshot, tabIds } from './procedure-tab';
import type { ProcedureDraft, ProcedureListItem, ProcedurePreview, ProceduresView } from './public';

const plain = (m: Msg) => ({ th: m.th, en: m.en });

/** Every id in use: the tab's (valid or not) and every stored history's. */
export function takenIds(tab: TabSnapshot, known: WorkbookProcedures): string[] {
  return [...tabIds(tab.parsed), ...known.office.map((p) => p.id)];
}

export function listProcedures(ss: Spreadsheet): ProceduresView {
  const sheet = ensureTab(ss, 'procedures');
  const tab = snapshot(sheet);
  const known = readProcedures(ss, { procedures: sheet, values: tab.values });
  const bound = new Map<string, { name: string; gid: number }[]>();
  for (const r of findRegisters(ss)) {
    const list = bound.get(r.procedureId) ?? [];
    list.push({ name: r.sheet.getName(), gid: r.id });
    bound.set(r.procedureId, list);
  }
  const problemsIn = (rows: readonly number[]) =>
    tab.parsed.problems
      .filter((p) => rows.includes(p.row) && p.code !== 'not-used')
      .map((p) => ({ row: p.row, message: plain(p.message) }));
  const item = (id: string, rows: readonly number[], usable: boolean): ProcedureListItem => {
    const latest = id === '' ? null : latestOf(known.history(id));
    const first = inTabOrder(tab.values, rows.slice(0, 1))[0];
    const names = namesInRow(first);
    const th = latest?.procedure.th ?? names.th;
    return {
      id,
      th,
      en: latest?.procedure.en ?? (names.en || th),
      version: latest?.version ?? null,
      steps: usable && latest ? latest.procedure.steps.length : rows.length,
      usable,
      rows,
      registers: id === '' ? [] : (bound.get(id) ?? []),
      problems: problemsIn(rows),
    };
  };
  const items: ProcedureListItem[] = [
    ...tab.parsed.procedures.map((o) => item(o.procedure.id, o.rows, true)),
    // "#row-5", "#catalogue-…": rows whose id cannot be read are listed, to be fixed in the tab.
    ...tab.parsed.rejected.map((r) => item(r.id.startsWith('#') ? '' : r.id, r.rows, false)),
  ];
  // Procedures whose rows were deleted from the tab: their cases still follow the stored versions.
  for (const p of known.office) {
    if (items.some((i) => i.id === p.id)) continue;
    items.push({
      ...item(p.id, [], true),
      problems: [
        {
          row: 0,
          message: {
            th: 'ไม่มีแถวในแท็บ Procedures แล้ว: เรื่องที่เปิดอยู่ใช้ฉบับล่าสุดต่อไป',
            en: 'no longer in the Procedures tab: open cases keep following its latest version',
          },
        },
      ],
    });
  }
  const grouped = new Set(items.flatMap((i) => i.rows));
  return {
    gid: sheet.getSheetId(),
    procedures: items,
    problems: tab.parsed.problems.filter((p) => !grouped.has(p.row)).map((p) => plain(p.message)),
  };
}

export function getProcedureDraft(ss: Spreadsheet, id: string): ProcedureDraft {
  const sheet = ensureTab(ss, 'procedures');
  const tab = snapshot(sheet);
  const known = readProcedures(ss, { procedures: sheet, values: tab.values });
  const rows = rowsOfId(tab.parsed, id);
  const cells = inTabOrder(tab.values, rows);
  const basis = basisOf(cells);
  const valid = tab.parsed.procedures.find((o) => o.procedure.id === id);
  if (valid) return draftOf(valid.procedure, id, basis);
  if (rows.length > 0) {
    // Rows the tab cannot read yet: the officer fixes them as typed.
    const first = cells[0]!;
    return {
      id,
      original: id,
      basis,
      ...namesInRow(first),
      steps: stepsFromRows(cells),
    };
  }
  const stored = latestOf(known.history(id));
  if (stored) return draftOf(stored.procedure, id, '');
  const catalogue = procedureById(id);
  if (!catalogue) throw new Error(`ไม่รู้จักกระบวนงาน / unknown procedure: ${id}`);
  const copy = copyToOffice(catalogue, takenIds(tab, known));
  if (!copy.ok) throw new Error(bilingual(copy.error));
  return { ...draftOf(copy.value.procedure, null, ''), steps: stepsFromRows(copy.value.rows) };
}

/** "2026-12-01" from a date input, or what officers type: "1/12/2569", "๑ ธ.ค. ๒๕๖๙". */
function readStart(text: string): number {
  const iso = dayFromIso(text.trim());
  if (iso !== null) return iso;
  const typed = parseDateText(text);
  if (typed.ok) return typed.value;
  throw new Error(
    `อ่านวันเริ่ม "${text}" ไม่ได้: พิมพ์เช่น 1/12/2569 / cannot read the start date "${text}": type e.g. 1/12/2569`,
  );
}

/** The id a draft is checked under: its own, or a stand-in while a new one has none yet. */
export function draftId(draft: ProcedureDraft): string {
  return draft.original ?? (draft.id.trim() || 'office-new-procedure');
}

export function previewProcedure(
  ss: Spreadsheet,
  utilities: UtilitiesLike,
  now: number,
  draft: ProcedureDraft,
  start: string,
): ProcedurePreview {
  const checked = checkDraft(draft, draftId(draft));
  const problems = checked.problems.map((p) => ({ no: p.no, message: plain(p.message) }));
  const procedure = checked.procedure;
  if (!procedure) return { ok: false, problems, steps: [] };
  const day = readStart(start);
  const context = workbookContext(ss, utilities, now);
  const result = evaluateCase(
    procedure,
    { start: day, done: {}, due: {}, fields: {}, holds: [], status: 'active' },
    context.engine,
    context.today,
  );
  return {
    ok: true,
    problems,
    steps: procedure.steps.map((s, i) => {
      const due = result.steps[i]?.due ?? null;
      return {
        no: stepNoOf(procedure, s.id) ?? i + 1,
        th: s.th,
        en: s.en,
        rule: plain(describeDeadline(s.deadline, procedure)),
        due: due === null ? '' : formatDate(due, { style: 'numeric' }),
      };
    }),
  };
}
