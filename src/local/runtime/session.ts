/**
 * Session and User.
 *
 * Source: Session.getActiveUser reference — "If security policies do not allow access to the user's
 * identity, User.getEmail() returns a blank string … not available in any context that allows a
 * script to run without that user's authorization, like a simple onOpen(e) or onEdit(e) trigger, a
 * custom function in Google Sheets…". Installable (time-driven) triggers run as their creator.
 * getScriptTimeZone returns appsscript.json's timeZone.
 */
import type { Kernel } from './kernel';
import { SPEC, uniformSpec } from './kernel';
import type { Implements } from './types';

const SESSION_SPEC = uniformSpec('Session', 'session', 'session');
const USER_SPEC = uniformSpec('User', 'session', 'session');

export class UserImpl implements Pick<GoogleAppsScript.Base.User, 'getEmail'> {
  readonly [SPEC] = USER_SPEC;
  constructor(private readonly email: string) {}

  getEmail(): string {
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
    Implements<GoogleAppsScript.Base.Session, 'getActiveUser' | 'getEffectiveUser' | 'getScriptTimeZone'>
{
  readonly [SPEC] = SESSION_SPEC;

  constructor(
    private readonly kernel: Kernel,
    private readonly users: Users,
    private readonly scriptTimeZone: string,
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

  getScriptTimeZone(): string {
    return this.scriptTimeZone;
  }
}
