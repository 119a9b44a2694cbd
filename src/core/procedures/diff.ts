/**
 * What changed between two versions of a procedure, as data (for the sidebar) and as bilingual lines
 * (for the log): steps added, removed, moved to another number, reordered, renamed, their rule, role,
 * condition, time standard or note changed. Steps are matched by id, which in the tab is the number.
 */
import type { Deadline, Procedure, Role, Step } from '../catalog/schema';
import { type Msg, msg } from '../i18n/msg';
import { formatRule, namesOf } from './format-rule';
import { squash, stepNoOf } from './ids';
import { type Condition, conditionText } from './read-cells';
import { unitText } from './rule-words';

export type DiffOp =
  | { readonly op: 'renamed-procedure'; readonly from: Msg; readonly to: Msg }
  | { readonly op: 'added'; readonly no: number; readonly step: Step }
  | { readonly op: 'removed'; readonly no: number; readonly step: Step }
  | { readonly op: 'moved'; readonly from: number; readonly to: number; readonly step: Step }
  | { readonly op: 'reordered'; readonly order: readonly number[] }
  | { readonly op: 'renamed'; readonly no: number; readonly from: Msg; readonly to: Msg }
  | { readonly op: 'rule'; readonly no: number; readonly from: Deadline; readonly to: Deadline }
  | { readonly op: 'role'; readonly no: number; readonly from: Role; readonly to: Role }
  | { readonly op: 'condition'; readonly no: number; readonly from: Condition; readonly to: Condition }
  | { readonly op: 'standard'; readonly no: number; readonly from: string; readonly to: string }
  | { readonly op: 'note'; readonly no: number; readonly from: string; readonly to: string };

/** JSON with sorted keys and no undefined: equal rules give equal text, whatever the key order. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const conditionOf = (s: Step): Condition => ({
  optional: s.optional === true,
  branch: s.branch ?? null,
  option: s.option ?? null,
});

/** The ops that change due dates (and so make a new version); the rest is wording. */
export function changesRules(op: DiffOp): boolean {
  return ['added', 'removed', 'moved', 'reordered', 'rule', 'condition'].includes(op.op);
}

export function diffProcedures(before: Procedure, after: Procedure): DiffOp[] {
  const ops: DiffOp[] = [];
  if (before.th !== after.th || before.en !== after.en)
    ops.push({ op: 'renamed-procedure', from: msg(before.th, before.en), to: msg(after.th, after.en) });
  const noBefore = (s: Step) => stepNoOf(before, s.id) ?? 0;
  const noAfter = (s: Step) => stepNoOf(after, s.id) ?? 0;
  const afterById = new Map(after.steps.map((s) => [s.id, s]));
  const beforeIds = new Set(before.steps.map((s) => s.id));
  const removed = before.steps.filter((s) => !afterById.has(s.id));
  const added = after.steps.filter((s) => !beforeIds.has(s.id));
  // A step that left one number and arrived at another under the same name was moved, not replaced.
  for (const gone of removed) {
    const i = added.findIndex((s) => squash(s.th) === squash(gone.th));
    if (i < 0) ops.push({ op: 'removed', no: noBefore(gone), step: gone });
    else {
      ops.push({ op: 'moved', from: noBefore(gone), to: noAfter(added[i]!), step: added[i]! });
      added.splice(i, 1);
    }
  }
  for (const s of added) ops.push({ op: 'added', no: noAfter(s), step: s });
  const common = before.steps.filter((s) => afterById.has(s.id));
  const order = after.steps.filter((s) => beforeIds.has(s.id));
  if (common.some((s, i) => s.id !== order[i]!.id)) ops.push({ op: 'reordered', order: order.map(noAfter) });
  for (const a of common) {
    const b = afterById.get(a.id)!;
    const no = noAfter(b);
    if (a.th !== b.th || a.en !== b.en)
      ops.push({ op: 'renamed', no, from: msg(a.th, a.en), to: msg(b.th, b.en) });
    if (canonical(a.deadline) !== canonical(b.deadline))
      ops.push({ op: 'rule', no, from: a.deadline, to: b.deadline });
    if (canonical(a.role) !== canonical(b.role)) ops.push({ op: 'role', no, from: a.role, to: b.role });
    if (canonical(conditionOf(a)) !== canonical(conditionOf(b)))
      ops.push({ op: 'condition', no, from: conditionOf(a), to: conditionOf(b) });
    if ((a.words ?? '') !== (b.words ?? ''))
      ops.push({ op: 'standard', no, from: a.words ?? '', to: b.words ?? '' });
    if ((a.note ?? '') !== (b.note ?? '')) ops.push({ op: 'note', no, from: a.note ?? '', to: b.note ?? '' });
  }
  // The log reads in step order: the procedure's own name first, a reordering last.
  const place = (op: DiffOp) =>
    op.op === 'renamed-procedure' ? -1 : op.op === 'reordered' ? Infinity : op.op === 'moved' ? op.to : op.no;
  return ops
    .map((op, i) => ({ op, i }))
    .sort((x, y) => place(x.op) - place(y.op) || x.i - y.i)
    .map((x) => x.op);
}

/** Each change as one log line, Thai and English: "เพิ่มขั้นที่ 3 …", "step 2: 5 → 7 workdays". */
export function describeDiff(
  before: Procedure,
  after: Procedure,
  ops = diffProcedures(before, after),
): Msg[] {
  return ops.map((op) => describeOp(op, before, after));
}

function describeOp(op: DiffOp, before: Procedure, after: Procedure): Msg {
  const rule = (d: Deadline, p: Procedure, lang: 'th' | 'en') => formatRule(d, namesOf(p), lang);
  const at = (no: number, th: string, en: string) => msg(`ขั้นที่ ${no}: ${th}`, `step ${no}: ${en}`);
  switch (op.op) {
    case 'renamed-procedure':
      return msg(
        `เปลี่ยนชื่องาน "${op.from.th}" → "${op.to.th}"`,
        `procedure renamed "${op.from.en}" → "${op.to.en}"`,
      );
    case 'added':
      return msg(
        `เพิ่มขั้นที่ ${op.no} "${op.step.th}" (${rule(op.step.deadline, after, 'th')})`,
        `added step ${op.no} "${op.step.en}" (${rule(op.step.deadline, after, 'en')})`,
      );
    case 'removed':
      return msg(`ลบขั้นที่ ${op.no} "${op.step.th}"`, `removed step ${op.no} "${op.step.en}"`);
    case 'moved':
      return msg(
        `ย้าย "${op.step.th}" จากขั้นที่ ${op.from} เป็นขั้นที่ ${op.to}`,
        `moved "${op.step.en}" from step ${op.from} to step ${op.to}`,
      );
    case 'reordered':
      return msg(`ลำดับขั้นตอนเปลี่ยนเป็น ${op.order.join(', ')}`, `steps reordered: ${op.order.join(', ')}`);
    case 'renamed':
      return at(op.no, `เปลี่ยนชื่อ "${op.from.th}" → "${op.to.th}"`, `renamed "${op.from.en}" → "${op.to.en}"`);
    case 'rule': {
      const short = amountOnly(op.from, op.to);
      if (short) return at(op.no, short.th, short.en);
      return at(
        op.no,
        `${rule(op.from, before, 'th')} → ${rule(op.to, after, 'th')}`,
        `${rule(op.from, before, 'en')} → ${rule(op.to, after, 'en')}`,
      );
    }
    case 'role':
      return at(op.no, `ผู้รับผิดชอบ ${op.from.th} → ${op.to.th}`, `responsible ${op.from.en} → ${op.to.en}`);
    case 'condition': {
      const c = (x: Condition, lang: 'th' | 'en') =>
        conditionText(x, lang) || (lang === 'th' ? 'ต้องทำ' : 'required');
      return at(
        op.no,
        `เงื่อนไข ${c(op.from, 'th')} → ${c(op.to, 'th')}`,
        `condition ${c(op.from, 'en')} → ${c(op.to, 'en')}`,
      );
    }
    case 'standard':
      return at(op.no, `มาตรฐานเวลา "${op.from}" → "${op.to}"`, `time standard "${op.from}" → "${op.to}"`);
    case 'note':
      return at(op.no, 'แก้หมายเหตุ', 'note edited');
  }
}

/** "5 → 7 วันทำการ" when only the number of units changed. */
function amountOnly(a: Deadline, b: Deadline): Msg | null {
  if (a.kind !== b.kind || (a.kind !== 'after' && a.kind !== 'before')) return null;
  const strip = (d: Deadline) => ({ ...d, n: 0 });
  if (canonical(strip(a)) !== canonical(strip(b)) || ('nMin' in a && a.nMin !== undefined)) return null;
  const n = (b as { n: number }).n;
  return msg(`${a.n} → ${n} ${unitText(a.unit, n, 'th')}`, `${a.n} → ${n} ${unitText(a.unit, n, 'en')}`);
}
