/**
 * ScriptApp: trigger management (see triggers.ts), what the account authorised, how the script is
 * installed, and the enums scripts compare with.
 * Sources: ScriptApp reference (getProjectTriggers returns the current user's triggers of this
 * project; getUserTriggers(ss) those of one document; getInstallationSource "Returns an enum value that
 * indicates how the script came to be installed as an add-on for the current user"; InstallationSource:
 * NONE "Script is not running as an add-on", APPS_MARKETPLACE_DOMAIN_ADD_ON "installed by the
 * administrator for the user's domain"); AuthorizationInfo reference (getAuthorizationStatus REQUIRED or
 * NOT_REQUIRED, getAuthorizedScopes of a given list); grants.ts for granular consent. Modelled, not verified: what a test deployment ("Test as
 * add-on") reports as its installation source (the runtime's `installationSource` option says).
 */
import type { ScopeGrants } from './grants';
import { type CallClass, SPEC } from './kernel';
import type { SpreadsheetImpl } from './spreadsheet/spreadsheet';
import { enumOf } from './spreadsheet/spreadsheet-app';
import { TriggerBuilderImpl, type TriggerContext, TriggerImpl } from './triggers';
import type { Implements } from './types';

const SCRIPT: CallClass = { cost: 'script', capability: 'triggers' };
const APP_SPEC = {
  name: 'ScriptApp',
  classify: (m: string): CallClass => (/Trigger/.test(m) ? SCRIPT : { cost: 'script', capability: 'free' }),
};

export class ScriptAppImpl
  implements
    Implements<
      GoogleAppsScript.Script.ScriptApp,
      'deleteTrigger' | 'getProjectTriggers' | 'getUserTriggers' | 'newTrigger' | 'getInstallationSource'
    >
{
  readonly [SPEC] = APP_SPEC;
  readonly AuthMode = enumOf(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']);
  readonly EventType = enumOf([
    'CLOCK',
    'ON_OPEN',
    'ON_EDIT',
    'ON_FORM_SUBMIT',
    'ON_CHANGE',
    'ON_EVENT_UPDATED',
  ]);
  readonly TriggerSource = enumOf(['SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR']);
  readonly AuthorizationStatus = enumOf(['REQUIRED', 'NOT_REQUIRED']);
  readonly InstallationSource = enumOf(['APPS_MARKETPLACE_DOMAIN_ADD_ON', 'NONE', 'WEB_STORE_ADD_ON']);

  constructor(
    private readonly t: TriggerContext,
    private readonly auth: { readonly grants: ScopeGrants; readonly installationSource: InstallationSource },
  ) {}

  /** What the current account authorised: of `oauthScopes` when given, else of the manifest's. */
  getAuthorizationInfo(authMode: string, oauthScopes?: readonly string[]): AuthorizationInfoImpl {
    if (
      authMode !== 'FULL' &&
      authMode !== 'LIMITED' &&
      authMode !== 'NONE' &&
      authMode !== 'CUSTOM_FUNCTION'
    )
      this.t.kernel.fail(`Invalid argument: authMode`);
    const asked = oauthScopes ? [...oauthScopes].map(String) : [...(this.auth.grants.manifest ?? [])];
    const granted = this.auth.grants.granted(this.t.user());
    const authorized = granted === undefined ? asked : asked.filter((s) => granted.includes(s));
    const required = authMode === 'FULL' && authorized.length < asked.length;
    return new AuthorizationInfoImpl(required, authorized);
  }

  getInstallationSource(): InstallationSource {
    return this.auth.installationSource;
  }

  newTrigger(functionName: string): TriggerBuilderImpl {
    return new TriggerBuilderImpl(this.t, String(functionName));
  }

  getProjectTriggers(): TriggerImpl[] {
    const me = this.t.user();
    return this.t.store.triggers.filter((x) => x.owner === me).map((x) => new TriggerImpl(x));
  }

  getUserTriggers(spreadsheet: SpreadsheetImpl): TriggerImpl[] {
    const me = this.t.user();
    const id = spreadsheet.getId();
    return this.t.store.triggers
      .filter((x) => x.owner === me && x.documentId === id)
      .map((x) => new TriggerImpl(x));
  }

  deleteTrigger(trigger: TriggerImpl): void {
    const id = trigger._model.id;
    this.t.store.triggers = this.t.store.triggers.filter((x) => x.id !== id);
  }
}

export type InstallationSource = 'APPS_MARKETPLACE_DOMAIN_ADD_ON' | 'NONE' | 'WEB_STORE_ADD_ON';

const AUTH_INFO_SPEC = {
  name: 'AuthorizationInfo',
  classify: (): CallClass => ({ cost: 'script', capability: 'free' }),
};

export class AuthorizationInfoImpl {
  readonly [SPEC] = AUTH_INFO_SPEC;
  constructor(
    private readonly required: boolean,
    private readonly authorized: readonly string[],
  ) {}

  getAuthorizationStatus(): string {
    return this.required ? 'REQUIRED' : 'NOT_REQUIRED';
  }

  getAuthorizedScopes(): string[] {
    return [...this.authorized];
  }
}
