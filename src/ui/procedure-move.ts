/**
 * "Move a case to the new version": a case keeps the rules it was opened under; here an officer picks
 * the register and the row, sees what would change (due date before → after, steps whose done date
 * stops counting), and confirms.
 */
import type { CaseMovePlan, ProceduresView } from '../gas/sidebar-api/public';
import { clear, el } from './dom';
import { pickText, tr } from './i18n';
import { call, say } from './server';

let gid = '';
let row = '';
let plan: CaseMovePlan | null = null;
let current: ProceduresView | null = null;

const box = document.createElement('section');
box.id = 'proc-move';

function registersOf(view: ProceduresView): { name: string; gid: number }[] {
  return view.procedures.filter((p) => p.id !== '').flatMap((p) => p.registers);
}

function planView(p: CaseMovePlan): HTMLElement {
  const step = (s: CaseMovePlan['before']) =>
    [s.step ? pickText(s.step) : '', s.due ? `${tr('ครบ', 'due')} ${s.due}` : '']
      .filter((x) => x)
      .join(' · ') || '–';
  const out = el(
    'div',
    { id: 'proc-move-plan' },
    el(
      'p',
      {},
      `${p.subject || p.caseId} · ${p.register} ${tr('แถว', 'row')} ${p.row}: ${tr('ฉบับที่', 'version')} ${p.from} → ${p.to}`,
    ),
    el(
      'dl',
      {},
      el('dt', {}, tr('ตอนนี้', 'Now')),
      el('dd', { id: 'proc-move-before' }, step(p.before)),
      el('dt', {}, tr('หลังย้าย', 'After')),
      el('dd', { id: 'proc-move-after' }, step(p.after)),
    ),
  );
  const changes = el('ul', { class: 'plain' });
  for (const c of p.changes) changes.append(el('li', {}, pickText(c)));
  out.append(changes);
  for (const l of p.lost)
    out.append(
      el(
        'p',
        { class: 'warn' },
        tr(
          `⚠ ขั้นที่ ${l.no} "${l.step.th}" เสร็จเมื่อ ${l.done} แต่ไม่มีในฉบับใหม่: ไม่นับอีกต่อไป`,
          `⚠ step ${l.no} "${l.step.en}" was done on ${l.done} but is not in the new version: it stops counting`,
        ),
      ),
    );
  const confirm = el(
    'button',
    { type: 'button', id: 'proc-move-confirm', class: 'primary' },
    tr(`ย้ายไปฉบับที่ ${p.to}`, `Move to version ${p.to}`),
  );
  confirm.addEventListener('click', () => void move(p));
  out.append(confirm);
  return out;
}

function render(): void {
  const view = current;
  clear(box);
  box.append(el('h3', {}, tr('ย้ายเรื่องไปฉบับใหม่', 'Move a case to the new version')));
  const registers = view ? registersOf(view) : [];
  if (registers.length === 0) {
    box.append(
      el(
        'p',
        { class: 'muted' },
        tr('ยังไม่มีทะเบียนที่ใช้กระบวนงานของหน่วยงาน', "No register follows one of the office's procedures yet"),
      ),
    );
    return;
  }
  const select = el('select', { id: 'proc-move-register' });
  for (const r of registers) {
    const o = el('option', { value: String(r.gid) }, r.name);
    if (String(r.gid) === gid) o.selected = true;
    select.append(o);
  }
  gid = select.value;
  const rowInput = el('input', { id: 'proc-move-row', type: 'number', min: '2', inputmode: 'numeric' });
  rowInput.value = row;
  const form = el(
    'form',
    { id: 'proc-move-form', novalidate: '' },
    el('label', { for: 'proc-move-register' }, tr('ทะเบียน', 'Register')),
    select,
    el('label', { for: 'proc-move-row' }, tr('แถวของเรื่อง', 'Row of the case')),
    rowInput,
    el('button', { type: 'submit', id: 'proc-move-check' }, tr('ดูผลการย้าย', 'What would change')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    gid = select.value;
    row = rowInput.value;
    void check();
  });
  box.append(form);
  if (plan) box.append(planView(plan));
}

async function check(): Promise<void> {
  try {
    plan = await call('planCaseMove', Number(gid), Number(row));
  } catch {
    plan = null;
  }
  render();
}

async function move(p: CaseMovePlan): Promise<void> {
  try {
    const moved = await call('moveCase', p.gid, p.row, p.to);
    plan = null;
    say(
      `ย้ายแถว ${moved.row} ไปฉบับที่ ${moved.version} แล้ว${moved.due ? ` ครบกำหนด ${moved.due}` : ''} / moved row ${moved.row} to version ${moved.version}${moved.due ? `, due ${moved.due}` : ''}`,
    );
  } catch {
    // The status line says why; the plan stays so the officer can check again.
  }
  render();
}

export function moveSection(view: ProceduresView | null): HTMLElement {
  current = view;
  render();
  return box;
}
