/**
 * The print view: the report's blocks as one A4 page of HTML with a print button, the way offices
 * print (Sarabun, BE dates, Thai digits if asked, the office's name, fiscal year and period on every
 * sheet, page numbers at the foot). Every value from a sheet is escaped; the running header is a CSS
 * string, escaped for CSS as well. The only outside resource is Sarabun from Google Fonts, which the
 * dialog in Sheets loads; without it (offline, in tests) the browser uses a Thai system font.
 */
import { toThaiDigits } from '../dates/names';
import { type Lang, type Msg, pick } from '../i18n/msg';
import { escapeHtml } from '../reminders/html';
import type { Block, DocCell } from './document';
import { W } from './words';

export interface PrintOptions {
  readonly lang: Lang;
  readonly thaiDigits: boolean;
  /** The running header on every sheet: office · fiscal year · period. */
  readonly header: string;
  readonly title: string;
}

const SARABUN_CSS =
  'https://fonts.googleapis.com/css2?family=Sarabun:ital,wght@0,400;0,700;1,400&display=swap';

/** Sarabun first; TH Sarabun New / PSK where installed; Laksaman is the TLWG font drawn to the same design. */
const FONTS = "'Sarabun', 'TH Sarabun New', 'TH SarabunPSK', 'Laksaman', 'Garuda', 'Tahoma', sans-serif";

const BACKSLASH = String.fromCharCode(92);

/** A CSS string literal: every character that is not a plain letter or digit as a hex escape. */
export function cssString(text: string): string {
  let out = '"';
  for (const ch of text) {
    out += /[\p{L}\p{M}\p{N} ]/u.test(ch) ? ch : `${BACKSLASH}${ch.codePointAt(0)!.toString(16)} `;
  }
  return `${out}"`;
}

export function reportHtml(blocks: readonly Block[], options: PrintOptions): string {
  const { lang, thaiDigits } = options;
  const t = (m: Msg) => pick(m, lang);
  const digits = (s: string) => (thaiDigits ? toThaiDigits(s) : s);
  const text = (s: string) => escapeHtml(digits(s));
  const cell = (c: DocCell): { html: string; num: boolean } => {
    if (typeof c === 'string') return { html: text(c), num: /^[\d ()—%.]+$/.test(c) };
    if (typeof c === 'number')
      return { html: text(Number.isInteger(c) ? String(c) : c.toFixed(1)), num: true };
    return { html: text(c.rate === null ? '—' : `${(c.rate * 100).toFixed(1)}%`), num: true };
  };
  const body: string[] = [];
  for (const b of blocks) {
    switch (b.kind) {
      case 'title':
        body.push(`<h1>${text(b.text)}</h1>`);
        break;
      case 'subtitle':
        body.push(`<p class="sub">${text(b.text)}</p>`);
        break;
      case 'heading':
        body.push(`<h2>${text(b.text)}</h2>`);
        break;
      case 'subheading':
        body.push(`<h3>${text(b.text)}</h3>`);
        break;
      case 'note':
        body.push(`<p class="note">${text(b.text)}</p>`);
        break;
      case 'break':
        body.push('<div class="page-break"></div>');
        break;
      case 'table': {
        const head = b.head
          .map((h, i) => `<th${i < b.textColumns ? ' class="text"' : ''}>${text(h)}</th>`)
          .join('');
        const rows = b.rows.map((r, ri) => {
          const total = b.total === true && ri === b.rows.length - 1;
          const tds = r
            .map((c, i) => {
              const { html, num } = cell(c);
              return `<td${num && i >= b.textColumns ? ' class="num"' : ''}>${html}</td>`;
            })
            .join('');
          return `<tr${total ? ' class="total"' : ''}>${tds}</tr>`;
        });
        body.push(`<table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`);
        break;
      }
    }
  }
  const page = `"${t(W.page)} " counter(page${thaiDigits ? ', thai' : ''}) " / " counter(pages${thaiDigits ? ', thai' : ''})`;
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${text(options.title)}</title>
<link rel="stylesheet" href="${SARABUN_CSS}">
<style>
@page {
  size: A4 portrait;
  margin: 18mm 14mm 18mm 20mm;
  @top-right { content: ${cssString(digits(options.header))}; font: 9pt ${FONTS}; color: #555; }
  @bottom-center { content: ${page}; font: 10pt ${FONTS}; }
}
html { background: #f1f3f4; }
body { font-family: ${FONTS}; font-size: 11pt; line-height: 1.35; color: #000; margin: 0; }
main { background: #fff; width: 176mm; margin: 0 auto; padding: 18mm 14mm 18mm 20mm; box-sizing: content-box; }
h1 { font-size: 15pt; text-align: center; margin: 0 0 2mm; }
h2 { font-size: 13pt; margin: 6mm 0 2mm; break-after: avoid; }
h3 { font-size: 11.5pt; margin: 4mm 0 1.5mm; break-after: avoid; }
p.sub { text-align: center; margin: 0 0 1mm; }
p.note { font-size: 9.5pt; margin: 1mm 0; color: #333; }
table { border-collapse: collapse; width: 100%; font-size: 9.5pt; margin: 0 0 2mm; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { border: 0.5pt solid #666; padding: 1mm 1.5mm; vertical-align: top; overflow-wrap: anywhere; }
th { background: #e8eaed; font-weight: bold; text-align: center; overflow-wrap: normal; hyphens: auto; }
th.text { text-align: left; }
td.num { text-align: right; white-space: nowrap; }
tr.total td { font-weight: bold; background: #f1f3f4; }
.page-break { break-before: page; }
.toolbar { position: sticky; top: 0; background: #fff; border-bottom: 1px solid #dadce0; padding: 8px 12px; text-align: right; font-family: ${FONTS}; }
.toolbar button { font: inherit; font-size: 12pt; padding: 4px 16px; }
@media print {
  html { background: #fff; }
  .toolbar { display: none; }
  main { width: auto; margin: 0; padding: 0; }
}
</style>
</head>
<body>
<div class="toolbar"><button type="button" id="print-report">${text(t(W.print))} / ${lang === 'th' ? 'Print' : 'พิมพ์'}</button></div>
<main id="report">
${body.join('\n')}
</main>
<script>document.getElementById('print-report').addEventListener('click', function () { window.print(); });</script>
</body>
</html>
`;
}
