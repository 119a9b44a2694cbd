/**
 * ScriptApp: trigger management (see triggers.ts) and the enums scripts compare with.
 * Source: ScriptApp reference (getProjectTriggers returns the current user's triggers of this
 * project; getUserTriggers(ss) those of one document).
 */
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
      'deleteTrigger' | 'getProjectTriggers' | 'getUserTriggers' | 'newTrigger'
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
}
