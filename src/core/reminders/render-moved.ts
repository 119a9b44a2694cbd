/**
 * The digest's section on due dates a calendar change moved: each case, its old and new date and why
 * (the holiday added or removed), in both bodies. Every value from a sheet is escaped in the HTML.
 */
import { formatDate } from '../dates/format';
import { type Lang, type Msg, msg, pick } from '../i18n/msg';
import { escapeHtml, rowLink } from './html';
import type { MovedNotice, ReminderSettings } from './types';

const TITLE = msg('กำหนดที่เลื่อนเพราะวันหยุดเปลี่ยน', 'Due dates moved by a change of holidays');
const INTRO = msg(
  'วันหยุดในปฏิทินที่ใช้เปลี่ยนไป กำหนดของเรื่องต่อไปนี้จึงเลื่อน:',
  'The holidays in use changed, so these due dates moved:',
);

/** For the subject line: "กำหนดเลื่อน 2 เรื่อง"; nothing when no date moved. */
export const movedCount = (n: number): Msg =>
  n === 0 ? msg('', '') : msg(`กำหนดเลื่อน ${n} เรื่อง`, `${n} due date${n === 1 ? '' : 's'} moved`);

const line = (n: MovedNotice, lang: Lang): string =>
  pick(
    msg(
      `เดิม ${formatDate(n.before, { lang: 'th' })} → ใหม่ ${formatDate(n.after, { lang: 'th' })}: ${n.why.th}`,
      `was ${formatDate(n.before, { lang: 'en' })} → now ${formatDate(n.after, { lang: 'en' })}: ${n.why.en}`,
    ),
    lang,
  );

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 300);

export function movedSection(
  moved: readonly MovedNotice[],
  lang: Lang,
  settings: ReminderSettings,
): { html: string[]; text: string[] } {
  if (moved.length === 0) return { html: [], text: [] };
  const t = (m: Msg) => pick(m, lang);
  const e = escapeHtml;
  const html = [
    `<h2 style="font-size:17px;margin:24px 0 4px">${e(t(TITLE))}</h2>`,
    `<p style="margin:0 0 8px">${e(t(INTRO))}</p>`,
    '<ul style="margin:0;padding-left:20px">',
  ];
  const text = ['', `== ${t(TITLE)} ==`, t(INTRO)];
  for (const n of moved) {
    const subject = oneLine(n.subject) || t(msg('(ไม่มีชื่อเรื่อง)', '(no subject)'));
    const where = `${oneLine(n.register.name)}${n.step ? ` · ${oneLine(t(n.step.name))}` : ''}`;
    const link = rowLink(settings.spreadsheetUrl, n.register.gid, n.row);
    const title = link
      ? `<a href="${e(link)}" style="color:#1a73e8;text-decoration:none">${e(subject)}</a>`
      : e(subject);
    html.push(
      `<li style="margin:0 0 6px">${title} <span style="color:#5f6368;font-size:12px">(${e(where)})</span><br>${e(line(n, lang))}</li>`,
    );
    text.push(`- ${subject} (${where})`, `  ${line(n, lang)}`);
    if (link) text.push(`  ${link}`);
  }
  html.push('</ul>');
  return { html, text };
}
