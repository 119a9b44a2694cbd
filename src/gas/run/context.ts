/**
 * What every reader of the workbook starts from: the settings, the spreadsheet's zone and today in it,
 * and the calendar with the office's own days. The hourly run, onEdit, Home and the digest preview
 * all build it here, and the read-only ones evaluate the registers with `evaluateRegisters`.
 */
import { calendarNamed } from '../../core/calendar/calendars';
import { withExtraHolidays } from '../../core/calendar/work-calendar';
import type { Day } from '../../core/dates/civil';
import { parseDateValue } from '../../core/dates/parse';
import { dayFromInstant } from '../../core/dates/zone';
import type { EngineSettings } from '../../core/engine/types';
import type { Msg } from '../../core/i18n/msg';
import type { CaseView, ReminderSettings } from '../../core/reminders/types';
import { readSettings, type Settings } from '../../core/settings';
import { dateIO, type UtilitiesLike } from '../date-io';
import { type WorkbookProcedures, workbookProcedures } from '../procedures/registry';
import { SHIPPED_BY } from '../workbook/holidays-tab';
import type { Sheet, Spreadsheet } from '../workbook/services';
import { bodyRows, ensureTab } from '../workbook/tabs';
import { type BoundRow, evaluateRead } from './evaluate-bound';
import { type BoundRegister, findRegisters, readRegister } from './registers';
import { caseView, registerRef } from './update-register';

export interface WorkbookContext {
  readonly settings: Settings;
  readonly settingProblems: readonly Msg[];
  readonly zone: string;
  readonly io: ReturnType<typeof dateIO>;
  readonly today: Day;
  readonly engine: EngineSettings;
  /** The office's own procedures and the catalogue's. */
  readonly procedures: WorkbookProcedures;
}

/** The Settings and Holidays tabs may be given when the caller already has them. */
export function workbookContext(
  ss: Spreadsheet,
  utilities: UtilitiesLike,
  now: number,
  tabs: {
    readonly settings?: Sheet;
    readonly holidays?: Sheet;
    readonly procedures?: WorkbookProcedures;
  } = {},
): WorkbookContext {
  const { settings, problems } = readSettings(
    bodyRows(tabs.settings ?? ensureTab(ss, 'settings'), 'settings'),
  );
  const zone = ss.getSpreadsheetTimeZone();
  const io = dateIO(utilities, zone);
  const extra = officeHolidays(bodyRows(tabs.holidays ?? ensureTab(ss, 'holidays'), 'holidays'), io.offsetAt);
  return {
    settings,
    settingProblems: problems,
    zone,
    io,
    today: dayFromInstant(now, io.offsetAt),
    engine: engineSettings(settings, extra),
    procedures: tabs.procedures ?? workbookProcedures(ss),
  };
}

export function engineSettings(settings: Settings, extra: readonly Day[]): EngineSettings {
  return {
    calendar: withExtraHolidays(calendarNamed(settings.calendar), extra),
    plainDays: settings.plainDays,
    dueSoonWorkdays: settings.dueSoonWorkdays,
    dueSoonFraction: settings.dueSoonFraction,
  };
}

/** The office's own days: Holidays rows not added by Kamnot, whose date can be read. */
export function officeHolidays(
  rows: readonly (readonly unknown[])[],
  offsetAt: (ms: number) => number,
): Day[] {
  const days: Day[] = [];
  for (const row of rows) {
    if (row[4] === SHIPPED_BY) continue;
    const day = parseDateValue(row[0], offsetAt);
    if (day.ok) days.push(day.value);
  }
  return days;
}

export function reminderSettingsOf(settings: Settings, ss: Spreadsheet): ReminderSettings {
  return {
    lang: settings.lang,
    escalation: settings.escalation,
    escalationEveryDays: settings.escalationEveryDays,
    spreadsheetUrl: ss.getUrl(),
  };
}

/** Every bound register read once and evaluated, without writing. Unreadable registers give no rows. */
export function evaluateRegisters(
  ss: Spreadsheet,
  context: WorkbookContext,
): { readonly bound: BoundRegister; readonly rows: readonly BoundRow[] }[] {
  const out: { bound: BoundRegister; rows: BoundRow[] }[] = [];
  for (const tab of findRegisters(ss)) {
    const read = readRegister(tab, context.procedures);
    if (!read.ok) continue;
    const { bound } = read.value;
    out.push({ bound, rows: bound.problems.length ? [] : evaluateRead(read.value, context) });
  }
  return out;
}

/** Every evaluated case as the reminders see it: what the digest preview, My cases and People read. */
export function caseViewsOf(ss: Spreadsheet, context: WorkbookContext): CaseView[] {
  const views: CaseView[] = [];
  for (const { bound, rows } of evaluateRegisters(ss, context)) {
    const ref = registerRef(bound);
    for (const row of rows) {
      const view = caseView(ref, row, bound.headerRow);
      if (view) views.push(view);
    }
  }
  return views;
}
