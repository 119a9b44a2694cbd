/**
 * Report: the service statistics and timeliness for a fiscal year, a period of it and a scope (the
 * office, a unit, a person). "Build the Report tab" writes it into the workbook; "Print view" opens it
 * on A4 in a dialog with a print button.
 */
import { BE_OFFSET, EN_MONTHS_LONG, TH_MONTHS_SHORT } from '../core/dates/names';
import type { ReportAsk, ReportBuilt, ReportLine, ReportOptions } from '../gas/sidebar-api/public';
import { clear, el } from './dom';
import { lang, pickText, tr } from './i18n';
import { call, say } from './server';

let options: ReportOptions | null = null;
let built: ReportBuilt | null = null;
let ask: Required<ReportAsk> | null = null;

function periods(): [string, string][] {
  const list: [string, string][] = [
    ['year', tr('ทั้งปีงบประมาณ', 'The whole fiscal year')],
    ['h1', tr('ครึ่งปีแรก (ต.ค.–มี.ค.)', 'First half (Oct–Mar)')],
    ['h2', tr('ครึ่งปีหลัง (เม.ย.–ก.ย.)', 'Second half (Apr–Sep)')],
  ];
  const quarters = ['ต.ค.–ธ.ค.', 'ม.ค.–มี.ค.', 'เม.ย.–มิ.ย.', 'ก.ค.–ก.ย.'];
  const quartersEn = ['Oct–Dec', 'Jan–Mar', 'Apr–Jun', 'Jul–Sep'];
  quarters.forEach((q, i) => {
    list.push([`q${i + 1}`, tr(`ไตรมาส ${i + 1} (${q})`, `Q${i + 1} (${quartersEn[i]})`)]);
  });
  for (const m of [10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9])
    list.push([`m${m}`, tr(`เดือน ${TH_MONTHS_SHORT[m - 1]}`, EN_MONTHS_LONG[m - 1]!.slice(0, 3))]);
  return list;
}

function select(id: string, label: string, choices: readonly [string, string][], value: string): HTMLElement {
  const s = el('select', { id, name: id });
  for (const [v, text] of choices) {
    const o = el('option', { value: v }, text);
    if (v === value) o.selected = true;
    s.append(o);
  }
  return el('div', { class: 'field' }, el('label', { for: id }, label), s);
}

function currentAsk(form: HTMLFormElement): Required<ReportAsk> {
  const value = (name: string) =>
    (form.elements.namedItem(name) as HTMLSelectElement | HTMLInputElement).value;
  return {
    fiscalYear: Number(value('report-year')),
    period: value('report-period'),
    scope: value('report-scope'),
    lang: value('report-lang') === 'en' ? 'en' : 'th',
    thaiDigits: (form.elements.namedItem('report-digits') as HTMLInputElement).checked,
  };
}

function percent(rate: number | null): string {
  return rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`;
}

function summary(result: ReportBuilt): HTMLElement {
  const head = [
    tr('กระบวนงาน', 'Procedure'),
    tr('รับ', 'In'),
    tr('เสร็จ', 'Done'),
    tr('ตรงเวลา', 'On time'),
    tr('เกิน', 'Late'),
  ];
  const row = (l: ReportLine, name: string) =>
    el(
      'tr',
      {},
      el('th', { scope: 'row' }, name),
      el('td', {}, String(l.received)),
      el('td', {}, String(l.finished)),
      el('td', {}, percent(l.rate)),
      el('td', { class: l.overdue > 0 ? 'late' : '' }, String(l.overdue)),
    );
  const body = el('tbody');
  for (const r of result.registers) body.append(row(r, r.name));
  body.append(row(result.total, tr('รวม', 'Total')));
  return el(
    'div',
    { id: 'report-summary' },
    el('p', { class: 'muted' }, `${pickText(result.period)} · ${pickText(result.scope)}`),
    el('table', {}, el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { scope: 'col' }, h)))), body),
    el(
      'p',
      { class: 'muted' },
      tr(
        `เกิน = ค้างเกินกำหนด ณ ${result.asOf} · เรื่องที่ล่าช้าหรือเกินกำหนด ${result.exceptions} เรื่อง`,
        `Late = open and overdue on ${result.asOf} · cases late or overdue: ${result.exceptions}`,
      ),
    ),
  );
}

export function renderReport(panel: HTMLElement): void {
  clear(panel);
  panel.append(el('h2', {}, tr('รายงาน', 'Report')));
  if (!options) return;
  const o = options;
  panel.append(
    el(
      'p',
      { class: o.officeName ? 'muted' : 'warn', id: 'report-office' },
      o.officeName
        ? `${o.officeName}${o.itaItem ? ` · ITA ${o.itaItem}` : ''}`
        : tr(
            'ใส่ชื่อหน่วยงาน (office-name) และข้อ ITA (ita-item) ในแท็บ Settings เพื่อพิมพ์บนรายงาน',
            'Type the office name (office-name) and the ITA item (ita-item) in the Settings tab for the report',
          ),
    ),
  );
  const a = ask ?? {
    fiscalYear: o.currentYear,
    period: 'year',
    scope: 'office',
    lang: lang(),
    thaiDigits: false,
  };
  const years = o.fiscalYears.map(
    (y) => [String(y), tr(`ปีงบประมาณ ${y}`, `FY ${y - BE_OFFSET} (BE ${y})`)] as [string, string],
  );
  const scopes: [string, string][] = [
    ['office', tr('ทั้งหน่วยงาน', 'The whole office')],
    ...o.units.map((u) => [`unit:${u.th}`, `${tr('กลุ่ม', 'Unit')}: ${pickText(u)}`] as [string, string]),
    ...o.people.map((p) => [`person:${p.email}`, `${p.name || p.email}`] as [string, string]),
  ];
  const digits = el('input', { id: 'report-digits', name: 'report-digits', type: 'checkbox' });
  digits.checked = a.thaiDigits;
  const form = el(
    'form',
    { id: 'report-form', novalidate: '' },
    select('report-year', tr('ปีงบประมาณ', 'Fiscal year'), years, String(a.fiscalYear)),
    select('report-period', tr('ช่วงเวลา', 'Period'), periods(), a.period),
    select('report-scope', tr('ขอบเขต', 'Scope'), scopes, a.scope),
    select(
      'report-lang',
      tr('ภาษาของรายงาน', 'Report language'),
      [
        ['th', 'ไทย'],
        ['en', 'English'],
      ],
      a.lang,
    ),
    el(
      'div',
      { class: 'field check' },
      el('label', { for: 'report-digits' }, tr('เลขไทยในหน้าพิมพ์', 'Thai digits when printed')),
      digits,
    ),
    el(
      'button',
      { type: 'submit', id: 'build-report', class: 'primary' },
      tr('สร้างแท็บรายงาน', 'Build the Report tab'),
    ),
    ' ',
    el('button', { type: 'button', id: 'print-report' }, tr('มุมมองสำหรับพิมพ์', 'Print view')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    ask = currentAsk(form);
    void build(panel, ask);
  });
  form.querySelector('#print-report')!.addEventListener('click', () => {
    ask = currentAsk(form);
    void printView(ask);
  });
  panel.append(form);
  if (built) panel.append(summary(built));
}

async function build(panel: HTMLElement, wanted: Required<ReportAsk>): Promise<void> {
  try {
    built = await call('buildReport', wanted);
    renderReport(panel);
    await call('showRows', built.gid, []);
    say(`สร้างแท็บ ${built.tab} แล้ว / the ${built.tab} tab is ready`);
  } catch {
    // The status line says what went wrong.
  }
}

async function printView(wanted: Required<ReportAsk>): Promise<void> {
  try {
    await call('showReportPrint', wanted);
    say('เปิดมุมมองสำหรับพิมพ์แล้ว / the print view is open');
  } catch {
    // The status line says what went wrong.
  }
}

export async function loadReport(panel: HTMLElement): Promise<void> {
  try {
    options = await call('getReportOptions');
  } catch {
    // The status line says what went wrong.
  }
  renderReport(panel);
}
