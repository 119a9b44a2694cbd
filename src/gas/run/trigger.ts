/**
 * The one time-driven trigger, shared by every officer of the workbook.
 *
 * Installable triggers belong to the user who made them: ScriptApp lists only the caller's
 * (getProjectTriggers; getUserTriggers(spreadsheet) for this document, the question an editor add-on
 * must ask), and mail goes out under the owner's quota. So "is the check installed?" is asked of the
 * workbook, not of the viewer: a document property records who owns the trigger, and each run leaves
 * a heartbeat (document property and `_log`) with that owner's mail quota. Installing beside another
 * officer's live trigger is refused; taking it over is an explicit action, after which the previous
 * owner's trigger removes itself at its next run (nobody can delete another user's trigger).
 */
import { bilingual, msg } from '../../core/i18n/msg';
import type { Spreadsheet } from '../workbook/services';

type ScriptAppLike = Pick<
  GoogleAppsScript.Script.ScriptApp,
  'getUserTriggers' | 'newTrigger' | 'deleteTrigger'
>;
type PropertiesLike = Pick<GoogleAppsScript.Properties.Properties, 'getProperty' | 'setProperty'>;

export const HANDLER = 'runHourly';
const RECORD = 'kamnot.trigger';
const HEARTBEAT = 'kamnot.heartbeat';
const HOUR_MS = 3_600_000;
/** An hourly trigger fires once in each hour at a minute Google picks: three hours of silence is dead. */
const ALIVE_MS = 3 * HOUR_MS;

/** Who owns the workbook's trigger, and since when (ISO). */
export interface TriggerRecord {
  readonly owner: string;
  readonly installed: string;
}

/** The last run of the trigger: when, as whom, how it ended, and the owner's mail quota left after it. */
export interface Heartbeat {
  readonly at: string;
  readonly by: string;
  /** A run's status (done, partial, busy, error), `stray` or `no-spreadsheet`. */
  readonly status: string;
  readonly quota: number | null;
}

/**
 * running: the owner's trigger ran within ALIVE_MS; waiting: installed, its first run is due;
 * no-spreadsheet: it runs but Google gave it no spreadsheet (an editor add-on), so it does nothing;
 * stale: recorded but silent for longer; missing: never installed, or the viewer's own is gone.
 */
type TriggerState = 'running' | 'waiting' | 'no-spreadsheet' | 'stale' | 'missing';

export interface TriggerStatus {
  readonly state: TriggerState;
  readonly record: TriggerRecord | null;
  readonly heartbeat: Heartbeat | null;
}

function parse<T>(text: string | null, valid: (v: Record<string, unknown>) => boolean): T | null {
  if (!text) return null;
  try {
    const v = JSON.parse(text) as unknown;
    return typeof v === 'object' && v !== null && valid(v as Record<string, unknown>) ? (v as T) : null;
  } catch {
    return null;
  }
}

export function readRecord(properties: Pick<PropertiesLike, 'getProperty'>): TriggerRecord | null {
  return parse(
    properties.getProperty(RECORD),
    (v) => typeof v.owner === 'string' && typeof v.installed === 'string',
  );
}

export function readHeartbeat(properties: Pick<PropertiesLike, 'getProperty'>): Heartbeat | null {
  return parse(
    properties.getProperty(HEARTBEAT),
    (v) => typeof v.at === 'string' && typeof v.by === 'string',
  );
}

export function writeHeartbeat(properties: Pick<PropertiesLike, 'setProperty'>, beat: Heartbeat): void {
  properties.setProperty(HEARTBEAT, JSON.stringify(beat));
}

const age = (iso: string, now: number): number => now - Date.parse(iso);

/** The workbook's trigger as any officer sees it; `mine` is whether the viewer has one (their own list). */
export function triggerStatus(
  record: TriggerRecord | null,
  heartbeat: Heartbeat | null,
  now: number,
  viewer: { readonly email: string; readonly mine: boolean },
): TriggerStatus {
  const of = (state: TriggerState): TriggerStatus => ({ state, record, heartbeat });
  if (!record) return of(viewer.mine ? 'waiting' : 'missing');
  if (record.owner === viewer.email && !viewer.mine) return of('missing');
  const beat =
    heartbeat && heartbeat.by === record.owner && age(heartbeat.at, now) < ALIVE_MS ? heartbeat : null;
  if (beat) return of(beat.status === 'no-spreadsheet' ? 'no-spreadsheet' : 'running');
  if (age(record.installed, now) < ALIVE_MS) return of('waiting');
  return of('stale');
}

export interface InstallServices {
  readonly spreadsheet: Spreadsheet;
  readonly scriptApp: ScriptAppLike;
  readonly properties: PropertiesLike;
  /** Who presses the button: the trigger will be theirs. */
  readonly me: string;
  readonly now: number;
}

export interface InstallOutcome {
  readonly outcome: 'installed' | 'present' | 'taken-over';
  readonly owner: string;
  /** What happened, in Thai and English, for the toast and the sidebar. */
  readonly message: string;
}

function mine(s: InstallServices): GoogleAppsScript.Script.Trigger[] {
  return s.scriptApp.getUserTriggers(s.spreadsheet).filter((t) => t.getHandlerFunction() === HANDLER);
}

/** Exactly one trigger of the viewer's: created when missing, duplicates removed. True when created. */
function ensureOne(s: InstallServices, existing: readonly GoogleAppsScript.Script.Trigger[]): boolean {
  for (const extra of existing.slice(1)) s.scriptApp.deleteTrigger(extra);
  if (existing.length > 0) return false;
  s.scriptApp.newTrigger(HANDLER).timeBased().everyHours(1).create();
  return true;
}

/**
 * "Install or repair the hourly check": idempotent for its owner; refused while another officer's
 * trigger is alive (a second one would check the workbook twice an hour under two quotas).
 */
export function installHourlyTrigger(s: InstallServices): InstallOutcome {
  const existing = mine(s);
  const record = readRecord(s.properties);
  const status = triggerStatus(record, readHeartbeat(s.properties), s.now, {
    email: s.me,
    mine: existing.length > 0,
  });
  const owner = record?.owner ?? '';
  if (
    record &&
    owner !== s.me &&
    (status.state === 'running' || status.state === 'waiting' || status.state === 'no-spreadsheet')
  ) {
    throw new Error(
      bilingual(
        msg(
          `การตรวจทุกชั่วโมงของ ${owner} ทำงานอยู่แล้ว: ติดตั้งอีกตัวจะตรวจสองรอบต่อชั่วโมงและใช้โควตาอีเมลสองบัญชี จึงไม่ติดตั้ง ถ้าต้องการให้การตรวจและอีเมลเตือนเป็นของคุณแทน ให้กด "รับช่วงต่อ"`,
          `${owner}'s hourly check is already running: a second one would check the workbook twice an hour under two mail quotas, so nothing was installed. To make the check and its reminder mail yours instead, press "Take over".`,
        ),
      ),
    );
  }
  const created = ensureOne(s, existing);
  const keep = record && owner === s.me && !created;
  s.properties.setProperty(
    RECORD,
    JSON.stringify({ owner: s.me, installed: keep ? record.installed : new Date(s.now).toISOString() }),
  );
  const replaced = owner !== '' && owner !== s.me;
  return {
    outcome: created ? 'installed' : 'present',
    owner: s.me,
    message: created
      ? bilingual(
          msg(
            `ติดตั้งการตรวจทุกชั่วโมงแล้ว เจ้าของ: ${s.me} (อีเมลเตือนส่งในชื่อและโควตาของบัญชีนี้)${replaced ? ` แทนของ ${owner} ที่ไม่ได้ทำงานมานาน` : ''}`,
            `hourly check installed, owner: ${s.me} (reminders go out under this account's name and quota)${replaced ? `, replacing ${owner}'s, which had stopped running` : ''}`,
          ),
        )
      : bilingual(
          msg(
            `มีการตรวจทุกชั่วโมงของคุณอยู่แล้ว เจ้าของ: ${s.me}`,
            `your hourly check is already installed, owner: ${s.me}`,
          ),
        ),
  };
}

/**
 * "Take over the hourly check": the viewer's trigger becomes the workbook's, whoever had it. The
 * previous owner's trigger is not the record's any more and removes itself at its next run.
 */
export function takeOverHourlyTrigger(s: InstallServices): InstallOutcome {
  const existing = mine(s);
  const previous = readRecord(s.properties)?.owner ?? '';
  ensureOne(s, existing);
  s.properties.setProperty(RECORD, JSON.stringify({ owner: s.me, installed: new Date(s.now).toISOString() }));
  const from = previous !== '' && previous !== s.me;
  return {
    outcome: 'taken-over',
    owner: s.me,
    message: bilingual(
      msg(
        `การตรวจทุกชั่วโมงเป็นของคุณแล้ว: อีเมลเตือนส่งในชื่อและโควตาของ ${s.me}${from ? ` ทริกเกอร์ของ ${previous} จะลบตัวเองในรอบถัดไป` : ''}`,
        `the hourly check is now yours: reminders go out under ${s.me}'s name and quota${from ? `; ${previous}'s trigger removes itself at its next run` : ''}`,
      ),
    ),
  };
}

/**
 * At the start of a time-driven run: 'run' when this trigger is the workbook's (a trigger made before
 * any record becomes the record), 'stray' when another officer owns the check now, in which case this
 * trigger deletes itself so the workbook is never checked twice.
 */
export function claimRun(s: InstallServices): 'run' | 'stray' {
  const record = readRecord(s.properties);
  if (!record) {
    s.properties.setProperty(
      RECORD,
      JSON.stringify({ owner: s.me, installed: new Date(s.now).toISOString() }),
    );
    return 'run';
  }
  if (record.owner === s.me) return 'run';
  for (const t of mine(s)) s.scriptApp.deleteTrigger(t);
  return 'stray';
}
