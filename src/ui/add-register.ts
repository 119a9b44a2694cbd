/** Add a register: browse the catalogue by manual, search Thai/English, preview steps, create in one click. */
import type { CatalogueManual, CatalogueProcedure } from '../gas/sidebar-api/public';
import { adoptSection, loadAdoption } from './adopt';
import { bindSection, loadBindable } from './bind-tab';
import { clear, el } from './dom';
import { pickText, tr } from './i18n';
import { call, say } from './server';

let catalogue: CatalogueManual[] | null = null;
let manualId = '';
let unitTh = '';
let query = '';
let selected = '';

function matches(p: CatalogueProcedure): boolean {
  const q = query.trim().toLowerCase();
  if (unitTh !== '' && p.unit.th !== unitTh) return false;
  return q === '' || `${p.th} ${p.en} ${p.id}`.toLowerCase().includes(q);
}

/** The office units (กลุ่ม) of the chosen manual, or of all manuals. */
function unitOptions(select: HTMLSelectElement): void {
  clear(select);
  select.append(el('option', { value: '' }, tr('ทุกกลุ่มงาน', 'All office units')));
  const seen = new Map<string, string>();
  for (const m of catalogue ?? []) {
    if (manualId && m.id !== manualId) continue;
    for (const p of m.procedures) if (!seen.has(p.unit.th)) seen.set(p.unit.th, pickText(p.unit));
  }
  if (!seen.has(unitTh)) unitTh = '';
  for (const [th, shown] of seen) {
    const o = el('option', { value: th }, shown);
    if (th === unitTh) o.selected = true;
    select.append(o);
  }
}

function preview(p: CatalogueProcedure, onCreate: () => void): HTMLElement {
  const box = el('section', { id: 'procedure-preview', 'aria-label': tr('รายละเอียด', 'Details') });
  box.append(
    el('h3', {}, pickText(p)),
    el(
      'p',
      { class: 'muted' },
      `${pickText(p.unit)} · ${tr('ที่มา', 'Source')}: ${p.source.file} ${p.source.section}`,
    ),
  );
  const list = el('ol', { class: 'steps' });
  for (const s of p.steps) {
    list.append(
      el(
        'li',
        {},
        el('div', {}, pickText(s)),
        s.words ? el('div', { class: 'words' }, `${tr('คู่มือ', 'Manual')}: ${s.words}`) : null,
        el('div', { class: 'rule' }, `Kamnot: ${pickText(s.rule)}`),
      ),
    );
  }
  const create = el(
    'button',
    { type: 'button', id: 'create-register', class: 'primary' },
    tr('สร้างทะเบียน', 'Create register'),
  );
  create.addEventListener('click', onCreate);
  box.append(list, create);
  return box;
}

export function renderAdd(panel: HTMLElement): void {
  clear(panel);
  panel.append(el('h2', {}, tr('เพิ่มทะเบียน', 'Add a register')));
  if (!catalogue) return;
  const manualSelect = el('select', { id: 'manual' });
  manualSelect.append(el('option', { value: '' }, tr('ทุกคู่มือ', 'All manuals')));
  for (const m of catalogue) {
    const o = el('option', { value: m.id }, `${m.id} ${pickText(m.office)}`);
    if (m.id === manualId) o.selected = true;
    manualSelect.append(o);
  }
  const unitSelect = el('select', { id: 'unit' });
  unitOptions(unitSelect);
  const search = el('input', { id: 'search', type: 'search', value: query, autocomplete: 'off' });
  const procSelect = el('select', { id: 'procedure', size: '8' });
  const details = el('div', { id: 'procedure-details' });
  const fill = () => {
    clear(procSelect);
    for (const m of catalogue ?? []) {
      if (manualId && m.id !== manualId) continue;
      const procs = m.procedures.filter(matches);
      if (procs.length === 0) continue;
      const group = el('optgroup', { label: `${m.id} ${pickText(m.unit)}` });
      for (const p of procs) {
        const o = el('option', { value: p.id }, pickText(p));
        if (p.id === selected) o.selected = true;
        group.append(o);
      }
      procSelect.append(group);
    }
  };
  const show = () => {
    clear(details);
    const p = catalogue?.flatMap((m) => m.procedures).find((x) => x.id === selected);
    if (p) details.append(preview(p, () => void create(p)));
  };
  manualSelect.addEventListener('change', () => {
    manualId = manualSelect.value;
    unitOptions(unitSelect);
    fill();
  });
  unitSelect.addEventListener('change', () => {
    unitTh = unitSelect.value;
    fill();
  });
  search.addEventListener('input', () => {
    query = search.value;
    fill();
  });
  procSelect.addEventListener('change', () => {
    selected = procSelect.value;
    show();
  });
  panel.append(
    el('label', { for: 'manual' }, tr('คู่มือ', 'Manual')),
    manualSelect,
    el('label', { for: 'unit' }, tr('กลุ่มงาน', 'Office unit')),
    unitSelect,
    el('label', { for: 'search' }, tr('ค้นหา (ไทย/อังกฤษ)', 'Search (Thai/English)')),
    search,
    el('label', { for: 'procedure' }, tr('กระบวนงาน', 'Procedure')),
    procSelect,
    details,
    bindSection(),
    adoptSection(),
  );
  fill();
  show();
}

async function create(p: CatalogueProcedure): Promise<void> {
  try {
    const name = await call('createRegister', p.id);
    say(`สร้างแท็บ "${name}" แล้ว / created the tab "${name}"`);
  } catch {
    // The status line says what went wrong.
  }
}

export async function loadAdd(panel: HTMLElement): Promise<void> {
  if (!catalogue) {
    try {
      catalogue = await call('listCatalogue');
    } catch {
      // The status line says what went wrong.
    }
  }
  renderAdd(panel);
  await loadBindable();
  await loadAdoption();
}
