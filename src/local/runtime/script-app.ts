/**
 * ScriptApp: trigger management (see triggers.ts), AuthMode and other enums, authorization info.
 * Source: ScriptApp reference (getProjectTriggers returns the current user's triggers of this
 * project; getUserTriggers(ss) those of one document).
 */
import { type CallClass, SPEC } from './kernel';
import type { SpreadsheetImpl } from './spreadsheet/spreadsheet';
import { enumOf } from './spreadsheet/spreadsheet-app';
import { TriggerBuilderImpl, type TriggerContext, TriggerImpl, WEEKDAYS } from './triggers';
import type { Implements } from './types';

const FREE: CallClass = { cost: 'builder', capability: 'free' };
const SCRIPT: CallClass = { cost: 'script', capability: 'triggers' };
const AUTH_INFO_SPEC = { name: 'AuthorizationInfo', classify: () => FREE };
const APP_SPEC = {
  name: 'ScriptApp',
  classify: (m: string): CallClass => (/Trigger/.test(m) ? SCRIPT : { cost: 'script', capability: 'free' }),
};

export class AuthorizationInfoImpl {
  readonly [SPEC] = AUTH_INFO_SPEC;
  getAuthorizationStatus(): string {
    return 'NOT_REQUIRED';
  }

  getAuthorizationUrl(): string {
    return '';
  }
}

export class ScriptAppImpl
  implements
    Implements<
      GoogleAppsScript.Script.ScriptApp,
      'deleteTrigger' | 'getProjectTriggers' | 'getUserTriggers' | 'newTrigger' | 'getScriptId'
    >
{
  readonly [SPEC] = APP_SPEC;
  readonly AuthMode = enumOf(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']);
  readonly AuthorizationStatus = enumOf(['REQUIRED', 'NOT_REQUIRED']);
  readonly EventType = enumOf([
    'CLOCK',
    'ON_OPEN',
    'ON_EDIT',
    'ON_FORM_SUBMIT',
    'ON_CHANGE',
    'ON_EVENT_UPDATED',
  ]);
  readonly TriggerSource = enumOf(['SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR']);
  readonly InstallationSource = enumOf(['APPS_MARKETPLACE_DOMAIN_ADD_ON', 'NONE', 'WEB_STORE_ADD_ON']);
  readonly WeekDay = enumOf(WEEKDAYS);

  constructor(private readonly t: TriggerContext) {}

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

  getAuthorizationInfo(_authMode: string): AuthorizationInfoImpl {
    return new AuthorizationInfoImpl();
  }

  getScriptId(): string {
    return this.t.scriptId;
  }

  getOAuthToken(): string {
    return 'ya29.offline-runtime-token';
  }

  getInstallationSource(): string {
    return this.t.limits.deployment === 'addon' ? 'WEB_STORE_ADD_ON' : 'NONE';
  }

  requireScopes(_authMode: string, _scopes: string[]): void {}

  requireAllScopes(_authMode: string): void {}

  invalidateAuth(): void {}
}
