// Reminders from the built bundle: who gets what on which day, exactly once, escaped, within quota.
import { describe, expect, it } from 'vitest';
import { load } from './harness';

const PROCEDURE = '003-resignation-leaving-service';

/** A workbook with a People chain and two resignation cases: one overdue, one due soon. */
function office(start: string) {
  const runtime = load({
    spreadsheet: { timeZone: 'Asia/Bangkok', locale: 'th_TH', sheets: [{ name: 'Sheet1' }] },
    start,
    deployment: 'bound',
  });
  const tab = runtime.callIn({ kind: 'menu' }, 'createRegister', PROCEDURE) as string;
  runtime.spreadsheet.edit('People', 'A2:F3', [
    ['สมชาย ใจดี', 'somchai@example.org', 'officer', 'boss@example.org', 'TRUE', ''],
    ['หัวหน้า', 'boss@example.org', 'group-director', '', 'TRUE', 'en'],
  ]);
  // Received (the letter submitted) 1 Nov; checked, proposed and sent 2 Nov (columns H–J): the case
  // waits on the order, due the day before the requested date. Sat 5 Dec 2569 → Fri 4 Dec (overdue
  // from 7 Dec); Sat 19 Dec 2569 → Fri 18 Dec.
  const sent = ['2/11/2569', '2/11/2569', '2/11/2569'];
  runtime.spreadsheet.edit(tab, 'B2:J3', [
    ['<img src=x onerror=alert(1)> ลาออก', 'somchai@example.org', '1/11/2569', '5/12/2569', '', '', ...sent],
    ['ลาออก ครู ข', 'สมชาย ใจดี', '1/11/2569', '19/12/2569', '', '', ...sent],
  ]);
  return { runtime, tab };
}

const mailsTo = (runtime: ReturnType<typeof office>['runtime'], to: string) =>
  runtime.outbox.filter((m) => m.to.includes(to));

describe('daily digests', () => {
  it("previews a person's digest without sending it, and shows the Dashboard", () => {
    const { runtime } = office('2026-12-08T09:30:00+07:00');
    const preview = runtime.callIn({ kind: 'sidebar' }, 'previewDigest', 'SOMCHAI@example.org') as {
      subject: string;
      html: string;
    };
    expect(preview.subject).toMatch(/Kamnot/);
    expect(preview.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(runtime.outbox).toHaveLength(0);
    expect(runtime.callIn({ kind: 'sidebar' }, 'previewDigest', 'nobody@example.org')).toBeNull();
    runtime.callIn({ kind: 'time-driven' }, 'runHourly');
    const dashboard = runtime.spreadsheet.values('Dashboard');
    expect(dashboard.some((r) => r[0] === 'ตามทะเบียน' && r[2] === 2 && r[4] === 1)).toBe(true);
    expect(dashboard.some((r) => r[0] === 'ตามผู้รับผิดชอบ' && r[1] === 'somchai@example.org')).toBe(true);
    expect(dashboard.some((r) => r[0] === 'ตามปีงบประมาณ' && String(r[1]) === '2570')).toBe(true);
    expect(dashboard[0]).toHaveLength(6);
  });

  it('sends one digest per person at the office hour, escalates overdue cases, and nothing twice', () => {
    const { runtime } = office('2026-12-08T09:30:00+07:00'); // Tue 8 Dec 2569
    runtime.callIn({ kind: 'time-driven' }, 'runHourly');
    expect(mailsTo(runtime, 'somchai@example.org')).toHaveLength(1);
    expect(mailsTo(runtime, 'boss@example.org')).toHaveLength(1);
    const digest = mailsTo(runtime, 'somchai@example.org')[0]!;
    expect(digest.htmlBody).not.toContain('<img src=x');
    expect(digest.htmlBody).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(digest.htmlBody).toMatch(/#gid=\d+&amp;range=A2|#gid=\d+&range=A2/);
    expect(digest.subject).toMatch(/[\u0e00-\u0e7f]/);
    expect(mailsTo(runtime, 'boss@example.org')[0]!.subject).toMatch(/overdue|Kamnot/i);
    // The next hour, the same day: nothing new.
    runtime.clock.advance(3_600_000);
    runtime.callIn({ kind: 'time-driven' }, 'runHourly');
    expect(runtime.outbox).toHaveLength(2);
  });

  it('sends nothing before the office hour, on a weekend or on a holiday', () => {
    const early = office('2026-12-08T07:10:00+07:00');
    early.runtime.callIn({ kind: 'time-driven' }, 'runHourly');
    expect(early.runtime.outbox).toHaveLength(0);
    const saturday = office('2026-12-12T09:30:00+07:00');
    saturday.runtime.callIn({ kind: 'time-driven' }, 'runHourly');
    expect(saturday.runtime.outbox).toHaveLength(0);
    const substitution = office('2026-12-07T09:30:00+07:00'); // Mon 7 Dec: substitution for 5 Dec
    substitution.runtime.callIn({ kind: 'time-driven' }, 'runHourly');
    expect(substitution.runtime.outbox).toHaveLength(0);
  });

  it('the supervisor hears again after seven days, the officer every working day', () => {
    const { runtime } = office('2026-12-08T09:30:00+07:00');
    const day = 24 * 3_600_000;
    const sent: Record<string, number> = {};
    for (let d = 0; d < 9; d++) {
      runtime.callIn({ kind: 'time-driven' }, 'runHourly');
      runtime.clock.advance(day);
    }
    for (const m of runtime.outbox) for (const to of m.to) sent[to] = (sent[to] ?? 0) + 1;
    // Tue 8 … Wed 16 Dec: 7 working days (Thu 10 Dec is Constitution Day).
    expect(sent['somchai@example.org']).toBe(6);
    expect(sent['boss@example.org']).toBe(2);
  });

  it('sends the most urgent first when the quota is short, and the rest later', () => {
    const { runtime } = office('2026-12-08T09:30:00+07:00');
    runtime.faults.quota(1);
    const record = runtime.callIn({ kind: 'time-driven' }, 'runNow') as {
      mail?: { sent: number; carried: number };
    };
    expect(record.mail).toMatchObject({ sent: 1, carried: 1 });
    expect(runtime.outbox).toHaveLength(1);
  });

  it('a mail that throws is marked failed and tried again; nothing is sent twice', () => {
    const { runtime } = office('2026-12-08T09:30:00+07:00');
    runtime.faults.throwAfterMails(1);
    runtime.callIn({ kind: 'time-driven' }, 'runHourly');
    expect(runtime.outbox).toHaveLength(1);
    runtime.faults.clear();
    runtime.clock.advance(3_600_000);
    runtime.callIn({ kind: 'time-driven' }, 'runHourly');
    expect(runtime.outbox).toHaveLength(2);
    expect(new Set(runtime.outbox.map((m) => m.to.join()))).toEqual(
      new Set(['somchai@example.org', 'boss@example.org']),
    );
  });
});
