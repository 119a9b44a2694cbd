/**
 * Kamnot's OAuth scopes: the one table of what each lets Kamnot do and what stops working without it.
 * appsscript.json lists exactly these (a test compares them); the installation check reads this table
 * to say what a missing or unticked scope costs (granular consent lets a user untick some of them).
 */
import type { Msg } from '../i18n/msg';
import type { CheckResult } from './types';

const AUTH = 'https://www.googleapis.com/auth/';

export interface KamnotScope {
  readonly url: string;
  /** What Kamnot uses it for. */
  readonly why: Msg;
  /** What stops working without it. */
  readonly without: Msg;
}

export const KAMNOT_SCOPES: readonly KamnotScope[] = [
  {
    url: `${AUTH}spreadsheets.currentonly`,
    why: {
      th: 'อ่านและเขียนสมุดงานนี้เท่านั้น',
      en: 'read and write this workbook, and no other',
    },
    without: {
      th: 'ทุกอย่าง: Kamnot อ่านทะเบียนไม่ได้ ตรวจไม่ได้ และสูตร =DUEDATE อ่านวันหยุดของสำนักงานไม่ได้',
      en: "everything: Kamnot cannot read a register, run a check or read the office's days off",
    },
  },
  {
    url: `${AUTH}script.container.ui`,
    why: { th: 'เมนูและแถบข้าง', en: 'the menu and the sidebar' },
    without: {
      th: 'แถบข้าง หน้าต่างพิมพ์รายงาน และหน้าตรวจความพร้อมเปิดไม่ได้',
      en: "the sidebar, the report's print view and this check's panel do not open",
    },
  },
  {
    url: `${AUTH}script.send_mail`,
    why: {
      th: 'ส่งอีเมลสรุปประจำวัน (ส่งอย่างเดียว ไม่อ่านอีเมล)',
      en: 'send the daily digests (send only: Kamnot never reads mail)',
    },
    without: {
      th: 'ไม่มีอีเมลเตือนใดส่งออก ทั้งสรุปประจำวันและการแจ้งหัวหน้า',
      en: 'no reminder goes out: no digest, no escalation to supervisors',
    },
  },
  {
    url: `${AUTH}script.scriptapp`,
    why: { th: 'ติดตั้งการตรวจทุกชั่วโมง', en: 'install the hourly check' },
    without: {
      th: 'ติดตั้งหรือซ่อมการตรวจทุกชั่วโมงไม่ได้ จึงไม่มีการตรวจอัตโนมัติและไม่มีอีเมลเตือน',
      en: 'the hourly check cannot be installed or repaired, so nothing is checked or mailed on its own',
    },
  },
  {
    url: `${AUTH}userinfo.email`,
    why: {
      th: 'รู้ว่าใครใช้งานอยู่ (งานของฉัน บันทึกการแก้ไข เจ้าของการตรวจทุกชั่วโมง)',
      en: 'know who is signed in (My cases, the audit log, who owns the hourly check)',
    },
    without: {
      th: 'การตรวจทุกชั่วโมง การติดตั้ง และงานของฉันหยุดทำงาน (Apps Script ไม่ยอมให้รู้ว่าใครใช้งาน)',
      en: 'the hourly check, installing it and My cases stop (Apps Script refuses to say who is signed in)',
    },
  },
];

export const KAMNOT_SCOPE_URLS: readonly string[] = KAMNOT_SCOPES.map((s) => s.url);

const short = (url: string) => url.replace(AUTH, '');

/**
 * What the account granted, judged: `granted` is what AuthorizationInfo.getAuthorizedScopes returned
 * for Kamnot's scopes (null when it gave no list), `required` whether Google says authorisation is
 * still required.
 */
export function scopesVerdict(granted: readonly string[] | null, required: boolean): CheckResult {
  const title = { th: 'สิทธิ์ที่อนุญาต (OAuth scopes)', en: 'Permissions granted (OAuth scopes)' };
  if (granted === null) {
    return {
      id: 'scopes',
      status: required ? 'warning' : 'ok',
      title,
      found: {
        th: `Google ไม่ให้รายการสิทธิ์ (ต้องอนุญาตเพิ่ม: ${required ? 'ใช่' : 'ไม่'})`,
        en: `Google gave no list of scopes (authorisation still required: ${required ? 'yes' : 'no'})`,
      },
      fix: required ? REAUTHORISE : null,
    };
  }
  const missing = KAMNOT_SCOPES.filter((s) => !granted.includes(s.url));
  if (missing.length === 0) {
    return {
      id: 'scopes',
      status: 'ok',
      title,
      found: {
        th: `อนุญาตครบทั้ง ${KAMNOT_SCOPES.length} สิทธิ์`,
        en: `all ${KAMNOT_SCOPES.length} scopes granted`,
      },
      fix: null,
      data: { granted: granted.map(short) },
    };
  }
  const lose = (lang: 'th' | 'en') =>
    missing.map((s) => `${short(s.url)} (${lang === 'th' ? 'ถ้าไม่มี: ' : 'without it: '}${s.without[lang]})`);
  return {
    id: 'scopes',
    status: 'failed',
    title,
    found: {
      th: `ไม่ได้อนุญาต ${missing.length} สิทธิ์: ${lose('th').join('; ')}`,
      en: `${missing.length} not granted or unticked: ${lose('en').join('; ')}`,
    },
    fix: REAUTHORISE,
    data: { missing: missing.map((s) => short(s.url)), granted: granted.map(short) },
  };
}

const REAUTHORISE = {
  th: 'เปิดเมนู ส่วนขยาย → Kamnot อีกครั้ง เมื่อ Google ถามสิทธิ์ ให้ติ๊ก "เลือกทั้งหมด" แล้วกดดำเนินการต่อ',
  en: 'open Extensions → Kamnot again and, when Google asks, tick "Select all" before Continue',
};
