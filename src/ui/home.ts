/** Home: the workbook's health at a glance (getHome). */
import type { Home } from '../gas/sidebar-api/public';
import { clear, el } from './dom';
import { BE, pickText, tr } from './i18n';
import { call } from './server';

let home: Home | null = null;

/** The run's status as _log records it (done, partial, busy, error), in the reader's language. */
function statusWords(status: string): string {
  const words: Record<string, [string, string]> = {
    done: ['เสร็จครบ', 'done'],
    partial: ['ยังไม่ครบ จะทำต่อรอบหน้า', 'partial, continues next run'],
    busy: ['ข้าม: มีรอบอื่นทำงานอยู่', 'skipped: another run was busy'],
    error: ['ผิดพลาด', 'failed'],
  };
  const pair = words[status];
  return pair ? tr(pair[0], pair[1]) : status;
}

function row(list: HTMLElement, label: string, value: string, id: string): void {
  list.append(el('dt', {}, label), el('dd', { 'data-field': id }, value));
}

export function renderHome(panel: HTMLElement): void {
  clear(panel);
  const refresh = el('button', { type: 'button', id: 'home-refresh' }, tr('รีเฟรช', 'Refresh'));
  refresh.addEventListener('click', () => void loadHome(panel));
  panel.append(el('h2', {}, tr('ภาพรวม', 'Home')), refresh);
  if (!home) return;
  const list = el('dl', { id: 'home-health' });
  row(list, tr('รุ่น', 'Version'), home.version, 'version');
  const run = home.lastRun;
  row(
    list,
    tr('ตรวจล่าสุด', 'Last run'),
    run
      ? `${run.shown} · ${statusWords(run.status)} · ${tr('ปัญหา', 'problems')} ${run.problems} · ${tr('อีเมล', 'mails')} ${run.mails}`
      : tr('ยังไม่เคยตรวจ', 'never'),
    'last-run',
  );
  row(
    list,
    tr('ตรวจทุกชั่วโมง', 'Hourly check'),
    home.trigger.installed
      ? `${tr('ติดตั้งแล้ว', 'installed')}${home.trigger.owner ? ` · ${home.trigger.owner}` : ''}`
      : tr('ยังไม่ได้ติดตั้ง', 'not installed'),
    'trigger',
  );
  row(list, tr('โควตาอีเมลวันนี้', 'Mail quota left today'), String(home.mailQuotaLeft), 'quota');
  const years = home.holidayYears;
  row(
    list,
    tr('ข้อมูลวันหยุด', 'Holiday data'),
    years
      ? `${tr('พ.ศ.', 'BE')} ${years.first + BE}–${years.last + BE}${years.nextYearMissing ? ` ⚠ ${tr('ยังไม่มีปีหน้า', 'next year missing')}` : ''}`
      : tr('เฉพาะวันเสาร์–อาทิตย์', 'weekends only'),
    'holidays',
  );
  panel.append(list);
  panel.append(el('h3', {}, tr('ทะเบียน', 'Registers')));
  if (home.registers.length === 0) {
    panel.append(el('p', { id: 'no-registers' }, tr('ยังไม่มีทะเบียน', 'No registers yet')));
    return;
  }
  const table = el(
    'table',
    { id: 'home-registers' },
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', { scope: 'col' }, tr('ทะเบียน', 'Register')),
        el('th', { scope: 'col' }, tr('เปิด', 'Open')),
        el('th', { scope: 'col' }, tr('ใกล้', 'Soon')),
        el('th', { scope: 'col' }, tr('เกิน', 'Late')),
      ),
    ),
  );
  const body = el('tbody');
  for (const r of home.registers) {
    body.append(
      el(
        'tr',
        { 'data-gid': String(r.gid) },
        el('th', { scope: 'row', title: pickText(r.procedure) }, r.name),
        el('td', { 'data-count': 'open' }, String(r.open)),
        el('td', { 'data-count': 'due-soon' }, String(r.dueSoon)),
        el('td', { 'data-count': 'overdue', class: r.overdue > 0 ? 'late' : '' }, String(r.overdue)),
      ),
    );
  }
  table.append(body);
  panel.append(table);
}

export async function loadHome(panel: HTMLElement): Promise<void> {
  try {
    home = await call('getHome');
  } catch {
    // The status line says what went wrong.
  }
  renderHome(panel);
}
