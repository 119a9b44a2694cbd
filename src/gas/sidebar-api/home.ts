import { isDateValue } from '../../core/cells';
import { ymdFromDay } from '../../core/dates/civil';
import { ledgerView } from '../../core/reminders/ledger';
import type { UtilitiesLike } from '../date-io';
import { evaluateRegisters, workbookContext } from '../run/context';
import { ledgerRows } from '../run/mail';
import { HANDLER, readHeartbeat, readRecord, triggerStatus } from '../run/trigger';
import type { Spreadsheet } from '../workbook/services';
import { bodyRows, ensureTab } from '../workbook/tabs';
import type { Home, HomeRegister } from './public';

/** Rows listed per count: enough to select them all in any real register. */
const MAX_ROWS = 500;
const HOUR_MS = 3_600_000;

export interface HomeServices {
  readonly spreadsheet: Spreadsheet;
  readonly utilities: UtilitiesLike;
  readonly scriptApp: Pick<GoogleAppsScript.Script.ScriptApp, 'getUserTriggers'>;
  readonly properties: Pick<GoogleAppsScript.Properties.Properties, 'getProperty'>;
  /** The viewer (the effective user of the sidebar call). */
  readonly me: string;
  readonly now: number;
  readonly version: string;
}

export function getHome(s: HomeServices): Omit<Home, 'setupNeeded'> {
  const ss = s.spreadsheet;
  const context = workbookContext(ss, s.utilities, s.now);
  const { settings, zone, today } = context;
  // The office's pasted years count: once next year's days are in Holidays, Home stops asking for them.
  const years = context.engine.calendar.years;
  const registers: HomeRegister[] = evaluateRegisters(ss, context).map(({ bound, rows }) => {
    const counts = { open: 0, dueSoon: 0, overdue: 0 };
    const at = { openRows: [] as number[], dueSoonRows: [] as number[], overdueRows: [] as number[] };
    const note = (list: number[], row: number) => {
      if (list.length < MAX_ROWS) list.push(row);
    };
    for (const row of rows) {
      const state = row.result?.state;
      if (!state || state === 'done' || state === 'done-late' || state === 'cancelled') continue;
      counts.open++;
      const sheetRow = row.index + bound.headerRow + 1;
      note(at.openRows, sheetRow);
      if (state === 'due-soon' || state === 'due-today') {
        counts.dueSoon++;
        note(at.dueSoonRows, sheetRow);
      }
      if (state === 'overdue') {
        counts.overdue++;
        note(at.overdueRows, sheetRow);
      }
    }
    return {
      name: bound.name,
      gid: bound.id,
      procedure: { th: bound.procedure.th, en: bound.procedure.en },
      ...counts,
      ...at,
    };
  });
  const mine = s.scriptApp.getUserTriggers(ss).some((t) => t.getHandlerFunction() === HANDLER);
  const status = triggerStatus(readRecord(s.properties), readHeartbeat(s.properties), s.now, {
    email: s.me,
    mine,
  });
  const installed = status.state !== 'missing';
  const shown = (iso: string) => shownInZone(s.utilities, zone, iso);
  const last = lastRun(bodyRows(ensureTab(ss, 'log'), 'log', { newest: LAST_RUN_SEARCH }), shown);
  const beat = status.heartbeat;
  return {
    version: s.version,
    holidayYears: years
      ? { first: years.first, last: years.last, nextYearMissing: years.last < ymdFromDay(today).y + 1 }
      : null,
    trigger: {
      state: status.state,
      installed,
      owner: status.record?.owner ?? '',
      mine: mine && status.record?.owner === s.me,
      lastBeat: beat ? { shown: shown(beat.at), status: beat.status, by: beat.by } : null,
    },
    lastRun: last,
    nextRun: installed ? nextRun(last, s.now, shown) : null,
    reminderHour: settings.reminderHour,
    ownerQuota: beat && beat.by === status.record?.owner ? beat.quota : null,
    unconfirmedMails: ledgerView(ledgerRows(ensureTab(ss, 'sent'))).unconfirmed.length,
    registers,
  };
}

/**
 * An hourly trigger fires once in every hour, at a minute Apps Script picks: the next run is about an
 * hour after the last one, or "within the hour" when that time has passed or there was none.
 */
function nextRun(last: Home['lastRun'], now: number, shown: (iso: string) => string): Home['nextRun'] {
  const after = last ? Date.parse(last.when) + HOUR_MS : Number.NaN;
  return { shown: Number.isFinite(after) && after > now ? shown(new Date(after).toISOString()) : null };
}

function shownInZone(utilities: UtilitiesLike, zone: string, iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const [d, m, y, hm] = utilities.formatDate(at, zone, 'd M yyyy HH:mm').split(' ');
  return `${d}/${m}/${Number(y) + 543} ${hm}`;
}

/** How far back Home looks for the last run: the log's newest rows, not its whole history. */
const LAST_RUN_SEARCH = 200;

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
    const iso = record.ended ?? (isDateValue(when) ? when.toISOString() : String(when));
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
