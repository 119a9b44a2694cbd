/** Home: the workbook's health at a glance (getHome). */

import { BE_OFFSET as BE } from '../core/dates/names';
import type { Home } from '../gas/sidebar-api/public';
import { clear, el, linkButton } from './dom';
import { pickText, tr } from './i18n';
import { call, say } from './server';
import { setupForm, setupResult } from './setup';

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
  const done = setupResult();
  if (done) panel.append(done);
  if (!home) return;
  if (home.setupNeeded) panel.append(setupForm('home', () => void loadHome(panel)));
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
  row(list, tr('ตรวจทุกชั่วโมง', 'Hourly check'), triggerWords(home.trigger), 'trigger');
  if (home.nextRun) {
    row(
      list,
      tr('ตรวจครั้งถัดไป', 'Next run'),
      home.nextRun.shown ? `≈ ${home.nextRun.shown}` : tr('ภายในชั่วโมงนี้', 'within the hour'),
      'next-run',
    );
  }
  row(
    list,
    tr('ส่งอีเมลเตือน', 'Reminders go out'),
    tr(
      `วันทำการ ${String(home.reminderHour).padStart(2, '0')}:00 น.`,
      `working days at ${String(home.reminderHour).padStart(2, '0')}:00`,
    ),
    'reminder-hour',
  );
  row(
    list,
    tr('โควตาอีเมลของเจ้าของ (หลังตรวจล่าสุด)', "Owner's mail quota (after the last run)"),
    home.ownerQuota === null ? tr('ยังไม่ทราบ', 'not known yet') : String(home.ownerQuota),
    'quota',
  );
  if (home.unconfirmedMails > 0) {
    row(
      list,
      tr('อีเมลที่ยืนยันไม่ได้', 'Unconfirmed mails'),
      `⚠ ${home.unconfirmedMails} ${tr('(ไม่ส่งซ้ำ ดูแท็บ _log)', '(not resent; see _log)')}`,
      'unconfirmed',
    );
  }
  const years = home.holidayYears;
  row(
    list,
    tr('ข้อมูลวันหยุด', 'Holiday data'),
    years
      ? `${tr('พ.ศ.', 'BE')} ${years.first + BE}–${years.last + BE}${years.nextYearMissing ? ` ⚠ ${tr('ยังไม่มีปีหน้า', 'next year missing')}` : ''}`
      : tr('เฉพาะวันเสาร์–อาทิตย์', 'weekends only'),
    'holidays',
  );
  panel.append(list, ...triggerActions(panel, home.trigger));
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
    const count = (which: string, n: number, rows: readonly number[], label: string) => {
      const cell = el('td', { 'data-count': which, class: which === 'overdue' && n > 0 ? 'late' : '' });
      if (n === 0) cell.textContent = '0';
      else
        cell.append(
          linkButton(
            String(n),
            { 'aria-label': `${r.name}: ${label} ${n}` },
            () => void call('showRows', r.gid, [...rows]),
          ),
        );
      return cell;
    };
    body.append(
      el(
        'tr',
        { 'data-gid': String(r.gid) },
        el(
          'th',
          { scope: 'row', title: pickText(r.procedure) },
          linkButton(r.name, { class: 'link tab-link' }, () => void call('showRows', r.gid, [])),
        ),
        count('open', r.open, r.openRows, tr('เปิดอยู่', 'open')),
        count('due-soon', r.dueSoon, r.dueSoonRows, tr('ใกล้ครบกำหนด', 'due soon')),
        count('overdue', r.overdue, r.overdueRows, tr('เกินกำหนด', 'overdue')),
      ),
    );
  }
  table.append(body);
  panel.append(table);
}

/** The workbook's hourly check as every officer sees it: its state, its owner, its last run. */
function triggerWords(t: Home['trigger']): string {
  const owner = t.owner
    ? ` · ${tr('เจ้าของ', 'owner')} ${t.owner}${t.mine ? ` (${tr('คุณ', 'you')})` : ''}`
    : '';
  const last = t.lastBeat ? ` · ${tr('ทำงานล่าสุด', 'last ran')} ${t.lastBeat.shown}` : '';
  switch (t.state) {
    case 'running':
      return `${tr('ทำงานอยู่', 'running')}${owner}${last}`;
    case 'waiting':
      return `${tr('ติดตั้งแล้ว รอรอบแรก', 'installed, first run due')}${owner}`;
    case 'no-spreadsheet':
      return `⚠ ${tr('ทำงานแต่ Google ไม่ส่งสเปรดชีตมาให้ จึงไม่ได้ตรวจและไม่ส่งอีเมล (ดู README: ส่วนเสริม)', 'runs, but Google gives it no spreadsheet, so nothing is checked or mailed (see the README: editor add-on)')}${owner}${last}`;
    case 'stale':
      return `⚠ ${tr('ไม่ได้ทำงานมาเกิน 3 ชั่วโมง', 'has not run for over 3 hours')}${owner}${last}`;
    default:
      return `⚠ ${tr('ยังไม่ได้ติดตั้ง', 'not installed')}`;
  }
}

/**
 * Install or repair when the check is the viewer's, missing or dead; "take over", which says what it
 * does, when another officer's check is alive (installing a second one would be refused).
 */
function triggerActions(panel: HTMLElement, t: Home['trigger']): HTMLElement[] {
  const othersAlive = t.owner !== '' && !t.mine && t.state !== 'stale' && t.state !== 'missing';
  if (!othersAlive) {
    const install = el(
      'button',
      { type: 'button', id: 'install-trigger' },
      t.installed
        ? tr('ซ่อมการตรวจทุกชั่วโมง', 'Repair the hourly check')
        : tr('ติดตั้งการตรวจทุกชั่วโมง', 'Install the hourly check'),
    );
    install.addEventListener('click', () => void triggerAction(panel, 'installTrigger'));
    return [install];
  }
  const explain = el(
    'p',
    { id: 'take-over-help', class: 'muted' },
    tr(
      `รับช่วงต่อ: การตรวจทุกชั่วโมงจะเป็นของคุณ อีเมลเตือนจะส่งในชื่อและโควตาอีเมลของคุณ และทริกเกอร์ของ ${t.owner} จะลบตัวเองในรอบถัดไป`,
      `Take over: the hourly check becomes yours, reminders go out under your name and mail quota, and ${t.owner}'s trigger removes itself at its next run.`,
    ),
  );
  const take = el(
    'button',
    { type: 'button', id: 'take-over-trigger', 'aria-describedby': 'take-over-help' },
    tr('รับช่วงการตรวจทุกชั่วโมง', 'Take over the hourly check'),
  );
  take.addEventListener('click', () => void triggerAction(panel, 'takeOverTrigger'));
  return [explain, take];
}

async function triggerAction(panel: HTMLElement, name: 'installTrigger' | 'takeOverTrigger'): Promise<void> {
  try {
    // Literal names: the build checks every server function the page calls.
    const { message } = await (name === 'installTrigger' ? call('installTrigger') : call('takeOverTrigger'));
    await loadHome(panel);
    say(message);
  } catch {
    // The status line says what went wrong.
  }
}

export async function loadHome(panel: HTMLElement): Promise<void> {
  try {
    home = await call('getHome');
  } catch {
    // The status line says what went wrong.
  }
  renderHome(panel);
}
