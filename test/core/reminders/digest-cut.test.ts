// A long digest keeps what matters most (issue 14 §2): every case due today or soon, then the
// longest overdue, and counts what it leaves out per register, with a link to the tab.
import { describe, expect, it } from 'vitest';
import { cutDigest, MAX_ROWS, MAX_URGENT, MIN_LATE } from '../../../src/core/reminders/digest-cut';
import { EMPTY_LEDGER } from '../../../src/core/reminders/ledger';
import { planReminders } from '../../../src/core/reminders/plan';
import { renderDigest } from '../../../src/core/reminders/render';
import type { CaseView } from '../../../src/core/reminders/types';
import { caseView, iso, person, SETTINGS, STUDY, TH, TRANSFER } from './fixtures';

const TODAY = iso('2026-11-23');
const somchai = person('สมชาย', 'somchai@esa.go.th');

function cases(register: typeof STUDY, late: number, today: number, soon: number): CaseView[] {
  const out: CaseView[] = [];
  let n = 0;
  const add = (state: CaseView['state'], daysLeft: number) =>
    out.push(
      caseView({
        register,
        caseId: `${register.key}-${++n}`,
        row: n + 1,
        state,
        daysLeft,
        assignee: somchai.email,
      }),
    );
  for (let i = 0; i < late; i++) add('overdue', -1 - (i % 40));
  for (let i = 0; i < today; i++) add('due-today', 0);
  for (let i = 0; i < soon; i++) add('due-soon', 1 + (i % 2));
  return out;
}

function digestOf(all: CaseView[]) {
  const { digests } = planReminders(all, [somchai], SETTINGS, TODAY, TH, EMPTY_LEDGER);
  return digests[0]!;
}

describe('a digest too long to read', () => {
  // 755 overdue in one register; 7 due today and 29 due soon across two.
  const all = [...cases(STUDY, 755, 4, 20), ...cases(TRANSFER, 0, 3, 9)];
  const digest = digestOf(all);

  it('shows every case due today or soon, fills the rest of the rows with the longest overdue', () => {
    const cut = cutDigest(digest.items);
    const shown = [...cut.shown.values()].flat();
    const by = (stage: string) => shown.filter((e) => e.reminder.stage === stage).length;
    expect([by('due-today'), by('due-soon'), by('overdue')]).toEqual([7, 29, MAX_ROWS - 36]);
    expect(cut.shownCount).toBe(MAX_ROWS);
    expect(cut.total).toBe(791);
    // The overdue rows shown are the most overdue ones: none left out is later than one shown.
    const late = (list: typeof shown) =>
      list.filter((e) => e.reminder.stage === 'overdue').map((e) => -e.case.daysLeft!);
    const left = digest.items.flatMap((i) => i.entries).filter((e) => !shown.includes(e));
    expect(Math.min(...late(shown))).toBeGreaterThanOrEqual(Math.max(...late(left)));
    expect([...cut.hidden.values()]).toEqual([
      { 'due-soon': 0, 'due-today': 0, overdue: 711, escalation: 0, uncertain: 0 },
    ]);
  });

  it('says so at the top, counts the rest under its register with a link to the tab, and stays small', () => {
    const th = renderDigest(digest, SETTINGS, TODAY);
    expect(th.subject).toBe('Kamnot: 755 เรื่องเกินกำหนด, 7 เรื่องครบกำหนดวันนี้, 29 เรื่องใกล้ครบกำหนด — 23 พ.ย. 2569');
    expect(th.html).toContain('อีเมลนี้แสดง 80 จาก 791 เรื่อง');
    expect(th.html).toContain('…และอีก 711 เรื่องเกินกำหนด ในทะเบียนนี้');
    expect(th.html).toContain(`href="https://docs.google.com/spreadsheets/d/abc123/edit#gid=${STUDY.gid}"`);
    expect(th.html).toContain(`เปิดแท็บ &quot;${STUDY.name}&quot;`);
    expect(th.text).toContain('…และอีก 711 เรื่องเกินกำหนด ในทะเบียนนี้');
    expect(th.text).toContain(`https://docs.google.com/spreadsheets/d/abc123/edit#gid=${STUDY.gid}`);
    const en = renderDigest({ ...digest, lang: 'en' }, SETTINGS, TODAY);
    expect(en.html).toContain('This mail shows 80 of 791 cases');
    expect(en.html).toContain('…and 711 overdue more in this register');
    expect(Buffer.byteLength(th.html)).toBeLessThan(100_000);
  });

  it('keeps some overdue rows beside a flood of cases due soon, and caps the flood for the mail size', () => {
    const flood = digestOf(cases(STUDY, 50, 0, 260));
    const cut = cutDigest(flood.items);
    const shown = [...cut.shown.values()].flat();
    expect(shown.filter((e) => e.reminder.stage === 'due-soon')).toHaveLength(MAX_URGENT);
    expect(shown.filter((e) => e.reminder.stage === 'overdue')).toHaveLength(MIN_LATE);
    expect([...cut.hidden.values()]).toEqual([
      { 'due-soon': 60, 'due-today': 0, overdue: 40, escalation: 0, uncertain: 0 },
    ]);
    const mail = renderDigest(flood, SETTINGS, TODAY);
    expect(mail.html).toContain('…และอีก 40 เรื่องเกินกำหนด, 60 เรื่องใกล้ครบกำหนด ในทะเบียนนี้');
    expect(Buffer.byteLength(mail.html)).toBeLessThan(200_000);
  });

  it('a short digest shows everything and says nothing of a cut', () => {
    const short = digestOf(cases(STUDY, 3, 1, 1));
    expect(cutDigest(short.items).shownCount).toBe(5);
    const mail = renderDigest(short, SETTINGS, TODAY);
    expect(mail.html).not.toContain('อีเมลนี้แสดง');
    expect(mail.html).not.toContain('…และอีก');
  });
});
