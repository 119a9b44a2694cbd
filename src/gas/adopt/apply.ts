/**
 * "Adopt this tab", second half: the officer's mapping is checked (an error refuses with nothing
 * written), then Kamnot's block of columns is inserted (right of the table, or where the officer
 * placed it), its header cells written on the header row, the tab bound and Kamnot's columns
 * dressed. The office's cells are never written: they only move right when the block goes inside
 * the table. The record of what was added is kept on the tab, so that stopping undoes exactly that.
 */

import { planAdoption } from '../../core/adopt/plan';
import { validateMapping } from '../../core/adopt/validate';
import type { Msg } from '../../core/i18n/msg';
import { registerLayout } from '../../core/register/layout';
import type { UtilitiesLike } from '../date-io';
import { readProcedures } from '../procedures/registry';
import { workbookContext } from '../run/context';
import { appendLog } from '../run/log';
import { bindingValue, registerTab } from '../run/registers';
import { updateRegister } from '../run/update-register';
import type { AdoptionResult } from '../sidebar-api/public';
import { type LockLike, withLock } from '../workbook/lock';
import { bindSheet, inputRule } from '../workbook/register-tab';
import type { Builders, Spreadsheet } from '../workbook/services';
import { unreadableView } from './propose';
import { adoptableTabs, readTab } from './read';
import { ADOPTION_KEY, recordValue } from './record';

export interface AdoptServices {
  readonly spreadsheet: Spreadsheet;
  readonly builders: Builders;
  readonly utilities: UtilitiesLike;
  readonly lock: LockLike;
  readonly now: number;
  readonly who: string;
}

export interface AdoptRequest {
  readonly gid: number;
  readonly procedureId: string;
  /** Input key → 0-based column, null for none. */
  readonly mapping: Readonly<Record<string, number | null>>;
  /** 0-based column Kamnot's block goes before; right of the table when absent. */
  readonly at?: number;
  readonly addInputs?: readonly string[];
  /** 0-based column → the header the officer saw in the proposal: a tab changed since is refused. */
  readonly expectHeaders?: Readonly<Record<number, string>>;
}

const refuse = (messages: readonly Msg[]): Error =>
  new Error(`${messages.map((m) => m.th).join('; ')} / ${messages.map((m) => m.en).join('; ')}`);

export function adoptTab(s: AdoptServices, request: AdoptRequest): AdoptionResult {
  return withLock(s.lock, () => adopt(s, request));
}

function adopt(s: AdoptServices, request: AdoptRequest): AdoptionResult {
  const ss = s.spreadsheet;
  const sheet = adoptableTabs(ss).find((t) => t.getSheetId() === request.gid);
  if (!sheet) throw new Error('ไม่พบแท็บนี้ หรือแท็บนี้เป็นทะเบียนอยู่แล้ว / the tab is gone or is already a register');
  const procedures = readProcedures(ss);
  const procedure = procedures.latest(request.procedureId);
  if (!procedure) throw new Error(`ไม่รู้จักกระบวนงาน / unknown procedure: ${request.procedureId}`);
  const layout = registerLayout(procedure, { versioned: procedures.history(procedure.id) !== null });

  const { analysis, name } = readTab(ss, s.utilities, sheet);
  // The mapping names columns by letter: if a column was inserted, moved or retitled since the
  // proposal, the letters no longer mean what the officer confirmed.
  const labels = new Map(analysis.columns.map((c) => [c.index, c.label]));
  for (const [c, text] of Object.entries(request.expectHeaders ?? {})) {
    if ((labels.get(Number(c)) ?? '') !== text)
      throw new Error(
        `แท็บ "${name}" เปลี่ยนไปหลังจาก Kamnot เสนอการจับคู่: เสนอใหม่แล้วตรวจอีกครั้ง / the tab "${name}" changed after the proposal: propose again and check it`,
      );
  }
  const mapping: Record<string, number | null> = {};
  for (const c of layout.inputs) mapping[c.key] = null;
  Object.assign(mapping, request.mapping);
  const checked = validateMapping(mapping, analysis, procedure);
  if (!checked.ok) throw refuse(checked.errors);
  const header = analysis.header!;
  if (request.at !== undefined && request.at > header.width)
    throw new Error(
      'วางคอลัมน์ของ Kamnot ได้ภายในตารางหรือทางขวาของตารางเท่านั้น / Kamnot’s columns go inside the table or right of it',
    );
  const wanted = new Set(layout.inputs.map((c) => c.key));
  const addInputs = (request.addInputs ?? []).filter((k) => wanted.has(k) && mapping[k] === null);
  const planned = planAdoption(mapping, header, procedure, {
    ...(request.at === undefined ? {} : { at: request.at }),
    addInputs,
    layout,
  });
  if (!planned.ok) throw refuse([planned.error]);
  const plan = planned.value;

  // One block of new columns; they take their neighbour's formats, which are not Kamnot's: cleared.
  if (plan.insertAt === 0) sheet.insertColumnsBefore(1, plan.count);
  else sheet.insertColumnsAfter(plan.insertAt, plan.count);
  const headerRow = plan.headerRow + 1;
  const firstDataRow = plan.firstDataRow + 1;
  const below = sheet.getRange(headerRow, plan.insertAt + 1, sheet.getMaxRows() - headerRow + 1, plan.count);
  below.clearFormat();
  below.clearDataValidations();
  const head = sheet.getRange(headerRow, plan.insertAt + 1, 1, plan.count);
  head.setValues([plan.added.map((a) => a.text)]);
  head.setNotes([plan.added.map((a) => `${a.help.th}\n${a.help.en}`)]);
  head.setFontWeight('bold');
  head.setWrap(true);
  const rows = sheet.getMaxRows() - firstDataRow + 1;
  for (const a of plan.added) {
    const rule = a.input ? inputRule(sheet, s.builders, a) : null;
    if (rule && rows > 0) sheet.getRange(firstDataRow, a.column + 1, rows, 1).setDataValidation(rule);
  }

  const officeIds = !plan.added.some((a) => a.key === 'case-id');
  const value = bindingValue({ procedureId: procedure.id, headerRow, absent: plan.record.absent, officeIds });
  const columnOf = new Map<string, number>();
  for (const [key, c] of Object.entries(plan.columnOf)) if (c !== null) columnOf.set(key, c);
  bindSheet(sheet, s.builders, layout, columnOf, { value, firstDataRow });
  sheet.addDeveloperMetadata(ADOPTION_KEY, recordValue(plan.record));
  appendLog(
    ss,
    new Date(s.now),
    'adopt',
    `${name}: ${procedure.id}; +${plan.count} คอลัมน์ / columns at ${plan.insertAt + 1}; ${JSON.stringify(plan.record.bound)}`,
    s.who,
  );
  const computed = computeNow(s, sheet, value, procedures);
  return {
    name,
    gid: request.gid,
    added: plan.count,
    cases: computed ?? 0,
    unreadable: unreadableView(checked.unreadable, analysis.offsetAt),
    warnings: [
      ...checked.warnings.map((w) => ({ th: w.th, en: w.en })),
      ...(computed === null ? [LATER] : []),
    ],
  };
}

const LATER = {
  th: 'คอลัมน์ของ Kamnot จะคำนวณในการตรวจรอบถัดไป',
  en: "Kamnot's columns are computed at the next check",
};

/**
 * Kamnot's columns filled at once, so the officer sees the result; the hourly run would do the same.
 * A failure here leaves the adoption in place (null): the next run computes the register.
 */
function computeNow(
  s: AdoptServices,
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  value: string,
  procedures: ReturnType<typeof readProcedures>,
): number | null {
  try {
    const context = workbookContext(s.spreadsheet, s.utilities, s.now, { procedures });
    // The first ids of an adopted tab: no id was ever given in it before.
    const outcome = updateRegister(registerTab(sheet, value), context, 0n);
    return outcome.ok ? outcome.value.cases : null;
  } catch {
    return null;
  }
}
