/**
 * People: who reminders go to. Add, edit or deactivate one person at a time (the server checks the
 * row and writes only it), and see which assignees in the registers no reminder can reach.
 */
import type { PeopleView, PersonInput, PersonRow } from '../gas/sidebar-api/public';
import { clear, el, linkButton } from './dom';
import { pickText, tr } from './i18n';
import { personForm } from './person-form';
import { call, say } from './server';

let view: PeopleView | null = null;
/** The row being edited (null: a new person). */
let editing: PersonRow | null = null;

function peopleTable(panel: HTMLElement, people: readonly PersonRow[]): HTMLElement {
  const body = el('tbody');
  for (const p of people) {
    body.append(
      el(
        'tr',
        { 'data-row': String(p.row), class: p.active ? '' : 'inactive' },
        el(
          'th',
          { scope: 'row' },
          linkButton(p.name || p.email, { 'aria-label': `${tr('แก้ไข', 'Edit')} ${p.name}` }, () => {
            editing = p;
            renderPeople(panel);
            document.getElementById('person-name')?.focus();
          }),
        ),
        el('td', { class: 'email' }, p.email),
        el('td', {}, p.active ? tr('ใช้งาน', 'active') : tr('ไม่ใช้งาน', 'inactive')),
      ),
    );
  }
  return el(
    'table',
    { id: 'people-list' },
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', { scope: 'col' }, tr('ชื่อ', 'Name')),
        el('th', { scope: 'col' }, tr('อีเมล', 'Email')),
        el('th', { scope: 'col' }, tr('สถานะ', 'Status')),
      ),
    ),
    body,
  );
}

export function renderPeople(panel: HTMLElement): void {
  clear(panel);
  panel.append(el('h2', {}, tr('บุคลากร', 'People')));
  if (!view) return;
  const add = el('button', { type: 'button', id: 'person-new' }, tr('+ เพิ่มคน', '+ Add a person'));
  add.addEventListener('click', () => {
    editing = null;
    renderPeople(panel);
    document.getElementById('person-name')?.focus();
  });
  panel.append(peopleTable(panel, view.people), add);
  panel.append(personForm(editing, view.people, (input) => void save(panel, input)));
  for (const p of view.problems) panel.append(el('p', { class: 'warn' }, `⚠ ${pickText(p)}`));
  if (view.unknownAssignees.length > 0) {
    const list = el('ul', { id: 'unknown-assignees', class: 'cases' });
    for (const u of view.unknownAssignees) {
      list.append(
        el(
          'li',
          {},
          linkButton(
            `${u.register} ${tr('แถว', 'row')} ${u.row}`,
            {},
            () => void call('showRows', u.gid, [u.row]),
          ),
          el('div', { class: 'muted' }, pickText(u.problem)),
        ),
      );
    }
    panel.append(el('h3', {}, tr('ผู้รับผิดชอบที่ส่งอีเมลถึงไม่ได้', 'Assignees no reminder can reach')), list);
  }
}

async function save(panel: HTMLElement, input: PersonInput): Promise<void> {
  try {
    view = await call('savePerson', input);
    editing = view.people.find((p) => p.email.toLowerCase() === input.email.trim().toLowerCase()) ?? null;
    renderPeople(panel);
    say(`บันทึก ${input.name} แล้ว / saved ${input.name}`);
  } catch {
    // The status line says what went wrong; the form keeps what was typed.
  }
}

export async function loadPeople(panel: HTMLElement): Promise<void> {
  try {
    view = await call('getPeople');
  } catch {
    // The status line says what went wrong.
  }
  renderPeople(panel);
}
