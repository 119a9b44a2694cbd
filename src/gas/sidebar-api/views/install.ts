/** What the "Check" panel and the guided start show (getSelfTest, runSelfTest, runSetup, sendTestDigest). */
import type { Msg } from '../../../core/i18n/msg';
import type { SelfTestReport } from '../../../core/install/types';

export interface SelfTestView {
  /** The last check recorded in `_selftest`, or null when the workbook was never checked. */
  readonly report: SelfTestReport | null;
  /** The report as plain Thai and English text, for the "copy the report" button. */
  readonly text: string;
}

export interface SetupView {
  readonly steps: readonly {
    readonly id: string;
    readonly status: 'done' | 'already' | 'skipped' | 'failed';
    readonly message: Msg;
  }[];
  readonly selfTest: SelfTestView;
}

export interface TestMail {
  readonly message: string;
  readonly sent: boolean;
}
