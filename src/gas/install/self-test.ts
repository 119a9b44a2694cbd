/**
 * checkInstallation (ตรวจความพร้อม): every check, each on its own (one that throws is reported failed
 * with its error, the others still run), the live cell probes on a scratch tab that is removed after
 * them, and the result written to the hidden `_selftest` tab, replacing the previous check's.
 */

import type { Msg } from '../../core/i18n/msg';
import { missingBuiltins } from '../../core/install/builtins';
import { builtinsVerdict, formulasVerdict, speedVerdict } from '../../core/install/computation';
import { reportFromRows, selfTestRows } from '../../core/install/record';
import {
  CHECK_IDS,
  type CheckId,
  type CheckResult,
  type SelfTestReport,
  threw,
} from '../../core/install/types';
import { metadataVerdict, textWritesVerdict, zoneLocaleVerdict } from '../../core/install/workbook';
import type { Spreadsheet } from '../workbook/services';
import { bodyRows, ensureTab, HEADERS, TAB } from '../workbook/tabs';
import { safeCell } from '../workbook/write-cells';
import { checkDeployment, checkIdentity, checkMail, checkScopes, checkTriggers } from './probe-account';
import { probeFormulas, probeTextWrites } from './probe-cells';
import { metadataHeld, probeMetadata } from './probe-metadata';
import { measure } from './probe-speed';
import { withScratchTab } from './scratch';
import type { CheckServices } from './services';

/** Each check's name before it runs, for the result of one that throws. */
const TITLES: Readonly<Record<CheckId, Msg>> = {
  deployment: { th: 'รูปแบบการติดตั้ง', en: 'How Kamnot is deployed' },
  identity: { th: 'ผู้ใช้และเจ้าของการตรวจทุกชั่วโมง', en: 'The user and the hourly check’s owner' },
  scopes: { th: 'สิทธิ์ที่อนุญาต (OAuth scopes)', en: 'Permissions granted (OAuth scopes)' },
  metadata: { th: 'ข้อมูลกำกับ (developer metadata)', en: 'Developer metadata' },
  'text-writes': { th: 'ข้อความที่ setValues เขียนลงเซลล์', en: 'What setValues does to text' },
  formulas: { th: 'สูตรในเซลล์ (=DUEDATE, =THAIDATE)', en: 'Formulas in cells (=DUEDATE, =THAIDATE)' },
  builtins: { th: 'ความสามารถของ JavaScript ที่โค้ดใช้', en: 'The JavaScript built-ins the code relies on' },
  triggers: { th: 'การตรวจทุกชั่วโมง', en: 'The hourly check' },
  'zone-locale': { th: 'เขตเวลาและภาษา/ภูมิภาคของสมุดงาน', en: 'The workbook’s time zone and locale' },
  mail: { th: 'โควตาอีเมลของเจ้าของการตรวจ', en: 'The check owner’s mail quota' },
  speed: { th: 'เวลาที่ใช้', en: 'How long things take' },
};

function guard(id: CheckId, run: () => CheckResult): CheckResult {
  try {
    return run();
  } catch (error) {
    return threw(id, TITLES[id], error);
  }
}

/** The checks that write cells, on one scratch tab; each guarded, the tab removed whatever happens. */
function cellChecks(s: CheckServices): Partial<Record<CheckId, CheckResult>> {
  const out: Partial<Record<CheckId, CheckResult>> = {};
  const held = guard('metadata', () => {
    const h = metadataHeld(s.spreadsheet);
    return {
      id: 'metadata',
      status: 'ok',
      title: TITLES.metadata,
      found: TITLES.metadata,
      fix: null,
      data: h,
    };
  });
  try {
    withScratchTab(s.spreadsheet, s.clock(), (sheet) => {
      out['text-writes'] = guard('text-writes', () => textWritesVerdict(probeTextWrites(sheet, s)));
      out.formulas = guard('formulas', () => {
        const { seen, waitedMs } = probeFormulas(sheet, s);
        return formulasVerdict(seen, waitedMs);
      });
      out.metadata =
        held.status === 'failed'
          ? held
          : guard('metadata', () =>
              metadataVerdict({
                ...probeMetadata(sheet),
                ...(held.data as { count: number; chars: number; busiest: number }),
              }),
            );
    });
  } catch (error) {
    for (const id of ['text-writes', 'formulas', 'metadata'] as const)
      out[id] ??= threw(id, TITLES[id], error);
  }
  return out;
}

export function runSelfTest(s: CheckServices): SelfTestReport {
  const at = new Date(s.clock()).toISOString();
  const by = (() => {
    try {
      return s.effectiveUser();
    } catch {
      return '';
    }
  })();
  const results: Partial<Record<CheckId, CheckResult>> = {
    deployment: guard('deployment', () => checkDeployment(s)),
    identity: guard('identity', () => checkIdentity(s)),
    scopes: guard('scopes', () => checkScopes(s)),
    builtins: guard('builtins', () => builtinsVerdict(missingBuiltins())),
    triggers: guard('triggers', () => checkTriggers(s)),
    'zone-locale': guard('zone-locale', () =>
      zoneLocaleVerdict({
        spreadsheetZone: s.spreadsheet.getSpreadsheetTimeZone(),
        scriptZone: s.scriptTimeZone,
        locale: s.spreadsheet.getSpreadsheetLocale(),
      }),
    ),
    mail: guard('mail', () => checkMail(s)),
    speed: guard('speed', () => speedVerdict(measure(s))),
    ...cellChecks(s),
  };
  const report: SelfTestReport = {
    at,
    by,
    version: s.version,
    results: CHECK_IDS.map((id) => results[id] ?? threw(id, TITLES[id], 'not run')),
  };
  return report;
}

/** Replaces the `_selftest` tab's rows with this report (one write); the tab stays hidden. */
export function recordSelfTest(ss: Spreadsheet, report: SelfTestReport): void {
  const sheet = ensureTab(ss, 'selftest');
  const width = HEADERS.selftest.length;
  const last = sheet.getLastRow();
  if (last > 1) sheet.getRange(2, 1, last - 1, width).clearContent();
  const rows = selfTestRows(report);
  sheet.getRange(2, 1, rows.length, width).setValues(rows.map((r) => r.map(safeCell)));
}

/** The last check recorded in `_selftest`, or null when there is none. */
export function lastSelfTest(ss: Spreadsheet): SelfTestReport | null {
  const sheet = ss.getSheetByName(TAB.selftest);
  return sheet ? reportFromRows(bodyRows(sheet, 'selftest')) : null;
}
