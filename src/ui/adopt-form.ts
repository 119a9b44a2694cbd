/**
 * The adoption form: one labelled select per field of the procedure (the tab's columns by letter and
 * header, or none), how sure Kamnot is in words, the inputs Kamnot may add, where its columns go, and
 * the date cells it cannot read. The officer's choices live in `Choices` so that switching language
 * (which re-renders) keeps them.
 */
import { CONFIDENCE_WORDS, confidenceOf } from '../core/adopt/confidence';
import type { AdoptionField, AdoptionProposal } from '../gas/sidebar-api/public';
import { el } from './dom';
import { pickText, tr } from './i18n';

export interface Choices {
  /** Field key → column letter, '' for none. */
  readonly columns: Map<string, string>;
  /** Column letter Kamnot's block goes before; '' = right of the table. */
  at: string;
  readonly add: Set<string>;
}

export function choicesOf(p: AdoptionProposal): Choices {
  return { columns: new Map(p.fields.map((f) => [f.key, f.column ?? ''])), at: '', add: new Set() };
}

function confidenceWords(f: Pick<AdoptionField, 'column' | 'confidence'>): string {
  return pickText(CONFIDENCE_WORDS[confidenceOf(f)]);
}

function fieldRow(p: AdoptionProposal, f: AdoptionField, i: number, choices: Choices): HTMLElement {
  const id = `adopt-field-${i}`;
  const select = el('select', { id, 'data-key': f.key });
  const chosen = choices.columns.get(f.key) ?? '';
  select.append(el('option', { value: '' }, tr('(ไม่มี)', '(none)')));
  for (const c of p.columns) {
    const o = el('option', { value: c.letter }, `${c.letter} · ${c.header}`);
    if (c.letter === chosen) o.selected = true;
    select.append(o);
  }
  const words = el('div', { class: 'muted confidence' });
  const describe = () => {
    const own = select.value !== (f.column ?? '');
    words.textContent = own ? tr('เลือกเอง', 'your choice') : confidenceWords(f);
    words.classList.toggle('low', !own && f.column !== null && f.confidence < 0.5);
  };
  describe();
  words.title = f.reasons.map(pickText).join('\n');
  select.addEventListener('change', () => {
    choices.columns.set(f.key, select.value);
    describe();
  });
  return el(
    'div',
    { class: 'field adopt-field' },
    el('label', { for: id }, pickText(f.header)),
    select,
    words,
  );
}

function addable(p: AdoptionProposal, choices: Choices): HTMLElement | null {
  if (p.addable.length === 0) return null;
  const box = el(
    'fieldset',
    { id: 'adopt-add' },
    el('legend', {}, tr('เพิ่มคอลัมน์ให้ด้วย', 'Also add columns for')),
  );
  for (const a of p.addable) {
    const id = `adopt-add-${a.key}`;
    const input = el('input', { type: 'checkbox', id, 'data-add': a.key });
    input.checked = choices.add.has(a.key);
    input.addEventListener('change', () => {
      if (input.checked) choices.add.add(a.key);
      else choices.add.delete(a.key);
    });
    box.append(el('div', { class: 'field check' }, el('label', { for: id }, pickText(a.header)), input));
  }
  return box;
}

function place(p: AdoptionProposal, choices: Choices): HTMLElement[] {
  const select = el('select', { id: 'adopt-at' });
  select.append(
    el(
      'option',
      { value: '' },
      tr(`ทางขวาของตาราง (คอลัมน์ ${p.right})`, `right of the table (column ${p.right})`),
    ),
  );
  for (const c of p.columns) {
    const o = el(
      'option',
      { value: c.letter },
      `${tr('ก่อนคอลัมน์', 'before column')} ${c.letter} · ${c.header}`,
    );
    if (c.letter === choices.at) o.selected = true;
    select.append(o);
  }
  select.addEventListener('change', () => {
    choices.at = select.value;
  });
  return [el('label', { for: 'adopt-at' }, tr('วางคอลัมน์ของ Kamnot', "Place Kamnot's columns")), select];
}

/** The date cells Kamnot cannot read: listed with the reason, never changed. */
export function unreadableList(cells: AdoptionProposal['unreadable'], id: string): HTMLElement | null {
  if (cells.length === 0) return null;
  const list = el('ul', { class: 'plain unreadable', id });
  for (const u of cells)
    list.append(el('li', { class: 'unreadable-cell' }, `${u.cell} "${u.value}": ${pickText(u.problem)}`));
  return el(
    'div',
    {},
    el(
      'h4',
      {},
      tr(
        `ช่องวันที่ที่อ่านไม่ได้ (Kamnot ไม่แก้ไข): ${cells.length} ช่อง`,
        `Date cells Kamnot cannot read (left as they are): ${cells.length}`,
      ),
    ),
    list,
  );
}

/** The whole form for one proposal; `onAdopt` is the confirm button. */
export function adoptionForm(p: AdoptionProposal, choices: Choices, onAdopt: () => void): HTMLElement {
  const form = el('div', { id: 'adopt-form' });
  form.append(
    el(
      'p',
      { class: 'muted', id: 'adopt-header-row' },
      p.headerRow === null
        ? tr('ไม่พบแถวหัวตาราง', 'No header row found')
        : tr(`แถวหัวตาราง: แถว ${p.headerRow}`, `Header row: row ${p.headerRow}`),
    ),
  );
  if (p.problems.length > 0) {
    const problems = el('ul', { class: 'plain warn', id: 'adopt-problems' });
    for (const m of p.problems) problems.append(el('li', {}, pickText(m)));
    form.append(problems);
  }
  const found = p.fields.map((f, i) => [f, i] as const).filter(([f]) => f.column !== null);
  const missing = p.fields.map((f, i) => [f, i] as const).filter(([f]) => f.column === null);
  const fields = el(
    'fieldset',
    { id: 'adopt-fields' },
    el('legend', {}, tr('คอลัมน์ของแท็บ', "The tab's columns")),
  );
  for (const [f, i] of found) fields.append(fieldRow(p, f, i, choices));
  if (missing.length > 0) {
    const more = el(
      'details',
      { id: 'adopt-missing' },
      el(
        'summary',
        {},
        tr(`ช่องที่ไม่พบในแท็บ (${missing.length})`, `Fields not found in the tab (${missing.length})`),
      ),
    );
    for (const [f, i] of missing) more.append(fieldRow(p, f, i, choices));
    fields.append(more);
  }
  form.append(fields);
  const add = addable(p, choices);
  if (add) form.append(add);
  form.append(...place(p, choices));
  const unreadable = unreadableList(p.unreadable, 'adopt-unreadable');
  if (unreadable) form.append(unreadable);
  const confirm = el(
    'button',
    { type: 'button', class: 'primary', id: 'adopt-confirm' },
    tr('นำแท็บนี้มาใช้', 'Adopt this tab'),
  );
  confirm.addEventListener('click', onAdopt);
  form.append(confirm);
  return form;
}
