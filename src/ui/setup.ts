/**
 * The guided start (runSetup): offered on Home while nobody is in People and no tab is a register, and
 * from the Check panel to repair. One form (name, role, reminder hour, calendar), then each step's
 * result, then the offer of a test digest to oneself.
 */
import type { SetupView } from '../gas/sidebar-api/public';
import { el } from './dom';
import { pickText, tr } from './i18n';
import { call, say } from './server';

const STEP_WORDS: Record<SetupView['steps'][number]['status'], [string, string]> = {
  done: ['ทำแล้ว', 'done'],
  already: ['มีอยู่แล้ว', 'already there'],
  skipped: ['ข้าม', 'skipped'],
  failed: ['ไม่สำเร็จ', 'failed'],
};

let last: SetupView | null = null;

export async function sendTestMail(): Promise<void> {
  try {
    const { message } = await call('sendTestDigest');
    say(message);
  } catch {
    // The status line says what went wrong.
  }
}

function field(id: string, label: string, control: HTMLElement): HTMLElement[] {
  return [el('label', { for: id }, label), control];
}

/** The set-up form; `after` runs once the set-up answered (Home reloads itself). */
export function setupForm(idPrefix: string, after: () => void): HTMLElement {
  const box = el('section', {
    id: `${idPrefix}-setup`,
    class: 'setup',
    'aria-labelledby': `${idPrefix}-setup-title`,
  });
  const name = el('input', { id: `${idPrefix}-setup-name`, type: 'text', autocomplete: 'name' });
  const role = el('input', {
    id: `${idPrefix}-setup-role`,
    type: 'text',
    autocomplete: 'organization-title',
  });
  const hour = el('select', { id: `${idPrefix}-setup-hour` });
  for (let h = 6; h <= 18; h++)
    hour.append(
      el(
        'option',
        { value: String(h), ...(h === 8 ? { selected: '' } : {}) },
        `${String(h).padStart(2, '0')}:00`,
      ),
    );
  const calendar = el('select', { id: `${idPrefix}-setup-calendar` });
  calendar.append(
    el('option', { value: 'TH' }, tr('ส่วนราชการ (สพป./สพม./สำนักงาน)', 'Government office (ESA, office)')),
    el(
      'option',
      { value: 'TH-SCHOOL' },
      tr('โรงเรียน (รวมวันครู 16 ม.ค.)', 'School (with Teachers’ Day, 16 Jan)'),
    ),
  );
  const form = el('form', { id: `${idPrefix}-setup-form` });
  form.append(
    ...field(name.id, tr('ชื่อของคุณ', 'Your name'), name),
    ...field(role.id, tr('ตำแหน่ง', 'Your role'), role),
    ...field(hour.id, tr('ส่งอีเมลเตือนเวลา (วันทำการ)', 'Send reminders at (working days)'), hour),
    ...field(calendar.id, tr('ปฏิทินวันหยุด', 'Holiday calendar'), calendar),
    el(
      'button',
      { type: 'submit', class: 'primary', id: `${idPrefix}-setup-run` },
      tr('ตั้งค่าเริ่มต้น', 'Set up Kamnot'),
    ),
  );
  const result = el('div', { id: `${idPrefix}-setup-result`, 'aria-live': 'polite' });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void (async () => {
      try {
        last = await call('runSetup', {
          name: name.value,
          role: role.value,
          hour: Number(hour.value),
          calendar: calendar.value === 'TH-SCHOOL' ? 'TH-SCHOOL' : 'TH',
        });
        say(tr('ตั้งค่าเริ่มต้นเสร็จแล้ว', 'Set-up finished'));
        after();
      } catch {
        // The status line says what went wrong.
      }
    })();
  });
  box.append(
    el(
      'h3',
      { id: `${idPrefix}-setup-title` },
      tr('เริ่มใช้ Kamnot ในสมุดงานนี้', 'Start Kamnot in this workbook'),
    ),
    el(
      'p',
      { class: 'muted' },
      tr(
        'สร้างแท็บของ Kamnot เพิ่มคุณเป็นคนแรกในแท็บ People ตั้งเวลาส่งอีเมลเตือนและปฏิทิน ติดตั้งการตรวจทุกชั่วโมง แล้วตรวจความพร้อม กดซ้ำได้: จะซ่อมสิ่งที่ขาด ไม่สร้างซ้ำ',
        'Creates Kamnot’s tabs, adds you as the first row of People, sets the reminder hour and the calendar, installs the hourly check and runs the installation check. Safe to press again: it repairs, never duplicates.',
      ),
    ),
    form,
    result,
  );
  return box;
}

/** What the last set-up did, step by step, and the offer of a test digest. */
export function setupResult(): HTMLElement | null {
  if (!last) return null;
  const list = el('ol', { id: 'setup-steps', class: 'steps' });
  for (const s of last.steps) {
    const [th, en] = STEP_WORDS[s.status];
    list.append(
      el('li', { 'data-step': s.id, 'data-status': s.status }, `${tr(th, en)}: ${pickText(s.message)}`),
    );
  }
  const mail = el(
    'button',
    { type: 'button', id: 'setup-test-mail' },
    tr('ส่งอีเมลทดสอบถึงฉัน', 'Send me a test digest'),
  );
  mail.addEventListener('click', () => void sendTestMail());
  return el('div', { id: 'setup-done' }, el('h3', {}, tr('ตั้งค่าเริ่มต้นแล้ว', 'What the set-up did')), list, mail);
}
