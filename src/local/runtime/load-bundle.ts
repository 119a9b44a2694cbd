/**
 * Runs a built bundle (build/Code.js: a plain script defining top-level `function NAME(){}`) inside a
 * `node:vm` context whose globals are Apps Script's services plus the JS built-ins — no `require`,
 * `process`, `setTimeout`, `URL`, `TextEncoder`, `fetch` or `Buffer`, as in Apps Script V8 — and
 * calls its functions by name in a chosen execution context.
 *
 * Apps Script evaluates the whole script again at the start of every execution, so global variables
 * never survive from one run to the next: by default each call gets a fresh context
 * (`persistGlobals: true` reuses one, faster but less faithful).
 * Sources: Node "vm" docs (contexts have their own intrinsics; `timeout`); Apps Script V8 runtime
 * overview; "Script function not found: X" is the production error for a missing function.
 */
import vm from 'node:vm';
import type { TimeLimits } from './clock';
import { Environment, type RuntimeOptions } from './environment';
import { isFatal } from './errors';
import type { AuthModeName, ExecutionContext } from './execution';
import { copyToRealm, hostRealm, type Realm } from './realm';
import { UserImpl } from './session';
import { SpreadsheetImpl } from './spreadsheet/spreadsheet';
import { nextFire, type TriggerModel } from './triggers';
import { DATE_SHIM_SOURCE, type DateHost, makeDateHost } from './vm-date';

export interface LoadOptions extends RuntimeOptions {
  /** File name shown in stack traces. Default 'Code.js'. */
  readonly filename?: string;
  /**
   * Wall-clock guard against infinite loops in pure JS (virtual time only moves on service calls).
   * Default 120 s: far above any real call, so a loaded machine never trips it (10 s did, under load).
   */
  readonly realTimeoutMs?: number;
  /** Reuse one context for every call (globals persist, unlike production). Default false. */
  readonly persistGlobals?: boolean;
}

/** An error thrown by the bundle, copied into the host realm (name and message kept). */
export class BundleError extends Error {
  constructor(
    name: string,
    message: string,
    /** The original value thrown inside the vm. */
    readonly original: unknown,
    stack?: string,
  ) {
    super(message);
    this.name = name;
    if (stack) this.stack = stack;
  }
}

export interface FireResult {
  readonly handler: string;
  readonly triggerId: string;
  /** Virtual instant the run started. */
  readonly at: number;
  readonly ok: boolean;
  readonly value?: unknown;
  readonly error?: Error;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export class Runtime extends Environment {
  readonly #script: vm.Script;
  readonly #realTimeoutMs: number;
  readonly #persist: boolean;
  readonly #dateHost: DateHost;
  readonly #invokeKey: string;
  #context: vm.Context | undefined;
  #pending: (() => unknown) | undefined;

  constructor(code: string, options: LoadOptions = {}) {
    super(options);
    this.#script = new vm.Script(code, { filename: options.filename ?? 'Code.js' });
    this.#realTimeoutMs = options.realTimeoutMs ?? 120_000;
    this.#persist = options.persistGlobals === true;
    this.#dateHost = makeDateHost(this.scriptTimeZone, () => this.clock.now());
    this.#invokeKey = `__kamnot_invoke_${this.random.string(12, 'abcdefghijklmnopqrstuvwxyz')}`;
    if (this.#persist) this.#boot();
  }

  /** The current vm context (the bundle's global object). */
  get context(): vm.Context {
    return this.#context ?? this.#boot();
  }

  get limits(): TimeLimits {
    return this.kernel.limits;
  }

  #boot(): vm.Context {
    const ctx = vm.createContext(
      {},
      {
        name: 'Apps Script (offline)',
        codeGeneration: { strings: true, wasm: false },
        microtaskMode: 'afterEvaluate',
      },
    );
    (vm.runInContext(DATE_SHIM_SOURCE, ctx) as (host: DateHost) => void)(this.#dateHost);
    const intrinsics = vm.runInContext(
      '({ Date: Date, Error: Error, Array: Array, Object: Object })',
      ctx,
    ) as Omit<Realm, 'evaluate'>;
    const realm: Realm = { ...intrinsics, evaluate: (source) => vm.runInContext(source, ctx) };
    this.setRealm(realm);
    for (const [name, value] of Object.entries(this.globals())) {
      Object.defineProperty(ctx, name, { value, writable: true, configurable: true, enumerable: false });
    }
    Object.defineProperty(ctx, this.#invokeKey, {
      value: () => {
        const pending = this.#pending;
        this.#pending = undefined;
        return pending?.();
      },
      enumerable: false,
    });
    this.#context = ctx;
    this.#script.runInContext(ctx, { timeout: this.#realTimeoutMs });
    return ctx;
  }

  /** Copies a host value (arrays, Dates, plain objects, deeply) into the bundle's realm. */
  toContext(value: unknown): unknown {
    return copyToRealm(this.kernel.realm, value);
  }

  /** Copies a bundle value back into ordinary Node arrays, Dates and objects. */
  fromContext(value: unknown): unknown {
    return copyToRealm(hostRealm, value);
  }

  /** True when the bundle defines a global function `name`. */
  has(name: string): boolean {
    if (!IDENTIFIER.test(name)) return false;
    return vm.runInContext(`typeof ${name} === 'function'`, this.context) === true;
  }

  /** Calls top-level function `name` in the runtime's default context (options.context, else menu). */
  call(name: string, ...args: unknown[]): unknown {
    return this.callIn(this.kernel.context, name, ...args);
  }

  /** Calls top-level function `name` as one execution in `context`. */
  callIn(context: ExecutionContext, name: string, ...args: unknown[]): unknown {
    return this.#execute(context, name, () => args.map((a) => this.toContext(a)));
  }

  #execute(context: ExecutionContext, name: string, makeArgs: () => unknown[], optional = false): unknown {
    if (!IDENTIFIER.test(name)) throw new Error(`Not a function name: ${name}`);
    return this.kernel.run(context, () => {
      const ctx = this.#persist ? this.context : this.#boot();
      const fn = vm.runInContext(`typeof ${name} === 'function' ? ${name} : undefined`, ctx) as
        | ((...a: unknown[]) => unknown)
        | undefined;
      if (!fn) {
        if (optional) return undefined;
        throw new Error(`Script function not found: ${name}`);
      }
      const args = makeArgs();
      this.#pending = () => fn(...args);
      let result: unknown;
      try {
        result = vm.runInContext(`${this.#invokeKey}()`, ctx, { timeout: this.#realTimeoutMs });
      } catch (error) {
        throw this.#hostError(error);
      }
      return this.fromContext(result);
    });
  }

  #hostError(error: unknown): unknown {
    if (isFatal(error) || error instanceof BundleError) return error;
    if (typeof error === 'object' && error !== null && 'message' in error) {
      const e = error as { name?: unknown; message?: unknown; stack?: unknown };
      return new BundleError(
        String(e.name ?? 'Error'),
        String(e.message),
        error,
        typeof e.stack === 'string' ? e.stack : undefined,
      );
    }
    return new BundleError('Error', String(error), error);
  }

  /** The event object's `user` and `source` for simple triggers, as proxies the bundle can call. */
  #sheetEvent(authMode: AuthModeName, extra: Record<string, unknown> = {}): Record<string, unknown> {
    return {
      authMode,
      source: this.kernel.wrap(new SpreadsheetImpl(this.sheets, this.model)),
      user: this.kernel.wrap(
        new UserImpl(authMode === 'FULL' || this.users.identityInSimpleTriggers ? this.users.active : ''),
      ),
      ...extra,
    };
  }

  /**
   * Runs a simple trigger (onOpen, onInstall, onEdit…) as Sheets does: in AuthMode NONE or LIMITED,
   * with an event object. Does nothing (returns undefined) when the bundle lacks the function.
   */
  fireSimpleTrigger(
    name: string,
    authMode: 'NONE' | 'LIMITED' = 'LIMITED',
    extra: Record<string, unknown> = {},
  ): unknown {
    return this.#execute(
      { kind: 'simple-trigger', authMode },
      name,
      () => [this.toContext(this.#sheetEvent(authMode, extra))],
      true,
    );
  }

  /** Simulates a person typing `values` into `sheetName!a1`, then runs onEdit(e) (LIMITED) if defined. */
  fireOnEdit(
    sheetName: string,
    a1: string,
    values: unknown[][],
    authMode: 'NONE' | 'LIMITED' = 'LIMITED',
  ): unknown {
    const range = this.spreadsheet.range(sheetName, a1);
    const single = range.getNumRows() === 1 && range.getNumColumns() === 1;
    const oldValue = single ? range.getValue() : undefined;
    this.spreadsheet.edit(sheetName, a1, values);
    const extra: Record<string, unknown> = { range: this.kernel.wrap(range) };
    if (single) {
      extra.value = values[0]?.[0];
      if (oldValue !== '') extra.oldValue = oldValue;
    }
    return this.fireSimpleTrigger('onEdit', authMode, extra);
  }

  /** Clicks a menu item previously added with addToUi, running its function in the menu context. */
  clickMenu(caption: string): unknown {
    const item = this.ui.findItem(caption);
    if (!item) throw new Error(`No menu item "${caption}" (menus: ${JSON.stringify(this.ui.menus)})`);
    return this.callIn({ kind: 'menu' }, item.functionName);
  }

  /**
   * Fires installed time-driven triggers `times` times, earliest first, moving the virtual clock to
   * each firing instant (every hour for everyHours(1)). A failing run is recorded and the next one
   * still fires, as in production.
   */
  fireTimeDriven(times = 1, options: { handler?: string } = {}): FireResult[] {
    const results: FireResult[] = [];
    for (let i = 0; i < times; i++) {
      const due = this.triggers.triggers
        .filter(
          (t): t is TriggerModel & { nextFireAt: number } =>
            t.eventType === 'CLOCK' && t.nextFireAt !== undefined,
        )
        .filter((t) => options.handler === undefined || t.handler === options.handler)
        .sort((a, b) => a.nextFireAt - b.nextFireAt)[0];
      if (!due)
        throw new Error(
          `fireTimeDriven: no time-driven trigger installed${options.handler ? ` for ${options.handler}` : ''}`,
        );
      const at = this.clock.advanceTo(due.nextFireAt);
      const model: TriggerModel = due;
      model.nextFireAt =
        model.schedule && model.schedule.at === undefined
          ? nextFire(model.schedule, model.createdAt, at)
          : undefined;
      this.users.triggerOwner = due.owner;
      const d = new Date(at);
      const event = {
        authMode: 'FULL',
        triggerUid: due.id,
        year: d.getUTCFullYear(),
        month: d.getUTCMonth() + 1,
        'day-of-month': d.getUTCDate(),
        'day-of-week': d.getUTCDay() === 0 ? 7 : d.getUTCDay(),
        hour: d.getUTCHours(),
        minute: d.getUTCMinutes(),
        second: d.getUTCSeconds(),
        timezone: 'UTC',
      };
      try {
        const value = this.#execute({ kind: 'time-driven' }, due.handler, () => [this.toContext(event)]);
        results.push({ handler: due.handler, triggerId: due.id, at, ok: true, value });
      } catch (error) {
        results.push({
          handler: due.handler,
          triggerId: due.id,
          at,
          ok: false,
          error: error instanceof Error ? error : new Error(String(error)),
        });
      } finally {
        this.users.triggerOwner = undefined;
      }
    }
    return results;
  }
}

/** Loads `code` (the text of build/Code.js) into a fresh offline Apps Script runtime. */
export function loadBundle(code: string, options: LoadOptions = {}): Runtime {
  return new Runtime(code, options);
}
