// The demo office workbook (npm start): built through build/Code.js's createRegister, typed as offices
// type, run once at the office's hour. Whatever the day, it shows every state Kamnot knows, a register
// from every manual, and the problems an office meets (a bad date, an unknown assignee, an inactive one).
import { describe, expect, it } from 'vitest';
import { calendarNamed } from '../../../src/core/calendar/calendars';
import { isWorkingDay } from '../../../src/core/calendar/work-calendar';
import { type Day, dayFromIso } from '../../../src/core/dates/civil';
import { CASE_STATES } from '../../../src/core/engine/types';
import { lastRun, readStates } from '../../../src/local/demo/inspect';
import {
  BAD_DATE,
  bangkokInstant,
  buildDemoWorkbook,
  DEMO_PEOPLE,
  DEMO_SPREADSHEET,
  demoPlan,
  demoRuntime,
  UNKNOWN_ASSIGNEE,
} from '../../../src/local/demo/workbook';
import { CODE, MANIFEST } from '../../bundle/harness';

function office(iso: string) {
  const today = dayFromIso(iso)!;
  const runtime = demoRuntime(CODE, today, 7, { manifest: MANIFEST });
  const workbook = buildDemoWorkbook(runtime, today);
  const typed = workbook.registers.map((r) =>
    runtime.spreadsheet.values(r.tab, `A2:${r.columns.lastInput}${r.cases.length + 1}`),
  );
  runtime.clock.advanceTo(bangkokInstant(today, 8));
  runtime.callIn({ kind: 'time-driven' }, 'runHourly');
  return { today, runtime, workbook, typed, rows: readStates(runtime, workbook) };
}

// A Monday, a Saturday, a substitution holiday, a Friday in the next fiscal quarter, Songkran, and 2028.
const DAYS = ['2026-11-23', '2026-11-28', '2026-12-07', '2027-01-15', '2027-04-14', '2028-06-01'];

describe('the demo office workbook', () => {
  it.each(DAYS)('on %s has every case state at least once, read from the state column', (iso) => {
    const { rows } = office(iso);
    const states = new Set(rows.map((r) => r.state));
    // Every demo day and due date lies in the shipped holiday years, so none is 'uncertain' (a date in
    // a year with no holiday data: test/bundle/unknown-year.test.ts).
    expect([...CASE_STATES].filter((s) => s !== 'uncertain' && !states.has(s))).toEqual([]);
    expect(rows.every((r) => r.state !== null)).toBe(true);
  });

  it.each(DAYS.filter((iso) => isWorkingDay(calendarNamed('TH'), dayFromIso(iso)!)))(
    'on the working day %s gives every case the state it was built for',
    (iso) => {
      const { rows } = office(iso);
      const off = rows
        .filter((r) => r.case.intended !== undefined && r.state !== r.case.intended)
        .map((r) => `${r.register.procedure.id} ${r.caseId}: ${r.state} (built for ${r.case.intended})`);
      expect(off).toEqual([]);
    },
  );

  it('has registers from all five manuals, with after, before, calendar and typed-in deadlines', () => {
    const { workbook, runtime } = office('2026-11-23');
    expect([...new Set(workbook.registers.map((r) => r.manual))].sort()).toEqual([
      '000',
      '001',
      '002',
      '003',
      '004',
    ]);
    const kinds = new Set(workbook.registers.flatMap((r) => r.procedure.steps.map((s) => s.deadline.kind)));
    for (const kind of ['after', 'before', 'calendar', 'manual'])
      expect(kinds.has(kind as never), kind).toBe(true);
    // Each tab is a register the bundle bound to its procedure.
    const bound = runtime.spreadsheet
      .metadata()
      .filter((m) => m.key === 'kamnot.register')
      .map((m) => m.value);
    expect(bound.sort()).toEqual(workbook.registers.map((r) => r.procedure.id).sort());
  });

  it('is typed the way offices type: BE text dates, Thai month names, Thai digits, names and emails', () => {
    const cells = demoPlan(dayFromIso('2026-11-23')!).flatMap((p) =>
      p.cases.flatMap((c) => [c.assignee, ...Object.values(c.cells)]),
    );
    expect(cells.some((v) => /^\d{1,2}\/\d{1,2}\/25\d\d$/.test(v))).toBe(true);
    expect(
      cells.some((v) =>
        /\d (ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.|ต\.ค\.|พ\.ย\.|ธ\.ค\.) 25\d\d$/.test(
          v,
        ),
      ),
    ).toBe(true);
    expect(cells.some((v) => /[๐-๙]/.test(v))).toBe(true);
    expect(cells.some((v) => /^\d{4}-\d\d-\d\d$/.test(v))).toBe(true); // picked from the date picker
    expect(cells.filter((v) => /@example\.org$/i.test(v)).length).toBeGreaterThan(3);
    expect(cells.filter((v) => DEMO_PEOPLE.some((p) => p.name === v)).length).toBeGreaterThan(3);
    expect(DEMO_SPREADSHEET.locale).toBe('th_TH');
  });

  it('has a chain of command, an inactive officer and one who reads English', () => {
    const byEmail = new Map(DEMO_PEOPLE.map((p) => [p.email, p]));
    const chain = (email: string): string[] => {
      const p = byEmail.get(email)!;
      return p.supervisor ? [p.role, ...chain(p.supervisor)] : [p.role];
    };
    expect(chain('kanokwan@example.org')).toEqual([
      'officer',
      'group-director',
      'deputy-director',
      'director',
    ]);
    expect(DEMO_PEOPLE.filter((p) => !p.active)).toHaveLength(1);
    expect(DEMO_PEOPLE.filter((p) => p.lang === 'en')).toHaveLength(1);
    expect(DEMO_PEOPLE.every((p) => p.email.endsWith('@example.org'))).toBe(true);
  });

  it('flags the bad date on its row, names the unknown and the inactive assignee, and changes no typed cell', () => {
    const { runtime, workbook, typed, rows } = office('2026-11-23');
    const bad = rows.find((r) => r.case.cells.start === BAD_DATE)!;
    expect(bad.flagged).toBe(true);
    expect(bad.note).toContain(BAD_DATE);
    const notes = lastRun(runtime)!.notes.join('\n');
    expect(notes).toContain(UNKNOWN_ASSIGNEE);
    expect(notes).toContain('somporn@example.org');
    expect(runtime.outbox.flatMap((m) => m.to)).not.toContain('somporn@example.org');
    // Kamnot wrote its columns and the ids of the rows left blank, and nothing else.
    workbook.registers.forEach((r, i) => {
      const after = runtime.spreadsheet.values(r.tab, `A2:${r.columns.lastInput}${r.cases.length + 1}`);
      const before = typed[i]!;
      after.forEach((row, j) => {
        expect(row.slice(1), `${r.tab} row ${j + 2}`).toEqual(before[j]!.slice(1));
        if (before[j]![0] !== '') expect(row[0]).toBe(before[j]![0]);
        else expect(String(row[0])).toMatch(/^K-\d+$/);
      });
    });
  });

  it('is the same workbook every time for the same day', () => {
    const a = demoPlan(dayFromIso('2027-01-15')! as Day);
    const b = demoPlan(dayFromIso('2027-01-15')! as Day);
    expect(a).toEqual(b);
  });
});

describe('the installation check on the demo workbook (npm start’s last part)', () => {
  it('ends with the summary line: the two checks only Google can show are counted, nothing else is wrong', async () => {
    const { selfTestDemo } = await import('../../../src/local/cli/self-test-demo');
    const { runtime } = office('2026-12-08');
    const lines = selfTestDemo(runtime).split('\n');
    expect(lines.at(-1)).toBe(
      'self-test: 11 checks, 9 ok, 0 warnings, 0 failed, 2 need a live Google account',
    );
    expect(lines.filter((l) => l.startsWith('[not possible here]'))).toEqual([
      '[not possible here] สูตรในเซลล์ (=DUEDATE, =THAIDATE) / Formulas in cells (=DUEDATE, =THAIDATE) (ตรวจที่นี่ไม่ได้)',
      '[not possible here] เวลาที่ใช้ / How long things take (ตรวจที่นี่ไม่ได้)',
    ]);
  });
});

describe('the demo office past the shipped holiday years', () => {
  // npm start -- --today 2029-03-01 once crashed ("no holiday data for 2029") while placing its cases;
  // now it runs and shows what an office sees then.
  it('on 2029-03-01 builds and runs: cases it cannot time say so, none is lost', () => {
    const { rows } = office('2029-03-01');
    expect(rows.length).toBeGreaterThan(30);
    expect(rows.every((r) => r.state !== null)).toBe(true);
    expect(rows.some((r) => r.state === 'uncertain')).toBe(true);
  });
});
