/** The form for one person: every control labelled; Deactivate is a save with "active" off. */
import type { PersonInput, PersonRow } from '../gas/sidebar-api/public';
import { el } from './dom';
import { tr } from './i18n';

function field(id: string, label: string, control: HTMLElement): HTMLElement {
  return el('div', { class: 'field' }, el('label', { for: id }, label), control);
}

function input(id: string, value: string, type = 'text'): HTMLInputElement {
  const i = el('input', { id, name: id, type, autocomplete: 'off' });
  i.value = value;
  return i;
}

export function personForm(
  editing: PersonRow | null,
  people: readonly PersonRow[],
  onSave: (input: PersonInput) => void,
): HTMLFormElement {
  // novalidate: the server checks and says what is wrong in Thai and English, the browser's bubbles do not.
  const form = el('form', { id: 'person-form', novalidate: '', 'aria-label': tr('ข้อมูลบุคคล', 'Person') });
  const name = input('person-name', editing?.name ?? '');
  const email = input('person-email', editing?.email ?? '', 'email');
  const role = input('person-role', editing?.role ?? '');
  const supervisor = el('select', { id: 'person-supervisor', name: 'person-supervisor' });
  supervisor.append(el('option', { value: '' }, tr('(ไม่มี)', '(none)')));
  const current = editing?.supervisor.trim() ?? '';
  let found = current === '';
  for (const p of people) {
    if (!p.active || p.row === editing?.row) continue;
    const o = el('option', { value: p.email }, `${p.name} <${p.email}>`);
    if (!found && (p.email.toLowerCase() === current.toLowerCase() || p.name === current)) {
      o.selected = true;
      found = true;
    }
    supervisor.append(o);
  }
  // A supervisor typed in the tab that is not an active person stays as typed (the server says why).
  if (!found) supervisor.append(el('option', { value: current, selected: '' }, current));
  const active = el('input', { id: 'person-active', name: 'person-active', type: 'checkbox' });
  active.checked = editing?.active ?? true;
  const lang = el('select', { id: 'person-lang', name: 'person-lang' });
  for (const [value, text] of [
    ['', tr('ตามค่าตั้ง', 'as in Settings')],
    ['th', 'ไทย'],
    ['en', 'English'],
  ] as const) {
    const o = el('option', { value }, text);
    if ((editing?.lang ?? '') === value) o.selected = true;
    lang.append(o);
  }
  const payload = (activeNow: boolean): PersonInput => ({
    row: editing?.row ?? null,
    expectEmail: editing?.email ?? '',
    name: name.value,
    email: email.value,
    role: role.value,
    supervisor: supervisor.value,
    active: activeNow,
    lang: lang.value as PersonInput['lang'],
  });
  form.append(
    el('h3', {}, editing ? `${tr('แก้ไข', 'Edit')}: ${editing.name}` : tr('เพิ่มคน', 'Add a person')),
    field('person-name', tr('ชื่อ-สกุล', 'Name'), name),
    field('person-email', tr('อีเมล', 'Email'), email),
    field('person-role', tr('ตำแหน่ง', 'Role'), role),
    field('person-supervisor', tr('หัวหน้า', 'Supervisor'), supervisor),
    el('div', { class: 'field check' }, el('label', { for: 'person-active' }, tr('ใช้งาน', 'Active')), active),
    field('person-lang', tr('ภาษาของอีเมล', 'Mail language'), lang),
    el('button', { type: 'submit', id: 'person-save', class: 'primary' }, tr('บันทึก', 'Save')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    onSave(payload(active.checked));
  });
  if (editing?.active) {
    const off = el(
      'button',
      { type: 'button', id: 'person-deactivate' },
      tr('เลิกใช้งาน (เก็บแถวไว้)', 'Deactivate (keeps the row)'),
    );
    off.addEventListener('click', () => onSave(payload(false)));
    form.append(off);
  }
  return form;
}
