/**
 * ตรวจความพร้อม / Check: the last installation check (getSelfTest), a button to run it again
 * (runSelfTest), each check's finding and the one thing to do, the report as text to copy, a test
 * digest to oneself, and the set-up again to repair.
 */
import type { SelfTestView } from '../gas/sidebar-api/public';
import { clear, el } from './dom';
import { lang, pickText, tr } from './i18n';
import { call, say } from './server';
import { sendTestMail, setupForm, setupResult } from './setup';

const STATUS: Record<string, [string, string]> = {
  ok: ['ใช้ได้', 'ok'],
  warning: ['ควรแก้', 'warning'],
  failed: ['ใช้ไม่ได้', 'failed'],
  'not-possible': ['ตรวจที่นี่ไม่ได้', 'not possible here'],
};

let view: SelfTestView | null = null;

/** Copies the report: the Clipboard API where the sidebar's frame allows it, else the selected text. */
async function copy(text: HTMLTextAreaElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(text.value);
  } catch {
    text.hidden = false;
    text.select();
    document.execCommand('copy');
  }
  say(tr('คัดลอกรายงานแล้ว: วางส่งให้ผู้ดูแลระบบได้เลย', 'Report copied: paste it to whoever supports you'));
}

export function renderCheck(panel: HTMLElement): void {
  clear(panel);
  const run = el(
    'button',
    { type: 'button', id: 'check-run', class: 'primary' },
    tr('ตรวจเดี๋ยวนี้', 'Run the check'),
  );
  run.addEventListener('click', () => void runCheck(panel));
  panel.append(
    el('h2', {}, tr('ตรวจความพร้อม', 'Check this installation')),
    el(
      'p',
      { class: 'muted' },
      tr(
        'ตรวจบนบัญชีของคุณว่า Kamnot ใช้งานได้: สิทธิ์ การตรวจทุกชั่วโมง อีเมล สูตร เขตเวลา ใช้เวลาราวครึ่งนาที ไม่แก้ข้อมูลของคุณ',
        'Checks on your account that Kamnot works: permissions, the hourly check, mail, formulas, the time zone. About half a minute; your data is not changed.',
      ),
    ),
    run,
  );
  const report = view?.report;
  if (!report) {
    panel.append(
      el('p', { id: 'check-never' }, tr('ยังไม่เคยตรวจในสมุดงานนี้', 'Never checked in this workbook')),
    );
  } else {
    const counts = (s: string) => report.results.filter((r) => r.status === s).length;
    panel.append(
      el(
        'p',
        { id: 'check-summary' },
        `${new Date(report.at).toLocaleString(lang() === 'th' ? 'th-TH' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' })} · ${tr('ใช้ได้', 'ok')} ${counts('ok')} · ${tr('ควรแก้', 'warnings')} ${counts('warning')} · ${tr('ใช้ไม่ได้', 'failed')} ${counts('failed')} · ${tr('ตรวจที่นี่ไม่ได้', 'not possible here')} ${counts('not-possible')}`,
      ),
    );
    const list = el('ul', { id: 'check-results', class: 'plain checks' });
    for (const r of report.results) {
      const [th, en] = STATUS[r.status] ?? [r.status, r.status];
      const item = el(
        'li',
        { 'data-check': r.id, 'data-status': r.status, class: `check ${r.status}` },
        el('span', { class: 'badge' }, tr(th, en)),
        el('strong', {}, pickText(r.title)),
        el('p', { class: 'found' }, pickText(r.found)),
      );
      if (r.fix) item.append(el('p', { class: 'fix' }, `${tr('ต้องทำ', 'To do')}: ${pickText(r.fix)}`));
      list.append(item);
    }
    const text = el('textarea', {
      id: 'check-text',
      readonly: '',
      rows: '6',
      'aria-label': tr('รายงาน', 'The report'),
    });
    text.value = view?.text ?? '';
    text.hidden = true;
    const copyButton = el(
      'button',
      { type: 'button', id: 'check-copy' },
      tr('คัดลอกรายงาน', 'Copy the report'),
    );
    copyButton.addEventListener('click', () => void copy(text));
    panel.append(list, copyButton, text);
  }
  const mail = el(
    'button',
    { type: 'button', id: 'check-test-mail' },
    tr('ส่งอีเมลทดสอบถึงฉัน', 'Send me a test digest'),
  );
  mail.addEventListener('click', () => void sendTestMail());
  const again = el(
    'details',
    { id: 'check-setup' },
    el('summary', {}, tr('ตั้งค่าเริ่มต้นอีกครั้ง (ซ่อม)', 'Run the set-up again (repairs)')),
  );
  again.append(setupForm('check', () => void loadCheck(panel)));
  const done = setupResult();
  if (done) again.append(done);
  panel.append(mail, again);
}

async function runCheck(panel: HTMLElement): Promise<void> {
  try {
    view = await call('runSelfTest');
  } catch {
    // The status line says what went wrong.
  }
  renderCheck(panel);
}

export async function loadCheck(panel: HTMLElement): Promise<void> {
  try {
    view = await call('getSelfTest');
  } catch {
    // The status line says what went wrong.
  }
  renderCheck(panel);
}
