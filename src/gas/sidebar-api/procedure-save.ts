/**
 * Saving a procedure from the sidebar, and sharing one as a file. Either way the rows go into the
 * Procedures tab (that procedure's rows only) and are settled at once, so the version and the log line
 * naming the officer are written by the save itself, not by the next hourly run. A save or an import
 * never replaces a procedure the officer did not choose to replace.
 */
import type { Procedure } from '../../core/catalog/schema';
import { isoFromDay } from '../../core/dates/civil';
import { dayFromInstant } from '../../core/dates/zone';
import { bilingual, type Msg, msg } from '../../core/i18n/msg';
import {
  exportProcedure as exportFile,
  type ImportPlan,
  planImport,
  resolveImport,
} from '../../core/procedures/exchange';
import { officeIdFor, procedureToRows, type TabRow } from '../../core/procedures/to-rows';
import { latestOf, settleVersion } from '../../core/procedures/versions';
import { dateIO, type UtilitiesLike } from '../date-io';
import { readProcedures, settleProcedures } from '../procedures/registry';
import { readHistories } from '../procedures/store';
import { withLock } from '../workbook/lock';
import type { Spreadsheet } from '../workbook/services';
import { ensureTab } from '../workbook/tabs';
import { basisOf, checkDraft, draftToRows } from './procedure-draft';
import { inTabOrder, putProcedure, rowsOfId, snapshot } from './procedure-tab';
import { draftId, getProcedureDraft, takenIds } from './procedures';
import type { ImportCheck, ImportChoice, ImportResult, ProcedureDraft, ProcedureSaved } from './public';

export interface ProcedureServices {
  readonly spreadsheet: Spreadsheet;
  readonly utilities: UtilitiesLike;
  readonly lock: Pick<GoogleAppsScript.Lock.Lock, 'tryLock' | 'releaseLock'>;
  /** Who last edited the Procedures tab by hand (onEdit records it): their pending edits are theirs. */
  readonly editor: string;
  readonly me: string;
  readonly now: number;
}

const fail = (m: Msg): never => {
  throw new Error(bilingual(m));
};

/** Writes the rows, settles the tab, and says what version the procedure is now and what changed. */
function writeAndSettle(
  services: ProcedureServices,
  procedure: Procedure,
  rows: readonly TabRow[],
): ProcedureSaved {
  const ss = services.spreadsheet;
  const at = new Date(services.now);
  const by = services.me || 'แถบข้าง / sidebar';
  // Edits typed in the tab since the last run are settled first, under the name of whoever typed them.
  settleProcedures(ss, at, services.editor || 'Kamnot');
  const tabVersion = putProcedure(ensureTab(ss, 'procedures'), procedure.id, rows);
  const stored = readHistories(ensureTab(ss, 'versions')).byId.get(procedure.id)?.history ?? [];
  const settled = settleVersion(stored, procedure, { at: at.toISOString(), by }, tabVersion);
  settleProcedures(ss, at, by);
  return {
    id: procedure.id,
    version: settled.version,
    outcome: settled.outcome,
    changes: settled.log.slice(1).map((m) => ({ th: m.th, en: m.en })),
    draft: getProcedureDraft(ss, procedure.id),
  };
}

export function saveProcedure(services: ProcedureServices, draft: ProcedureDraft): ProcedureSaved {
  return withLock(services.lock, () => {
    const ss = services.spreadsheet;
    const tab = snapshot(ensureTab(ss, 'procedures'));
    const taken = takenIds(tab, readProcedures(ss));
    // A new procedure with no id gets one from its English name ("office-leave-request").
    const typed =
      draft.original === null && draft.id.trim() === ''
        ? officeIdFor(draft.en || draft.th, taken)
        : draftId(draft);
    const checked = checkDraft(draft, typed);
    if (!checked.procedure) {
      const at = (no: number | null, th: boolean) =>
        no === null ? (th ? 'งาน' : 'procedure') : th ? `ขั้นที่ ${no}` : `step ${no}`;
      fail(
        msg(
          `บันทึกไม่ได้: ${checked.problems.map((p) => `${at(p.no, true)}: ${p.message.th}`).join('; ')}`,
          `not saved: ${checked.problems.map((p) => `${at(p.no, false)}: ${p.message.en}`).join('; ')}`,
        ),
      );
    }
    const procedure = checked.procedure!;
    if (draft.original === null && taken.includes(procedure.id))
      fail(
        msg(
          `รหัสงาน ${procedure.id} มีอยู่แล้ว: ใช้รหัสอื่น หรือเปิดงานนั้นมาแก้`,
          `procedure ID ${procedure.id} is already used: choose another, or edit that procedure`,
        ),
      );
    const current = basisOf(inTabOrder(tab.values, rowsOfId(tab.parsed, procedure.id)));
    if (draft.original !== null && current !== draft.basis)
      fail(
        msg(
          `แถวของงาน ${procedure.id} ในแท็บ Procedures ถูกแก้ไปแล้วหลังจากเปิดมาแก้: เปิดใหม่แล้วแก้อีกครั้ง`,
          `the rows of ${procedure.id} in the Procedures tab changed after you opened it: reopen it and edit again`,
        ),
      );
    // "leave" was read as "office-leave": the rows carry the id as the tab will know it.
    const rows = typed === procedure.id ? checked.rows : draftToRows(draft, procedure.id, null);
    return writeAndSettle(services, procedure, rows);
  });
}

type Choice = ImportChoice;

/** The plan as the page shows it; rows in the tab the parser cannot read count as "already there". */
function checkView(plan: ImportPlan, taken: readonly string[], unreadable: boolean): ImportCheck {
  if (plan.kind === 'invalid')
    return { kind: 'invalid', problems: plan.problems.map((m) => ({ th: m.th, en: m.en })) };
  if (plan.kind === 'conflict')
    return {
      kind: 'conflict',
      id: plan.incoming.id,
      th: plan.incoming.th,
      en: plan.incoming.en,
      steps: plan.incoming.steps.length,
      changes: plan.text.map((m) => ({ th: m.th, en: m.en })),
      sameRules: plan.sameRules,
      suggestedId: plan.suggestedId,
    };
  const p = plan.kind === 'new' ? plan.procedure : plan.existing;
  const base = { id: p.id, th: p.th, en: p.en, steps: p.steps.length };
  if (plan.kind === 'new' && unreadable)
    return {
      ...base,
      kind: 'conflict',
      changes: [
        {
          th: 'แท็บ Procedures มีแถวของรหัสนี้ที่ยังอ่านไม่ได้',
          en: 'the Procedures tab has rows with this ID that cannot be read yet',
        },
      ],
      sameRules: false,
      suggestedId: officeIdFor(p.id, taken),
    };
  return { ...base, kind: plan.kind };
}

export function openProcedureFile(
  services: ProcedureServices,
  body: string,
  wanted: ImportChoice,
): ImportResult {
  const planNow = () => {
    const ss = services.spreadsheet;
    const tab = snapshot(ensureTab(ss, 'procedures'));
    const known = readProcedures(ss);
    const plan = planImport(body, known.office);
    const taken = takenIds(tab, known);
    const unreadable = plan.kind === 'new' && rowsOfId(tab.parsed, plan.procedure.id).length > 0;
    return { plan, taken, check: checkView(plan, taken, unreadable) };
  };
  if (wanted === 'check') return { check: planNow().check, saved: null };
  return withLock(services.lock, () => {
    // Planned again under the lock: what the officer saw may have changed, and a choice never widens.
    const { plan, taken, check } = planNow();
    const chosen = pick(plan, check, wanted as Exclude<Choice, 'check'>, taken);
    return { check, saved: chosen ? writeAndSettle(services, chosen.procedure, chosen.rows) : null };
  });
}

function pick(
  plan: ImportPlan,
  check: ImportCheck,
  choice: Exclude<Choice, 'check'>,
  taken: readonly string[],
): { procedure: Procedure; rows: TabRow[] } | null {
  if (plan.kind === 'invalid')
    return fail(
      msg(
        `นำเข้าไม่ได้: ${plan.problems.map((p) => p.th).join('; ')}`,
        `cannot import: ${plan.problems.map((p) => p.en).join('; ')}`,
      ),
    );
  const copy = (p: Procedure, id: string) => {
    const procedure = { ...p, id, source: { ...p.source, section: id } };
    return { procedure, rows: procedureToRows(procedure, null) };
  };
  if (plan.kind === 'identical')
    return choice === 'new-id' ? copy(plan.existing, officeIdFor(plan.existing.id, taken)) : null;
  if (plan.kind === 'new' && check.kind === 'new')
    return { procedure: plan.procedure, rows: procedureToRows(plan.procedure, null) };
  if (choice === 'add')
    return fail(
      msg(
        `มีงานรหัส ${check.kind === 'conflict' ? check.id : ''} อยู่แล้วและต่างจากไฟล์: เลือก "เพิ่มเป็นรหัสใหม่" หรือ "แทนที่"`,
        `a procedure with ID ${check.kind === 'conflict' ? check.id : ''} exists and differs from the file: choose "add as a new ID" or "replace"`,
      ),
    );
  if (plan.kind === 'conflict') {
    const resolved = resolveImport(plan, choice);
    return { procedure: resolved.procedure, rows: resolved.rows };
  }
  // A new id whose rows in the tab cannot be read: replacing rewrites those rows, new-id adds a copy.
  return choice === 'replace'
    ? { procedure: plan.procedure, rows: procedureToRows(plan.procedure, null) }
    : copy(plan.procedure, check.kind === 'conflict' ? check.suggestedId : plan.procedure.id);
}

export function exportProcedure(
  ss: Spreadsheet,
  utilities: UtilitiesLike,
  now: number,
  id: string,
): { fileName: string; text: string } {
  const latest = latestOf(readProcedures(ss).history(id));
  if (!latest)
    return fail(
      msg(
        `ส่งออกได้เฉพาะกระบวนงานของหน่วยงาน: ไม่พบ ${id}`,
        `only the office's own procedures can be exported: ${id} not found`,
      ),
    );
  const today = dayFromInstant(now, dateIO(utilities, ss.getSpreadsheetTimeZone()).offsetAt);
  const text = exportFile(latest.procedure, {
    exported: isoFromDay(today),
    source: ss.getName(),
    version: latest.version,
  });
  return { fileName: `kamnot-${id}-v${latest.version}.json`, text };
}
