/**
 * Sharing procedures between offices: export downloads a JSON file; import reads one, shows what it
 * would do (new, identical, or a conflict with the differences), and writes only what the officer
 * chooses. Replacing an existing procedure takes a second, explicit confirmation.
 */
import type { ImportCheck, ImportChoice, ImportResult } from '../gas/sidebar-api/public';
import { clear, el } from './dom';
import { pickText, tr } from './i18n';
import { call, say } from './server';

let fileText: string | null = null;
let fileName = '';
let check: ImportCheck | null = null;
let confirming = false;
let lastUrl: string | null = null;

const box = document.createElement('section');
box.id = 'proc-import';

let written: () => Promise<void> | void = () => {};

function choiceButton(id: string, text: string, choice: Exclude<ImportChoice, 'check'>, primary = false) {
  const b = el('button', { type: 'button', id, ...(primary ? { class: 'primary' } : {}) }, text);
  b.addEventListener('click', () => void choose(choice));
  return b;
}

function planView(c: ImportCheck): HTMLElement {
  const out = el('div', { id: 'proc-import-plan', 'data-kind': c.kind });
  if (c.kind === 'invalid') {
    out.append(el('p', { class: 'warn' }, tr('นำเข้าไม่ได้: ไฟล์มีปัญหา', 'Cannot import: the file has problems')));
    const list = el('ul', { class: 'plain' });
    for (const p of c.problems) list.append(el('li', { class: 'warn' }, `⚠ ${pickText(p)}`));
    out.append(list);
    return out;
  }
  const name = `${pickText(c)} (${c.id}) · ${c.steps} ${tr('ขั้น', c.steps === 1 ? 'step' : 'steps')}`;
  if (c.kind !== 'conflict') {
    if (c.kind === 'identical')
      out.append(el('p', {}, tr(`มีงานนี้อยู่แล้ว เหมือนกันทุกอย่าง: ${name}`, `Already here, identical: ${name}`)));
    else
      out.append(
        el('p', {}, tr(`งานใหม่: ${name}`, `A new procedure: ${name}`)),
        choiceButton('proc-import-add', tr('เพิ่มงานนี้', 'Add it'), 'add', true),
      );
    return out;
  }
  const changes = el('ul', { id: 'proc-import-changes', class: 'plain' });
  for (const x of c.changes) changes.append(el('li', {}, pickText(x)));
  out.append(
    el(
      'p',
      { class: 'warn' },
      tr(
        `มีงานรหัส ${c.id} อยู่แล้วและต่างจากไฟล์:`,
        `A procedure with ID ${c.id} exists and differs from the file:`,
      ),
    ),
    changes,
    choiceButton(
      'proc-import-new-id',
      tr(`เพิ่มเป็นรหัสใหม่ (${c.suggestedId})`, `Add as a new ID (${c.suggestedId})`),
      'new-id',
    ),
  );
  if (!confirming) {
    const replace = el(
      'button',
      { type: 'button', id: 'proc-import-replace' },
      tr(`แทนที่ ${c.id}…`, `Replace ${c.id}…`),
    );
    replace.addEventListener('click', () => {
      confirming = true;
      render();
      document.getElementById('proc-import-confirm')?.focus();
    });
    out.append(' ', replace);
    return out;
  }
  const cancel = el('button', { type: 'button', id: 'proc-import-cancel' }, tr('ยกเลิก', 'Cancel'));
  cancel.addEventListener('click', () => {
    confirming = false;
    render();
  });
  out.append(
    el(
      'p',
      { id: 'proc-import-warning', class: 'warn' },
      c.sameRules
        ? tr(`แทนที่ถ้อยคำของ ${c.id}? ฉบับเดิม`, `Replace the wording of ${c.id}? Same version`)
        : tr(
            `แทนที่ ${c.id} เป็นฉบับใหม่? เรื่องที่เปิดอยู่ใช้ฉบับเดิมต่อ`,
            `Replace ${c.id} as a new version? Open cases keep theirs`,
          ),
    ),
    choiceButton('proc-import-confirm', tr('ยืนยันแทนที่', 'Confirm replace'), 'replace', true),
    ' ',
    cancel,
  );
  return out;
}

function render(): void {
  clear(box);
  const input = el('input', { id: 'proc-file', type: 'file', accept: '.json,application/json' });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (!file) return;
    const reader = new FileReader();
    reader.addEventListener('load', () => {
      fileText = typeof reader.result === 'string' ? reader.result : '';
      fileName = file.name;
      void planFile();
    });
    reader.addEventListener('error', () => say('อ่านไฟล์ไม่ได้ / cannot read the file', 'error'));
    reader.readAsText(file);
  });
  box.append(
    el('h3', {}, tr('นำเข้าจากไฟล์', 'Import a file')),
    el('label', { for: 'proc-file' }, tr('ไฟล์กระบวนงาน (.json)', 'Procedure file (.json)')),
    input,
  );
  if (fileName) box.append(el('p', { class: 'muted' }, fileName));
  if (check) box.append(planView(check));
}

async function planFile(): Promise<void> {
  if (fileText === null) return;
  try {
    check = (await call('openProcedureFile', fileText, 'check')).check;
    confirming = false;
  } catch {
    check = null;
  }
  render();
}

async function choose(choice: Exclude<ImportChoice, 'check'>): Promise<void> {
  if (fileText === null) return;
  try {
    const result: ImportResult = await call('openProcedureFile', fileText, choice);
    check = result.check;
    confirming = false;
    if (result.saved) {
      const s = result.saved;
      fileText = null;
      check = null;
      fileName = '';
      await written();
      say(`นำเข้า ${s.id} แล้ว ฉบับที่ ${s.version} / imported ${s.id}, version ${s.version}`);
    } else say('ไม่มีอะไรต้องเปลี่ยน / nothing to change');
  } catch {
    // The status line says why (e.g. the procedure changed meanwhile): the plan stays for another choice.
  }
  render();
}

export function importSection(onWritten: () => Promise<void> | void): HTMLElement {
  written = onWritten;
  render();
  return box;
}

/** Downloads the procedure as a file; the link stays for browsers that block the automatic download. */
export async function exportOne(id: string, holder: HTMLElement): Promise<void> {
  try {
    const file = await call('exportProcedure', id);
    if (lastUrl) URL.revokeObjectURL(lastUrl);
    lastUrl = URL.createObjectURL(new Blob([file.text], { type: 'application/json' }));
    const link = el(
      'a',
      { href: lastUrl, download: file.fileName, id: 'proc-export-link' },
      `⬇ ${file.fileName}`,
    );
    clear(holder);
    holder.append(link);
    link.click();
    say(`ส่งออก ${file.fileName} แล้ว / exported ${file.fileName}`);
  } catch {
    // The status line says what went wrong.
  }
}
