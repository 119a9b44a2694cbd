/**
 * Session and User.
 *
 * Source: Session.getActiveUser reference — "If security policies do not allow access to the user's
 * identity, User.getEmail() returns a blank string … not available in any context that allows a
 * script to run without that user's authorization, like a simple onOpen(e) or onEdit(e) trigger, a
 * custom function in Google Sheets…". Installable (time-driven) triggers run as their creator.
 * getScriptTimeZone returns appsscript.json's timeZone.
 */
import { createHash } from 'node:crypto';
import type { Kernel } from './kernel';
import { SPEC, uniformSpec } from './kernel';

export const SESSION_SPEC = uniformSpec('Session', 'session', 'session');
export const USER_SPEC = uniformSpec('User', 'session', 'session');

export class UserImpl implements Pick<GoogleAppsScript.Base.User, 'getEmail'> {
  readonly [SPEC] = USER_SPEC;
  constructor(private readonly email: string) {}

  getEmail(): string {
    return this.email;
  }

  getUserLoginId(): string {
    return this.email;
  }
}

/** Who is using the spreadsheet; mutable so a test can switch users between runs. */
export interface Users {
  /** The person at the keyboard (menu, sidebar, simple triggers). */
  active: string;
  /** Owner of the trigger being fired (time-driven runs execute as this user). */
  triggerOwner: string | undefined;
  /** Workspace same-domain case: the identity is visible even in simple triggers. */
  identityInSimpleTriggers: boolean;
}

export class SessionImpl
  implements
    Pick<
      GoogleAppsScript.Base.Session,
      | 'getActiveUser'
      | 'getEffectiveUser'
      | 'getScriptTimeZone'
      | 'getActiveUserLocale'
      | 'getTemporaryActiveUserKey'
    >
{
  readonly [SPEC] = SESSION_SPEC;

  constructor(
    private readonly kernel: Kernel,
    private readonly users: Users,
    private readonly scriptTimeZone: string,
    private readonly locale: string,
    private readonly scriptId: string,
  ) {}

  /** The email the current context may see for the active user ('' when hidden). */
  visibleActiveEmail(): string {
    const ctx = this.kernel.context;
    switch (ctx.kind) {
      case 'custom-function':
        return '';
      case 'simple-trigger':
        return this.users.identityInSimpleTriggers ? this.users.active : '';
      case 'time-driven':
        return this.users.triggerOwner ?? this.users.active;
      default:
        return this.users.active;
    }
  }

  getActiveUser(): UserImpl {
    return new UserImpl(this.visibleActiveEmail());
  }

  getEffectiveUser(): UserImpl {
    return new UserImpl(this.visibleActiveEmail());
  }

  getActiveUserLocale(): string {
    return this.locale;
  }

  getScriptTimeZone(): string {
    return this.scriptTimeZone;
  }

  /** @deprecated in Apps Script; kept because old code still calls it. */
  getTimeZone(): string {
    return this.scriptTimeZone;
  }

  getTemporaryActiveUserKey(): string {
    const who =
      this.kernel.context.kind === 'time-driven'
        ? (this.users.triggerOwner ?? this.users.active)
        : this.users.active;
    return createHash('sha256').update(`${this.scriptId}:${who}`).digest('base64').slice(0, 43);
  }
}
