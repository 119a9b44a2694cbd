/**
 * The proposed mapping of a tab's columns to a procedure's register fields, for the officer to
 * confirm or correct. One column per field and one field per column: the best-scoring pairs are
 * taken first; generic "done" columns then go to steps in step order, left to right.
 */
import type { Procedure } from '../catalog/schema';
import { columnLetters } from '../cells';
import { isRequesterStep } from '../engine/requester';
import { type Msg, msg } from '../i18n/msg';
import type { ColumnType } from '../register/layout';
import type { AnalyseOptions, TabAnalysis } from './analyse';
import type { Grid } from './grid';
import { ACCEPT, officeKindOf, type Scored, scorePair, type Target, targetsOf } from './score';
import { dateShare, type UnreadableCell } from './sniff';
import { matchKind, type OfficeKind } from './synonyms';
import { asAnalysis, type Mapping, unreadableIn } from './validate';

interface FieldProposal {
  /** The register input key: `start`, `done:<step>`, `field:<id>`… */
  readonly key: string;
  readonly header: Msg;
  readonly type: ColumnType;
  /** 0-based tab column, or null when the tab has none. */
  readonly column: number | null;
  /** 0..1: how sure the proposal is; 0 when no column was found. */
  readonly confidence: number;
  readonly reasons: readonly Msg[];
  /** The header named this field itself (its label, its step), not a word every register uses. */
  readonly specific: boolean;
}

/** A tab column no field took: it stays the office's, recognised or not. */
interface OfficeColumn {
  readonly column: number;
  readonly label: string;
  readonly kind: OfficeKind | null;
}

export interface Proposal {
  readonly procedureId: string;
  /** 0-based header row, or null when the tab has none. */
  readonly headerRow: number | null;
  readonly fields: readonly FieldProposal[];
  readonly mapping: Mapping;
  readonly officeColumns: readonly OfficeColumn[];
  /** Cells of the proposed date columns that cannot be read: listed, never changed. */
  readonly unreadable: readonly UnreadableCell[];
  readonly problems: readonly Msg[];
}

interface Pick {
  readonly column: number;
  readonly scored: Scored;
}

const ORDER_REASON = msg(
  'คอลัมน์วันที่เสร็จที่ไม่ระบุขั้นตอน: เรียงตามลำดับขั้นตอนจากซ้ายไปขวา',
  'a "done" date column naming no step: steps taken in order, left to right',
);
const DUE_ORDER_REASON = msg(
  'คอลัมน์กำหนดส่งที่ไม่ระบุขั้นตอน: เรียงตามลำดับขั้นตอนที่หน่วยงานอื่นกำหนดวัน จากซ้ายไปขวา',
  'a due-date column naming no step: steps whose date others set, in order, left to right',
);
const LAST_REASON = msg(
  'มีคอลัมน์วันที่เสร็จคอลัมน์เดียว: ถือเป็นวันที่เรื่องเสร็จ (ขั้นตอนสุดท้าย)',
  'the only "done" date column: taken as the day the case was finished (its last step)',
);
const LEFTOVER_REASON = msg(
  'คอลัมน์วันที่ที่เหลือ: เรียงตามลำดับขั้นตอนจากซ้ายไปขวา (โปรดตรวจสอบ)',
  'a remaining date column: steps taken in order, left to right (please check)',
);
const FILED_REASON = msg(
  'วันที่ผู้ขอยื่นเรื่องคือวันที่หน่วยงานรับเรื่อง: ใช้เป็นวันที่รับเรื่อง',
  'the day the requester filed is the day the office received it: used as the date received',
);
const FIRST_DATE_REASON = msg(
  'ไม่พบหัวคอลัมน์วันที่รับเรื่อง: ใช้คอลัมน์วันที่แรกทางซ้าย (โปรดตรวจสอบ)',
  'no date-received header: the leftmost date column is used (please check)',
);

export function proposeMapping(
  tab: TabAnalysis | Grid,
  procedure: Procedure,
  options: AnalyseOptions = {},
): Proposal {
  const analysis = asAnalysis(tab, options);
  const proposal = proposeFields(analysis, procedure);
  return { ...proposal, unreadable: unreadableIn(analysis, proposal.mapping, procedure) };
}

/** The proposal without the scan of every date cell: ranking the catalogue needs only the fit. */
export function proposeFields(analysis: TabAnalysis, procedure: Procedure): Omit<Proposal, 'unreadable'> {
  const targets = targetsOf(procedure);
  const cols = analysis.columns;
  const office = cols.map(officeKindOf);
  const picks = new Map<string, Pick>();
  const taken = new Set<number>();
  const take = (t: Target, column: number, scored: Scored) => {
    picks.set(t.column.key, { column, scored });
    taken.add(column);
  };

  // 1. Best pairs first; a column the office's own kinds claim more strongly stays the office's.
  const pairs: { t: number; c: number; s: Scored }[] = [];
  targets.forEach((t, ti) => {
    for (const col of cols) {
      const s = scorePair(t, col);
      if (s && s.score >= ACCEPT && s.score > (office[col.index]?.score ?? 0))
        pairs.push({ t: ti, c: col.index, s });
    }
  });
  pairs.sort((a, b) => b.s.score - a.s.score || a.t - b.t || a.c - b.c);
  for (const p of pairs) {
    const t = targets[p.t]!;
    if (!picks.has(t.column.key) && !taken.has(p.c)) take(t, p.c, p.s);
  }

  const free = (c: number) => !taken.has(c) && (office[c]?.score ?? 0) < ACCEPT;
  const stepTargets = (kind: 'done' | 'due') =>
    targets.filter((t) => t.kind === kind && t.step && !t.step.branch && t.stepIndex !== undefined);
  // 2. Generic "กำหนดส่ง" and "วันที่เสร็จ" columns, in step order.
  const generic = (kind: 'done' | 'due') =>
    cols.filter((c) => {
      if (!free(c.index) || (matchKind(c.header, kind)?.score ?? 0) < 0.5) return false;
      return kind === 'due' ? c.header.dueHint : !c.header.dueHint;
    });
  inOrder(generic('due'), stepTargets('due'), picks, take, DUE_ORDER_REASON, 0.6);
  const doneColumns = generic('done');
  const doneSteps = stepTargets('done');
  const lastStep = doneSteps[doneSteps.length - 1];
  if (
    doneColumns.length === 1 &&
    lastStep &&
    !picks.has(lastStep.column.key) &&
    fitsOrder(lastStep, doneColumns[0]!.index, picks, targets)
  ) {
    const col = doneColumns[0]!;
    take(lastStep, col.index, {
      score: 0.6,
      reasons: [matchReason(col.label, col.index), LAST_REASON],
      specific: false,
    });
  } else {
    inOrder(doneColumns, doneSteps, picks, take, ORDER_REASON, 0.6);
  }

  // 3a. No date-received header, but the requester's own filing date ("วันที่ยื่นคำร้อง"): the office
  // received the request that day, so it is the start (and the engine reads that step as done then).
  const start = targets.find((t) => t.column.key === 'start');
  if (start && !picks.has('start')) {
    const filed = targets.find(
      (t) => t.kind === 'done' && t.step && isRequesterStep(t.step) && picks.has(t.column.key),
    );
    const pick = filed && picks.get(filed.column.key);
    if (filed && pick) {
      picks.delete(filed.column.key);
      picks.set('start', {
        column: pick.column,
        scored: { ...pick.scored, reasons: [...pick.scored.reasons, FILED_REASON], specific: false },
      });
    }
  }
  // 3b. No date-received header: the leftmost free date column, left of every step already placed.
  const dateColumns = cols.filter((c) => free(c.index) && c.values.filled > 0 && dateShare(c.values) >= 0.6);
  if (start && !picks.has('start')) {
    const firstStep = Math.min(...[...picks].filter(([k]) => k.startsWith('done:')).map(([, p]) => p.column));
    const first = dateColumns.find((c) => c.index < firstStep);
    if (first)
      take(start, first.index, {
        score: ACCEPT,
        reasons: [matchReason(first.label, first.index), FIRST_DATE_REASON],
        specific: false,
      });
  }
  // 4. Date columns still free, right of the start: the remaining steps, in order (low confidence).
  const startColumn = picks.get('start')?.column ?? -1;
  inOrder(
    dateColumns.filter((c) => free(c.index) && c.index > startColumn),
    doneSteps,
    picks,
    take,
    LEFTOVER_REASON,
    ACCEPT,
  );

  // A letter's number is the case id when the tab has no id of its own (the office's reference).
  const doc = picks.get('doc-no');
  if (doc && !picks.has('case-id')) {
    picks.set('case-id', doc);
    picks.delete('doc-no');
  }

  const fields: FieldProposal[] = targets.map((t) => {
    const p = picks.get(t.column.key);
    const base = { key: t.column.key, header: t.column.header, type: t.column.type };
    if (!p) {
      return {
        ...base,
        column: null,
        confidence: 0,
        reasons: [msg('ไม่พบคอลัมน์ที่ตรงกัน: ถือว่าว่าง', 'no matching column: read as blank')],
        specific: false,
      };
    }
    const confidence = Math.round(Math.min(1, p.scored.score) * 100) / 100;
    return { ...base, column: p.column, confidence, reasons: p.scored.reasons, specific: p.scored.specific };
  });
  const mapping: Record<string, number | null> = {};
  for (const f of fields) mapping[f.key] = f.column;
  const problems: Msg[] = [];
  if (!analysis.header)
    problems.push(msg('ไม่พบแถวหัวตาราง: เลือกแถวหัวตารางเอง', 'no header row found: choose it yourself'));
  else if (mapping.start === null)
    problems.push(msg('ไม่พบคอลัมน์วันที่รับเรื่อง: โปรดเลือก', 'no date-received column found: please choose one'));
  problems.push(...sameHeaders(cols, fields));
  return {
    procedureId: procedure.id,
    headerRow: analysis.header?.row ?? null,
    fields,
    mapping,
    officeColumns: cols
      .filter((c) => !taken.has(c.index))
      .map((c) => ({ column: c.index, label: c.label, kind: office[c.index]?.kind ?? null })),
    problems,
  };
}

/** Two columns with one header, one of them proposed for a field: say which one Kamnot reads. */
function sameHeaders(
  cols: readonly { index: number; label: string }[],
  fields: readonly FieldProposal[],
): Msg[] {
  const byLabel = new Map<string, number[]>();
  for (const c of cols) {
    const key = c.label.replace(/\s+/g, ' ').trim();
    if (key !== '') byLabel.set(key, [...(byLabel.get(key) ?? []), c.index]);
  }
  const out: Msg[] = [];
  for (const [label, at] of byLabel) {
    if (at.length < 2) continue;
    const letters = at.map((c) => columnLetters(c + 1)).join(', ');
    const used = fields.filter((f) => f.column !== null && at.includes(f.column));
    const read = used.map((f) => `${columnLetters(f.column! + 1)} = "${f.header.th}"`).join(', ');
    const readEn = used.map((f) => `${columnLetters(f.column! + 1)} as "${f.header.en}"`).join(', ');
    out.push(
      used.length
        ? msg(
            `หัวตาราง "${label}" ซ้ำกัน ${at.length} คอลัมน์ (${letters}): Kamnot อ่าน ${read} เท่านั้น: ตรวจว่าถูกคอลัมน์`,
            `${at.length} columns are headed "${label}" (${letters}): Kamnot reads ${readEn} only: check it is the right one`,
          )
        : msg(
            `หัวตาราง "${label}" ซ้ำกัน ${at.length} คอลัมน์ (${letters}): Kamnot ไม่ได้ใช้คอลัมน์เหล่านี้`,
            `${at.length} columns are headed "${label}" (${letters}): Kamnot uses none of them`,
          ),
    );
  }
  return out;
}

function matchReason(label: string, column: number): Msg {
  return msg(
    `คอลัมน์ ${columnLetters(column + 1)} "${label}"`,
    `column ${columnLetters(column + 1)} "${label}"`,
  );
}

/** Placing step s at column c keeps every placed step left of later steps and right of earlier ones. */
function fitsOrder(
  s: Target,
  c: number,
  picks: ReadonlyMap<string, Pick>,
  targets: readonly Target[],
): boolean {
  for (const t of targets) {
    if (t.kind !== s.kind || t.stepIndex === undefined || t === s) continue;
    const p = picks.get(t.column.key);
    if (!p) continue;
    if (t.stepIndex < s.stepIndex! && p.column > c) return false;
    if (t.stepIndex > s.stepIndex! && p.column < c) return false;
  }
  return true;
}

/** Columns left to right onto the first free step that keeps the order. */
function inOrder(
  columns: readonly { index: number; label: string }[],
  steps: readonly Target[],
  picks: Map<string, Pick>,
  take: (t: Target, column: number, s: Scored) => void,
  reason: Msg,
  score: number,
): void {
  for (const col of [...columns].sort((a, b) => a.index - b.index)) {
    const s = steps.find((t) => !picks.has(t.column.key) && fitsOrder(t, col.index, picks, steps));
    if (s)
      take(s, col.index, { score, reasons: [matchReason(col.label, col.index), reason], specific: false });
  }
}
