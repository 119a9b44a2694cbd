/** Settings: every value of the Settings tab, edited and saved (the server validates the whole set). */

import type { Settings } from '../core/settings';
import type { SettingsView } from '../gas/sidebar-api/public';
import { clear, el } from './dom';
import { pickText, tr } from './i18n';
import { call, say } from './server';

let view: SettingsView | null = null;

const CHOICES: Partial<Record<keyof Settings, readonly string[]>> = {
  lang: ['th', 'en'],
  plainDays: ['workdays', 'calendar-days'],
  calendar: ['TH', 'TH-SCHOOL', 'NONE'],
};

function control(name: keyof Settings, value: unknown): HTMLInputElement | HTMLSelectElement {
  const id = `setting-${name}`;
  const choices = CHOICES[name];
  if (choices) {
    const select = el('select', { id, name });
    for (const c of choices) {
      const o = el('option', { value: c }, c);
      if (c === value) o.selected = true;
      select.append(o);
    }
    return select;
  }
  if (typeof value === 'boolean') {
    const box = el('input', { id, name, type: 'checkbox' });
    box.checked = value;
    return box;
  }
  const input = el('input', { id, name, type: 'number', step: name === 'dueSoonFraction' ? '0.05' : '1' });
  input.value = String(value);
  return input;
}

function read(form: HTMLFormElement): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of view?.fields ?? []) {
    const c = form.elements.namedItem(f.name) as HTMLInputElement | HTMLSelectElement | null;
    if (!c) continue;
    if (c instanceof HTMLInputElement && c.type === 'checkbox') out[f.name] = c.checked;
    else if (c instanceof HTMLInputElement && c.type === 'number')
      out[f.name] = c.value === '' ? null : Number(c.value);
    else out[f.name] = c.value;
  }
  return out;
}

export function renderSettings(panel: HTMLElement): void {
  clear(panel);
  panel.append(el('h2', {}, tr('ตั้งค่า', 'Settings')));
  if (!view) return;
  const form = el('form', { id: 'settings-form' });
  for (const f of view.fields) {
    const c = control(f.name, view.values[f.name]);
    const label = el('label', { for: c.id }, pickText(f.help));
    form.append(
      el(
        'div',
        { class: c instanceof HTMLInputElement && c.type === 'checkbox' ? 'field check' : 'field' },
        label,
        c,
      ),
    );
  }
  for (const p of view.problems) form.append(el('p', { class: 'warn' }, `⚠ ${pickText(p)}`));
  form.append(el('button', { type: 'submit', id: 'save-settings', class: 'primary' }, tr('บันทึก', 'Save')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void save(panel, read(form));
  });
  panel.append(form);
}

async function save(panel: HTMLElement, values: Record<string, unknown>): Promise<void> {
  try {
    view = await call('saveSettings', values as unknown as Settings);
    renderSettings(panel);
    say('บันทึกแล้ว / Saved');
  } catch {
    // The status line says what went wrong; the form keeps what was typed.
  }
}

export async function loadSettings(panel: HTMLElement): Promise<void> {
  try {
    view = await call('getSettings');
  } catch {
    // The status line says what went wrong.
  }
  renderSettings(panel);
}
