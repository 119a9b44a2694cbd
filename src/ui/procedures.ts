/**
 * Procedures: the office's own procedures (the Procedures tab), each with its version, the registers
 * that follow it and the problems of its rows; start a new one from the catalogue or from nothing,
 * edit, export or import one, and move a case to a procedure's new version.
 */
import type { CatalogueManual, ProcedureListItem, ProceduresView } from '../gas/sidebar-api/public';
import { clear, el, linkButton } from './dom';
import { pickText, tr } from './i18n';
import { blankStep, editing, openDraft, renderEditor } from './procedure-editor';
import { exportOne, importSection } from './procedure-import';
import { moveSection } from './procedure-move';
import { call } from './server';

let view: ProceduresView | null = null;
let catalogue: CatalogueManual[] | null = null;
let chosen = '';
let host: HTMLElement | null = null;

function rowLinks(rows: readonly number[]): HTMLElement | null {
  if (!view || rows.length === 0) return null;
  const gid = view.gid;
  return linkButton(
    rows.length === 1
      ? `${tr('แถว', 'row')} ${rows[0]}`
      : `${tr('แถว', 'rows')} ${rows[0]}–${rows[rows.length - 1]}`,
    { 'aria-label': tr('เปิดแถวในแท็บ Procedures', 'Open the rows in the Procedures tab') },
    () => void call('showRows', gid, [...rows]),
  );
}

function item(p: ProcedureListItem, exportHolder: HTMLElement): HTMLElement {
  const facts = [
    p.id,
    p.version === null ? tr('ยังไม่มีฉบับ', 'no version yet') : `${tr('ฉบับที่', 'version')} ${p.version}`,
    `${p.steps} ${tr('ขั้น', p.steps === 1 ? 'step' : 'steps')}`,
    p.registers.length > 0
      ? `${tr('ทะเบียน', 'registers')}: ${p.registers.map((r) => r.name).join(', ')}`
      : '',
  ].filter((x) => x !== '');
  const li = el(
    'li',
    { 'data-id': p.id, class: p.usable ? '' : 'late' },
    el('div', { class: 'name' }, pickText(p) || tr('(ไม่มีชื่อ)', '(no name)')),
    el('div', { class: 'muted' }, facts.join(' · ')),
  );
  if (!p.usable)
    li.append(
      el('p', { class: 'warn' }, tr('ยังไม่ถูกใช้จนกว่าจะแก้แถวที่ผิด', 'Not used until its invalid rows are fixed')),
    );
  for (const x of p.problems) {
    const where = x.row > 0 ? `${tr('แถว', 'row')} ${x.row}: ` : '';
    li.append(el('div', { class: 'warn' }, `⚠ ${where}${pickText(x.message)}`));
  }
  const tools = el('div', { class: 'proc-tools' });
  if (p.id !== '') {
    const edit = el(
      'button',
      { type: 'button', 'data-edit': p.id, 'aria-label': `${tr('แก้ไข', 'Edit')} ${pickText(p)}` },
      tr('แก้ไข', 'Edit'),
    );
    edit.addEventListener('click', () => void open(p.id));
    tools.append(edit, ' ');
    if (p.version !== null) {
      const out = el(
        'button',
        { type: 'button', 'data-export': p.id, 'aria-label': `${tr('ส่งออก', 'Export')} ${pickText(p)}` },
        tr('ส่งออกไฟล์', 'Export'),
      );
      out.addEventListener('click', () => void exportOne(p.id, exportHolder));
      tools.append(out, ' ');
    }
  }
  const links = rowLinks(p.rows);
  if (links) tools.append(links);
  li.append(tools);
  return li;
}

function newSection(): HTMLElement {
  const select = el('select', { id: 'proc-catalogue' });
  select.append(el('option', { value: '' }, tr('— เลือกงานจากคลัง —', '— choose from the catalogue —')));
  for (const m of catalogue ?? []) {
    const group = el('optgroup', { label: `${m.id} ${pickText(m.unit)}` });
    for (const p of m.procedures) {
      if (p.steps.length === 0) continue; // a checklist has no steps to copy
      const o = el('option', { value: p.id }, pickText(p));
      if (p.id === chosen) o.selected = true;
      group.append(o);
    }
    select.append(group);
  }
  select.addEventListener('change', () => {
    chosen = select.value;
  });
  const copy = el(
    'button',
    { type: 'button', id: 'proc-from-catalogue' },
    tr('สร้างจากงานในคลัง', 'New from the catalogue'),
  );
  copy.addEventListener('click', () => {
    if (chosen) void open(chosen);
  });
  const empty = el(
    'button',
    { type: 'button', id: 'proc-new-empty' },
    tr('สร้างงานเปล่า', 'New empty procedure'),
  );
  empty.addEventListener('click', () => {
    openDraft({ id: '', original: null, basis: '', th: '', en: '', steps: [blankStep(1)] }, hooks);
    rerender('proc-th');
  });
  return el(
    'section',
    { id: 'proc-new' },
    el('h3', {}, tr('สร้างกระบวนงาน', 'New procedure')),
    el('label', { for: 'proc-catalogue' }, tr('งานในคลัง', 'Catalogue procedure')),
    select,
    el('div', { class: 'proc-tools' }, copy, ' ', empty),
  );
}

const hooks = {
  saved: () => reload('proc-saved'),
  closed: () => rerender('proc-new-empty'),
};

function rerender(focus?: string): void {
  if (!host) return;
  renderProcedures(host);
  if (focus) document.getElementById(focus)?.focus();
}

async function open(id: string): Promise<void> {
  try {
    openDraft(await call('getProcedureDraft', id), hooks);
    rerender('proc-th');
  } catch {
    // The status line says what went wrong.
  }
}

export function renderProcedures(panel: HTMLElement): void {
  host = panel;
  clear(panel);
  panel.append(el('h2', {}, tr('กระบวนงาน', 'Procedures')));
  if (!view) return;
  panel.append(
    el(
      'p',
      { class: 'muted' },
      tr(
        'กระบวนงานของหน่วยงานเอง: เก็บในแท็บ Procedures หนึ่งแถวต่อหนึ่งขั้น ทะเบียนที่ใช้งานนั้นตามการแก้ไข',
        "The office's own procedures: kept in the Procedures tab, one row per step; their registers follow every change",
      ),
    ),
  );
  for (const p of view.problems) panel.append(el('p', { class: 'warn' }, `⚠ ${pickText(p)}`));
  const exportHolder = el('div', { id: 'proc-export' });
  const list = el('ul', { id: 'proc-list', class: 'cases' });
  for (const p of view.procedures) list.append(item(p, exportHolder));
  if (view.procedures.length === 0)
    panel.append(
      el('p', { id: 'proc-none' }, tr('ยังไม่มีกระบวนงานของหน่วยงาน', 'No procedures of the office yet')),
    );
  else panel.append(list);
  panel.append(exportHolder, newSection());
  if (editing()) {
    const box = el('section', { id: 'proc-editor', 'aria-labelledby': 'proc-editor-title' });
    panel.append(box);
    renderEditor(box);
  }
  panel.append(
    importSection(() => reload()),
    moveSection(view),
  );
}

async function reload(focus?: string): Promise<void> {
  try {
    view = await call('listProcedures');
  } catch {
    // The status line says what went wrong.
  }
  rerender(focus);
}

export async function loadProcedures(panel: HTMLElement): Promise<void> {
  host = panel;
  try {
    view = await call('listProcedures');
    catalogue ??= await call('listCatalogue');
  } catch {
    // The status line says what went wrong.
  }
  renderProcedures(panel);
}
