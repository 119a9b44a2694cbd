/**
 * A planned digest as mail: subject, HTML body and plain-text body, in the digest's language.
 * Every value from a sheet is escaped in the HTML; links are the workbook URL plus numbers only.
 * Inline styles and no external resource: mail clients strip the rest.
 */
import type { Day } from '../dates/civil';
import { formatDate } from '../dates/format';
import { type Lang, type Msg, msg, pick } from '../i18n/msg';
import { escapeHtml, rowLink, workbookLink } from './html';
import type { DigestEntry, DigestItem, PlannedDigest, ReminderSettings, Stage } from './types';
import { countWords, daysLeftWords, STAGE_WORDS, WORDS } from './words';

export interface RenderedDigest {
  readonly subject: string;
  readonly html: string;
  readonly text: string;
}

const COLOR: Record<Stage, string> = {
  escalation: '#c5221f',
  overdue: '#c5221f',
  'due-today': '#e37400',
  'due-soon': '#9a6700',
};
const FONT = 'font-family:Tahoma,Arial,sans-serif;font-size:14px;line-height:1.5;color:#202124';
const TH = 'text-align:left;padding:6px 8px;border-bottom:2px solid #dadce0;font-size:13px;color:#5f6368';
const TD = 'padding:6px 8px;border-bottom:1px solid #eceff1;vertical-align:top';
const MUTED = 'color:#5f6368;font-size:12px';

/** A cell's text on one line: a pasted line break must not break the layout of either body. */
const oneLine = (text: string): string => clip(text.replace(/\s+/g, ' ').trim());

/**
 * Mail bodies have a size limit (200 KB in Apps Script): a 50,000-character cell or a person with
 * hundreds of late cases must still get their digest, so long values are clipped and the list stops
 * after MAX_ROWS rows with a count of the rest and a link to the workbook.
 */
const MAX_CELL = 300;
export const MAX_ROWS = 80;

function clip(text: string): string {
  return text.length > MAX_CELL ? `${text.slice(0, MAX_CELL - 1)}…` : text;
}

/** What one row of the digest shows, in words, before any escaping. */
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
    due: c.due === null ? '—' : formatDate(c.due, { style: 'short', lang }),
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
  const counts: Record<Stage, number> = { 'due-soon': 0, 'due-today': 0, overdue: 0, escalation: 0 };
  for (const r of digest.reminders) counts[r.stage]++;
  return counts;
}

export function renderDigest(digest: PlannedDigest, settings: ReminderSettings, today: Day): RenderedDigest {
  const lang = digest.lang;
  const t = (m: Msg) => pick(m, lang);
  const date = formatDate(today, { style: 'short', lang });
  const subject = `Kamnot: ${t(countWords(countsOf(digest)))} — ${date}`;
  const name = oneLine(digest.to.name) || digest.to.email.trim();
  const intro = t(WORDS.intro(msg(date, date)));
  const sections = (['own', 'team'] as const)
    .map((section) => ({ section, items: digest.items.filter((i) => i.section === section) }))
    .filter((s) => s.items.length > 0);
  // The rows both bodies show, within MAX_ROWS in all; `hidden` counts the rest.
  const visible = new Map<DigestItem, Row[]>();
  let budget = MAX_ROWS;
  let hidden = 0;
  for (const { items } of sections) {
    for (const item of items) {
      const shown = item.entries.slice(0, Math.max(0, budget));
      budget -= shown.length;
      hidden += item.entries.length - shown.length;
      visible.set(
        item,
        shown.map((e) => rowOf(e, lang, settings)),
      );
    }
  }
  const rows = (item: DigestItem) => visible.get(item) ?? [];
  const more =
    hidden > 0
      ? t(
          msg(
            `…และอีก ${hidden} เรื่อง: เปิดสมุดงานเพื่อดูทั้งหมด`,
            `…and ${hidden} more: open the workbook to see them all`,
          ),
        )
      : '';
  const registerTitle = (item: DigestItem) => ({
    name: oneLine(item.register.name),
    procedure: oneLine(t(item.register.procedure)),
  });
  const workbook = workbookLink(settings.spreadsheetUrl);

  // HTML: escapeHtml on every value; `e` is short because it is everywhere.
  const e = escapeHtml;
  const html: string[] = [
    `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${e(subject)}</title></head>`,
    `<body style="margin:0;padding:16px;background:#ffffff"><div style="${FONT};max-width:760px">`,
    `<p style="margin:0 0 8px">${e(t(WORDS.greeting(name)))}</p>`,
    `<p style="margin:0 0 16px">${e(intro)}</p>`,
  ];
  for (const { section, items } of sections) {
    const team = section === 'team';
    html.push(`<h2 style="font-size:17px;margin:24px 0 4px">${e(t(team ? WORDS.team : WORDS.own))}</h2>`);
    if (team) html.push(`<p style="margin:0 0 8px;${MUTED}">${e(t(WORDS.teamIntro))}</p>`);
    for (const item of items) {
      const title = registerTitle(item);
      html.push(
        `<h3 style="font-size:15px;margin:16px 0 6px">${e(title.name)}` +
          (title.procedure
            ? ` <span style="font-weight:normal;${MUTED}">— ${e(title.procedure)}</span>`
            : '') +
          '</h3>',
        '<table role="presentation" cellpadding="0" cellspacing="0" style="border-collapse:collapse;width:100%">',
        '<tr>' +
          [WORDS.subject, ...(team ? [WORDS.assignee] : []), WORDS.step, WORDS.due, WORDS.left, WORDS.state]
            .map((h) => `<th style="${TH}">${e(t(h))}</th>`)
            .join('') +
          '</tr>',
      );
      for (const row of rows(item)) {
        const subjectCell = row.link
          ? `<a href="${e(row.link)}" style="color:#1a73e8;text-decoration:none">${e(row.subject)}</a>`
          : e(row.subject);
        html.push(
          '<tr>' +
            `<td style="${TD}">${subjectCell}<div style="${MUTED}">${e(t(row.ref))}</div></td>` +
            (team ? `<td style="${TD}">${e(row.assignee)}</td>` : '') +
            `<td style="${TD}">${e(row.step)}</td>` +
            `<td style="${TD};white-space:nowrap">${e(row.due)}</td>` +
            `<td style="${TD};white-space:nowrap">${e(row.left)}</td>` +
            `<td style="${TD};white-space:nowrap;font-weight:bold;color:${COLOR[row.stage]}">${e(row.state)}</td>` +
            '</tr>',
        );
      }
      html.push('</table>');
    }
  }
  if (more) html.push(`<p style="margin:16px 0 0;font-weight:bold">${e(more)}</p>`);
  html.push(
    `<p style="margin:24px 0 0;${MUTED}">${e(t(WORDS.footer))}` +
      (workbook ? ` · <a href="${e(workbook)}" style="color:#1a73e8">${e(t(WORDS.workbook))}</a>` : '') +
      '</p>',
    '</div></body></html>',
  );

  // Plain text: the same content, no markup.
  const text: string[] = [subject, '', t(WORDS.greeting(name)), intro];
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
    }
  }
  if (more) text.push('', more);
  text.push('', t(WORDS.footer));
  if (workbook) text.push(workbook);

  return { subject, html: html.join('\n'), text: text.join('\n') };
}
