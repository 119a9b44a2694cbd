/** The sidebar's "Check" panel and the guided start: the installation check, the set-up, a test digest. */
import { reportText } from '../../core/install/record';
import type { SelfTestReport } from '../../core/install/types';
import { lastSelfTest, recordSelfTest, runSelfTest } from '../install/self-test';
import type { CheckServices } from '../install/services';
import { runSetup, type SetupChoices, type SetupServices } from '../install/setup';
import type { Spreadsheet } from '../workbook/services';
import type { SelfTestView, SetupView } from './public';

function selfTestView(ss: Spreadsheet, report: SelfTestReport | null): SelfTestView {
  return { report, text: report ? reportText(report, ss.getName()) : '' };
}

export function getSelfTest(ss: Spreadsheet): SelfTestView {
  return selfTestView(ss, lastSelfTest(ss));
}

/** Runs every check and records it in `_selftest` (a report is returned even when recording fails). */
export function checkNow(s: CheckServices): SelfTestView {
  const report = runSelfTest(s);
  try {
    recordSelfTest(s.spreadsheet, report);
  } catch {
    // The report still reaches the officer: the scopes check says why the workbook could not be written.
  }
  return selfTestView(s.spreadsheet, report);
}

export function setUp(s: SetupServices, choices: SetupChoices): SetupView {
  const steps = runSetup(s, choices);
  return { steps, selfTest: getSelfTest(s.check.spreadsheet) };
}
