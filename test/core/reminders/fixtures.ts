import { calendarNamed } from '../../../src/core/calendar/calendars';
import { type Day, dayFromIso, isoFromDay } from '../../../src/core/dates/civil';
import { msg } from '../../../src/core/i18n/msg';
import { type LedgerRow, ledgerRowsFor } from '../../../src/core/reminders/ledger';
import type {
  CaseView,
  Person,
  RegisterRef,
  ReminderPlan,
  ReminderSettings,
} from '../../../src/core/reminders/types';

export const iso = (text: string): Day => dayFromIso(text)!;
export const TH = calendarNamed('TH');
export const NONE = calendarNamed('NONE');

export const STUDY: RegisterRef = {
  key: '1001',
  name: 'ลาศึกษาต่อ',
  gid: 1001,
  procedure: msg('การลาศึกษาต่อ', 'Study leave'),
};
export const TRANSFER: RegisterRef = {
  key: '1002',
  name: 'ย้าย',
  gid: 1002,
  procedure: msg('การย้ายข้าราชการครู', 'Teacher transfers'),
};

export const SETTINGS: ReminderSettings = {
  lang: 'th',
  escalation: true,
  escalationEveryDays: 7,
  spreadsheetUrl: 'https://docs.google.com/spreadsheets/d/abc123/edit',
};

export function person(name: string, email: string, extra: Partial<Person> = {}): Person {
  return { name, email, role: 'officer', supervisor: '', active: true, ...extra };
}

// Officer → group director → director; a second officer in the same group.
export const DIRECTOR = person('ผอ. สมศักดิ์', 'director@esa.go.th', { role: 'director' });
export const BOSS = person('สมหญิง ใจดี', 'boss@esa.go.th', {
  role: 'group director',
  supervisor: 'director@esa.go.th',
});
export const SOMCHAI = person('สมชาย รักงาน', 'somchai@esa.go.th', { supervisor: 'สมหญิง ใจดี' });
export const MALI = person('Mali Suk', 'mali@esa.go.th', { supervisor: 'BOSS@esa.go.th', lang: 'en' });
export const PEOPLE: readonly Person[] = [DIRECTOR, BOSS, SOMCHAI, MALI];

let row = 2;
export function caseView(partial: Partial<CaseView> = {}): CaseView {
  return {
    register: STUDY,
    caseId: `C-${row}`,
    row: row++,
    subject: 'ขอลาศึกษาต่อ ป.โท',
    assignee: 'somchai@esa.go.th',
    step: { id: 'check', name: msg('ตรวจสอบเอกสาร', 'Check the documents') },
    due: iso('2026-11-25'),
    state: 'due-soon',
    daysLeft: 2,
    ...partial,
  };
}

/** An instant on a day, for ledger rows. */
export const at = (day: Day, hour = 8, second = 0): string =>
  `${isoFromDay(day)}T${String(hour).padStart(2, '0')}:00:${String(second).padStart(2, '0')}.000Z`;

/** What a run writes for a plan that went out in full: intents, then sent a second later. */
export function sentRows(plan: ReminderPlan, day: Day, hour = 8): LedgerRow[] {
  return plan.digests.flatMap((d) => [
    ...ledgerRowsFor(d, 'intent', at(day, hour)),
    ...ledgerRowsFor(d, 'sent', at(day, hour, 1)),
  ]);
}
