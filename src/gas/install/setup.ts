/**
 * The guided start: one set-up for a workbook with nobody in People and no register. Each step says
 * what it did; run again, it repairs what is missing and duplicates nothing (tabs are made only when
 * missing, the person is added only when absent, the hourly check is installed idempotently).
 */
import type { CalendarName } from '../../core/calendar/calendars';
import { type Msg, msg, splitBilingual } from '../../core/i18n/msg';
import { summaryLine } from '../../core/install/types';
import type { UtilitiesLike } from '../date-io';
import { type InstallServices, installHourlyTrigger } from '../run/trigger';
import { savePerson } from '../sidebar-api/people';
import { getSettings, saveSettings } from '../sidebar-api/settings';
import { type LockLike, withLock } from '../workbook/lock';
import { REGISTER_KEY } from '../workbook/register-tab';
import type { Spreadsheet } from '../workbook/services';
import { ensureSystemTabs, ensureTab, readPeople, TAB } from '../workbook/tabs';
import { recordSelfTest, runSelfTest } from './self-test';
import type { CheckServices } from './services';

export interface SetupChoices {
  readonly name: string;
  readonly role: string;
  readonly hour: number;
  readonly calendar: Extract<CalendarName, 'TH' | 'TH-SCHOOL'>;
}

type StepStatus = 'done' | 'already' | 'skipped' | 'failed';

export interface SetupStep {
  readonly id: 'tabs' | 'person' | 'settings' | 'trigger' | 'selftest';
  readonly status: StepStatus;
  readonly message: Msg;
}

/** The set-up is offered while nobody is in People and no tab is a register. */
export function setupNeeded(ss: Spreadsheet): boolean {
  const people = ss.getSheetByName(TAB.people);
  const someone = people ? readPeople(people).people.length > 0 : false;
  if (someone) return false;
  return ss.createDeveloperMetadataFinder().withKey(REGISTER_KEY).find().length === 0;
}

export interface SetupServices {
  readonly check: CheckServices;
  readonly utilities: UtilitiesLike;
  readonly lock: LockLike;
  readonly triggers: InstallServices;
  /** The person at the keyboard ('' when Google does not reveal it). */
  readonly me: string;
  readonly now: number;
}

function step(id: SetupStep['id'], run: () => Omit<SetupStep, 'id'>): SetupStep {
  try {
    return { id, ...run() };
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    return { id, status: 'failed', message: msg(text, text) };
  }
}

export function runSetup(s: SetupServices, choices: SetupChoices): SetupStep[] {
  const ss = s.check.spreadsheet;
  const steps: SetupStep[] = [];
  steps.push(
    step('tabs', () => {
      const before = new Set(ss.getSheets().map((sh) => sh.getName()));
      const made = Object.values(ensureSystemTabs(ss))
        .map((sh) => sh.getName())
        .filter((n) => !before.has(n));
      return made.length > 0
        ? {
            status: 'done',
            message: msg(`สร้างแท็บ ${made.join(', ')}`, `created the tabs ${made.join(', ')}`),
          }
        : { status: 'already', message: msg('แท็บของ Kamnot มีครบแล้ว', "Kamnot's tabs were all there") };
    }),
  );
  steps.push(
    step('person', () => {
      if (s.me === '')
        return {
          status: 'skipped',
          message: msg(
            'Google ไม่แจ้งอีเมลของคุณ: เพิ่มตัวเองในหน้า "บุคลากร"',
            'Google does not reveal your email: add yourself in "People"',
          ),
        };
      const { people } = readPeople(ensureTab(ss, 'people'));
      if (people.some((p) => p.email.trim().toLowerCase() === s.me.toLowerCase()))
        return {
          status: 'already',
          message: msg(`${s.me} อยู่ในแท็บ People แล้ว`, `${s.me} was already in People`),
        };
      const name = choices.name.trim() || s.me.split('@')[0]!;
      savePerson(ss, s.utilities, s.now, s.me, {
        row: null,
        expectEmail: '',
        name,
        email: s.me,
        role: choices.role.trim(),
        supervisor: '',
        active: true,
        lang: 'th',
      });
      return {
        status: 'done',
        message: msg(
          `เพิ่ม ${name} (${s.me}) เป็นคนแรกในแท็บ People`,
          `added ${name} (${s.me}) as the first row of People`,
        ),
      };
    }),
  );
  steps.push(
    step('settings', () => {
      const { values } = getSettings(ss);
      const hour = `${String(choices.hour).padStart(2, '0')}:00`;
      const words = msg(
        `ส่งอีเมลเตือน ${hour} น. ปฏิทิน ${choices.calendar === 'TH-SCHOOL' ? 'โรงเรียน (รวมวันครู)' : 'ส่วนราชการ'}`,
        `reminders at ${hour}, calendar ${choices.calendar === 'TH-SCHOOL' ? 'school (with Teachers’ Day)' : 'government office'}`,
      );
      if (values.reminderHour === choices.hour && values.calendar === choices.calendar)
        return { status: 'already', message: msg(`ตั้งไว้แล้ว: ${words.th}`, `already so: ${words.en}`) };
      saveSettings(ss, { ...values, reminderHour: choices.hour, calendar: choices.calendar });
      return { status: 'done', message: msg(`ตั้งค่าแล้ว: ${words.th}`, `set: ${words.en}`) };
    }),
  );
  steps.push(
    step('trigger', () => {
      try {
        const outcome = withLock(s.lock, () => installHourlyTrigger(s.triggers));
        const message = splitBilingual(outcome.message);
        return { status: outcome.outcome === 'installed' ? 'done' : 'already', message };
      } catch (error) {
        const text = error instanceof Error ? error.message : String(error);
        return { status: 'skipped', message: splitBilingual(text) };
      }
    }),
  );
  steps.push(
    step('selftest', () => {
      const report = runSelfTest(s.check);
      recordSelfTest(ss, report);
      const line = summaryLine(report.results);
      const bad = report.results.filter((r) => r.status === 'failed' || r.status === 'warning').length;
      return {
        status: 'done',
        message: msg(
          `ตรวจความพร้อมแล้ว${bad > 0 ? `: มี ${bad} ข้อที่ต้องทำ ดูหน้า "ตรวจ"` : ''} (${line})`,
          `installation checked${bad > 0 ? `: ${bad} to act on, see "Check"` : ''} (${line})`,
        ),
      };
    }),
  );
  return steps;
}
