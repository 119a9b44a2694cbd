/**
 * A planned digest as mail: subject, HTML body and plain-text body, in the digest's language.
 * Every value from a sheet is escaped in the HTML; links are the workbook URL plus numbers only.
 * Inline styles and no external resource: mail clients strip the rest.
 *
 * Officers read mail on phones: each case is a block of lines, not a table row, so a 390 px screen
 * shows it without scrolling sideways (a five-column table made the page 470–550 px wide with the
 * state off-screen), and long words wrap. What a long digest leaves out is chosen by digest-cut.ts.
 */
import type { Day } from '../dates/civil';
import { formatDate } from '../dates/format';
import { type Lang, type Msg, msg, pick } from '../i18n/msg';
import { rangeText } from '../register/computed';
import { cutDigest } from './digest-cut';
import { escapeHtml, rowLink, tabLink, workbookLink } from './html';
import { movedCount, movedSection } from './render-moved';
import type { DigestEntry, DigestItem, PlannedDigest, ReminderSettings, Stage } from './types';
import { countWords, daysLeftWords, moreWords, noStages, STAGE_WORDS, WORDS } from './words';

export interface RenderedDigest {
  readonly subject: string;
  readonly html: string;
  readonly text: string;
}

const COLOR: Record<Stage, string> = {
  escalation: '#c5221f',
  overdue: '#c5221f',
  'due-today': '#b06000',
  'due-soon': '#8a6100',
  uncertain: '#5f6368',
};
const FONT = 'font-family:Tahoma,Arial,sans-serif;font-size:15px;line-height:1.45;color:#202124';
// Thai has no spaces between words and a pasted reference may be one long token: both must wrap.
const WRAP = 'overflow-wrap:anywhere;word-wrap:break-word;word-break:break-word';
const MUTED = 'color:#5f6368;font-size:13px';
const CASE = 'padding:8px 0;border-top:1px solid #e3e6e8';
const LINK = 'color:#1a73e8;text-decoration:none';

/** A cell's text on one line: a pasted line break must not break the layout of either body. */
const oneLine = (text: string): string => clip(text.replace(/\s+/g, ' ').trim());

/** A 50,000-character cell must still leave a digest that sends (the mail body is capped at 200 KB). */
const MAX_CELL = 300;

function clip(text: string): string {
  return text.length > MAX_CELL ? `${text.slice(0, MAX_CELL - 1)}…` : text;
}

/** What one case of the digest shows, in words, before any escaping. */
interface Row {
  readonly subject: string;
  /** The case's reference: its id, and its document number when it has one of its own. */
  readonly ref: Msg;
  readonly step: string;
  readonly due: string;
  readonly left: string;
  readonly state: string;
  readonly stage: Stage;
  readonly assignee: string;
  readonly link: string | null;
}

function rowOf(entry: DigestEntry, lang: Lang, settings: ReminderSettings): Row {
  const c = entry.case;
  const t = (m: Msg) => pick(m, lang);
  return {
    subject: oneLine(c.subject) || t(msg('(ไม่มีชื่อเรื่อง)', '(no subject)')),
    ref: refWords(oneLine(c.caseId), oneLine(c.docNo ?? '')),
    step: c.step ? oneLine(t(c.step.name)) || c.step.id : '—',
    due:
      c.due !== null ? formatDate(c.due, { style: 'short', lang }) : c.range ? rangeText(c.range, lang) : '—',
    left: t(daysLeftWords(c.daysLeft)),
    state: t(STAGE_WORDS[entry.reminder.stage]),
    stage: entry.reminder.stage,
    assignee: oneLine(entry.assignee.name) || entry.assignee.email.trim(),
    link: rowLink(settings.spreadsheetUrl, c.register.gid, c.row),
  };
}

/** "รหัส K-3 · เลขที่หนังสือ ศธ 04001/123"; the number alone once when it is the case id. */
function refWords(caseId: string, docNo: string): Msg {
  const id = WORDS.caseId(caseId);
  if (docNo === '' || docNo === caseId) return id;
  const no = WORDS.docNo(docNo);
  return msg(`${id.th} · ${no.th}`, `${id.en} · ${no.en}`);
}

function countsOf(digest: PlannedDigest): Record<Stage, number> {
  const counts = noStages();
  for (const r of digest.reminders) counts[r.stage]++;
  return counts;
}

function caseHtml(row: Row, team: boolean, t: (m: Msg) => string): string {
  const e = escapeHtml;
  const subject = row.link
    ? `<a href="${e(row.link)}" style="${LINK}">${e(row.subject)}</a>`
    : e(row.subject);
  const details = [
    `${e(t(WORDS.due))} ${e(row.due)}`,
    `${e(t(WORDS.step))}: ${e(row.step)}`,
    e(t(row.ref)),
  ].join(' · ');
  return (
    `<div style="${CASE}">` +
    `<div style="font-size:13px;font-weight:bold;color:${COLOR[row.stage]}">${e(row.state)} · ${e(row.left)}</div>` +
    `<div style="margin:2px 0">${subject}</div>` +
    (team ? `<div style="${MUTED}">${e(t(WORDS.assignee))}: ${e(row.assignee)}</div>` : '') +
    `<div style="${MUTED}">${details}</div>` +
    '</div>'
  );
}

export function renderDigest(digest: PlannedDigest, settings: ReminderSettings, today: Day): RenderedDigest {
  const lang = digest.lang;
  const t = (m: Msg) => pick(m, lang);
  const date = formatDate(today, { style: 'short', lang });
  const words = [t(countWords(countsOf(digest))), t(movedCount(digest.moved?.length ?? 0))].filter((w) => w);
  const subject = `Kamnot: ${words.join(', ')} — ${date}`;
  const name = oneLine(digest.to.name) || digest.to.email.trim();
  const intro = t(WORDS.intro(msg(date, date)));
  const sections = (['own', 'team'] as const)
    .map((section) => ({ section, items: digest.items.filter((i) => i.section === section) }))
    .filter((s) => s.items.length > 0);
  const cut = cutDigest(digest.items);
  const rows = (item: DigestItem) => (cut.shown.get(item) ?? []).map((entry) => rowOf(entry, lang, settings));
  const more = (item: DigestItem) => {
    const hidden = cut.hidden.get(item);
    return hidden ? t(moreWords(hidden)) : '';
  };
  const cutNote = cut.shownCount < cut.total ? t(WORDS.cut(cut.shownCount, cut.total)) : '';
  const registerTitle = (item: DigestItem) => ({
    name: oneLine(item.register.name),
    procedure: oneLine(t(item.register.procedure)),
  });
  const workbook = workbookLink(settings.spreadsheetUrl);

  // HTML: escapeHtml on every value; `e` is short because it is everywhere.
  const e = escapeHtml;
  const html: string[] = [
    `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8">` +
      '<meta name="viewport" content="width=device-width,initial-scale=1">' +
      `<title>${e(subject)}</title></head>`,
    `<body style="margin:0;padding:12px;background:#ffffff"><div style="${FONT};${WRAP};max-width:640px">`,
    `<p style="margin:0 0 8px">${e(t(WORDS.greeting(name)))}</p>`,
    `<p style="margin:0 0 12px">${e(intro)}</p>`,
  ];
  if (cutNote) html.push(`<p style="margin:0 0 12px;${MUTED}">${e(cutNote)}</p>`);
  for (const { section, items } of sections) {
    const team = section === 'team';
    html.push(`<h2 style="font-size:17px;margin:20px 0 4px">${e(t(team ? WORDS.team : WORDS.own))}</h2>`);
    if (team) html.push(`<p style="margin:0 0 8px;${MUTED}">${e(t(WORDS.teamIntro))}</p>`);
    for (const item of items) {
      const title = registerTitle(item);
      html.push(
        `<h3 style="font-size:15px;margin:14px 0 4px">${e(title.name)}` +
          (title.procedure
            ? `<br><span style="font-weight:normal;${MUTED}">${e(title.procedure)}</span>`
            : '') +
          '</h3>',
      );
      for (const row of rows(item)) html.push(caseHtml(row, team, t));
      const rest = more(item);
      if (rest) {
        const link = tabLink(settings.spreadsheetUrl, item.register.gid);
        const open = t(WORDS.openTab(title.name));
        html.push(
          `<p style="margin:6px 0 0;font-weight:bold">${e(rest)}` +
            (link ? `<br><a href="${e(link)}" style="${LINK};font-weight:normal">${e(open)}</a>` : '') +
            '</p>',
        );
      }
    }
  }
  const moved = movedSection(digest.moved ?? [], lang, settings);
  html.push(...moved.html);
  html.push(
    `<p style="margin:20px 0 0;${MUTED}">${e(t(WORDS.footer))}` +
      (workbook ? `<br><a href="${e(workbook)}" style="${LINK}">${e(t(WORDS.workbook))}</a>` : '') +
      '</p>',
    '</div></body></html>',
  );

  // Plain text: the same content, no markup.
  const text: string[] = [subject, '', t(WORDS.greeting(name)), intro];
  if (cutNote) text.push(cutNote);
  for (const { section, items } of sections) {
    const team = section === 'team';
    text.push('', `== ${t(team ? WORDS.team : WORDS.own)} ==`);
    if (team) text.push(t(WORDS.teamIntro));
    for (const item of items) {
      const title = registerTitle(item);
      text.push('', title.procedure ? `${title.name} — ${title.procedure}` : title.name);
      for (const row of rows(item)) {
        text.push(`- ${row.subject} (${t(row.ref)})`);
        if (team) text.push(`  ${t(WORDS.assignee)}: ${row.assignee}`);
        text.push(
          `  ${t(WORDS.step)}: ${row.step} | ${t(WORDS.due)}: ${row.due} | ${row.left} | ${row.state}`,
        );
        if (row.link) text.push(`  ${row.link}`);
      }
      const rest = more(item);
      if (rest) {
        text.push(rest);
        const link = tabLink(settings.spreadsheetUrl, item.register.gid);
        if (link) text.push(`  ${link}`);
      }
    }
  }
  text.push(...moved.text);
  text.push('', t(WORDS.footer));
  if (workbook) text.push(workbook);

  return { subject, html: html.join('\n'), text: text.join('\n') };
}
