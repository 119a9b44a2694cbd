/**
 * The fake Apps Script environment: every service wired to one kernel, one virtual clock and one
 * container spreadsheet. Usable directly from Node (adapters take `env.gas.SpreadsheetApp` etc.,
 * typed as the real services) and by loadBundle, which exposes the same objects as vm globals.
 */
import { CacheServiceImpl, CacheStores, DEFAULT_CACHE_LIMITS } from './cache';
import { CallCounter } from './calls';
import { type CallCosts, DEFAULT_TIME_LIMITS, type TimeLimits, VirtualClock } from './clock';
import type { ExecutionContext } from './execution';
import { Faults } from './faults';
import { ScopeGrants } from './grants';
import { HtmlServiceImpl } from './html';
import { Kernel } from './kernel';
import { LockServiceImpl, LockTable } from './lock';
import { type LogEntry, LoggerImpl, makeConsole } from './logger';
import { MailAppImpl, MailQuota, type SentMail } from './mail';
import { DEFAULT_PROPERTY_LIMITS, PropertiesServiceImpl, PropertyStores } from './properties';
import { SeededRandom } from './random';
import type { Realm } from './realm';
import { ScriptAppImpl } from './script-app';
import { SessionImpl, type Users } from './session';
import type { SheetsEnv } from './spreadsheet/env';
import { SpreadsheetModel } from './spreadsheet/model';
import { RangeImpl } from './spreadsheet/range';
import { buildSpreadsheet, type SpreadsheetSeed } from './spreadsheet/seed';
import { SheetImpl } from './spreadsheet/sheet';
import { SpreadsheetImpl } from './spreadsheet/spreadsheet';
import { SpreadsheetAppImpl } from './spreadsheet/spreadsheet-app';
import { SpreadsheetState } from './spreadsheet/state';
import { UiImpl, UiLog } from './spreadsheet/ui';
import { type TriggerContext, TriggerStore } from './triggers';
import { UtilitiesImpl } from './utilities/utilities';

interface Quotas {
  /** Email recipients per day: 100 for consumer accounts, 1,500 for Google Workspace. */
  readonly mailRecipientsPerDay: number;
  readonly mailRecipientsPerMessage: number;
  readonly mailBodyBytes: number;
  /** Where "midnight" is for the daily mail quota. */
  readonly mailResetTimeZone: string;
  readonly propertyValueBytes: number;
  readonly propertyStoreBytes: number;
  readonly cacheValueBytes: number;
  readonly cacheKeyChars: number;
  readonly triggersPerUser: number;
}

interface Manifest {
  readonly timeZone?: string;
  readonly oauthScopes?: readonly string[];
}

export interface RuntimeOptions {
  /** The container spreadsheet: plain data, or a model built beforehand. Default: one empty "Sheet1". */
  readonly spreadsheet?: SpreadsheetSeed | SpreadsheetModel;
  /** Overrides the seed's time zone. Default: the seed's, else the script's. */
  readonly spreadsheetTimeZone?: string;
  /** Default: manifest.timeZone, else 'UTC'. */
  readonly scriptTimeZone?: string;
  /** appsscript.json: timeZone and, when given, oauthScopes enforced in FULL contexts. */
  readonly manifest?: Manifest;
  /** Start of the virtual clock. Default 2025-01-06T02:00:00Z (09:00 in Bangkok, a Monday). */
  readonly start?: Date | number | string;
  /** Context of calls made outside runtime.call / env.run. Default { kind: 'menu' }. */
  readonly context?: ExecutionContext;
  /** 'consumer' (default: 100 mail recipients/day) or 'workspace' (1,500). */
  readonly account?: 'consumer' | 'workspace';
  readonly quotas?: Partial<Quotas>;
  readonly limits?: Partial<TimeLimits>;
  readonly costs?: CallCosts;
  /** The person at the keyboard. Default 'officer@example.org'. */
  readonly user?: string;
  /** The spreadsheet owner. Default: `user`. */
  readonly owner?: string;
  /** Workspace same-domain case: Session email visible in simple triggers. Default false. */
  readonly identityInSimpleTriggers?: boolean;
  /** Add-on trigger limits apply to 'addon' (default); 'bound' has the per-script limit only. */
  readonly deployment?: 'addon' | 'bound';
  /**
   * What ScriptApp.getInstallationSource() says. Default: NONE for a 'bound' script, else an add-on a
   * domain administrator installed.
   */
  readonly installationSource?: 'NONE' | 'APPS_MARKETPLACE_DOMAIN_ADD_ON' | 'WEB_STORE_ADD_ON';
  /** The add-on's name in the store: its Extensions submenu in an 'addon' deployment. Default 'Kamnot'. */
  readonly addonName?: string;
  /** The script project's title: the Extensions submenu of a 'bound' script. Default 'Untitled project'. */
  readonly projectTitle?: string;
  /** What SpreadsheetApp.getActive() gives in time-driven runs. Default 'container'. */
  readonly timeDrivenActiveSpreadsheet?: 'container' | 'null';
  /** The project's HTML files by name ('Sidebar' or 'Sidebar.html'). */
  readonly htmlFiles?: Readonly<Record<string, string>>;
  /** Seed for ids, UUIDs and keys. Default 1. */
  readonly seed?: number;
  readonly scriptId?: string;
}

/** The service globals typed as the real Apps Script services (the fakes implement a documented subset). */
export interface GasGlobals {
  readonly SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  readonly Utilities: GoogleAppsScript.Utilities.Utilities;
  readonly Session: GoogleAppsScript.Base.Session;
  readonly PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  readonly CacheService: GoogleAppsScript.Cache.CacheService;
  readonly LockService: GoogleAppsScript.Lock.LockService;
  readonly MailApp: GoogleAppsScript.Mail.MailApp;
  readonly ScriptApp: GoogleAppsScript.Script.ScriptApp;
  readonly HtmlService: GoogleAppsScript.HTML.HtmlService;
  readonly Logger: GoogleAppsScript.Base.Logger;
  readonly console: Console;
}

const DEFAULT_START = Date.UTC(2025, 0, 6, 2, 0, 0);

function toMs(start: Date | number | string | undefined): number {
  if (start === undefined) return DEFAULT_START;
  const ms =
    typeof start === 'number' ? start : typeof start === 'string' ? Date.parse(start) : start.getTime();
  if (!Number.isFinite(ms)) throw new Error(`RuntimeOptions.start: not a valid instant: ${String(start)}`);
  return ms;
}

export class Environment {
  readonly options: RuntimeOptions;
  readonly clock: VirtualClock;
  readonly calls = new CallCounter();
  readonly faults: Faults;
  readonly kernel: Kernel;
  readonly random: SeededRandom;
  readonly logs: LogEntry[] = [];
  readonly ui = new UiLog();
  readonly outbox: SentMail[] = [];
  readonly triggers = new TriggerStore();
  readonly properties = new PropertyStores();
  readonly caches = new CacheStores();
  readonly users: Users;
  /** What each account granted of the manifest's scopes (granular consent). */
  readonly grants: ScopeGrants;
  readonly mailQuota: MailQuota;
  readonly scriptTimeZone: string;
  readonly scriptId: string;
  /** The container spreadsheet's data. */
  readonly model: SpreadsheetModel;
  /** Test-side view of the container spreadsheet (reads and simulated edits, not counted). */
  readonly spreadsheet: SpreadsheetState;
  readonly sheets: SheetsEnv;
  /** The raw fakes (calling them directly is not counted; use `gas` for counted, permission-checked calls). */
  readonly services: {
    readonly SpreadsheetApp: SpreadsheetAppImpl;
    readonly Utilities: UtilitiesImpl;
    readonly Session: SessionImpl;
    readonly PropertiesService: PropertiesServiceImpl;
    readonly CacheService: CacheServiceImpl;
    readonly LockService: LockServiceImpl;
    readonly MailApp: MailAppImpl;
    readonly ScriptApp: ScriptAppImpl;
    readonly HtmlService: HtmlServiceImpl;
    readonly Logger: LoggerImpl;
  };

  constructor(options: RuntimeOptions = {}) {
    this.options = options;
    this.clock = new VirtualClock(toMs(options.start));
    this.random = new SeededRandom(options.seed ?? 1);
    this.scriptTimeZone = options.scriptTimeZone ?? options.manifest?.timeZone ?? 'UTC';
    this.scriptId =
      options.scriptId ??
      `1${this.random.string(56, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-')}`;
    const user = options.user ?? 'officer@example.org';
    this.users = {
      active: user,
      triggerOwner: undefined,
      identityInSimpleTriggers: options.identityInSimpleTriggers ?? false,
    };
    const q = options.quotas ?? {};
    this.mailQuota = new MailQuota({
      recipientsPerDay: q.mailRecipientsPerDay ?? (options.account === 'workspace' ? 1500 : 100),
      recipientsPerMessage: q.mailRecipientsPerMessage ?? 50,
      bodyBytes: q.mailBodyBytes ?? 200 * 1024,
      resetTimeZone: q.mailResetTimeZone ?? 'America/Los_Angeles',
    });
    this.grants = new ScopeGrants(options.manifest?.oauthScopes);
    this.faults = new Faults(
      (n) => this.mailQuota.setRemaining(this.clock.now(), n),
      (scope, user) => this.grants.untick(scope, user),
    );
    // Whose grants apply: the account the execution runs as (a trigger's owner in a time-driven run).
    const currentUser = () =>
      this.kernel.context.kind === 'time-driven'
        ? (this.users.triggerOwner ?? this.users.active)
        : this.users.active;
    this.kernel = new Kernel({
      clock: this.clock,
      calls: this.calls,
      faults: this.faults,
      limits: { ...DEFAULT_TIME_LIMITS, ...options.limits },
      costs: options.costs,
      scopes: () => this.grants.granted(currentUser()),
      defaultContext: options.context ?? { kind: 'menu' },
    });

    let nextSheetId = 0;
    let nextMetadataId = 0;
    const ids = {
      sheet: () => (nextSheetId = Math.max(nextSheetId + 1, this.random.int(100_000_000, 2_000_000_000))),
      metadata: () =>
        (nextMetadataId = Math.max(nextMetadataId + 1, this.random.int(1_000_000, 2_000_000_000))),
    };
    const given = options.spreadsheet;
    this.model =
      given instanceof SpreadsheetModel
        ? given
        : buildSpreadsheet(
            given ?? {},
            {
              id: `1${this.random.string(43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-')}`,
              timeZone: this.scriptTimeZone,
              locale: 'en_US',
              owner: options.owner ?? user,
            },
            ids,
          );
    if (options.spreadsheetTimeZone) this.model.timeZone = options.spreadsheetTimeZone;

    const menuName =
      options.deployment === 'bound'
        ? (options.projectTitle ?? 'Untitled project')
        : (options.addonName ?? 'Kamnot');
    const uiImpl = new UiImpl(this.ui, menuName, () => this.clock.now());
    const env: SheetsEnv = {
      kernel: this.kernel,
      random: this.random,
      spreadsheets: new Map([[this.model.id, this.model]]),
      container: this.model,
      ui: {
        ui: () => uiImpl,
        toast: (message, title, timeoutSeconds) =>
          this.ui.toasts.push({ message, title, timeoutSeconds, at: this.clock.now() }),
      },
      make: {
        range: (ss, sheet, row, col, numRows, numCols, open) =>
          new RangeImpl(env, ss, sheet, row, col, numRows, numCols, open),
        sheet: (ss, sheet) => new SheetImpl(env, ss, sheet),
        spreadsheet: (ss) => new SpreadsheetImpl(env, ss),
      },
      noActiveSpreadsheetInTimeDriven: options.timeDrivenActiveSpreadsheet === 'null',
      nextSheetId: ids.sheet,
      nextMetadataId: ids.metadata,
    };
    this.sheets = env;
    this.spreadsheet = new SpreadsheetState(env, this.model);

    /** Custom functions see the owner's user properties (custom functions guide). */
    const propertiesUser = () =>
      this.kernel.context.kind === 'custom-function' ? this.model.owner : currentUser();
    const triggers: TriggerContext = {
      kernel: this.kernel,
      random: this.random,
      store: this.triggers,
      limits: { deployment: options.deployment ?? 'addon', triggersPerUser: q.triggersPerUser ?? 20 },
      user: currentUser,
      documentId: this.model.id,
      scriptId: this.scriptId,
    };
    this.services = {
      SpreadsheetApp: new SpreadsheetAppImpl(env),
      Utilities: new UtilitiesImpl(this.kernel),
      Session: new SessionImpl(this.kernel, this.users, this.scriptTimeZone),
      PropertiesService: new PropertiesServiceImpl(
        this.kernel,
        this.properties,
        {
          valueBytes: q.propertyValueBytes ?? DEFAULT_PROPERTY_LIMITS.valueBytes,
          storeBytes: q.propertyStoreBytes ?? DEFAULT_PROPERTY_LIMITS.storeBytes,
        },
        propertiesUser,
      ),
      CacheService: new CacheServiceImpl(
        this.kernel,
        this.caches,
        {
          ...DEFAULT_CACHE_LIMITS,
          keyChars: q.cacheKeyChars ?? DEFAULT_CACHE_LIMITS.keyChars,
          valueBytes: q.cacheValueBytes ?? DEFAULT_CACHE_LIMITS.valueBytes,
        },
        currentUser,
      ),
      LockService: new LockServiceImpl(this.kernel, new LockTable()),
      MailApp: new MailAppImpl(this.kernel, this.mailQuota, this.outbox, this.faults, currentUser),
      ScriptApp: new ScriptAppImpl(triggers, {
        grants: this.grants,
        installationSource:
          options.installationSource ??
          (options.deployment === 'bound' ? 'NONE' : 'APPS_MARKETPLACE_DOMAIN_ADD_ON'),
      }),
      HtmlService: new HtmlServiceImpl(this.kernel, options.htmlFiles ?? {}),
      Logger: new LoggerImpl(this.kernel, this.logs),
    };
  }

  /** Service globals as the bundle sees them: counted, permission-checked, realm-converting proxies. */
  globals(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [name, service] of Object.entries(this.services)) out[name] = this.kernel.wrap(service);
    out.console = makeConsole(this.kernel, this.logs);
    return out;
  }

  /** The globals typed as the real services, for adapters under test in Node. */
  get gas(): GasGlobals {
    return this.globals() as unknown as GasGlobals;
  }

  /** Runs `fn` as one execution in `context` (time limit, locks released at the end, fatal errors rethrown). */
  run<T>(context: ExecutionContext, fn: () => T): T {
    return this.kernel.run(context, fn);
  }

  /** Sets the bundle realm (loadBundle does this once its vm context exists). */
  protected setRealm(realm: Realm): void {
    this.kernel.realm = realm;
  }

  /** An account's remaining mail quota today (default: the person at the keyboard), without counting a call. */
  remainingMailQuota(user: string = this.users.active): number {
    return this.mailQuota.remaining(this.clock.now(), user);
  }

  /** Switches the person at the keyboard (between runs). */
  setUser(email: string): void {
    this.users.active = email;
  }
}

export function createEnvironment(options: RuntimeOptions = {}): Environment {
  return new Environment(options);
}
