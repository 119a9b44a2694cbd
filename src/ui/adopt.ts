/**
 * "Adopt this tab": an office's own tab (titles above the header, Thai headers, dates typed as BE
 * text) becomes a register without retyping. Kamnot proposes the procedure and which column is which;
 * the officer corrects, places Kamnot's columns and confirms. An adopted tab can stop being tracked:
 * Kamnot's columns go and the tab is as it was.
 */
import type { AdoptionResult, AdoptionView, StopResult } from '../gas/sidebar-api/public';
import { adoptionForm, type Choices, choicesOf, unreadableList } from './adopt-form';
import { loadBindable } from './bind-tab';
import { clear, el } from './dom';
import { pickText, tr } from './i18n';
import { call, say } from './server';

let view: AdoptionView | null = null;
let choices: Choices | null = null;
/** The last adoption: its unreadable cells stay listed after the form moves on. */
let adopted: AdoptionResult | null = null;
/** A stop the server asked to confirm: added input columns hold typed values. */
let asking: { gid: number; result: StopResult } | null = null;
const box = document.createElement('section');
box.id = 'adopt-tab';

function adoptedList(): HTMLElement | null {
  if (!view || view.adopted.length === 0) return null;
  const list = el('ul', { class: 'plain', id: 'adopted-tabs' });
  for (const t of view.adopted) {
    const stop = el(
      'button',
      { type: 'button', 'data-stop': String(t.gid) },
      tr('เลิกติดตามแท็บนี้', 'Stop tracking this tab'),
    );
    stop.addEventListener('click', () => void stopOne(t.gid, false));
    const item = el(
      'li',
      { 'data-gid': String(t.gid) },
      el('div', {}, `"${t.name}" · ${pickText(t.procedure)}`),
      stop,
    );
    if (asking?.gid === t.gid) item.append(confirmBox(t.gid, asking.result));
    list.append(item);
  }
  return el('div', {}, el('h4', {}, tr('แท็บที่นำมาใช้แล้ว', 'Adopted tabs')), list);
}

function confirmBox(gid: number, result: StopResult): HTMLElement {
  const what = result.typed.map((t) => `${pickText(t.header)} (${t.cells})`).join(', ');
  const yes = el(
    'button',
    { type: 'button', class: 'primary', id: 'stop-confirm' },
    tr('ยืนยัน ลบคอลัมน์เหล่านี้', 'Confirm: delete these columns'),
  );
  yes.addEventListener('click', () => void stopOne(gid, true));
  const no = el('button', { type: 'button', id: 'stop-cancel' }, tr('ไม่เลิกติดตาม', 'Keep tracking'));
  no.addEventListener('click', () => {
    asking = null;
    render();
  });
  return el(
    'div',
    { class: 'warn', id: 'stop-ask', role: 'alert' },
    el(
      'p',
      {},
      tr(
        `คอลัมน์ที่ Kamnot เพิ่มมีข้อมูลที่พิมพ์ไว้: ${what} ถ้าเลิกติดตาม ข้อมูลนี้จะถูกลบไปด้วย`,
        `Columns Kamnot added hold typed values: ${what}. Stopping deletes them too.`,
      ),
    ),
    yes,
    no,
  );
}

function tabPicker(): HTMLElement[] {
  const p = view!.proposal!;
  const tabs = el('select', { id: 'adopt-tab-select' });
  for (const t of view!.tabs) {
    const o = el('option', { value: String(t.gid) }, t.name);
    if (t.gid === p.gid) o.selected = true;
    tabs.append(o);
  }
  tabs.addEventListener('change', () => void load(Number(tabs.value), null));
  const procedures = el('select', { id: 'adopt-procedure' });
  for (const r of p.procedures) {
    const o = el('option', { value: r.id }, pickText(r));
    if (r.id === p.procedureId) o.selected = true;
    procedures.append(o);
  }
  procedures.addEventListener('change', () => void load(p.gid, procedures.value));
  return [
    el('label', { for: 'adopt-tab-select' }, tr('แท็บ', 'Tab')),
    tabs,
    el('label', { for: 'adopt-procedure' }, tr('กระบวนงาน (ที่เข้ากันที่สุดก่อน)', 'Procedure (best fit first)')),
    procedures,
  ];
}

function render(): void {
  clear(box);
  box.append(
    el('h3', {}, tr('นำแท็บนี้มาใช้', 'Adopt this tab')),
    el(
      'p',
      { class: 'muted' },
      tr(
        'แท็บที่สำนักงานทำไว้เอง: Kamnot เพิ่มเฉพาะคอลัมน์ของตัวเอง ค่า สูตร และรูปแบบเดิมคงอยู่ทุกช่อง',
        'A tab the office made itself: Kamnot adds only its own columns; every value, formula and format stays',
      ),
    ),
  );
  if (!view) return;
  if (adopted && adopted.warnings.length > 0) {
    const warnings = el('ul', { class: 'plain warn', id: 'adopted-warnings' });
    for (const w of adopted.warnings) warnings.append(el('li', {}, pickText(w)));
    box.append(warnings);
  }
  const done = adopted ? unreadableList(adopted.unreadable, 'adopted-unreadable') : null;
  if (done) box.append(done);
  const list = adoptedList();
  if (list) box.append(list);
  const p = view.proposal;
  if (!p || !choices) {
    box.append(
      el('p', { class: 'muted', id: 'adopt-none' }, tr('ไม่มีแท็บอื่นให้นำมาใช้', 'No other tab to adopt')),
    );
    return;
  }
  box.append(
    ...tabPicker(),
    adoptionForm(p, choices, () => void adoptNow()),
  );
}

async function load(gid: number | null, procedureId: string | null): Promise<void> {
  try {
    view = await call('proposeAdoption', gid, procedureId);
    choices = view.proposal ? choicesOf(view.proposal) : null;
  } catch {
    // The status line says what went wrong.
  }
  render();
}

async function adoptNow(): Promise<void> {
  const p = view?.proposal;
  if (!p || !choices) return;
  const mapping: Record<string, string | null> = {};
  for (const [key, letter] of choices.columns) mapping[key] = letter || null;
  const options = {
    ...(choices.at ? { at: choices.at } : {}),
    addInputs: [...choices.add],
    headers: Object.fromEntries(p.columns.map((c) => [c.letter, c.header])),
  };
  try {
    adopted = await call('adoptTab', p.gid, p.procedureId, mapping, options);
    asking = null;
    await Promise.all([load(null, null), loadBindable()]);
    say(
      `นำแท็บ "${adopted.name}" มาใช้แล้ว: เพิ่ม ${adopted.added} คอลัมน์ / adopted "${adopted.name}": ${adopted.added} columns added`,
    );
  } catch {
    // The status line says what went wrong; nothing was written.
  }
}

async function stopOne(gid: number, confirm: boolean): Promise<void> {
  try {
    const result = await call('stopTracking', gid, confirm);
    if (!result.stopped) {
      asking = { gid, result };
      render();
      return;
    }
    asking = null;
    adopted = null;
    await load(null, null);
    say(
      `เลิกติดตามแท็บ "${result.name}" แล้ว: แท็บกลับเป็นเหมือนเดิม / stopped tracking "${result.name}": the tab is as it was`,
    );
  } catch {
    // The status line says what went wrong.
  }
}

export function adoptSection(): HTMLElement {
  render();
  return box;
}

export async function loadAdoption(): Promise<void> {
  await load(null, null);
}
