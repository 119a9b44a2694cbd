/**
 * One run, recorded in _log whatever happens: start and end, what it did, and the error if it failed
 * (the error is also rethrown, so Apps Script's own execution log and failure mail see it too).
 */
import { type RunRecord, type RunServices, runRegisters } from './hourly';
import { appendLog } from './log';

/**
 * `after` runs once the run is over, whatever its end, with its status: what it returns is logged with
 * the run (the hourly trigger's heartbeat: the owner's mail quota left, run/trigger.ts).
 */
export function loggedRun(
  services: RunServices,
  who: string,
  after: (status: string) => Record<string, unknown> = () => ({}),
): RunRecord {
  const ss = services.spreadsheet;
  const started = new Date();
  try {
    const record = runRegisters(services);
    const ended = new Date();
    appendLog(
      ss,
      ended,
      `run:${record.status}`,
      JSON.stringify({
        started: started.toISOString(),
        ended: ended.toISOString(),
        ...record,
        ...after(record.status),
      }),
      who,
    );
    return record;
  } catch (error) {
    const ended = new Date();
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    appendLog(
      ss,
      ended,
      'run:error',
      JSON.stringify({
        started: started.toISOString(),
        ended: ended.toISOString(),
        error: message,
        ...after('error'),
      }),
      who,
    );
    throw error;
  }
}

/** What a run did, in one line for the toast: mail included (sent, carried to the next run, unconfirmed). */
export function runSummary(record: RunRecord): string {
  const mail = record.mail;
  const mailText = mail
    ? ` · อีเมล ${mail.sent} ฉบับ, รอรอบหน้า ${mail.carried}, ยืนยันไม่ได้ ${mail.unconfirmed} / mails ${mail.sent}, carried ${mail.carried}, unconfirmed ${mail.unconfirmed}`
    : '';
  return `ตรวจ ${record.cases} เรื่องใน ${record.registers} ทะเบียน ปรับ ${record.changedCells} ช่อง / checked ${record.cases} cases in ${record.registers} registers, ${record.changedCells} cells updated${mailText}`;
}
