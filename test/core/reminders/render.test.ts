import { describe, expect, it } from 'vitest';
import { msg } from '../../../src/core/i18n/msg';
import { escapeHtml, rowLink } from '../../../src/core/reminders/html';
import { EMPTY_LEDGER } from '../../../src/core/reminders/ledger';
import { planReminders } from '../../../src/core/reminders/plan';
import { renderDigest } from '../../../src/core/reminders/render';
import type { CaseView, Person, ReminderSettings } from '../../../src/core/reminders/types';
import { caseView, iso, person, SETTINGS, STUDY, TH, TRANSFER } from './fixtures';

const TODAY = iso('2026-11-23');
const EVIL = '<img src=x onerror=alert(1)>';

function render(cases: CaseView[], people: Person[], settings: ReminderSettings = SETTINGS, email?: string) {
  const { digests } = planReminders(cases, people, settings, TODAY, TH, EMPTY_LEDGER);
  const digest = email ? digests.find((d) => d.to.email === email)! : digests[0]!;
  return renderDigest(digest, settings, TODAY);
}

const somchai = person('สมชาย', 'somchai@esa.go.th', { supervisor: 'boss@esa.go.th' });
const boss = person('หัวหน้า', 'boss@esa.go.th');

describe('a digest as mail', () => {
  it('Thai by default: subject with counts and the BE date, rows with BE due dates and days in words', () => {
    const mail = render(
      [
        caseView({
          subject: 'ลาศึกษาต่อ นาย ก',
          state: 'overdue',
          daysLeft: -2,
          due: iso('2026-11-19'),
          row: 7,
        }),
        caseView({ state: 'overdue', daysLeft: -1, due: iso('2026-11-20') }),
        caseView({ state: 'overdue', daysLeft: -1, due: iso('2026-11-20'), register: TRANSFER }),
        caseView({ state: 'due-soon', daysLeft: 2, due: iso('2026-11-25') }),
        caseView({ state: 'due-soon', daysLeft: 1, due: iso('2026-11-24') }),
      ],
      [somchai],
    );
    expect(mail.subject).toBe('Kamnot: 3 เรื่องเกินกำหนด, 2 เรื่องใกล้ครบกำหนด — 23 พ.ย. 2569');
    expect(mail.html).toContain('<html lang="th">');
    expect(mail.html).toContain('เรียน สมชาย');
    expect(mail.html).toContain('19 พ.ย. 2569');
    expect(mail.html).toContain('เกิน 2 วันทำการ');
    expect(mail.html).toContain('เหลือ 2 วันทำการ');
    expect(mail.html).toContain('ตรวจสอบเอกสาร');
    expect(mail.html).toContain('ลาศึกษาต่อ<br><span');
    expect(mail.html).toContain(
      'href="https://docs.google.com/spreadsheets/d/abc123/edit#gid=1001&amp;range=A7"',
    );
    expect(mail.text).toContain('https://docs.google.com/spreadsheets/d/abc123/edit#gid=1001&range=A7');
    expect(mail.text).toContain('- ลาศึกษาต่อ นาย ก (รหัส ');
    expect(mail.text).toContain('ครบกำหนด: 19 พ.ย. 2569 | เกิน 2 วันทำการ | เกินกำหนด');
    expect(mail.html).not.toMatch(/ทีมของคุณ/);
  });

  it('English for a person who asks for it, or for the workbook', () => {
    const en = person('Mali', 'mali@x.th', { lang: 'en' });
    const mail = render(
      [caseView({ assignee: 'mali@x.th', state: 'due-today', daysLeft: 0, due: TODAY })],
      [en],
    );
    expect(mail.subject).toBe('Kamnot: 1 due today — 23 Nov 2026');
    expect(mail.html).toContain('Dear Mali');
    expect(mail.html).toContain('Check the documents');
    expect(mail.text).toContain('Due: 23 Nov 2026 | today | Due today');
    const all = render([caseView({ state: 'due-soon', daysLeft: 1 })], [somchai], {
      ...SETTINGS,
      lang: 'en',
    });
    expect(all.subject).toBe('Kamnot: 1 due soon — 23 Nov 2026');
    expect(all.text).toContain('1 working day left');
  });

  it('the supervisor\'s "Your team" section names the assignee', () => {
    const cases = [caseView({ state: 'overdue', daysLeft: -3 })];
    const th = render(cases, [boss, somchai], SETTINGS, boss.email);
    expect(th.subject).toBe('Kamnot: ทีมของคุณ 1 เรื่องเกินกำหนด — 23 พ.ย. 2569');
    expect(th.html).toContain('ทีมของคุณ');
    expect(th.html).toContain('<div style="color:#5f6368;font-size:13px">ผู้รับผิดชอบ: สมชาย</div>');
    expect(th.text).toContain('ผู้รับผิดชอบ: สมชาย');
    const en = render(cases, [{ ...boss, lang: 'en' }, somchai], SETTINGS, boss.email);
    expect(en.subject).toBe('Kamnot: 1 overdue in your team — 23 Nov 2026');
    expect(en.html).toContain('Your team');
  });

  it('escapes every value from a sheet and never lets one through raw', () => {
    const nasty = `Tom "T" O'Neil & <b>`;
    const reg = { ...STUDY, name: `<script>x</script> & "tab"`, procedure: msg(`<i>ขั้น</i>`, `<i>p</i>`) };
    const people = [
      person(nasty, 'boss@esa.go.th'),
      person(`<u>${nasty}</u>`, 'somchai@esa.go.th', { supervisor: 'boss@esa.go.th' }),
    ];
    const cases = [
      caseView({
        subject: EVIL,
        caseId: `"><svg onload=alert(2)>`,
        register: reg,
        state: 'overdue',
        daysLeft: -1,
        step: { id: 'x', name: msg(`<a href="javascript:alert(3)">ขั้น</a>`, 'x') },
      }),
    ];
    for (const email of ['boss@esa.go.th', 'somchai@esa.go.th']) {
      const { html } = render(cases, people, SETTINGS, email);
      for (const raw of [
        EVIL,
        '<svg',
        '<script',
        '<i>',
        '<u>',
        '<b>',
        '<a href="javascript',
        `"T"`,
        "O'Neil",
        ' & ',
      ]) {
        expect(html, raw).not.toContain(raw);
      }
      expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(html).toContain('&quot;&gt;&lt;svg onload=alert(2)&gt;');
      expect(html).toContain('&lt;script&gt;x&lt;/script&gt; &amp; &quot;tab&quot;');
      expect(html).toContain('Tom &quot;T&quot; O&#39;Neil &amp; &lt;b&gt;');
      // the only tags are Kamnot's own
      const tags = new Set([...html.matchAll(/<\/?([a-zA-Z0-9!]+)/g)].map((m) => m[1]!.toLowerCase()));
      expect([...tags].sort()).toEqual(
        [
          '!doctype',
          'a',
          'body',
          'br',
          'div',
          'h2',
          'h3',
          'head',
          'html',
          'meta',
          'p',
          'span',
          'table',
          'td',
          'th',
          'title',
          'tr',
        ].filter((t) => tags.has(t)),
      );
      expect(tags.has('img') || tags.has('script') || tags.has('svg')).toBe(false);
      for (const [, href] of html.matchAll(/href="([^"]*)"/g)) {
        expect(href).toMatch(
          /^https:\/\/docs\.google\.com\/spreadsheets\/d\/abc123\/edit(#gid=\d+(&amp;range=A\d+)?)?$/,
        );
      }
    }
  });

  it('links only to the settings URL plus numbers; no link from a URL that is not https', () => {
    expect(rowLink('https://docs.google.com/spreadsheets/d/ID/edit#gid=0', 12, 5)).toBe(
      'https://docs.google.com/spreadsheets/d/ID/edit#gid=12&range=A5',
    );
    for (const bad of ['javascript:alert(1)', 'http://x.th/', '', 'https://x.th/"onmouseover=alert(1)']) {
      expect(rowLink(bad, 1, 2)).toBeNull();
    }
    expect(rowLink('https://x.th/', -1, 2)).toBeNull();
    expect(rowLink('https://x.th/', 1, 0)).toBeNull();
    expect(rowLink('https://x.th/', 1.5, 2)).toBeNull();
    const mail = render([caseView({ row: 3 })], [somchai], {
      ...SETTINGS,
      spreadsheetUrl: 'javascript:alert(1)',
    });
    expect(mail.html).not.toContain('href');
    expect(mail.html).not.toContain('javascript');
    expect(mail.text).not.toContain('javascript');
  });

  it('mail-client friendly: inline styles only, nothing external; the text body has no markup', () => {
    const mail = render([caseView({ subject: 'a\nb   c' })], [somchai]);
    expect(mail.html).not.toMatch(/<style|<link|<script|<img|src=|class=|url\(/i);
    expect(mail.html).toContain('a b c');
    expect(mail.text).not.toMatch(/<\/?[a-z][^>]*>|&amp;|&lt;/i);
    expect(mail.text).toContain('- a b c (');
  });

  it('escapeHtml covers all five characters', () => {
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });
});
