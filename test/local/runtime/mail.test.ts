import { describe, expect, it } from 'vitest';
import { createEnvironment } from '../../../src/local/runtime';

describe('MailApp', () => {
  it('sends every overload into the outbox', () => {
    const env = createEnvironment({ start: '2025-01-06T02:00:00Z' });
    const mail = env.gas.MailApp;
    mail.sendEmail('a@x.org', 'Subject 1', 'Body 1');
    mail.sendEmail('b@x.org', 'Subject 2', 'Body 2', {
      htmlBody: '<b>2</b>',
      cc: 'c@x.org, d@x.org',
      name: 'Kamnot',
      noReply: true,
    });
    mail.sendEmail({ to: 'e@x.org', subject: 'Subject 3', htmlBody: '<i>3</i>', replyTo: 'boss@x.org' });
    mail.sendEmail('f@x.org', 'reply@x.org', 'Subject 4', 'Body 4');
    expect(env.outbox.map((m) => [m.to, m.cc, m.subject, m.recipients])).toEqual([
      [['a@x.org'], [], 'Subject 1', 1],
      [['b@x.org'], ['c@x.org', 'd@x.org'], 'Subject 2', 3],
      [['e@x.org'], [], 'Subject 3', 1],
      [['f@x.org'], [], 'Subject 4', 1],
    ]);
    expect(env.outbox[1]).toMatchObject({ htmlBody: '<b>2</b>', name: 'Kamnot', noReply: true });
    expect(env.outbox[2]).toMatchObject({ replyTo: 'boss@x.org', body: '' });
    expect(env.outbox[3]).toMatchObject({ replyTo: 'reply@x.org', body: 'Body 4' });
    expect(mail.getRemainingDailyQuota()).toBe(94);
  });

  it('refuses bad recipients with the production messages', () => {
    const mail = createEnvironment().gas.MailApp;
    expect(() => mail.sendEmail({ to: '', subject: 's', body: 'b' })).toThrow(
      'Failed to send email: no recipient',
    );
    expect(() => mail.sendEmail('not-an-address', 's', 'b')).toThrow('Invalid email: not-an-address');
    mail.sendEmail('Somchai <somchai@x.org>', 's', 'b');
  });

  it('counts recipients against the daily quota and throws when it runs out', () => {
    const env = createEnvironment({ quotas: { mailRecipientsPerDay: 3 } });
    const mail = env.gas.MailApp;
    mail.sendEmail({ to: 'a@x.org', cc: 'b@x.org', subject: 's', body: 'b' });
    expect(mail.getRemainingDailyQuota()).toBe(1);
    expect(() => mail.sendEmail({ to: 'a@x.org', bcc: 'c@x.org', subject: 's', body: 'b' })).toThrow(
      'Service invoked too many times for one day: email.',
    );
    mail.sendEmail('a@x.org', 's', 'b');
    expect(mail.getRemainingDailyQuota()).toBe(0);
    expect(env.outbox).toHaveLength(2);
  });

  it('resets at midnight Pacific time on the virtual clock; Workspace gets 1,500', () => {
    // 07:59 UTC on 6 Jan is 23:59 on 5 Jan in Los Angeles.
    const env = createEnvironment({
      start: '2025-01-06T07:59:00Z',
      account: 'workspace',
      costs: { byClass: { mail: 0 } },
    });
    const mail = env.gas.MailApp;
    expect(mail.getRemainingDailyQuota()).toBe(1500);
    env.faults.quota(1);
    mail.sendEmail('a@x.org', 's', 'b');
    expect(mail.getRemainingDailyQuota()).toBe(0);
    env.clock.advance(60_000);
    expect(mail.getRemainingDailyQuota()).toBe(1500);
  });

  it('can be made to fail after k mails', () => {
    const env = createEnvironment();
    env.faults.throwAfterMails(2);
    const mail = env.gas.MailApp;
    mail.sendEmail('a@x.org', '1', 'b');
    mail.sendEmail('a@x.org', '2', 'b');
    expect(() => mail.sendEmail('a@x.org', '3', 'b')).toThrow(
      "We're sorry, a server error occurred. Please wait a bit and try again.",
    );
    expect(env.outbox.map((m) => m.subject)).toEqual(['1', '2']);
    expect(mail.getRemainingDailyQuota()).toBe(98);
  });
});
