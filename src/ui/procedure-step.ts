/**
 * One step of the procedure editor: every control labelled, the deadline rule typed freely in the
 * Procedures tab's grammar, with a helper (amount, unit, counted from) that writes the common rules
 * for the officer. Move and remove are plain buttons, so the keyboard reaches them.
 */
import type { Anchor, Unit } from '../core/catalog/schema';
import { formatRule } from '../core/procedures/format-rule';
import { parseRule } from '../core/procedures/parse-rule';
import { RULE_EXAMPLES, UNIT_TEXT } from '../core/procedures/rule-words';
import type { ProcedureStepDraft } from '../gas/sidebar-api/public';
import { el } from './dom';
import { lang, tr } from './i18n';

export type EditableStep = { -readonly [K in keyof ProcedureStepDraft]: ProcedureStepDraft[K] };

export interface StepActions {
  /** A typed change: nothing to redraw. */
  changed(): void;
  move(index: number, by: -1 | 1): void;
  remove(index: number): void;
}

const UNITS: readonly Unit[] = ['workdays', 'days', 'calendar-days', 'weeks', 'months', 'hours'];

const NAMES = {
  stepNo: (id: string) => {
    const m = /^step-(\d+)$/.exec(id);
    return m ? Number(m[1]) : null;
  },
  fieldLabel: (id: string) => ({ th: id, en: null }),
};

function input(id: string, value: string, onInput: (v: string) => void, attrs: Record<string, string> = {}) {
  const i = el('input', { id, name: id, type: 'text', autocomplete: 'off', ...attrs });
  i.value = value;
  i.addEventListener('input', () => onInput(i.value));
  return i;
}

const field = (id: string, label: string, control: HTMLElement, hint?: string) =>
  el(
    'div',
    { class: 'field' },
    el('label', { for: id }, label),
    control,
    hint ? el('div', { class: 'muted', id: `${id}-hint` }, hint) : null,
  );

/** The amount / unit / anchor helper: reads the rule when it is a plain "N units after X", writes it on change. */
function ruleHelper(
  prefix: string,
  step: EditableStep,
  earlier: readonly number[],
  ruleInput: HTMLInputElement,
  actions: StepActions,
): HTMLElement {
  const read = parseRule(step.rule);
  const simple =
    read.ok && read.deadline.kind === 'after' && read.deadline.nMin === undefined ? read.deadline : null;
  const amount = el('input', {
    id: `${prefix}-n`,
    type: 'number',
    min: '0',
    max: '9999',
    inputmode: 'numeric',
  });
  amount.value = simple ? String(simple.n) : '';
  const unit = el('select', { id: `${prefix}-unit` });
  for (const u of UNITS) {
    const o = el('option', { value: u }, lang() === 'th' ? UNIT_TEXT[u][0] : UNIT_TEXT[u][2]);
    if ((simple?.unit ?? 'workdays') === u) o.selected = true;
    unit.append(o);
  }
  const anchor = el('select', { id: `${prefix}-anchor` });
  const current =
    simple?.from.type === 'step'
      ? `step:${NAMES.stepNo(simple.from.step)}`
      : (simple?.from.type ?? 'previous');
  const options: [string, string][] = [
    ['previous', tr('หลังขั้นก่อนหน้า', 'after the previous step')],
    ['start', tr('หลังวันเริ่มเรื่อง', 'after the start')],
    ...earlier.map((no): [string, string] => [`step:${no}`, tr(`หลังขั้นที่ ${no}`, `after step ${no}`)]),
  ];
  for (const [value, text] of options) {
    const o = el('option', { value }, text);
    if (value === current) o.selected = true;
    anchor.append(o);
  }
  const write = () => {
    const n = Number(amount.value);
    if (amount.value === '' || !Number.isInteger(n) || n < 0) return;
    const from: Anchor = anchor.value.startsWith('step:')
      ? { type: 'step', step: `step-${anchor.value.slice(5)}` }
      : { type: anchor.value as 'start' | 'previous' };
    step.rule = formatRule({ kind: 'after', n, unit: unit.value as Unit, from }, NAMES, lang());
    ruleInput.value = step.rule;
    actions.changed();
  };
  amount.addEventListener('input', write);
  for (const c of [unit, anchor]) c.addEventListener('change', write);
  return el(
    'fieldset',
    { class: 'rule-helper' },
    el('legend', {}, tr('ตัวช่วยกำหนดเวลา', 'Deadline helper')),
    el(
      'div',
      { class: 'row' },
      el('div', {}, el('label', { for: `${prefix}-n` }, tr('จำนวน', 'Amount')), amount),
      el('div', {}, el('label', { for: `${prefix}-unit` }, tr('หน่วย', 'Unit')), unit),
    ),
    el('label', { for: `${prefix}-anchor` }, tr('นับจาก', 'Counted from')),
    anchor,
  );
}

/** Condition and notes, folded away unless they hold something: most steps need neither. */
function more(
  prefix: string,
  step: EditableStep,
  set: (key: 'condition' | 'notes') => (v: string) => void,
): HTMLDetailsElement {
  const box = el(
    'details',
    { class: 'step-more' },
    el('summary', {}, tr('เงื่อนไขและหมายเหตุ', 'Condition and notes')),
    field(
      `${prefix}-condition`,
      tr('เงื่อนไข', 'Condition'),
      input(`${prefix}-condition`, step.condition, set('condition'), {
        placeholder: tr('เว้นว่าง = ต้องทำ; ไม่บังคับ', 'blank = required; optional'),
      }),
    ),
    field(`${prefix}-notes`, tr('หมายเหตุ', 'Notes'), input(`${prefix}-notes`, step.notes, set('notes'))),
  );
  box.open = step.condition !== '' || step.notes !== '';
  return box;
}

export function stepFieldset(
  step: EditableStep,
  index: number,
  steps: readonly EditableStep[],
  problems: readonly string[],
  actions: StepActions,
): HTMLFieldSetElement {
  const prefix = `proc-step-${index}`;
  const set = (key: 'th' | 'en' | 'role' | 'rule' | 'condition' | 'standard' | 'notes') => (v: string) => {
    step[key] = v;
    actions.changed();
  };
  const rule = input(`${prefix}-rule`, step.rule, set('rule'), {
    placeholder: lang() === 'th' ? RULE_EXAMPLES.th[0] : RULE_EXAMPLES.en[0],
  });
  const earlier = steps.filter((s) => s.no < step.no).map((s) => s.no);
  // At the ends the move button is hidden rather than disabled: greyed text would be unreadable.
  const button = (id: string, text: string, label: string, onClick: () => void, hidden = false) => {
    const b = el('button', { type: 'button', id, 'aria-label': label }, text);
    b.hidden = hidden;
    b.addEventListener('click', onClick);
    return b;
  };
  const no = step.no;
  const box = el(
    'fieldset',
    { class: 'proc-step', 'data-no': String(no) },
    el('legend', {}, tr(`ขั้นที่ ${no}`, `Step ${no}`)),
    el(
      'div',
      { class: 'step-tools' },
      button(
        `${prefix}-up`,
        '↑',
        tr(`เลื่อนขั้นที่ ${no} ขึ้น`, `Move step ${no} up`),
        () => actions.move(index, -1),
        index === 0,
      ),
      button(
        `${prefix}-down`,
        '↓',
        tr(`เลื่อนขั้นที่ ${no} ลง`, `Move step ${no} down`),
        () => actions.move(index, 1),
        index === steps.length - 1,
      ),
      button(`${prefix}-remove`, '✕', tr(`ลบขั้นที่ ${no}`, `Remove step ${no}`), () => actions.remove(index)),
    ),
    field(`${prefix}-th`, tr('ชื่อขั้นตอน (ไทย)', 'Step name (Thai)'), input(`${prefix}-th`, step.th, set('th'))),
    field(
      `${prefix}-en`,
      tr('ชื่อขั้นตอน (อังกฤษ)', 'Step name (English)'),
      input(`${prefix}-en`, step.en, set('en')),
    ),
    field(
      `${prefix}-role`,
      tr('ผู้รับผิดชอบ (ตำแหน่ง)', 'Responsible role'),
      input(`${prefix}-role`, step.role, set('role'), { placeholder: tr('เจ้าหน้าที่', 'Officer') }),
    ),
    field(
      `${prefix}-rule`,
      tr('กำหนดเวลา', 'Deadline rule'),
      rule,
      tr(
        `เช่น ${RULE_EXAMPLES.th.slice(4, 7).join(' · ')}`,
        `e.g. ${RULE_EXAMPLES.en.slice(4, 7).join(' · ')}`,
      ),
    ),
  );
  box.append(
    ruleHelper(prefix, step, earlier, rule, actions),
    field(
      `${prefix}-standard`,
      tr('มาตรฐานเวลา (ถ้อยคำของหน่วยงาน)', "Time standard (the office's words)"),
      input(`${prefix}-standard`, step.standard, set('standard'), {
        placeholder: tr('ภายใน 15 วัน', 'within 15 days'),
      }),
    ),
    more(prefix, step, set),
  );
  for (const p of problems) box.append(el('p', { class: 'warn' }, `⚠ ${p}`));
  return box;
}
