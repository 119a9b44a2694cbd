/**
 * Verdicts about the account and the deployment: who is using Kamnot, which case of deployment this
 * is, the workbook's hourly check, and the owner's mail quota. Pure: the probes pass what they saw.
 */
import type { Msg } from '../i18n/msg';
import type { CheckResult } from './types';

const m = (th: string, en: string): Msg => ({ th, en });

export interface Identity {
  /** The active user's email: '' where Google does not reveal it. */
  readonly active: string;
  /** The effective user's email: whom the script runs as. */
  readonly effective: string;
  /** The hourly check's recorded owner, '' when none. */
  readonly owner: string;
}

export function identityVerdict(i: Identity): CheckResult {
  const title = m('ผู้ใช้และเจ้าของการตรวจทุกชั่วโมง', 'The user and the hourly check’s owner');
  const owner = i.owner || m('ยังไม่มี', 'none yet').th;
  const ownerEn = i.owner || 'none yet';
  if (i.active === '') {
    return {
      id: 'identity',
      status: 'warning',
      title,
      found: m(
        `Google ไม่แจ้งอีเมลของคุณ (สคริปต์ทำงานในนาม ${i.effective || '?'}; เจ้าของการตรวจ: ${owner})`,
        `Google does not reveal your email (the script runs as ${i.effective || '?'}; the check's owner: ${ownerEn})`,
      ),
      fix: m(
        'ใช้บัญชีในโดเมนเดียวกับเจ้าของสมุดงาน หรือพิมพ์อีเมลของคุณเองในหน้า "ของฉัน"',
        'use an account of the workbook owner’s domain, or type your email in "Mine"',
      ),
      data: { active: '', effective: i.effective, owner: i.owner },
    };
  }
  return {
    id: 'identity',
    status: 'ok',
    title,
    found: m(
      `คุณ: ${i.active} · สคริปต์ทำงานในนาม: ${i.effective} · เจ้าของการตรวจทุกชั่วโมง: ${owner}`,
      `you: ${i.active} · the script runs as: ${i.effective} · the hourly check's owner: ${ownerEn}`,
    ),
    fix: null,
    data: { active: i.active, effective: i.effective, owner: i.owner },
  };
}

export interface Deployment {
  /** The script's installation source: NONE for a script that is not an add-on. */
  readonly source: string;
  /** The last hourly run's status (heartbeat), '' when it never ran. */
  readonly lastRun: string;
}

/** Container-bound script or editor add-on, and whether the add-on's hourly run sees the workbook (DESIGN §4). */
export function deploymentVerdict(d: Deployment): CheckResult {
  const title = m('รูปแบบการติดตั้ง', 'How Kamnot is deployed');
  const addOn = d.source !== 'NONE';
  const kind = addOn
    ? m(`ส่วนเสริม (${d.source})`, `an editor add-on (${d.source})`)
    : m('สคริปต์ที่ผูกกับสมุดงาน (หรือการทดลองติดตั้ง)', 'a script bound to this workbook (or a test deployment)');
  const data = { source: d.source, lastRun: d.lastRun };
  if (d.lastRun === 'no-spreadsheet') {
    return {
      id: 'deployment',
      status: 'failed',
      title,
      found: m(
        `${kind.th}: การตรวจทุกชั่วโมงทำงาน แต่ Google ไม่ส่งสมุดงานมาให้ จึงไม่ได้ตรวจและไม่ส่งอีเมล`,
        `${kind.en}: the hourly check runs, but Google gives it no workbook, so nothing is checked or mailed`,
      ),
      fix: m(
        'ใช้ Kamnot แบบสคริปต์ที่ผูกกับสมุดงาน: ทำสำเนาสมุดงานต้นแบบ (ดูคู่มือ: สามทางที่สำนักงานได้ Kamnot)',
        'use Kamnot as a script bound to the workbook: make a copy of the template workbook (guide: three ways an office gets Kamnot)',
      ),
      data,
    };
  }
  if (addOn && d.lastRun === '') {
    return {
      id: 'deployment',
      status: 'not-possible',
      title,
      found: m(
        `${kind.th}: จะรู้ว่าการตรวจทุกชั่วโมงของส่วนเสริมเห็นสมุดงานหรือไม่ หลังรอบแรกของมันเท่านั้น`,
        `${kind.en}: whether an add-on's hourly run sees this workbook shows only after its first run`,
      ),
      fix: m(
        'ติดตั้งการตรวจทุกชั่วโมง รอหนึ่งชั่วโมง แล้วตรวจความพร้อมอีกครั้ง',
        'install the hourly check, wait an hour, then run this check again',
      ),
      data,
    };
  }
  return {
    id: 'deployment',
    status: 'ok',
    title,
    found: m(
      `${kind.th}${d.lastRun ? `: รอบล่าสุดของการตรวจทุกชั่วโมงเห็นสมุดงาน (${d.lastRun})` : ''}`,
      `${kind.en}${d.lastRun ? `: the hourly check's last run saw this workbook (${d.lastRun})` : ''}`,
    ),
    fix: null,
    data,
  };
}

export interface Triggers {
  /** The workbook's check as triggerStatus (src/gas/run/trigger.ts) sees it. */
  readonly state: 'running' | 'waiting' | 'no-spreadsheet' | 'stale' | 'missing';
  readonly owner: string;
  readonly me: string;
  /** This user's runHourly triggers for this workbook. */
  readonly mine: number;
  /** The last run: when (as the reader's clock shows it) and how it ended; null when it never ran. */
  readonly last: { readonly shown: string; readonly status: string } | null;
}

export function triggersVerdict(t: Triggers): CheckResult {
  const title = m('การตรวจทุกชั่วโมง', 'The hourly check');
  const last = t.last
    ? m(` · รอบล่าสุด ${t.last.shown} (${t.last.status})`, ` · last run ${t.last.shown} (${t.last.status})`)
    : m('', '');
  const who = t.owner ? m(`เจ้าของ ${t.owner}`, `owner ${t.owner}`) : m('ไม่มีเจ้าของ', 'no owner');
  const data = { state: t.state, owner: t.owner, mine: t.mine, lastStatus: t.last?.status ?? '' };
  const of = (status: CheckResult['status'], th: string, en: string, fix: Msg | null): CheckResult => ({
    id: 'triggers',
    status,
    title,
    found: m(
      `${th} · ${who.th} · ของคุณ ${t.mine} ตัว${last.th}`,
      `${en} · ${who.en} · yours: ${t.mine}${last.en}`,
    ),
    fix,
    data,
  });
  const install = m('กด "ติดตั้งการตรวจทุกชั่วโมง" ที่หน้าภาพรวม', 'press "Install the hourly check" on Home');
  if (t.state === 'no-spreadsheet')
    return of(
      'failed',
      'ทำงานแต่ไม่ได้รับสมุดงาน',
      'runs but gets no workbook',
      m('ดูข้อ "รูปแบบการติดตั้ง" ด้านบน', 'see "How Kamnot is deployed" above'),
    );
  if (t.state === 'missing') return of('warning', 'ยังไม่ได้ติดตั้ง', 'not installed', install);
  if (t.state === 'stale')
    return of(
      'warning',
      'ไม่ได้ทำงานมาเกิน 3 ชั่วโมง',
      'silent for over 3 hours',
      m(
        'กด "ติดตั้งการตรวจทุกชั่วโมง" ที่หน้าภาพรวม: ของคุณจะแทนของเจ้าของเดิมที่หยุดทำงาน',
        'press "Install the hourly check" on Home: yours replaces the silent one',
      ),
    );
  if (t.owner === t.me && t.mine > 1)
    return of(
      'warning',
      `มีทริกเกอร์ของคุณซ้ำ ${t.mine} ตัว`,
      `${t.mine} duplicate triggers of yours`,
      m(
        'กด "ซ่อมการตรวจทุกชั่วโมง" ที่หน้าภาพรวม (เหลือไว้ตัวเดียว)',
        'press "Repair the hourly check" on Home (keeps one)',
      ),
    );
  return of(
    'ok',
    t.state === 'running' ? 'ทำงานอยู่' : 'ติดตั้งแล้ว รอรอบแรก',
    t.state === 'running' ? 'running' : 'installed, first run due',
    null,
  );
}

export interface Mail {
  /** The check owner's mail quota: live when the viewer owns it, else from the last run; null if unknown. */
  readonly ownerQuota: number | null;
  readonly viewerIsOwner: boolean;
  /** People who can receive a digest. */
  readonly recipients: number;
}

export function mailVerdict(q: Mail): CheckResult {
  const title = m('โควตาอีเมลของเจ้าของการตรวจ', 'The check owner’s mail quota');
  const data = { ownerQuota: q.ownerQuota ?? -1, recipients: q.recipients, live: q.viewerIsOwner };
  const where = q.viewerIsOwner ? m('ตอนนี้', 'now') : m('หลังรอบล่าสุด', 'after the last run');
  if (q.ownerQuota === null)
    return {
      id: 'mail',
      status: 'not-possible',
      title,
      found: m(
        'ยังไม่ทราบ: จะรู้หลังการตรวจทุกชั่วโมงรอบแรก',
        'not known yet: it is recorded by the hourly check’s first run',
      ),
      fix: m(
        'ติดตั้งการตรวจทุกชั่วโมง แล้วตรวจความพร้อมอีกครั้งหลังรอบแรก',
        'install the hourly check, then run this check again after its first run',
      ),
      data,
    };
  if (q.ownerQuota === 0)
    return {
      id: 'mail',
      status: 'failed',
      title,
      found: m(
        `เหลือ 0 (${where.th}): วันนี้ส่งอีเมลเตือนไม่ได้ จะส่งต่อเมื่อโควตากลับมาในวันถัดไป`,
        `0 left (${where.en}): no reminder can go out today; they go out when the quota returns tomorrow`,
      ),
      fix: m(
        'ให้บัญชี Google Workspace ของสำนักงาน (1,500 คนต่อวัน) เป็นเจ้าของการตรวจทุกชั่วโมง: กด "รับช่วงการตรวจทุกชั่วโมง"',
        'make the office\'s Google Workspace account (1,500 recipients a day) the check\'s owner: press "Take over the hourly check"',
      ),
      data,
    };
  if (q.ownerQuota < q.recipients)
    return {
      id: 'mail',
      status: 'warning',
      title,
      found: m(
        `เหลือ ${q.ownerQuota} (${where.th}) น้อยกว่าจำนวนผู้รับ ${q.recipients} คน: ส่งเรื่องด่วนก่อน ที่เหลือส่งรอบถัดไป`,
        `${q.ownerQuota} left (${where.en}), fewer than the ${q.recipients} recipients: the most urgent go first, the rest next run`,
      ),
      fix: m(
        'ให้บัญชี Google Workspace ของสำนักงานเป็นเจ้าของการตรวจทุกชั่วโมง',
        "make the office's Google Workspace account the check's owner",
      ),
      data,
    };
  return {
    id: 'mail',
    status: 'ok',
    title,
    found: m(
      `เหลือ ${q.ownerQuota} (${where.th}) สำหรับผู้รับ ${q.recipients} คน`,
      `${q.ownerQuota} left (${where.en}) for ${q.recipients} recipient(s)`,
    ),
    fix: null,
    data,
  };
}
