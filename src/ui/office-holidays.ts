/**
 * The office's own days off, inside Settings: listed by date, added with a date picker, removed one
 * at a time. Shipped public holidays are shown as a year range only: they are not the office's to edit.
 */

import { dayFromIso } from '../core/dates/civil';
import { formatDate } from '../core/dates/format';
import { BE_OFFSET as BE } from '../core/dates/names';
import type { HolidaysView } from '../gas/sidebar-api/public';
import { clear, el } from './dom';
import { tr } from './i18n';
import { call, say } from './server';

let view: HolidaysView | null = null;
const box = document.createElement('section');
box.id = 'office-holidays';

function thaiDate(iso: string): string {
  const day = dayFromIso(iso);
  return day === null ? iso : formatDate(day, { style: 'numeric' });
}

function render(): void {
  clear(box);
  box.append(el('h3', {}, tr('วันหยุดของหน่วยงาน', "The office's own days off")));
  if (!view) return;
  box.append(
    el(
      'p',
      { class: 'muted', id: 'holiday-years' },
      view.years
        ? tr(
            `วันหยุดราชการมีให้แล้ว พ.ศ. ${view.years.first + BE}–${view.years.last + BE}`,
            `Public holidays are shipped for ${view.years.first}–${view.years.last}`,
          )
        : tr('ปฏิทิน NONE: ไม่มีวันหยุดราชการ', 'Calendar NONE: no public holidays'),
    ),
  );
  const list = el('ul', { id: 'holiday-list', class: 'plain' });
  for (const h of view.office) {
    const remove = el(
      'button',
      { type: 'button', 'aria-label': `${tr('ลบ', 'Remove')} ${h.name} ${thaiDate(h.date)}` },
      tr('ลบ', 'Remove'),
    );
    remove.addEventListener('click', () => void change(() => call('removeHoliday', h.row, h.date)));
    list.append(el('li', { 'data-date': h.date }, `${thaiDate(h.date)} ${h.name} `, remove));
  }
  if (view.office.length === 0) list.append(el('li', { class: 'muted' }, tr('ยังไม่มี', 'None yet')));
  box.append(list);
  if (view.unreadable.length > 0) {
    box.append(
      el(
        'p',
        { class: 'warn' },
        `⚠ ${tr('แถวที่อ่านวันที่ไม่ได้ในแท็บ Holidays', 'Holidays rows whose date cannot be read')}: ${view.unreadable.join(', ')}`,
      ),
    );
  }
  const form = el('form', { id: 'holiday-form' });
  const date = el('input', { id: 'holiday-date', type: 'date', required: '' });
  const name = el('input', { id: 'holiday-name', type: 'text', required: '', autocomplete: 'off' });
  form.append(
    el('label', { for: 'holiday-date' }, tr('วันที่', 'Date')),
    date,
    el('label', { for: 'holiday-name' }, tr('ชื่อวันหยุด', 'What the day is')),
    name,
    el('button', { type: 'submit', id: 'holiday-add', class: 'primary' }, tr('เพิ่มวันหยุด', 'Add the day off')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void change(() => call('addHoliday', date.value, name.value));
  });
  box.append(form);
}

async function change(action: () => Promise<HolidaysView>): Promise<void> {
  try {
    view = await action();
    render();
    say('บันทึกแล้ว / Saved');
  } catch {
    // The status line says what went wrong; the form keeps what was typed.
  }
}

/** The section, rendered in the page's language (Settings puts it under its form). */
export function holidaysPanel(): HTMLElement {
  render();
  return box;
}

export async function loadHolidays(): Promise<void> {
  try {
    view = await call('getHolidays');
  } catch {
    // The status line says what went wrong.
  }
  render();
}
