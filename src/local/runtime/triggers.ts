/**
 * Installable triggers: the stored model and the TriggerBuilder family (clock schedules and when
 * they fire: trigger-schedule.ts).
 *
 * Sources: "Installable triggers" guide (time-driven triggers; add-ons may use them at most once per
 * hour); Editor add-on triggers guide ("Each add-on can only have one trigger of each type, per user,
 * per document"; "Time-driven triggers cannot run more frequently than once per hour"); quotas page
 * (20 triggers / user / script). Production errors: "This add-on has created too many time-based
 * triggers in this document for this Google user account.", "The recurrence interval for an Add-on
 * trigger must be at least one hour.", "This script has too many triggers. Triggers must be deleted
 * from the script before more can be added." The wording for a second add-on edit/open trigger and
 * for invalid everyMinutes/everyHours values is modelled on those (not verified).
 */
import { isDateValue } from '../../core/cells';
import { type CallClass, type Kernel, SPEC } from './kernel';
import type { SeededRandom } from './random';
import type { SpreadsheetImpl } from './spreadsheet/spreadsheet';
import { type ClockSchedule, HOUR, nextFire } from './trigger-schedule';
import type { Implements } from './types';

export { type ClockSchedule, nextFire } from './trigger-schedule';

type EventType = 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE' | 'ON_FORM_SUBMIT';

export interface TriggerModel {
  readonly id: string;
  readonly handler: string;
  readonly eventType: EventType;
  readonly source: 'CLOCK' | 'SPREADSHEETS';
  readonly sourceId: string;
  readonly owner: string;
  readonly documentId: string;
  readonly createdAt: number;
  readonly schedule?: ClockSchedule;
  /** Next virtual instant a clock trigger fires (undefined once a one-off trigger has fired). */
  nextFireAt?: number;
}

interface TriggerLimits {
  readonly deployment: 'addon' | 'bound';
  readonly triggersPerUser: number;
}

const TOO_MANY_ADDON_CLOCK =
  'This add-on has created too many time-based triggers in this document for this Google user account.';
const ADDON_INTERVAL = 'The recurrence interval for an Add-on trigger must be at least one hour.';
const TOO_MANY_TRIGGERS =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';

export class TriggerStore {
  triggers: TriggerModel[] = [];
}

const SCRIPT: CallClass = { cost: 'script', capability: 'triggers' };
const FREE: CallClass = { cost: 'builder', capability: 'free' };
const TRIGGER_SPEC = { name: 'Trigger', classify: () => FREE };
const BUILDER_SPEC = { name: 'TriggerBuilder', classify: () => FREE };
const CLOCK_SPEC = { name: 'ClockTriggerBuilder', classify: (m: string) => (m === 'create' ? SCRIPT : FREE) };
const SHEET_TRIGGER_SPEC = {
  name: 'SpreadsheetTriggerBuilder',
  classify: (m: string) => (m === 'create' ? SCRIPT : FREE),
};

export class TriggerImpl
  implements
    Implements<
      GoogleAppsScript.Script.Trigger,
      'getEventType' | 'getHandlerFunction' | 'getTriggerSource' | 'getUniqueId'
    >
{
  readonly [SPEC] = TRIGGER_SPEC;
  constructor(readonly _model: TriggerModel) {}

  getEventType(): string {
    return this._model.eventType;
  }

  getHandlerFunction(): string {
    return this._model.handler;
  }

  getTriggerSource(): string {
    return this._model.source;
  }

  getUniqueId(): string {
    return this._model.id;
  }
}

/** Shared state the builders need. */
export interface TriggerContext {
  readonly kernel: Kernel;
  readonly random: SeededRandom;
  readonly store: TriggerStore;
  readonly limits: TriggerLimits;
  readonly user: () => string;
  readonly documentId: string;
  readonly scriptId: string;
}

function install(
  t: TriggerContext,
  model: Omit<TriggerModel, 'id' | 'owner' | 'documentId' | 'createdAt'>,
): TriggerImpl {
  const owner = t.user();
  const mine = t.store.triggers.filter((x) => x.owner === owner);
  if (t.limits.deployment === 'addon') {
    if (mine.some((x) => x.documentId === t.documentId && x.eventType === model.eventType)) {
      t.kernel.fail(
        model.eventType === 'CLOCK'
          ? TOO_MANY_ADDON_CLOCK
          : `This add-on has created too many ${model.eventType.toLowerCase().replace('on_', '').replace('_', '-')} triggers in this document for this Google user account.`,
      );
    }
  } else if (mine.length >= t.limits.triggersPerUser) {
    t.kernel.fail(TOO_MANY_TRIGGERS);
  }
  const now = t.kernel.clock.now();
  const full: TriggerModel = {
    ...model,
    id: String(t.random.int(1_000_000_000, 1_999_999_999)) + String(t.random.int(100_000_000, 999_999_999)),
    owner,
    documentId: t.documentId,
    createdAt: now,
  };
  if (full.schedule) full.nextFireAt = nextFire(full.schedule, now, now);
  t.store.triggers.push(full);
  return new TriggerImpl(full);
}

export class ClockTriggerBuilderImpl
  implements
    Implements<
      GoogleAppsScript.Script.ClockTriggerBuilder,
      'after' | 'at' | 'create' | 'everyHours' | 'everyMinutes'
    >
{
  readonly [SPEC] = CLOCK_SPEC;
  #s: { -readonly [K in keyof ClockSchedule]: ClockSchedule[K] };

  constructor(
    private readonly t: TriggerContext,
    private readonly handler: string,
  ) {
    this.#s = {};
  }

  after(durationMilliseconds: number): ClockTriggerBuilderImpl {
    this.#s.at = this.t.kernel.clock.now() + durationMilliseconds;
    return this;
  }

  at(date: GoogleAppsScript.Base.Date): ClockTriggerBuilderImpl {
    if (!isDateValue(date)) this.t.kernel.fail('Invalid argument: date');
    this.#s.at = (date as Date).getTime();
    return this;
  }

  everyMinutes(n: number): ClockTriggerBuilderImpl {
    if (![1, 5, 10, 15, 30].includes(n))
      this.t.kernel.fail('The value passed to everyMinutes must be one of 1, 5, 10, 15 or 30.');
    this.#s.everyMs = n * 60_000;
    return this;
  }

  everyHours(n: number): ClockTriggerBuilderImpl {
    if (![1, 2, 4, 6, 8, 12].includes(n))
      this.t.kernel.fail('The value passed to everyHours must be one of 1, 2, 4, 6, 8 or 12.');
    this.#s.everyMs = n * HOUR;
    return this;
  }

  create(): TriggerImpl {
    const s = this.#s;
    if (s.at === undefined && s.everyMs === undefined)
      this.t.kernel.fail('A time-based trigger needs a schedule (everyMinutes, everyHours, at or after).');
    if (this.t.limits.deployment === 'addon' && s.everyMs !== undefined && s.everyMs < HOUR)
      this.t.kernel.fail(ADDON_INTERVAL);
    return install(this.t, {
      handler: this.handler,
      eventType: 'CLOCK',
      source: 'CLOCK',
      sourceId: this.t.scriptId,
      schedule: { ...s },
    });
  }
}

export class SpreadsheetTriggerBuilderImpl
  implements Implements<GoogleAppsScript.Script.SpreadsheetTriggerBuilder, 'create' | 'onEdit'>
{
  readonly [SPEC] = SHEET_TRIGGER_SPEC;
  #event: EventType | undefined;

  constructor(
    private readonly t: TriggerContext,
    private readonly handler: string,
    private readonly spreadsheetId: string,
  ) {}

  onEdit(): SpreadsheetTriggerBuilderImpl {
    this.#event = 'ON_EDIT';
    return this;
  }

  create(): TriggerImpl {
    if (!this.#event)
      this.t.kernel.fail('The trigger needs an event type (onOpen, onEdit, onChange or onFormSubmit).');
    if (this.t.limits.deployment === 'addon' && this.spreadsheetId !== this.t.documentId) {
      this.t.kernel.fail('Add-ons can only create triggers for the file in which the add-on is used.');
    }
    return install(this.t, {
      handler: this.handler,
      eventType: this.#event as EventType,
      source: 'SPREADSHEETS',
      sourceId: this.spreadsheetId,
    });
  }
}

export class TriggerBuilderImpl
  implements Implements<GoogleAppsScript.Script.TriggerBuilder, 'timeBased' | 'forSpreadsheet'>
{
  readonly [SPEC] = BUILDER_SPEC;
  constructor(
    private readonly t: TriggerContext,
    private readonly handler: string,
  ) {}

  timeBased(): ClockTriggerBuilderImpl {
    return new ClockTriggerBuilderImpl(this.t, this.handler);
  }

  forSpreadsheet(sheet: SpreadsheetImpl | string): SpreadsheetTriggerBuilderImpl {
    const id = typeof sheet === 'string' ? sheet : sheet.getId();
    return new SpreadsheetTriggerBuilderImpl(this.t, this.handler, id);
  }
}
