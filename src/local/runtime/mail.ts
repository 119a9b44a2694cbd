/**
 * MailApp with an outbox and the daily recipient quota.
 *
 * Sources: Apps Script quotas page ("Email recipients per day: 100 (consumer) / 1,500 (Google
 * Workspace)", "Email recipients per message: 50"; to, cc and bcc each count); MailApp reference
 * (sendEmail overloads, getRemainingDailyQuota); production errors "Service invoked too many times
 * for one day: email.", "Failed to send email: no recipient", "Invalid email: X". Google only says
 * daily quotas refresh "at the end of a 24-hour window"; here they reset at midnight of
 * `mailResetTimeZone` (default America/Los_Angeles) on the virtual clock. The quota is the effective
 * user's: getRemainingDailyQuota "Returns the number of recipients you can send emails to" and mail
 * goes out as the user the script runs as (the trigger's owner in a time-driven run; Session
 * reference, getEffectiveUser), so each account has its own count.
 * Not verified: the wording of the per-message recipient and body-size errors.
 */
import type { Faults } from './faults';
import { type Kernel, SPEC } from './kernel';
import { isPlainObject } from './realm';
import { formatWithPattern } from './utilities/simple-date-format';
import { signatureMessage } from './utilities/utilities';

const MAIL_QUOTA_MESSAGE = 'Service invoked too many times for one day: email.';

export interface SentMail {
  readonly to: readonly string[];
  readonly cc: readonly string[];
  readonly bcc: readonly string[];
  readonly subject: string;
  readonly body: string;
  readonly htmlBody?: string;
  readonly name?: string;
  readonly replyTo?: string;
  readonly noReply: boolean;
  readonly attachments: number;
  /** Recipients counted against the quota (to + cc + bcc). */
  readonly recipients: number;
  /** Virtual time of sending. */
  readonly at: number;
}

export interface MailLimits {
  readonly recipientsPerDay: number;
  readonly recipientsPerMessage: number;
  readonly bodyBytes: number;
  readonly resetTimeZone: string;
}

/** Recipients used per account and quota day. */
export class MailQuota {
  readonly #used = new Map<string, number>();
  /** Days on which every account's remaining quota was set at once (fault injection), with the value. */
  readonly #everyone = new Map<string, number>();

  constructor(readonly limits: MailLimits) {}

  day(now: number): string {
    return formatWithPattern(now, this.limits.resetTimeZone, 'yyyy-MM-dd');
  }

  #used0(day: string, user: string): number {
    const set = this.#everyone.get(day);
    return this.#used.get(`${day} ${user}`) ?? (set === undefined ? 0 : this.limits.recipientsPerDay - set);
  }

  remaining(now: number, user: string): number {
    return Math.max(0, this.limits.recipientsPerDay - this.#used0(this.day(now), user));
  }

  use(now: number, n: number, user: string): void {
    const d = this.day(now);
    this.#used.set(`${d} ${user}`, this.#used0(d, user) + n);
  }

  /** Makes today's remaining quota exactly n, for one account or (no user) for every account. */
  setRemaining(now: number, n: number, user?: string): void {
    const d = this.day(now);
    if (user !== undefined) {
      this.#used.set(`${d} ${user}`, this.limits.recipientsPerDay - n);
      return;
    }
    this.#everyone.set(d, n);
    for (const key of [...this.#used.keys()]) if (key.startsWith(`${d} `)) this.#used.delete(key);
  }
}

type Options = GoogleAppsScript.Mail.MailAdvancedParameters;

const MAIL_SPEC = {
  name: 'MailApp',
  classify: (m: string) => ({
    cost: m === 'sendEmail' ? ('mail' as const) : ('utility' as const),
    capability: 'mail' as const,
  }),
};

const splitAddresses = (s: string | undefined): string[] =>
  (s ?? '')
    .split(',')
    .map((a) => a.trim())
    .filter((a) => a !== '');

const EMAIL = /^[^\s@<>,;]+@[^\s@<>,;]+\.[^\s@<>,;]+$/;
const bare = (a: string): string => /<([^>]+)>\s*$/.exec(a)?.[1]?.trim() ?? a;

export class MailAppImpl implements Pick<GoogleAppsScript.Mail.MailApp, 'getRemainingDailyQuota'> {
  readonly [SPEC] = MAIL_SPEC;

  constructor(
    private readonly kernel: Kernel,
    private readonly quota: MailQuota,
    private readonly outbox: SentMail[],
    private readonly faults: Faults,
    /** The account the mail goes out as (the effective user). */
    private readonly userOf: () => string,
  ) {}

  getRemainingDailyQuota(): number {
    return this.quota.remaining(this.kernel.clock.now(), this.userOf());
  }

  /**
   * sendEmail(message) | sendEmail(recipient, subject, body[, options]) | sendEmail(to, replyTo, subject, body).
   */
  sendEmail(...args: unknown[]): void {
    const message = this.#message(args);
    const to = splitAddresses(message.to);
    const cc = splitAddresses(message.cc);
    const bcc = splitAddresses(message.bcc);
    const all = [...to, ...cc, ...bcc];
    if (all.length === 0) this.kernel.fail('Failed to send email: no recipient');
    for (const a of all) if (!EMAIL.test(bare(a))) this.kernel.fail(`Invalid email: ${a}`);
    if (all.length > this.quota.limits.recipientsPerMessage)
      this.kernel.fail('Limit Exceeded: Email Recipients Per Message.');
    const size = Buffer.byteLength(`${message.body ?? ''}${message.htmlBody ?? ''}`, 'utf8');
    if (size > this.quota.limits.bodyBytes) this.kernel.fail('Limit Exceeded: Email Body Size.');
    const failure = this.faults.nextMailFailure();
    if (failure !== undefined) this.kernel.fail(failure);
    const now = this.kernel.clock.now();
    const user = this.userOf();
    if (all.length > this.quota.remaining(now, user)) this.kernel.fail(MAIL_QUOTA_MESSAGE);
    this.quota.use(now, all.length, user);
    this.outbox.push({
      to,
      cc,
      bcc,
      subject: message.subject ?? '',
      body: message.body ?? '',
      ...(message.htmlBody === undefined ? {} : { htmlBody: message.htmlBody }),
      ...(message.name === undefined ? {} : { name: message.name }),
      ...(message.replyTo === undefined ? {} : { replyTo: message.replyTo }),
      noReply: message.noReply === true,
      attachments: message.attachments?.length ?? 0,
      recipients: all.length,
      at: now,
    });
  }

  #message(args: unknown[]): Options {
    const [a, b, c, d] = args;
    if (args.length === 1 && isPlainObject(a)) return a as Options;
    const str = (v: unknown): v is string => typeof v === 'string';
    if (args.length === 3 && str(a) && str(b) && str(c)) return { to: a, subject: b, body: c };
    if (args.length === 4 && str(a) && str(b) && str(c) && str(d))
      return { to: a, replyTo: b, subject: c, body: d };
    if (args.length === 4 && str(a) && str(b) && str(c) && (d === undefined || isPlainObject(d))) {
      return { ...((d as Options | undefined) ?? {}), to: a, subject: b, body: c };
    }
    return this.kernel.fail(signatureMessage('MailApp.sendEmail', args));
  }
}
