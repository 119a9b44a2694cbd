/**
 * Watching the calendar in use between runs (issue 15: a calendar that changes mid-year). The snapshot
 * of the holidays around today lives in a document property; when this run's calendar differs, the run
 * evaluates each open case under both, logs every due date that moved, and keeps a notice for each in
 * the hidden _moved tab until its assignee's next digest has told them.
 */
import {
  type CalendarChange,
  calendarChange,
  changeWords,
  previousCalendar,
  readSnapshot,
  snapshotOf,
  snapshotText,
} from '../../core/calendar/calendar-change';
import { type Day, isoFromDay } from '../../core/dates/civil';
import { formatDate } from '../../core/dates/format';
import { parseDateValue } from '../../core/dates/parse';
import type { EngineSettings } from '../../core/engine/types';
import { bilingual, type Msg } from '../../core/i18n/msg';
import { parseReminderKey } from '../../core/reminders/keys';
import { ledgerView } from '../../core/reminders/ledger';
import type { MovedNotice, Stage } from '../../core/reminders/types';
import type { Sheet } from '../workbook/services';
import { appendRows, bodyRows, ensureTab } from '../workbook/tabs';
import type { HourlyRun } from './hourly';
import { appendLog } from './log';
import { ledgerRows } from './mail';
import type { RegisterOutcome } from './update-register';

type Props = Pick<GoogleAppsScript.Properties.Properties, 'getProperty' | 'setProperty'>;

const KEY = 'kamnot.calendar';
/** Set while _moved holds a notice no digest has told: runs without one never read the tab. */
const PENDING = 'kamnot.moved';

export interface CalendarWatch {
  /** The snapshot text of the calendar in use now: what a register's evaluation is stamped with. */
  readonly now: string;
  readonly change: CalendarChange | null;
  /** The engine as it counted before the change; null when nothing changed. */
  readonly previous: EngineSettings | null;
}

export function watchCalendar(
  props: Pick<Props, 'getProperty'>,
  engine: EngineSettings,
  today: Day,
): CalendarWatch {
  const now = snapshotOf(engine.calendar, today);
  const before = readSnapshot(props.getProperty(KEY));
  const change = before ? calendarChange(before, now) : null;
  return {
    now: snapshotText(now),
    change,
    previous: before && change ? { ...engine, calendar: previousCalendar(engine.calendar, before) } : null,
  };
}

/** The calendar every register was last evaluated with becomes the one later runs compare against. */
export function recordCalendar(props: Props, watch: CalendarWatch): void {
  props.setProperty(KEY, watch.now);
}

/** A Holidays row's name for a day, for the words of a change. */
function holidayNames(holidays: Sheet, offsetAt: (ms: number) => number): (day: Day) => string {
  const names = new Map<Day, string>();
  for (const row of bodyRows(holidays, 'holidays')) {
    const day = parseDateValue(row[0], offsetAt);
    if (day.ok && String(row[1] ?? '').trim() !== '') names.set(day.value, String(row[1]).trim());
  }
  return (day) => names.get(day) ?? '';
}

// ---- the _moved tab: one notice per (register, case, step, new date) ----

const keyOf = (n: Pick<MovedNotice, 'register' | 'identity' | 'step' | 'after'>) =>
  `${n.register.key}|${n.identity}|${n.step?.id ?? ''}|${n.after}`;

interface StoredNotice {
  readonly row: number;
  readonly key: string;
  readonly notice: MovedNotice;
  readonly told: string;
}

function readNotices(sheet: Sheet): StoredNotice[] {
  const out: StoredNotice[] = [];
  bodyRows(sheet, 'moved').forEach((r, i) => {
    try {
      const notice = JSON.parse(String(r[2] ?? '')) as MovedNotice;
      if (typeof notice?.identity !== 'string' || typeof notice.after !== 'number') return;
      out.push({ row: i + 2, key: String(r[1]), notice, told: String(r[3] ?? '') });
    } catch {
      // A row someone edited: it tells nobody.
    }
  });
  return out;
}

/**
 * Keeps a notice for each moved case not already noticed, with the stages the ledger says were
 * reminded for it (a date moved later does not bring those back), and logs the change with every
 * moved date. Returns the lines for the run's notes.
 */
export function noticeMoved(
  run: HourlyRun,
  change: CalendarChange,
  moved: readonly RegisterOutcome['moved'][number][],
): string[] {
  const { services, tabs, context } = run;
  const nameOf = holidayNames(tabs.holidays, context.io.offsetAt);
  const at = new Date(services.now());
  const movedTab = ensureTab(services.spreadsheet, 'moved');
  if (moved.length === 0) return [];
  const why: Msg = changeWords(change, nameOf);
  const known = new Set(readNotices(movedTab).map((n) => n.key));
  const fresh = moved.filter((m) => !known.has(keyOf(m)));
  if (fresh.length === 0) return [];
  const sent = stagesSent(tabs.sent);
  const rows = fresh.map((m) => {
    const stages = sent.get(`${m.register.key}|${m.identity}|${m.step?.id ?? ''}`) ?? [];
    const notice: MovedNotice = { ...m, why, stagesSent: stages };
    return [isoFromDay(context.today), keyOf(m), JSON.stringify(notice), ''];
  });
  appendRows(movedTab, rows);
  services.properties.setProperty(PENDING, '1');
  const lines = fresh.map(
    (m) =>
      `${m.register.name} แถว ${m.row} ${m.caseId}: ${formatDate(m.before)} → ${formatDate(m.after)} / ${m.register.name} row ${m.row} ${m.caseId}: ${formatDate(m.before, { lang: 'en' })} → ${formatDate(m.after, { lang: 'en' })}`,
  );
  appendLog(services.spreadsheet, at, 'calendar', `${bilingual(why)}\n${lines.join('\n')}`, 'Kamnot');
  return [
    `ปฏิทินเปลี่ยน: กำหนด ${fresh.length} เรื่องเลื่อน (ดู _log) / the calendar changed: ${fresh.length} due date(s) moved (see _log)`,
  ];
}

/** By register|case|step: the due-soon and due-today reminders the ledger shows as gone. */
function stagesSent(sentTab: Sheet): Map<string, Stage[]> {
  const out = new Map<string, Stage[]>();
  const view = ledgerView(ledgerRows(sentTab));
  for (const [key, status] of view.status) {
    if (status === 'failed') continue;
    const id = parseReminderKey(key);
    if (!id || (id.stage !== 'due-soon' && id.stage !== 'due-today')) continue;
    const k = `${id.register}|${id.caseId}|${id.step}`;
    const list = out.get(k) ?? [];
    if (!list.includes(id.stage)) list.push(id.stage);
    out.set(k, list);
  }
  return out;
}

/** Notices no digest has told yet, the newest one per case and step. */
export function untold(
  tab: () => Sheet,
  props: Pick<Props, 'getProperty'>,
): {
  readonly notices: MovedNotice[];
  readonly rows: Map<MovedNotice, number>;
  readonly sheet: Sheet | null;
} {
  if (props.getProperty(PENDING) === null) return { notices: [], rows: new Map(), sheet: null };
  const sheet = tab();
  const latest = new Map<string, StoredNotice>();
  for (const n of readNotices(sheet)) {
    if (n.told !== '') continue;
    const k = `${n.notice.register.key}|${n.notice.identity}|${n.notice.step?.id ?? ''}`;
    const seen = latest.get(k);
    if (!seen || seen.row < n.row) latest.set(k, n);
  }
  const rows = new Map<MovedNotice, number>();
  for (const n of latest.values()) rows.set(n.notice, n.row);
  return { notices: [...rows.keys()], rows, sheet };
}

/**
 * Marks the notices a sent digest told (one write per notice row; a handful at a time). Once none is
 * left untold, runs stop reading the tab.
 */
export function markTold(
  sheet: Sheet,
  props: Pick<GoogleAppsScript.Properties.Properties, 'deleteProperty'>,
  rows: readonly number[],
  left: number,
  today: Day,
): void {
  // Text, not a date: the cell only says that (and when) the notice went.
  for (const row of rows) sheet.getRange(row, 4).setValue(`'${isoFromDay(today)}`);
  if (left === rows.length) props.deleteProperty(PENDING);
}
