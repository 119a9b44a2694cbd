/**
 * How well one tab column fits one register input column: the header's words (what the office
 * called it) weighed against its values (what the office put in it). Each score comes with the
 * reasons the sidebar shows the officer, Thai first.
 */
import type { Procedure, Step } from '../catalog/schema';
import { columnLetters } from '../cells';
import { type Msg, msg } from '../i18n/msg';
import type { Column, ColumnType } from '../register/layout';
import { mappableInputs, registerLayout } from '../register/layout';
import type { TabColumn } from './analyse';
import { containment, length, type NormalHeader, normaliseText, stepText } from './normalise';
import { type ColumnSniff, dateShare, isDateColumn } from './sniff';
import {
  FIELD_ALIASES,
  type HeaderKind,
  type InputKind,
  matchKind,
  matchWords,
  OFFICE_KINDS,
  type OfficeKind,
  type Word,
  type WordMatch,
  word,
  wordsFor,
} from './synonyms';

/** One register input column to find in the tab. */
export interface Target {
  readonly column: Column;
  readonly kind: InputKind | 'field';
  /** For done/due columns: the step and its 0-based place in the procedure. */
  readonly step?: Step;
  readonly stepIndex?: number;
  /** Words naming this column beyond its kind's: the case field's label and aliases. */
  readonly words: readonly Word[];
}

export interface Scored {
  readonly score: number;
  readonly reasons: readonly Msg[];
  /** The header named this target itself (a field's label, a step's name or number), not a generic word. */
  readonly specific: boolean;
}

/** Below this a column is not proposed for a field. */
export const ACCEPT = 0.35;

const KIND_OF_KEY: Readonly<Record<string, InputKind>> = {
  'case-id': 'case-id',
  'doc-no': 'doc-no',
  subject: 'subject',
  assignee: 'assignee',
  start: 'start',
  'hold-from': 'hold-from',
  'hold-to': 'hold-to',
  status: 'status',
};

/** Every input column of the procedure's register layout, with what identifies it. */
export function targetsOf(procedure: Procedure): Target[] {
  const layout = registerLayout(procedure);
  const steps = new Map(procedure.steps.map((s, i) => [s.id, { s, i }]));
  const fields = new Map(procedure.fields.map((f) => [f.id, f]));
  return mappableInputs(layout).map((column) => {
    const [prefix, id = ''] = column.key.split(/:(.*)/s) as [string, string?];
    if (prefix === 'done' || prefix === 'due') {
      const found = steps.get(id);
      return { column, kind: prefix, step: found?.s, stepIndex: found?.i, words: [] } as Target;
    }
    if (prefix === 'branch') {
      const labels = [column.header.th, column.header.en].map((l) => word(l, 1));
      const aliases = (FIELD_ALIASES[id] ?? []).map((a) => word(a, 0.95));
      return { column, kind: 'field', words: [...labels, ...aliases].filter((w) => w.key !== '') };
    }
    if (prefix === 'field') {
      const f = fields.get(id);
      const labels = f ? [f.th, f.en, ...f.th.split(/[(/)]/), ...f.en.split(/[(/)]/)] : [];
      const words = [
        ...labels.map((l, i) => word(l.trim(), i < 2 ? 1 : 0.9)).filter((w) => w.key !== ''),
        ...(FIELD_ALIASES[id] ?? []).map((a) => word(a, 0.95)),
        ...(f?.type === 'quarter' ? wordsFor('quarter') : []),
      ];
      return { column, kind: 'field', words };
    }
    return { column, kind: KIND_OF_KEY[column.key] ?? 'field', words: [] };
  });
}

const pct = (share: number) => `${Math.round(share * 100)}%`;

/** How well the values suit a column type, 0..1, with the reason in words. */
function valueFit(type: ColumnType, v: ColumnSniff): { fit: number; reason: Msg | null } {
  if (v.filled === 0) return { fit: 0.5, reason: null };
  const s = v.share;
  const say = (share: number, th: string, en: string) =>
    msg(`${pct(share)} ของค่าเป็น${th}`, `${pct(share)} of the values are ${en}`);
  switch (type) {
    case 'date': {
      const d = Math.min(1, dateShare(v));
      return { fit: d, reason: say(d, 'วันที่', 'dates') };
    }
    case 'person': {
      const p = Math.min(1, s.person + 0.8 * s.email + 0.5 * s.name);
      return { fit: p, reason: say(s.person + s.email + s.name, 'ชื่อคนหรืออีเมล', 'names or emails') };
    }
    case 'text': {
      const t = s['long-text'] + 0.8 * s['short-text'] + 0.7 * (s.name + s.person) + 0.3 * s.code;
      return {
        fit: Math.min(1, t),
        reason: say(s['long-text'] + s['short-text'] + s.name + s.person, 'ข้อความ', 'text'),
      };
    }
    case 'id': {
      if (v.sequence) return { fit: 0.3, reason: msg('ค่าเป็นเลขลำดับ 1, 2, 3…', 'the values count 1, 2, 3…') };
      const base = s.code + 0.5 * s['short-text'] + 0.4 * s.number;
      return {
        fit: Math.min(1, base) * (0.5 + 0.5 * v.uniqueShare),
        reason: say(s.code, 'เลขที่หนังสือหรือรหัส', 'reference numbers'),
      };
    }
    case 'status':
      return {
        fit: Math.min(1, s.status + 0.3 * s['short-text']),
        reason: say(s.status, 'คำบอกสถานะ', 'status words'),
      };
    case 'number':
      return { fit: s.number, reason: say(s.number, 'ตัวเลข', 'numbers') };
    case 'quarter':
      return { fit: v.quarterShare, reason: say(v.quarterShare, 'ไตรมาส', 'quarters') };
    case 'choice':
      return { fit: s['short-text'], reason: say(s['short-text'], 'ข้อความสั้น', 'short text') };
  }
}

/** Header evidence and value evidence together: values confirm a header or overrule it. */
function combine(header: number, fit: number, filled: number): number {
  const w = Math.min(filled, 5) / 5;
  return header * ((1 - w) * 0.8 + w * (0.4 + 0.6 * fit));
}

function headerReason(col: TabColumn, m: WordMatch): Msg {
  const where = `${columnLetters(col.index + 1)} "${col.label}"`;
  if (m.how === 'exact')
    return msg(`หัวคอลัมน์ ${where} ตรงกับ "${m.word.raw}"`, `header ${where} matches "${m.word.raw}"`);
  if (m.how === 'contains')
    return msg(`หัวคอลัมน์ ${where} มีคำว่า "${m.word.raw}"`, `header ${where} contains "${m.word.raw}"`);
  return msg(`หัวคอลัมน์ ${where} ใกล้เคียงกับ "${m.word.raw}"`, `header ${where} resembles "${m.word.raw}"`);
}

// English step headers are past tenses of the manual's verbs: "Checked", "Sent to ESA", "Notified".
const IRREGULAR: Readonly<Record<string, string>> = {
  sent: 'send',
  made: 'make',
  gave: 'give',
  held: 'hold',
  met: 'meet',
  paid: 'pay',
  told: 'tell',
};
const EN_STOP = new Set(
  'to the a an and of for with in at it its on by date dated done completed complete completion finished due deadline target when'.split(
    ' ',
  ),
);

function stems(text: string): string[] {
  return normaliseText(text)
    .split(' ')
    .filter((w) => /^[a-z]+$/.test(w) && !EN_STOP.has(w))
    .map((w) => IRREGULAR[w] ?? w.replace(/(?:ing|ed|es|s)$/, ''));
}

const sameStem = (a: string, b: string) =>
  a === b || (a.length >= 4 && b.length >= 4 && a.slice(0, 4) === b.slice(0, 4));

/** Share of the header's English words found among the step's, 0..1. */
function wordOverlap(header: string, step: string): number {
  const h = stems(header);
  if (h.length === 0) return 0;
  const s = stems(step);
  return h.filter((w) => s.some((x) => sameStem(w, x))).length / h.length;
}

/** A step named by its number, or by enough of its own words ("ตรวจสอบเอกสาร", "Sent to ESA"). */
/** `specific` is false for a bare step number: "ขั้นที่ 2" fits every procedure with two steps. */
function stepMatch(
  col: TabColumn,
  step: Step,
  index: number,
): { score: number; reason: Msg; specific: boolean } | null {
  const h = col.header;
  const where = `${columnLetters(col.index + 1)} "${col.label}"`;
  if (h.stepNumber === index + 1)
    return {
      specific: false,
      score: 0.9,
      reason: msg(`หัวคอลัมน์ ${where} ระบุขั้นตอนที่ ${index + 1}`, `header ${where} names step ${index + 1}`),
    };
  if ([...h.stepKey].length < 4) return null;
  const sim = !/[\u0e00-\u0e7f]/.test(h.text)
    ? wordOverlap(h.text, step.en)
    : containment(h.stepKey, stepText(step.th));
  if (sim < 0.6) return null;
  return {
    specific: true,
    score: 0.85 * sim,
    reason: msg(`หัวคอลัมน์ ${where} ตรงกับขั้นตอน "${step.th}"`, `header ${where} matches the step "${step.en}"`),
  };
}

// A header's match with a fixed kind is the same for every procedure: worked out once per tab.
const kindMatches = new WeakMap<NormalHeader, Map<HeaderKind, WordMatch | null>>();

function kindMatch(h: NormalHeader, kind: HeaderKind): WordMatch | null {
  let known = kindMatches.get(h);
  if (!known) {
    known = new Map();
    kindMatches.set(h, known);
  }
  if (!known.has(kind)) known.set(kind, matchKind(h, kind));
  return known.get(kind)!;
}

/** The header evidence for one target, before values. */
function headerEvidence(t: Target, col: TabColumn): { score: number; reason: Msg; specific: boolean } | null {
  const h = col.header;
  if (t.kind === 'done' || t.kind === 'due') {
    if (!t.step || t.stepIndex === undefined) return null;
    // "กำหนด…" heads a due date; a column saying neither is a done date.
    if ((t.kind === 'due') !== h.dueHint) return null;
    return stepMatch(col, t.step, t.stepIndex);
  }
  const m = t.kind === 'field' ? matchWords(h, t.words) : kindMatch(h, t.kind);
  return m && { score: m.score, reason: headerReason(col, m), specific: t.kind === 'field' };
}

/** Target × column: null when the column does not fit at all. */
export function scorePair(t: Target, col: TabColumn): Scored | null {
  const ev = headerEvidence(t, col);
  const { fit, reason } = valueFit(t.column.type, col.values);
  const reasons: Msg[] = [];
  let score = 0;
  if (ev) {
    score = combine(ev.score, fit, col.values.filled);
    // "วันที่…" over a column that is not a date field: the header is about something else.
    if (col.header.dateHint && t.column.type !== 'date') score *= 0.6;
    reasons.push(ev.reason);
  } else if (t.kind === 'assignee' && fit >= 0.7 && col.values.filled >= 3) {
    score = 0.5 * fit;
  } else if (t.kind === 'subject' && col.values.share['long-text'] >= 0.6 && col.values.filled >= 3) {
    score = 0.4 * fit;
  }
  if (score <= 0) return null;
  if (reason) reasons.push(reason);
  return { score: Math.min(1, score), reasons, specific: ev?.specific ?? false };
}

/** The office's own kind of column this one is (ลำดับ, หมายเหตุ, ตำแหน่ง…), with its score. */
export function officeKindOf(col: TabColumn): { kind: OfficeKind; score: number } | null {
  if (!officeKinds.has(col)) officeKinds.set(col, officeKindOfColumn(col));
  return officeKinds.get(col)!;
}

const officeKinds = new WeakMap<TabColumn, { kind: OfficeKind; score: number } | null>();

function officeKindOfColumn(col: TabColumn): { kind: OfficeKind; score: number } | null {
  let best: { kind: OfficeKind; score: number } | null = null;
  const v = col.values;
  // A column of dates is the office's only when its header says so ("ถึงวันที่"); near-spellings never claim.
  const dates = isDateColumn(v);
  for (const kind of OFFICE_KINDS) {
    const m = kindMatch(col.header, kind);
    if (!m || m.how === 'overlap' || (dates && kind !== 'period-end')) continue;
    // "ตำแหน่ง" inside a long step header says little: the office's word must be much of the header.
    if (m.how === 'contains' && m.word.size < 0.4 * length(col.header.key)) continue;
    const texty = v.share['long-text'] + v.share['short-text'] + v.share.name + v.share.person;
    const fit =
      kind === 'seq'
        ? v.sequence
          ? 1
          : 0.5 * v.share.number
        : kind === 'hold-days' || kind === 'count'
          ? v.share.number + v.share.serial
          : kind === 'period-end'
            ? dateShare(v)
            : kind === 'notes'
              ? Math.min(1, texty + 0.3)
              : 0.6;
    const score = combine(m.score, Math.min(1, fit), v.filled);
    if (!best || score > best.score) best = { kind, score };
  }
  return best;
}
