// A working week (and the Monday and Tuesday after it) of hourly runs of build/Code.js over the demo
// office workbook (npm start): who gets what on which day. The week of Mon 7 Dec 2569 has two days
// off on weekdays: Monday, the substitution day for Father's Day (Sat 5 Dec), and Thursday 10 Dec,
// Constitution Day. The trigger is installed from the menu and fired every hour, Monday 00:00 to
// Tuesday 15 Dec 23:00, so the supervisors' 7-day cadence shows too.
import { beforeAll, describe, expect, it } from 'vitest';
import { dayFromIso } from '../../src/core/dates/civil';
import type { CaseState } from '../../src/core/engine/types';
import { readLedger, readStates } from '../../src/local/demo/inspect';
import {
  buildDemoWorkbook,
  DEMO_PEOPLE,
  type DemoPerson,
  type DemoWorkbook,
  demoRuntime,
  UNKNOWN_ASSIGNEE,
} from '../../src/local/demo/workbook';
import type { FireResult, Runtime, SentMail } from '../../src/local/runtime';
import { CODE, MANIFEST } from './harness';

const MONDAY = dayFromIso('2026-12-07')!;
const DAYS = 9; // Mon 7 … Tue 15 Dec
const HOUR = 8; // the Settings tab's reminder-hour (the default)
const WORKING = ['2026-12-08', '2026-12-09', '2026-12-11', '2026-12-14', '2026-12-15'];
const OFF = ['2026-12-07', '2026-12-10', '2026-12-12', '2026-12-13'];
const REMINDED: readonly CaseState[] = ['due-soon', 'due-today', 'overdue'];

/** Bangkok is UTC+7 all year: its date and hour of an instant. */
const bangkok = (ms: number) => {
  const d = new Date(ms + 7 * 3_600_000);
  return { day: d.toISOString().slice(0, 10), hour: d.getUTCHours() };
};

const normal = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

/** The active person an assignee cell names, read from the demo's People rows (not from src/core). */
function personOf(typed: string): DemoPerson | null {
  const t = normal(typed).toLowerCase();
  const found = DEMO_PEOPLE.filter((p) =>
    t.includes('@') ? p.email.toLowerCase() === t : normal(p.name).toLowerCase() === t,
  );
  return found.length === 1 && found[0]!.active ? found[0]! : null;
}

const supervisorOf = (p: DemoPerson) =>
  DEMO_PEOPLE.find((q) => q.email.toLowerCase() === p.supervisor.toLowerCase() && q.active) ?? null;

interface Week {
  runtime: Runtime;
  workbook: DemoWorkbook;
  fired: FireResult[];
  /** Each day's states as the run at the reminder hour wrote them: "sheetId|caseId" → state. */
  states: Map<string, Map<string, { state: CaseState | null; assignee: string; subject: string }>>;
  sheetId: Map<string, string>;
}

let week: Week;

beforeAll(() => {
  // Sunday 6 Dec, 23:00: the office sets up the workbook and installs the hourly check.
  const runtime = demoRuntime(CODE, MONDAY - 1, 23, { manifest: MANIFEST });
  const workbook = buildDemoWorkbook(runtime, MONDAY);
  expect(runtime.callIn({ kind: 'menu' }, 'installHourly')).toBe('installed');
  const sheetId = new Map(
    workbook.registers.map((r) => [r.tab, String(runtime.model.sheetByName(r.tab)!.id)] as const),
  );
  const states: Week['states'] = new Map();
  const fired: FireResult[] = [];
  for (let i = 0; i < DAYS * 24; i++) {
    const [result] = runtime.fireTimeDriven(1);
    fired.push(result!);
    const { day, hour } = bangkok(result!.at);
    if (hour === HOUR) {
      const today = new Map();
      for (const row of readStates(runtime, workbook)) {
        today.set(`${sheetId.get(row.register.tab)}|${row.caseId}`, {
          state: row.state,
          assignee: row.case.assignee,
          subject: row.case.subject,
        });
      }
      states.set(day, today);
    }
  }
  week = { runtime, workbook, fired, states, sheetId };
});

const mailsOn = (day: string) => week.runtime.outbox.filter((m) => bangkok(m.at).day === day);
const recipients = (mails: readonly SentMail[]) =>
  mails.flatMap((m) => m.to.map((t) => t.toLowerCase())).sort();

describe('a week of hourly runs over the demo office', () => {
  it('runs every hour from Monday 00:00 to the next Tuesday 23:00, and no run fails', () => {
    expect(week.fired).toHaveLength(DAYS * 24);
    expect(week.fired.filter((r) => !r.ok).map((r) => r.error?.message)).toEqual([]);
    expect(bangkok(week.fired[0]!.at)).toEqual({ day: '2026-12-07', hour: 0 });
    expect(bangkok(week.fired.at(-1)!.at)).toEqual({ day: '2026-12-15', hour: 23 });
  });

  it('sends nothing on the substitution day, Constitution Day or the weekend, and nothing before 08:00', () => {
    for (const day of OFF) expect(mailsOn(day), day).toEqual([]);
    for (const day of WORKING) expect(mailsOn(day).length, day).toBeGreaterThan(0);
    for (const mail of week.runtime.outbox) expect(bangkok(mail.at).hour).toBe(HOUR);
  });

  it('gives each person at most one digest a day', () => {
    for (const day of WORKING) {
      const to = recipients(mailsOn(day));
      expect(new Set(to).size, day).toBe(to.length);
    }
  });

  it('mails only active people of the People tab: never the inactive officer or an unknown assignee', () => {
    const allowed = new Set(DEMO_PEOPLE.filter((p) => p.active).map((p) => p.email.toLowerCase()));
    for (const mail of week.runtime.outbox) {
      expect(mail.to).toHaveLength(1);
      expect(allowed.has(mail.to[0]!.toLowerCase()), mail.to[0]).toBe(true);
      expect(mail.cc).toEqual([]);
      expect(mail.bcc).toEqual([]);
    }
    const to = recipients(week.runtime.outbox);
    expect(to).not.toContain('somporn@example.org');
    expect(to.some((t) => t.includes('สมหมาย'))).toBe(false);
    // The run says why those cases were not reminded.
    const log = week.runtime.spreadsheet.values('_log').map((r) => String(r[2]));
    expect(log.some((l) => l.includes(UNKNOWN_ASSIGNEE) && l.includes('is not in the People tab'))).toBe(
      true,
    );
    expect(log.some((l) => l.includes('somporn@example.org') && l.includes('inactive'))).toBe(true);
  });

  it('reminds each person of their own due-soon, due-today and overdue cases, every working day', () => {
    const ledger = readLedger(week.runtime).filter((e) => e.status === 'sent');
    for (const day of WORKING) {
      const states = week.states.get(day)!;
      const expected = new Map<string, number>();
      for (const c of states.values()) {
        const person = personOf(c.assignee);
        if (!c.state || !REMINDED.includes(c.state) || !person) continue;
        expected.set(person.email, (expected.get(person.email) ?? 0) + 1);
      }
      const own = new Map<string, number>();
      for (const e of ledger) {
        if (e.day !== day || e.stage === 'escalation') continue;
        own.set(e.to.toLowerCase(), (own.get(e.to.toLowerCase()) ?? 0) + 1);
      }
      expect(Object.fromEntries(own), day).toEqual(Object.fromEntries(expected));
    }
  });

  it('tells supervisors only of their team’s overdue cases: on the first working day of the breach, then after 7 days', () => {
    const ledger = readLedger(week.runtime).filter((e) => e.status === 'sent' && e.stage === 'escalation');
    const expected: string[] = [];
    const last = new Map<string, number>();
    for (const day of WORKING) {
      for (const [key, c] of week.states.get(day)!) {
        const person = personOf(c.assignee);
        const boss = person && supervisorOf(person);
        if (c.state !== 'overdue' || !boss) continue;
        const thread = `${key}|${boss.email}`;
        const previous = last.get(thread);
        const today = dayFromIso(day)!;
        if (previous !== undefined && today - previous < 7) continue;
        last.set(thread, today);
        expected.push(`${day}|${thread}`);
      }
    }
    const actual = ledger.map((e) => `${e.day}|${e.register}|${e.caseId}|${e.to.toLowerCase()}`);
    expect(actual.sort()).toEqual(expected.sort());
    // Every escalation is of a case that was overdue that day, sent to its assignee's supervisor.
    for (const e of ledger) {
      const c = week.states.get(e.day)!.get(`${e.register}|${e.caseId}`)!;
      expect(c.state).toBe('overdue');
      expect(supervisorOf(personOf(c.assignee)!)!.email).toBe(e.to.toLowerCase());
    }
    // Cases overdue since before the week: the supervisors hear on Tue 8 Dec and again on Tue 15 Dec.
    const days = (to: string) =>
      [...new Set(ledger.filter((e) => e.to.toLowerCase() === to).map((e) => e.day))].sort();
    expect(days('director@example.org')).toEqual(['2026-12-08', '2026-12-15']);
    expect(days('somsak@example.org')).toContain('2026-12-08');
    expect(days('somsak@example.org')).toContain('2026-12-15');
  });

  it('who gets what on Tuesday 8 December, the first working day of the week', () => {
    const tuesday = mailsOn('2026-12-08');
    const byTo = new Map(tuesday.map((m) => [m.to[0]!.toLowerCase(), m]));
    // Every officer and every supervisor up the chain has something; the English reader gets English.
    expect([...byTo.keys()].sort()).toEqual(
      [
        'anucha@example.org',
        'deputy@example.org',
        'director@example.org',
        'kanokwan@example.org',
        'pimchanok@example.org',
        'rattana@example.org',
        'somsak@example.org',
        'thanaphon@example.org',
        'weera@example.org',
      ].sort(),
    );
    expect(byTo.get('pimchanok@example.org')!.subject).toMatch(/overdue — 8 Dec 2026$/);
    expect(byTo.get('kanokwan@example.org')!.subject).toMatch(/เกินกำหนด.*— 8 ธ.ค. 2569$/);
    // The director's only mail that day is the deputy's overdue salary round.
    const director = byTo.get('director@example.org')!;
    expect(director.subject).toBe('Kamnot: ทีมของคุณ 1 เรื่องเกินกำหนด — 8 ธ.ค. 2569');
    expect(director.htmlBody).toContain('เลื่อนเงินเดือน รอบไตรมาส 4 ปีงบประมาณ 2569');
    expect(director.htmlBody).toContain('นางวิไลวรรณ ทองคำ');
  });

  it('escapes every value typed into the workbook in the mail HTML', () => {
    const typed = week.workbook.registers.flatMap((r) =>
      r.cases.flatMap((c) => [c.subject, c.assignee, c.id, ...Object.values(c.cells)]),
    );
    const people = DEMO_PEOPLE.flatMap((p) => [p.name, p.email]);
    const risky = [...typed, ...people, ...week.workbook.registers.map((r) => r.tab)]
      .map(normal)
      .filter((v) => /[<>&"']/.test(v));
    expect(risky.length).toBeGreaterThan(0);
    for (const mail of week.runtime.outbox) {
      for (const value of risky) expect(mail.htmlBody ?? '', value).not.toContain(value);
    }
    const escaped = 'ขอลาศึกษาต่อ &lt;ด่วนที่สุด&gt; ครู &quot;อรุณี&quot; &amp; ครูสมชาย';
    expect(week.runtime.outbox.some((m) => m.htmlBody?.includes(escaped))).toBe(true);
    // And the plain-text body keeps the words as typed.
    expect(week.runtime.outbox.some((m) => m.body.includes('ขอลาศึกษาต่อ <ด่วนที่สุด> ครู "อรุณี" & ครูสมชาย'))).toBe(
      true,
    );
  });

  it('keeps the hidden ledger: one sent row per reminder, no reminder twice', () => {
    const sent = readLedger(week.runtime).filter((e) => e.status === 'sent');
    expect(new Set(sent.map((e) => e.key)).size).toBe(sent.length);
    const items = sent.length;
    expect(items).toBeGreaterThan(week.runtime.outbox.length); // rows in mails, not a mail per row
  });
});
