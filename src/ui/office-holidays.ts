/**
 * The office's own days off, inside Settings: listed by date, added with a date picker, removed one
 * at a time. Shipped public holidays are shown as a year range only: they are not the office's to edit.
 * A pasted list (a news item, the cabinet's announcement, an iCalendar file's text) is previewed day
 * by day, each with a box to tick; only the ticked days of the text previewed are added.
 */

import { dayFromIso } from '../core/dates/civil';
import { formatDate } from '../core/dates/format';
import { BE_OFFSET as BE } from '../core/dates/names';
import type { HolidayPastePreview, HolidaysView, PastedDayView } from '../gas/sidebar-api/public';
import { clear, el } from './dom';
import { pickText, tr } from './i18n';
import { call, say } from './server';

let view: HolidaysView | null = null;
/** The paste box: what is typed, the preview of the text last previewed, and the days ticked. */
let pasteText = '';
let preview: { text: string; result: HolidayPastePreview } | null = null;
let chosen = new Set<string>();
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
  box.append(form, pasteBox());
}

function stateText(d: PastedDayView): string {
  const state = {
    new: tr('ใหม่', 'new'),
    'in-tab': tr('มีในแท็บ Holidays แล้ว', 'already in Holidays'),
    'in-calendar': tr('เป็นวันหยุดราชการอยู่แล้ว', 'already a public holiday'),
    observance: tr('วันสำคัญ ไม่ใช่วันหยุด', 'an observance, not a day off'),
  }[d.state];
  return d.tentative ? `${state} · ${tr('วันที่ยังไม่แน่นอน', 'date may change')}` : state;
}

function pasteBox(): HTMLElement {
  const details = el('details', { id: 'holiday-paste-box' });
  if (pasteText !== '' || preview) details.setAttribute('open', '');
  details.append(
    el('summary', {}, tr('วางรายการวันหยุด', 'Paste a list of days off')),
    el(
      'p',
      { class: 'muted' },
      tr(
        'วางวันที่กับชื่อวันหยุดจากข่าวหรือประกาศ (พ.ศ. หรือ ค.ศ. ชื่อเดือนไทย เลขไทยได้ บรรทัดละวันหรือช่วงวัน เช่น 13–15 เมษายน 2570) หรือข้อความของไฟล์ iCalendar (.ics) เช่น ปฏิทินวันหยุดของ Google แล้วกดดูตัวอย่าง ยังไม่มีการบันทึกจนกว่าจะกดเพิ่ม',
        'Paste dates and names from a news item or an announcement (BE or CE, Thai month names and digits, one day or a stretch such as 13–15 April 2027 per line), or the text of an iCalendar (.ics) file such as Google’s holiday calendar, then preview. Nothing is written until you add.',
      ),
    ),
    el('label', { for: 'holiday-paste' }, tr('ข้อความที่วาง', 'Pasted text')),
  );
  const area = el('textarea', { id: 'holiday-paste', rows: '6', spellcheck: 'false' });
  area.value = pasteText;
  const result = el('div', { id: 'holiday-paste-preview' });
  area.addEventListener('input', () => {
    pasteText = area.value;
    if (preview && preview.text !== pasteText) {
      preview = null;
      clear(result);
    }
  });
  const look = el('button', { type: 'button', id: 'holiday-paste-look' }, tr('ดูตัวอย่าง', 'Preview'));
  look.addEventListener('click', () => void showPreview(area.value));
  details.append(area, look, result);
  if (preview) result.append(previewView(preview.result));
  return details;
}

function previewView(p: HolidayPastePreview): HTMLElement {
  const out = el('div', {});
  const fresh = p.days.filter((d) => d.state === 'new').length;
  out.append(
    el(
      'p',
      { id: 'holiday-paste-summary' },
      tr(
        `พบ ${p.days.length} วัน${p.format === 'icalendar' ? ' (ไฟล์ iCalendar)' : ''} เป็นวันใหม่ ${fresh} วัน`,
        `${p.days.length} days found${p.format === 'icalendar' ? ' (iCalendar file)' : ''}, ${fresh} new`,
      ),
    ),
  );
  const list = el('ul', { id: 'holiday-paste-days', class: 'plain' });
  const add = el('button', { type: 'button', id: 'holiday-paste-add', class: 'primary' });
  const label = () => {
    add.textContent = tr(`เพิ่ม ${chosen.size} วันที่เลือก`, `Add the ${chosen.size} chosen days`);
    add.disabled = chosen.size === 0;
  };
  for (const d of p.days) {
    const id = `holiday-paste-${d.date}`;
    const box = el('input', { type: 'checkbox', id });
    box.checked = chosen.has(d.date);
    box.disabled = d.state === 'in-tab' || d.state === 'in-calendar';
    box.addEventListener('change', () => {
      if (box.checked) chosen.add(d.date);
      else chosen.delete(d.date);
      label();
    });
    list.append(
      el(
        'li',
        { class: 'field check', 'data-date': d.date, 'data-state': d.state },
        el(
          'label',
          { for: id },
          `${thaiDate(d.date)} ${d.name} `,
          el('span', { class: 'muted' }, `(${stateText(d)})`),
        ),
        box,
      ),
    );
  }
  out.append(list);
  if (p.problems.length > 0) {
    const problems = el('ul', { id: 'holiday-paste-problems', class: 'plain' });
    for (const x of p.problems)
      problems.append(
        el('li', { class: 'warn' }, `⚠ ${tr('บรรทัด', 'Line')} ${x.line}: ${pickText(x.why)} — ${x.text}`),
      );
    out.append(el('p', {}, tr('อ่านไม่ได้ (ไม่เพิ่ม):', 'Not read (not added):')), problems);
  }
  if (p.ignored > 0)
    out.append(
      el(
        'p',
        { class: 'muted' },
        p.format === 'icalendar'
          ? tr(`ข้าม ${p.ignored} รายการที่ยกเลิกหรือไม่มีวันที่`, `${p.ignored} cancelled or undated events skipped`)
          : tr(`ข้าม ${p.ignored} บรรทัดที่ไม่มีวันที่`, `${p.ignored} lines without a date skipped`),
      ),
    );
  label();
  add.addEventListener('click', () => void addChosen());
  const cancel = el('button', { type: 'button', id: 'holiday-paste-cancel' }, tr('ยกเลิก', 'Cancel'));
  cancel.addEventListener('click', () => {
    preview = null;
    chosen = new Set();
    render();
  });
  out.append(add, cancel);
  return out;
}

async function showPreview(text: string): Promise<void> {
  pasteText = text;
  try {
    const result = await call('previewPastedHolidays', text);
    preview = { text, result };
    chosen = new Set(result.days.filter((d) => d.state === 'new').map((d) => d.date));
  } catch {
    preview = null; // The status line says what went wrong; the text stays.
  }
  render();
}

async function addChosen(): Promise<void> {
  if (!preview) return;
  try {
    const out = await call('addPastedHolidays', preview.text, [...chosen]);
    view = out.view;
    preview = null;
    pasteText = '';
    chosen = new Set();
    render();
    say(`เพิ่มแล้ว ${out.added.length} วัน / ${out.added.length} days added`);
  } catch {
    // The status line says what went wrong; the preview stays.
  }
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
