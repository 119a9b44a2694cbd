/** Digest preview: the exact mail HTML, in a sandboxed iframe (the mail's own escaping is what shows). */
import type { Digest } from '../gas/sidebar-api/public';
import { clear, el } from './dom';
import { tr } from './i18n';
import { call } from './server';

let email = '';
/** Set once the officer asked for a preview: blank means "mine" (the server knows who is signed in). */
let asked = false;
let digest: Digest | null | undefined;

export function renderDigestPanel(panel: HTMLElement): void {
  clear(panel);
  const form = el('form', { id: 'digest-form' });
  const input = el('input', { id: 'digest-email', type: 'email', autocomplete: 'email' });
  input.value = email;
  form.append(
    el(
      'label',
      { for: 'digest-email' },
      tr('อีเมลของผู้รับ (ว่าง = ของฉัน)', 'Email of the person (blank = mine)'),
    ),
    input,
    el('button', { type: 'submit', id: 'digest-show', class: 'primary' }, tr('แสดงตัวอย่าง', 'Preview')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    email = input.value;
    asked = true;
    void loadDigestPanel(panel);
  });
  panel.append(el('h2', {}, tr('ตัวอย่างอีเมลสรุป', 'Digest preview')), form);
  if (digest === null) {
    panel.append(el('p', { id: 'digest-empty' }, tr('วันนี้ไม่มีอะไรต้องแจ้งคนนี้', 'Nothing for this person today')));
  } else if (digest) {
    const frame = el('iframe', {
      id: 'digest-frame',
      sandbox: '',
      title: tr('ตัวอย่างอีเมล', 'Mail preview'),
      referrerpolicy: 'no-referrer',
    });
    frame.srcdoc = digest.html;
    panel.append(el('p', { id: 'digest-subject' }, digest.subject), frame);
  }
}

export async function loadDigestPanel(panel: HTMLElement): Promise<void> {
  if (!asked) return;
  try {
    digest = await call('previewDigest', email);
  } catch {
    digest = undefined;
  }
  renderDigestPanel(panel);
}

/** The menu's "Preview my digest": the signed-in user's digest at once. */
export function askMine(): void {
  email = '';
  asked = true;
}
