/**
 * Home: the workbook's health at a glance. Register counts are evaluated now, as the hourly run and the
 * digest preview evaluate them; the last run comes from _log. Nothing is written but missing system tabs.
 */
import { calendarNamed } from '../../core/calendar/calendars';
import { ymdFromDay } from '../../core/dates/civil';
import type { UtilitiesLike } from '../date-io';
import { evaluateRegisters, workbookContext } from '../run/context';
import { HANDLER, OWNER } from '../run/trigger';
import type { Spreadsheet } from '../workbook/services';
import { bodyRows, ensureTab } from '../workbook/tabs';
import type { Home, HomeRegister } from './public';

export interface HomeServices {
  readonly spreadsheet: Spreadsheet;
  readonly utilities: UtilitiesLike;
  readonly scriptApp: Pick<GoogleAppsScript.Script.ScriptApp, 'getProjectTriggers'>;
  readonly properties: Pick<GoogleAppsScript.Properties.Properties, 'getProperty'>;
  readonly mail: Pick<GoogleAppsScript.Mail.MailApp, 'getRemainingDailyQuota'>;
  readonly now: number;
  readonly version: string;
}

export function getHome(s: HomeServices): Home {
  const ss = s.spreadsheet;
  const context = workbookContext(ss, s.utilities, s.now);
  const { settings, zone, today } = context;
  const years = calendarNamed(settings.calendar).years;
  const registers: HomeRegister[] = evaluateRegisters(ss, context).map(({ bound, rows }) => {
    const counts = { open: 0, dueSoon: 0, overdue: 0 };
    for (const row of rows) {
      const state = row.result?.state;
      if (!state || state === 'done' || state === 'done-late' || state === 'cancelled') continue;
      counts.open++;
      if (state === 'due-soon' || state === 'due-today') counts.dueSoon++;
      if (state === 'overdue') counts.overdue++;
    }
    return {
      name: bound.name,
      gid: bound.id,
      procedure: { th: bound.procedure.th, en: bound.procedure.en },
      ...counts,
    };
  });
  return {
    version: s.version,
    holidayYears: years
      ? { first: years.first, last: years.last, nextYearMissing: years.last < ymdFromDay(today).y + 1 }
      : null,
    trigger: {
      installed: s.scriptApp.getProjectTriggers().some((t) => t.getHandlerFunction() === HANDLER),
      owner: s.properties.getProperty(OWNER) ?? '',
    },
    lastRun: lastRun(bodyRows(ensureTab(ss, 'log'), 3, 200), (iso) => shownInZone(s.utilities, zone, iso)),
    mailQuotaLeft: s.mail.getRemainingDailyQuota(),
    registers,
  };
}

function shownInZone(utilities: UtilitiesLike, zone: string, iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const [d, m, y, hm] = utilities.formatDate(at, zone, 'd M yyyy HH:mm').split(' ');
  return `${d}/${m}/${Number(y) + 543} ${hm}`;
}

function lastRun(rows: readonly (readonly unknown[])[], shown: (iso: string) => string): Home['lastRun'] {
  for (let i = rows.length - 1; i >= 0; i--) {
    const [when, kind, details] = rows[i]!;
    if (typeof kind !== 'string' || !kind.startsWith('run:')) continue;
    let record: { ended?: string; problems?: number; mail?: { sent?: number } } = {};
    try {
      record = JSON.parse(String(details)) as typeof record;
    } catch {
      // A hand-edited log cell: the row still says that a run happened.
    }
    const at = when instanceof Date || Object.prototype.toString.call(when) === '[object Date]';
    const iso = record.ended ?? (at ? (when as Date).toISOString() : String(when));
    return {
      when: iso,
      shown: shown(iso),
      status: kind.slice(4),
      problems: Number(record.problems ?? 0),
      mails: Number(record.mail?.sent ?? 0),
    };
  }
  return null;
}
