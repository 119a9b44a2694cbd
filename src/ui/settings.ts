/** Settings: every value of the Settings tab, edited and saved (the server validates the whole set). */

import type { Settings } from '../core/settings';
import type { SettingsView } from '../gas/sidebar-api/public';
import { clear, el } from './dom';
import { pickText, tr } from './i18n';
import { holidaysPanel, loadHolidays } from './office-holidays';
import { call, say } from './server';

let view: SettingsView | null = null;

/** Each choice with its words: officers pick "วันทำการ", not "workdays". */
const CHOICES: Partial<Record<keyof Settings, readonly (readonly [string | number, string, string])[]>> = {
  reminderHour: Array.from({ length: 24 }, (_, h) => {
    const text = `${String(h).padStart(2, '0')}:00`;
    return [h, `${text} น.`, text] as const;
  }),
  escalationEveryDays: [1, 2, 3, 5, 7, 14, 30].map((d) => [d, `ทุก ${d} วัน`, `every ${d} days`] as const),
  lang: [
    ['th', 'ไทย', 'Thai'],
    ['en', 'อังกฤษ', 'English'],
  ],
  plainDays: [
    ['workdays', 'วันทำการ', 'working days'],
    ['calendar-days', 'วันตามปฏิทิน', 'calendar days'],
  ],
  calendar: [
    ['TH', 'วันหยุดราชการไทย (TH)', 'Thai government holidays (TH)'],
    ['TH-SCHOOL', 'ราชการ + วันครู (TH-SCHOOL)', "Government + Teachers' Day (TH-SCHOOL)"],
    ['NONE', 'เฉพาะเสาร์–อาทิตย์ (NONE)', 'Weekends only (NONE)'],
  ],
};

/** The sidebar's labels (the Settings tab's help texts carry typing hints a form does not need). */
const LABELS: Record<keyof Settings, readonly [string, string]> = {
  reminderHour: ['ส่งอีเมลเตือนเวลา', 'Send reminders at'],
  dueSoonWorkdays: ['ใกล้ครบกำหนดเมื่อเหลือไม่เกิน (วันทำการ)', 'Due soon when working days left are at most'],
  dueSoonFraction: ['หรือเมื่อใช้เวลาไปแล้ว (%)', 'Or when this share of the time is used (%)'],
  escalation: ['แจ้งหัวหน้าเมื่อเกินกำหนด', 'Tell supervisors about overdue cases'],
  escalationEveryDays: ['แจ้งหัวหน้าซ้ำ', 'Remind supervisors again'],
  lang: ['ภาษาของอีเมล', 'Language of mails'],
  plainDays: ['คำว่า "วัน" ในคู่มือนับเป็น', 'The manuals\' plain "วัน" counts as'],
  calendar: ['ปฏิทินวันหยุด', 'Holiday calendar'],
};

/** The share of time used is typed as a percentage: 75, not 0.75. */
const PERCENT: keyof Settings = 'dueSoonFraction';

function control(name: keyof Settings, value: unknown): HTMLInputElement | HTMLSelectElement {
  const id = `setting-${name}`;
  const choices = CHOICES[name];
  if (choices) {
    const select = el('select', { id, name });
    const list = choices.some(([v]) => v === value)
      ? choices
      : [...choices, [value as string, String(value), String(value)] as const];
    for (const [v, th, en] of list) {
      const o = el('option', { value: String(v) }, tr(th, en));
      if (v === value) o.selected = true;
      select.append(o);
    }
    return select;
  }
  if (typeof value === 'boolean') {
    const box = el('input', { id, name, type: 'checkbox' });
    box.checked = value;
    return box;
  }
  const percent = name === PERCENT;
  const input = el('input', {
    id,
    name,
    type: 'number',
    step: percent ? '5' : '1',
    min: percent ? '5' : '0',
    max: percent ? '100' : '60',
  });
  input.value = String(percent ? Math.round(Number(value) * 100) : value);
  return input;
}

function read(form: HTMLFormElement): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of view?.fields ?? []) {
    const c = form.elements.namedItem(f.name) as HTMLInputElement | HTMLSelectElement | null;
    if (!c) continue;
    if (c instanceof HTMLInputElement && c.type === 'checkbox') out[f.name] = c.checked;
    else if (c instanceof HTMLInputElement && c.type === 'number')
      out[f.name] = c.value === '' ? null : Number(c.value) / (f.name === PERCENT ? 100 : 1);
    else if (typeof view?.values[f.name] === 'number') out[f.name] = Number(c.value);
    else out[f.name] = c.value;
  }
  return out;
}

export function renderSettings(panel: HTMLElement): void {
  clear(panel);
  panel.append(el('h2', {}, tr('ตั้งค่า', 'Settings')));
  if (!view) return;
  // novalidate: the server checks the whole set and names the bad fields in Thai and English.
  const form = el('form', { id: 'settings-form', novalidate: '' });
  for (const f of view.fields) {
    const c = control(f.name, view.values[f.name]);
    const words = LABELS[f.name];
    const label = el('label', { for: c.id }, words ? tr(words[0], words[1]) : pickText(f.help));
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
  panel.append(form, holidaysPanel());
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
  await loadHolidays();
}
