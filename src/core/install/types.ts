/**
 * The installation check (ตรวจความพร้อม): what one check found, in Thai and English, and the one thing
 * to do about a warning or a failure. The verdicts are pure (this folder); the probes that gather what
 * they judge live in src/gas/install.
 */
import type { Msg } from '../i18n/msg';

/**
 * ok; warning: works, but something will bite; failed: something Kamnot needs does not work;
 * not-possible: this execution cannot observe it (the offline runtime, or a thing only a live Google
 * account and time can show).
 */
export type CheckStatus = 'ok' | 'warning' | 'failed' | 'not-possible';

export const CHECK_IDS = [
  'deployment',
  'identity',
  'scopes',
  'metadata',
  'text-writes',
  'formulas',
  'builtins',
  'triggers',
  'zone-locale',
  'mail',
  'speed',
] as const;

export type CheckId = (typeof CHECK_IDS)[number];

export interface CheckResult {
  readonly id: CheckId;
  readonly status: CheckStatus;
  /** What was checked. */
  readonly title: Msg;
  /** What was found, with the figures. */
  readonly found: Msg;
  /** The one thing to do; null when the status is ok. */
  readonly fix: Msg | null;
  /** Measured figures, machine-readable (milliseconds, counts, lists). */
  readonly data?: Readonly<Record<string, string | number | boolean | readonly string[]>>;
}

/** The whole check as recorded in `_selftest` and shown in the panel. */
export interface SelfTestReport {
  /** ISO instant the check started. */
  readonly at: string;
  readonly by: string;
  readonly version: string;
  readonly results: readonly CheckResult[];
}

interface Tally {
  readonly checks: number;
  readonly ok: number;
  readonly warnings: number;
  readonly failed: number;
  readonly notPossible: number;
}

function tally(results: readonly CheckResult[]): Tally {
  const count = (s: CheckStatus) => results.filter((r) => r.status === s).length;
  return {
    checks: results.length,
    ok: count('ok'),
    warnings: count('warning'),
    failed: count('failed'),
    notPossible: count('not-possible'),
  };
}

/** The closing line `npm start` prints and the copied report ends with. */
export function summaryLine(results: readonly CheckResult[]): string {
  const t = tally(results);
  return `self-test: ${t.checks} checks, ${t.ok} ok, ${t.warnings} warnings, ${t.failed} failed, ${t.notPossible} need a live Google account`;
}

export const STATUS_WORDS: Readonly<Record<CheckStatus, Msg>> = {
  ok: { th: 'ใช้ได้', en: 'ok' },
  warning: { th: 'ควรแก้', en: 'warning' },
  failed: { th: 'ใช้ไม่ได้', en: 'failed' },
  'not-possible': { th: 'ตรวจที่นี่ไม่ได้', en: 'not possible here' },
};

/** A check that threw: failed, with the error's own words (a probe never stops the others). */
export function threw(id: CheckId, title: Msg, error: unknown): CheckResult {
  const text = error instanceof Error ? error.message : String(error);
  const permission = /You do not have permission to call/.test(text);
  return {
    id,
    status: 'failed',
    title,
    found: { th: `ตรวจไม่สำเร็จ: ${text}`, en: `the check itself failed: ${text}` },
    fix: permission
      ? {
          th: 'ขาดสิทธิ์ที่ต้องใช้: ดูข้อ "สิทธิ์ที่อนุญาต" แล้วทำตามนั้น',
          en: 'a permission is missing: see "Permissions granted" and do what it says',
        }
      : {
          th: 'คัดลอกรายงานนี้ส่งให้ผู้ดูแลระบบ',
          en: 'copy this report to whoever supports your office',
        },
  };
}
