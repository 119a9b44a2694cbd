/** My cases: the signed-in user's (or a typed email's) overdue and due-soon cases; a click selects the row. */
import type { MyCases } from '../gas/sidebar-api/public';
import { clear, el, linkButton } from './dom';
import { pickText, tr } from './i18n';
import { call } from './server';
import { daysLeftWords, stateWords } from './states';

let mine: MyCases | null = null;
let typed = '';

export function renderMyCases(panel: HTMLElement): void {
  clear(panel);
  const form = el('form', { id: 'mine-form' });
  const input = el('input', { id: 'mine-email', type: 'email', autocomplete: 'email' });
  input.value = typed || mine?.email || '';
  form.append(
    el('label', { for: 'mine-email' }, tr('อีเมล (เว้นว่าง = ของฉัน)', 'Email (blank = mine)')),
    input,
    el('button', { type: 'submit', id: 'mine-show', class: 'primary' }, tr('แสดง', 'Show')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    typed = input.value.trim();
    void loadMyCases(panel);
  });
  panel.append(el('h2', {}, tr('เรื่องของฉัน', 'My cases')), form);
  if (!mine) return;
  if (mine.email === '') {
    panel.append(
      el(
        'p',
        { id: 'mine-unknown', class: 'warn' },
        tr(
          'Google ไม่แจ้งอีเมลของคุณให้ Kamnot: พิมพ์อีเมลของคุณด้านบน',
          'Google does not tell Kamnot your email: type it above',
        ),
      ),
    );
    return;
  }
  if (mine.cases.length === 0) {
    panel.append(el('p', { id: 'mine-none' }, tr('ไม่มีเรื่องที่ใกล้หรือเกินกำหนด', 'Nothing due soon or overdue')));
    return;
  }
  const list = el('ul', { id: 'mine-list', class: 'cases' });
  for (const c of mine.cases) {
    const title = `${c.subject || c.caseId} · ${c.register} ${tr('แถว', 'row')} ${c.row}`;
    list.append(
      el(
        'li',
        { class: c.state === 'overdue' ? 'late' : '', 'data-state': c.state },
        linkButton(title, { 'data-row': String(c.row) }, () => void call('showRows', c.gid, [c.row])),
        el(
          'div',
          { class: 'muted' },
          [
            stateWords(c.state),
            daysLeftWords(c.daysLeft),
            c.due ? `${tr('ครบ', 'due')} ${c.due}` : '',
            c.step ? pickText(c.step) : '',
          ]
            .filter((x) => x !== '')
            .join(' · '),
        ),
      ),
    );
  }
  panel.append(list);
}

export async function loadMyCases(panel: HTMLElement): Promise<void> {
  try {
    mine = await call('getMyCases', typed);
  } catch {
    // The status line says what went wrong.
  }
  renderMyCases(panel);
}
