/**
 * One test digest to the person running the check: their own digest for today as the hourly run would
 * send it, or, when they have no case due, a short mail that proves mail reaches them. It is marked as
 * a test, is not a reminder (the `_sent` ledger is untouched, so tomorrow's real digest still goes
 * out), uses one recipient of the sender's quota, and is logged in `_log`.
 */
import { bilingual, type Msg, msg } from '../../core/i18n/msg';
import type { UtilitiesLike } from '../date-io';
import { appendLog } from '../run/log';
import { previewDigest } from '../run/preview';
import type { Spreadsheet } from '../workbook/services';

export interface TestDigestServices {
  readonly spreadsheet: Spreadsheet;
  readonly utilities: UtilitiesLike;
  readonly mail: Pick<GoogleAppsScript.Mail.MailApp, 'sendEmail' | 'getRemainingDailyQuota'>;
  /** The person at the keyboard; '' when Google does not reveal it. */
  readonly me: string;
  readonly now: number;
}

export function sendTestDigest(s: TestDigestServices): { readonly message: string; readonly sent: boolean } {
  const say = (m: Msg, sent: boolean) => ({ message: bilingual(m), sent });
  if (s.me === '')
    return say(
      msg(
        'Google ไม่แจ้งอีเมลของคุณ จึงส่งอีเมลทดสอบไม่ได้',
        'Google does not reveal your email, so no test mail can be sent',
      ),
      false,
    );
  if (s.mail.getRemainingDailyQuota() < 1)
    return say(
      msg(
        'โควตาอีเมลของคุณวันนี้หมดแล้ว: ลองอีกครั้งพรุ่งนี้',
        'your mail quota for today is used up: try again tomorrow',
      ),
      false,
    );
  const digest = previewDigest(s.spreadsheet, s.utilities, s.me, s.now);
  const subject = `[ทดสอบ / Test] ${digest?.subject ?? 'Kamnot ส่งอีเมลถึงคุณได้ / Kamnot can mail you'}`;
  const body =
    digest?.text ??
    'อีเมลนี้ทดสอบว่า Kamnot ส่งอีเมลถึงคุณได้ วันนี้คุณไม่มีเรื่องใกล้ครบหรือเกินกำหนด\nThis mail tests that Kamnot can reach you. You have no case due soon or overdue today.';
  const htmlBody =
    digest?.html ??
    '<p>อีเมลนี้ทดสอบว่า Kamnot ส่งอีเมลถึงคุณได้ วันนี้คุณไม่มีเรื่องใกล้ครบหรือเกินกำหนด</p><p>This mail tests that Kamnot can reach you. You have no case due soon or overdue today.</p>';
  s.mail.sendEmail({ to: s.me, subject, body, htmlBody, name: 'Kamnot' });
  appendLog(s.spreadsheet, new Date(s.now), 'selftest:mail', subject, s.me);
  return say(
    msg(
      `ส่งอีเมลทดสอบถึง ${s.me} แล้ว${digest ? ' (สรุปของคุณวันนี้)' : ''}: ดูในกล่องจดหมาย`,
      `test mail sent to ${s.me}${digest ? ' (your digest for today)' : ''}: look in your inbox`,
    ),
    true,
  );
}
