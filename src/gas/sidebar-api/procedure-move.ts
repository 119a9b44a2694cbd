/**
 * Moving one case to its procedure's latest version: a case keeps the rules it was opened under until
 * an officer chooses otherwise. The plan says what would change (the differences, the due date before
 * and after, done steps that stop counting); confirming writes the version cell and recomputes the row
 * as an edit of that cell would, so the audit log names who moved it.
 */
import { formatDate } from '../../core/dates/format';
import { bilingual, type Msg, msg } from '../../core/i18n/msg';
import { planMove } from '../../core/procedures/versions';
import type { UtilitiesLike } from '../date-io';
import { workbookContext } from '../run/context';
import { onRegisterEdit } from '../run/edit';
import { type BoundRow, evaluateBound } from '../run/evaluate-bound';
import { findRegisters, readRegister } from '../run/registers';
import { withLock } from '../workbook/lock';
import type { Spreadsheet } from '../workbook/services';
import type { CaseMoved, CaseMovePlan } from './public';

const fail = (m: Msg): never => {
  throw new Error(bilingual(m));
};

const plain = (m: Msg) => ({ th: m.th, en: m.en });

function stateOf(row: BoundRow): { step: CaseMovePlan['before']['step']; due: string } {
  const step = row.procedure.steps.find((s) => s.id === row.result?.current);
  const due = row.result?.due ?? null;
  return {
    step: step ? { th: step.th, en: step.en } : null,
    due: due === null ? '' : formatDate(due, { style: 'numeric' }),
  };
}

interface Found {
  readonly plan: CaseMovePlan;
  readonly range: GoogleAppsScript.Spreadsheet.Range;
}

function find(ss: Spreadsheet, utilities: UtilitiesLike, now: number, gid: number, row: number): Found {
  const context = workbookContext(ss, utilities, now);
  const tab = findRegisters(ss).find((t) => t.id === gid);
  if (!tab) return fail(msg('ไม่พบทะเบียนนี้', 'this register is not found'));
  const read = readRegister(tab, context.procedures, { head: true });
  if (!read.ok) return fail(read.error);
  const { bound, values: head } = read.value;
  if (bound.problems.length > 0) return fail(bound.problems[0]!);
  const sheet = tab.sheet;
  // The head read spans every column of the tab.
  const width = head[0]?.length ?? 0;
  const history = bound.history;
  if (!history)
    return fail(
      msg(
        `ทะเบียน "${bound.name}" ใช้กระบวนงานจากคลัง ซึ่งไม่มีฉบับให้ย้าย`,
        `register "${bound.name}" follows a catalogue procedure, which has no versions to move between`,
      ),
    );
  const notCase = msg(
    `แถว ${row} ไม่ใช่เรื่องในทะเบียน "${bound.name}"`,
    `row ${row} is not a case of register "${bound.name}"`,
  );
  if (!Number.isInteger(row) || row <= bound.headerRow || row > sheet.getLastRow()) return fail(notCase);
  const versionAt = bound.columnOf.get('kamnot:version') ?? -1;
  if (versionAt < 0)
    return fail(
      msg(`ทะเบียน "${bound.name}" ไม่มีคอลัมน์ฉบับขั้นตอนงาน`, `register "${bound.name}" has no version column`),
    );
  const values = sheet.getRange(row, 1, 1, width).getValues()[0] ?? [];
  const [now0] = evaluateBound(bound, [values], context);
  if (!now0?.result || now0.version === null) return fail(notCase);
  const latest = history[history.length - 1]!;
  if (now0.version === latest.version)
    return fail(
      msg(
        `เรื่องในแถว ${row} ใช้ฉบับล่าสุด (${latest.version}) อยู่แล้ว`,
        `the case on row ${row} already follows the latest version (${latest.version})`,
      ),
    );
  const move = planMove(history, now0.version, now0.parsed.input.done);
  if (!move) return fail(notCase);
  const moved = [...values];
  moved[versionAt] = latest.version;
  const [after] = evaluateBound(bound, [moved], context);
  return {
    plan: {
      register: bound.name,
      gid,
      row,
      caseId: now0.parsed.caseId,
      subject: now0.parsed.subject,
      from: now0.version,
      to: latest.version,
      changes: move.text.map(plain),
      lost: move.lost.map((l) => ({
        no: l.no,
        step: { th: l.step.th, en: l.step.en },
        done: formatDate(l.done, { style: 'numeric' }),
      })),
      before: stateOf(now0),
      after: after ? stateOf(after) : { step: null, due: '' },
    },
    range: sheet.getRange(row, versionAt + 1),
  };
}

export function planCaseMove(
  ss: Spreadsheet,
  utilities: UtilitiesLike,
  now: number,
  gid: number,
  row: number,
): CaseMovePlan {
  return find(ss, utilities, now, gid, row).plan;
}

export function moveCase(
  ss: Spreadsheet,
  utilities: UtilitiesLike,
  lock: Pick<GoogleAppsScript.Lock.Lock, 'tryLock' | 'releaseLock'>,
  now: number,
  me: string,
  request: { readonly gid: number; readonly row: number; readonly version: number },
): CaseMoved {
  return withLock(lock, () => {
    const { plan, range } = find(ss, utilities, now, request.gid, request.row);
    if (plan.to !== request.version)
      fail(
        msg(
          `กระบวนงานเปลี่ยนเป็นฉบับที่ ${plan.to} แล้ว: ดูผลการย้ายอีกครั้ง`,
          `the procedure is now at version ${plan.to}: check the move again`,
        ),
      );
    range.setValue(plan.to);
    // Recomputed and logged exactly as if the officer had typed the new version into the cell.
    onRegisterEdit(
      ss,
      utilities,
      { range, oldValue: plan.from, value: plan.to, user: { getEmail: () => me } },
      now,
    );
    return { register: plan.register, gid: plan.gid, row: plan.row, version: plan.to, ...plan.after };
  });
}
