/**
 * The procedure editor: names, steps (add, remove, reorder, edit), a preview of each step's due date
 * for a sample start, and save. What the officer typed stays in the form when the server refuses it;
 * the refusal is shown against each step.
 */

import { dayFromYmd } from '../core/dates/civil';
import { formatDate } from '../core/dates/format';
import type { ProcedureDraft, ProcedurePreview, ProcedureSaved } from '../gas/sidebar-api/public';
import { clear, el } from './dom';
import { pickText, tr } from './i18n';
import { type EditableStep, stepFieldset } from './procedure-step';
import { call, say } from './server';

interface EditableDraft {
  id: string;
  original: string | null;
  basis: string;
  th: string;
  en: string;
  steps: EditableStep[];
}

let draft: EditableDraft | null = null;
let problems: ProcedurePreview['problems'] = [];
let preview: ProcedurePreview | null = null;
let saved: ProcedureSaved | null = null;
let start = '';
let afterSave: (saved: ProcedureSaved) => Promise<void> | void = () => {};
let afterClose: () => void = () => {};

function today(): string {
  const d = new Date();
  return formatDate(dayFromYmd(d.getFullYear(), d.getMonth() + 1, d.getDate()), { style: 'numeric' });
}

export function blankStep(no: number): EditableStep {
  return { no, th: '', en: '', role: '', rule: '', condition: '', standard: '', notes: '' };
}

export function openDraft(
  d: ProcedureDraft,
  hooks: { saved(s: ProcedureSaved): Promise<void> | void; closed(): void },
): void {
  draft = { ...d, steps: d.steps.map((s) => ({ ...s })) };
  problems = [];
  preview = null;
  saved = null;
  start = start || today();
  afterSave = hooks.saved;
  afterClose = hooks.closed;
}

export function editing(): boolean {
  return draft !== null;
}

/** The draft as sent to the server: plain, JSON-safe values. */
function payload(d: EditableDraft): ProcedureDraft {
  return { ...d, steps: d.steps.map((s) => ({ ...s })) };
}

/** "ขั้นที่ 2" / "step 2" in a rule follows the step when two steps swap numbers. */
function swapRefs(rule: string, a: number, b: number): string {
  return rule.replace(/(ขั้น(?:ตอน)?(?:ที่)?\s*|step(?:\s+no\.?)?\s*)(\d+)/gi, (all, word: string, n: string) =>
    Number(n) === a ? `${word}${b}` : Number(n) === b ? `${word}${a}` : all,
  );
}

const OUTCOME: Record<ProcedureSaved['outcome'], [string, string]> = {
  first: ['ฉบับแรก', 'first version'],
  unchanged: ['ไม่มีการเปลี่ยนแปลง', 'nothing changed'],
  reworded: ['แก้ถ้อยคำ ฉบับเดิม', 'wording only, same version'],
  'new-version': ['ฉบับใหม่', 'new version'],
};

function text(id: string, label: string, value: string, onInput: (v: string) => void, readonly = false) {
  const i = el('input', { id, name: id, type: 'text', autocomplete: 'off' });
  i.value = value;
  i.readOnly = readonly;
  i.addEventListener('input', () => onInput(i.value));
  return el('div', { class: 'field' }, el('label', { for: id }, label), i);
}

export function renderEditor(box: HTMLElement, focus?: string): void {
  clear(box);
  const d = draft;
  if (!d) return;
  const redraw = (id?: string) => renderEditor(box, id);
  box.append(
    el(
      'h3',
      { id: 'proc-editor-title' },
      d.original ? `${tr('แก้ไข', 'Edit')}: ${d.th || d.id}` : tr('กระบวนงานใหม่', 'New procedure'),
    ),
    el(
      'p',
      { class: 'muted', id: 'proc-version-note' },
      tr(
        'เรียงขั้นตอนใหม่หรือแก้กำหนดเวลา = ฉบับใหม่: เรื่องที่เปิดอยู่ใช้ฉบับเดิมต่อ ย้ายเรื่องไปฉบับใหม่ได้ที่ "ย้ายเรื่องไปฉบับใหม่" ท้ายแผงนี้',
        'Reordering steps or changing a rule makes a new version; open cases keep theirs. Move a case under "Move a case to the new version" at the end of this panel.',
      ),
    ),
    text(
      'proc-id',
      d.original
        ? tr('รหัสงาน', 'Procedure ID')
        : tr('รหัสงาน (เว้นว่าง = ตั้งจากชื่ออังกฤษ)', 'Procedure ID (blank = from the English name)'),
      d.id,
      (v) => {
        d.id = v;
      },
      d.original !== null,
    ),
    text('proc-th', tr('ชื่องาน (ไทย)', 'Procedure name (Thai)'), d.th, (v) => {
      d.th = v;
    }),
    text('proc-en', tr('ชื่องาน (อังกฤษ)', 'Procedure name (English)'), d.en, (v) => {
      d.en = v;
    }),
  );
  const whole = problems.filter((p) => p.no === null).map((p) => pickText(p.message));
  for (const p of whole) box.append(el('p', { class: 'warn' }, `⚠ ${p}`));
  const list = el('div', { id: 'proc-steps' });
  d.steps.forEach((s, i) => {
    const own = problems.filter((p) => p.no === s.no).map((p) => pickText(p.message));
    list.append(
      stepFieldset(s, i, d.steps, own, {
        changed: () => {},
        move: (index, by) => {
          const a = d.steps[index]!;
          const b = d.steps[index + by]!;
          // Numbers stay in their places (they are the tab's order); the steps trade them.
          [a.no, b.no] = [b.no, a.no];
          for (const x of d.steps) x.rule = swapRefs(x.rule, a.no, b.no);
          d.steps[index] = b;
          d.steps[index + by] = a;
          problems = [];
          const edge = index + by === 0 || index + by === d.steps.length - 1;
          redraw(`proc-step-${index + by}-${edge ? (by < 0 ? 'down' : 'up') : by < 0 ? 'up' : 'down'}`);
          say(tr(`ย้ายไปเป็นขั้นที่ ${a.no}`, `moved to step ${a.no}`));
        },
        remove: (index) => {
          const [gone] = d.steps.splice(index, 1);
          problems = [];
          redraw(d.steps.length ? `proc-step-${Math.min(index, d.steps.length - 1)}-th` : 'proc-add-step');
          say(tr(`ลบขั้นที่ ${gone?.no} แล้ว`, `removed step ${gone?.no}`));
        },
      }),
    );
  });
  const add = el('button', { type: 'button', id: 'proc-add-step' }, tr('+ เพิ่มขั้นตอน', '+ Add a step'));
  add.addEventListener('click', () => {
    d.steps.push(blankStep(Math.max(0, ...d.steps.map((s) => s.no)) + 1));
    redraw(`proc-step-${d.steps.length - 1}-th`);
  });
  box.append(list, add, previewSection(d, redraw), actions(d, redraw));
  if (focus) document.getElementById(focus)?.focus();
}

function previewSection(d: EditableDraft, redraw: (focus?: string) => void): HTMLElement {
  const startInput = el('input', {
    id: 'proc-start',
    type: 'text',
    autocomplete: 'off',
    inputmode: 'numeric',
  });
  startInput.value = start;
  startInput.addEventListener('input', () => {
    start = startInput.value;
  });
  const go = el('button', { type: 'button', id: 'proc-preview' }, tr('ดูวันครบกำหนด', 'Preview due dates'));
  go.addEventListener('click', () => void runPreview(d, redraw));
  const box = el(
    'section',
    { id: 'proc-preview-box', 'aria-label': tr('ตัวอย่างวันครบกำหนด', 'Due-date preview') },
    el('label', { for: 'proc-start' }, tr('วันเริ่มเรื่องตัวอย่าง (ว/ด/ปี พ.ศ.)', 'Sample start date (d/m/BE year)')),
    startInput,
    go,
  );
  if (preview?.ok) {
    const list = el('ul', { id: 'proc-preview-list', class: 'plain' });
    for (const s of preview.steps) {
      list.append(
        el(
          'li',
          { 'data-no': String(s.no) },
          el('div', {}, `${tr('ขั้นที่', 'Step')} ${s.no}: ${pickText(s)}`),
          el(
            'div',
            { class: 'due' },
            s.due ? `${tr('ครบกำหนด', 'due')} ${s.due}` : tr('ไม่มีวันครบกำหนด', 'no due date'),
          ),
          el('div', { class: 'rule' }, pickText(s.rule)),
        ),
      );
    }
    box.append(list);
  }
  return box;
}

async function runPreview(d: EditableDraft, redraw: (focus?: string) => void): Promise<void> {
  try {
    preview = await call('previewProcedure', payload(d), start);
    problems = preview.problems;
    redraw('proc-preview');
    if (!preview.ok) say(tr('มีบางขั้นต้องแก้ (ดูใต้ขั้นนั้น)', 'some steps need fixing (see below each)'), 'error');
  } catch {
    // The status line says what went wrong; the form keeps what was typed.
  }
}

function actions(d: EditableDraft, redraw: (focus?: string) => void): HTMLElement {
  const save = el(
    'button',
    { type: 'button', id: 'proc-save', class: 'primary' },
    tr('บันทึกลงแท็บ Procedures', 'Save to the Procedures tab'),
  );
  save.addEventListener('click', () => void runSave(d, redraw));
  const close = el('button', { type: 'button', id: 'proc-close' }, tr('ปิด', 'Close'));
  close.addEventListener('click', () => {
    draft = null;
    afterClose();
  });
  const box = el('div', { class: 'proc-actions' }, save, ' ', close);
  if (saved) {
    const [th, en] = OUTCOME[saved.outcome];
    const changes = el('ul', { id: 'proc-changes', class: 'plain' });
    for (const c of saved.changes) changes.append(el('li', {}, pickText(c)));
    box.append(
      el(
        'p',
        { id: 'proc-saved', role: 'status' },
        tr(
          `บันทึก ${saved.id} แล้ว: ฉบับที่ ${saved.version} (${th})`,
          `saved ${saved.id}: version ${saved.version} (${en})`,
        ),
      ),
      changes,
    );
  }
  return box;
}

async function runSave(d: EditableDraft, redraw: (focus?: string) => void): Promise<void> {
  try {
    saved = await call('saveProcedure', payload(d));
    draft = { ...saved.draft, steps: saved.draft.steps.map((s) => ({ ...s })) };
    problems = [];
    const [th, en] = OUTCOME[saved.outcome];
    await afterSave(saved);
    say(`บันทึกแล้ว ฉบับที่ ${saved.version} (${th}) / saved, version ${saved.version} (${en})`);
  } catch (error) {
    // Refused: keep what was typed, and show each problem under its step (a check writes nothing).
    const message = error instanceof Error ? error.message : String(error);
    try {
      problems = (await call('previewProcedure', payload(d), start)).problems;
      redraw('proc-save');
    } catch {
      // The check itself failed: the refusal below is all there is to show.
    }
    say(`ผิดพลาด / Error: ${message}`, 'error');
  }
}
