/**
 * "Bind an existing tab": tabs whose header row already has a procedure's columns (a copied register,
 * an imported .xlsx) become registers without retyping; Kamnot adds only its own missing columns.
 */
import type { BindableTab } from '../gas/sidebar-api/public';
import { clear, el } from './dom';
import { pickText, tr } from './i18n';
import { call, say } from './server';

let tabs: BindableTab[] | null = null;
const box = document.createElement('section');
box.id = 'bind-tabs';

function render(): void {
  clear(box);
  box.append(el('h3', {}, tr('ผูกแท็บที่มีอยู่แล้ว', 'Bind an existing tab')));
  if (!tabs) return;
  if (tabs.length === 0) {
    box.append(
      el(
        'p',
        { class: 'muted', id: 'bind-none' },
        tr('ไม่มีแท็บที่หัวตารางตรงกับกระบวนงานใด', 'No tab has a header row that matches a procedure'),
      ),
    );
    return;
  }
  tabs.forEach((t, i) => {
    const id = `bind-procedure-${i}`;
    const select = el('select', { id, 'data-gid': String(t.gid) });
    for (const p of t.procedures) {
      const extra = p.missing > 0 ? ` (+${p.missing} ${tr('คอลัมน์', 'columns')})` : '';
      select.append(el('option', { value: p.id }, `${pickText(p)}${extra}`));
    }
    const bind = el(
      'button',
      { type: 'button', class: 'primary', 'data-bind': String(t.gid) },
      tr('ผูกแท็บ', 'Bind'),
    );
    bind.addEventListener('click', () => void bindOne(t, select.value));
    box.append(el('div', { class: 'field' }, el('label', { for: id }, `"${t.name}"`), select, bind));
  });
}

async function bindOne(tab: BindableTab, procedureId: string): Promise<void> {
  try {
    const name = await call('bindTab', tab.gid, procedureId);
    tabs = (tabs ?? []).filter((t) => t.gid !== tab.gid);
    render();
    say(`แท็บ "${name}" เป็นทะเบียนแล้ว / the tab "${name}" is now a register`);
  } catch {
    // The status line says what went wrong.
  }
}

export function bindSection(): HTMLElement {
  render();
  return box;
}

export async function loadBindable(): Promise<void> {
  try {
    tabs = await call('listBindableTabs');
  } catch {
    // The status line says what went wrong.
  }
  render();
}
