/**
 * Versions of an office procedure. The version goes up only when the rules change (steps, their
 * order, deadlines, conditions: what due dates are computed from); a reworded step stays the same
 * version. A case records the version it was opened under in its register row and keeps those rules
 * until the officer moves it to a newer version. The history is stored by the adapter (one list per
 * procedure) and read back through `HistorySchema`, since it comes from outside the code.
 */
import * as z from 'zod/mini';
import { type Procedure, ProcedureSchema, type Step } from '../catalog/schema';
import type { Day } from '../dates/civil';
import { fromThaiDigits } from '../dates/names';
import { type Msg, msg } from '../i18n/msg';
import { canonical, type DiffOp, describeDiff, diffProcedures } from './diff';
import { hash36, stepNoOf } from './ids';

export const VersionRecordSchema = z.object({
  version: z.number().check(z.int(), z.minimum(1)),
  fingerprint: z.string(),
  /** When and by whom this version was made (the adapter's clock and user; the core has neither). */
  at: z.string(),
  by: z.string(),
  procedure: ProcedureSchema,
});
export type VersionRecord = z.infer<typeof VersionRecordSchema>;

/** One procedure's versions, oldest first. */
export const HistorySchema = z.array(VersionRecordSchema);
export type History = readonly VersionRecord[];

/** The latest version of a history, or undefined for none (Apps Script's V8 has no Array#at to rely on). */
export function latestOf(history: History | null | undefined): VersionRecord | undefined {
  return history ? history[history.length - 1] : undefined;
}

/** A stable fingerprint of the rules: step ids in order, deadlines and conditions, not their wording. */
export function fingerprint(procedure: Procedure): string {
  // A step's alternative joins the fingerprint only when it has one, so versions saved before keep theirs.
  const rules = procedure.steps.map((s) => {
    const rule = [s.id, s.deadline, s.optional === true, s.branch ?? null];
    return s.option === undefined ? rule : [...rule, s.option];
  });
  const text = canonical(rules);
  return `${hash36(text)}-${hash36(`${text.length}:${text}`)}`;
}

type SettleOutcome = 'first' | 'unchanged' | 'reworded' | 'new-version';

export interface Settled {
  readonly history: VersionRecord[];
  readonly version: number;
  readonly outcome: SettleOutcome;
  readonly changes: readonly DiffOp[];
  /** For the log: a summary line, then one line per change. Empty when unchanged. */
  readonly log: readonly Msg[];
}

/**
 * The procedure as the tab now holds it, against its history: the version it is, and what changed.
 * `tabVersion` (the number in the tab's Version column) seeds a lost history, so cases that recorded
 * that number still find their rules.
 */
export function settleVersion(
  history: History,
  procedure: Procedure,
  change: { readonly at: string; readonly by: string },
  tabVersion: number | null = null,
): Settled {
  const latest = history[history.length - 1];
  const print = fingerprint(procedure);
  const name = `${procedure.th} (${procedure.id})`;
  if (!latest) {
    const version = tabVersion !== null && Number.isInteger(tabVersion) && tabVersion >= 1 ? tabVersion : 1;
    const record = { version, fingerprint: print, ...change, procedure };
    return {
      history: [record],
      version,
      outcome: 'first',
      changes: [],
      log: [
        msg(
          `${name}: ฉบับที่ ${version} (${change.by})`,
          `${procedure.en} (${procedure.id}): version ${version} (${change.by})`,
        ),
      ],
    };
  }
  const changes = diffProcedures(latest.procedure, procedure);
  const lines = describeDiff(latest.procedure, procedure, changes);
  // The fingerprint is recomputed, not read from storage: the stored one is for people and files.
  if (fingerprint(latest.procedure) === print) {
    if (changes.length === 0 && canonical(latest.procedure) === canonical(procedure))
      return { history: [...history], version: latest.version, outcome: 'unchanged', changes, log: [] };
    // Wording only: the same version, so every case on it reads the new words.
    const history2 = [...history.slice(0, -1), { ...latest, procedure }];
    const head = msg(
      `${name}: แก้ถ้อยคำ ฉบับที่ ${latest.version} (${change.by})`,
      `${procedure.en} (${procedure.id}): wording of version ${latest.version} edited (${change.by})`,
    );
    return {
      history: history2,
      version: latest.version,
      outcome: 'reworded',
      changes,
      log: [head, ...lines],
    };
  }
  const version = latest.version + 1;
  const head = msg(
    `${name}: ฉบับที่ ${latest.version} → ${version} (${change.by})`,
    `${procedure.en} (${procedure.id}): version ${latest.version} → ${version} (${change.by})`,
  );
  return {
    history: [...history, { version, fingerprint: print, ...change, procedure }],
    version,
    outcome: 'new-version',
    changes,
    log: [head, ...lines],
  };
}

export interface CaseVersion {
  readonly record: VersionRecord;
  /** The version to write into the case's version cell, when it is blank or unknown; else null. */
  readonly stamp: number | null;
  /** A newer version the officer may move the case to. */
  readonly newer: VersionRecord | null;
  readonly problem: Msg | null;
}

/** "3", 3, "๓", "v3", "ฉบับที่ 3" → 3. */
function readCaseVersion(value: unknown): number | null {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1 ? value : null;
  if (typeof value !== 'string') return null;
  const m = /^(?:v|ฉบับที่)?\s*(\d+)$/i.exec(fromThaiDigits(value).trim());
  return m ? Number(m[1]) : null;
}

/** The rules a case follows: the version it recorded if still known, else the latest (and stamp it). */
export function versionForCase(history: History, recorded: unknown): CaseVersion | null {
  const latest = history[history.length - 1];
  if (!latest) return null;
  const wanted = readCaseVersion(recorded);
  const record = wanted === null ? undefined : history.find((r) => r.version === wanted);
  if (record) return { record, stamp: null, newer: record === latest ? null : latest, problem: null };
  const blank =
    recorded === null || recorded === undefined || (typeof recorded === 'string' && recorded.trim() === '');
  return {
    record: latest,
    stamp: latest.version,
    newer: null,
    problem: blank
      ? null
      : msg(
          `ไม่พบฉบับ "${String(recorded)}" ของกระบวนงาน: ใช้ฉบับล่าสุด (${latest.version})`,
          `procedure version "${String(recorded)}" is not known: the latest (${latest.version}) is used`,
        ),
  };
}

export interface MovePlan {
  readonly from: VersionRecord;
  readonly to: VersionRecord;
  readonly changes: readonly DiffOp[];
  readonly text: readonly Msg[];
  /** Steps this case has done that the target version no longer has: their dates stop counting. */
  readonly lost: readonly { readonly no: number; readonly step: Step; readonly done: Day }[];
}

/**
 * What moving a case from its version to another (default: the latest) would change, for the officer
 * to confirm; confirming writes `to.version` into the case's version cell. Done dates are kept by
 * step id, so every step both versions share keeps its date.
 */
export function planMove(
  history: History,
  from: number,
  done: Readonly<Record<string, Day | null | undefined>>,
  to?: number,
): MovePlan | null {
  const source = history.find((r) => r.version === from);
  const target = to === undefined ? history[history.length - 1] : history.find((r) => r.version === to);
  if (!source || !target) return null;
  const kept = new Set(target.procedure.steps.map((s) => s.id));
  const lost = source.procedure.steps.flatMap((step) => {
    const day = done[step.id];
    return kept.has(step.id) || day === null || day === undefined
      ? []
      : [{ no: stepNoOf(source.procedure, step.id) ?? 0, step, done: day }];
  });
  const changes = diffProcedures(source.procedure, target.procedure);
  return {
    from: source,
    to: target,
    changes,
    text: describeDiff(source.procedure, target.procedure, changes),
    lost,
  };
}
