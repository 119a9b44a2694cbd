/**
 * The kernel every fake service goes through. Each public method of a service object is reached
 * through a Proxy that (1) counts the call as 'Service.method', (2) applies fault injection,
 * (3) refuses calls the execution context may not make with the production message, (4) advances
 * the virtual clock by the call's cost and enforces the time limit, (5) copies arguments into the
 * host realm and results into the bundle's realm, and (6) turns service failures into the bundle
 * realm's `Error` named "Exception", as Apps Script V8 shows them.
 */
import type { CallCounter } from './calls';
import { type CallCosts, type CostClass, costOf, type TimeLimits, type VirtualClock } from './clock';
import { ExecutionKilled, ExecutionTimeLimitError, GasError, isFatal } from './errors';
import { Execution, type ExecutionContext, timeLimitOf } from './execution';
import type { Faults } from './faults';
import { type Capability, deniedMessage } from './policy';
import { copyToRealm, hostRealm, isPlainObject, type Realm } from './realm';

export const SPEC: unique symbol = Symbol('gas.spec');

export interface CallClass {
  readonly cost: CostClass;
  readonly capability: Capability;
}

/** How the calls of one Apps Script class are named, priced and permitted. */
export interface ServiceSpec {
  /** The Apps Script class name used in call names: 'Range', 'SpreadsheetApp'… */
  readonly name: string;
  classify(method: string): CallClass;
  /** True when the bundle may set arbitrary properties on the object (HtmlTemplate). */
  readonly expando?: boolean;
}

interface ServiceObject {
  readonly [SPEC]: ServiceSpec;
}

function isServiceObject(v: unknown): v is ServiceObject {
  return typeof v === 'object' && v !== null && SPEC in v;
}

/** A spec where every method has the same class. */
export function uniformSpec(
  name: string,
  cost: CostClass,
  capability: Capability,
  expando = false,
): ServiceSpec {
  const cls: CallClass = { cost, capability };
  return { name, classify: () => cls, expando };
}

export interface KernelOptions {
  readonly clock: VirtualClock;
  readonly calls: CallCounter;
  readonly faults: Faults;
  readonly limits: TimeLimits;
  readonly costs?: CallCosts;
  /** The scopes the running account may use (manifest and granted), or undefined: none enforced. */
  readonly scopes?: () => readonly string[] | undefined;
  readonly defaultContext: ExecutionContext;
}

export class Kernel {
  realm: Realm = hostRealm;
  readonly clock: VirtualClock;
  readonly calls: CallCounter;
  readonly faults: Faults;
  readonly limits: TimeLimits;
  readonly #costs: CallCosts | undefined;
  readonly #scopes: (() => readonly string[] | undefined) | undefined;
  readonly #proxies = new WeakMap<object, object>();
  readonly #targets = new WeakMap<object, object>();
  readonly #endHooks: ((exec: Execution) => void)[] = [];
  #current: Execution | undefined;
  #ambient: Execution;
  #nextId = 1;

  constructor(options: KernelOptions) {
    this.clock = options.clock;
    this.calls = options.calls;
    this.faults = options.faults;
    this.limits = options.limits;
    this.#costs = options.costs;
    this.#scopes = options.scopes;
    this.#ambient = new Execution(0, options.defaultContext, options.clock.now(), undefined);
  }

  /** The running execution, or the ambient one (no time limit) when fakes are used directly. */
  get execution(): Execution {
    return this.#current ?? this.#ambient;
  }

  get context(): ExecutionContext {
    return this.execution.context;
  }

  /** Changes the context used for calls made outside any run. */
  setAmbientContext(context: ExecutionContext): void {
    this.#ambient = new Execution(0, context, this.clock.now(), undefined);
  }

  /** Registers work to do when a run ends (locks are released, etc.). */
  onExecutionEnd(hook: (exec: Execution) => void): void {
    this.#endHooks.push(hook);
  }

  /**
   * Runs `fn` as one execution in `context`. A killed or over-time run throws its fatal error here
   * even when the bundle caught it.
   */
  run<T>(context: ExecutionContext, fn: () => T): T {
    if (this.#current)
      throw new Error('Kernel.run: an execution is already running (executions do not nest)');
    const exec = new Execution(this.#nextId++, context, this.clock.now(), timeLimitOf(context, this.limits));
    this.#current = exec;
    try {
      const result = fn();
      if (exec.dead) throw exec.dead;
      return result;
    } catch (error) {
      throw exec.dead ?? error;
    } finally {
      this.#current = undefined;
      for (const hook of this.#endHooks) hook(exec);
    }
  }

  /** Throws a service failure (becomes "Exception: message" in the bundle). */
  fail(message: string): never {
    throw new GasError(message);
  }

  /** The gate every service call passes. */
  enter(call: string, cls: CallClass, method: string): void {
    const exec = this.execution;
    if (exec.dead) throw exec.dead;
    this.calls.record(call);
    this.faults.beforeCall(call);
    if (this.faults.tickCall())
      this.#kill(exec, new ExecutionKilled(`Execution killed at service call ${call} (fault injection)`));
    const denied = deniedMessage(exec.context, cls.capability, call, method, this.#scopes?.());
    if (denied !== undefined) throw new GasError(denied);
    this.spend(costOf(this.#costs, call, cls.cost));
  }

  /** Advances the virtual clock by `ms` of work or waiting, then enforces kill instants and the time limit. */
  spend(ms: number): void {
    const exec = this.execution;
    if (ms > 0) this.clock.advance(ms);
    const now = this.clock.now();
    if (this.faults.tickClock(now))
      this.#kill(
        exec,
        new ExecutionKilled(
          `Execution killed at virtual time ${new Date(now).toISOString()} (fault injection)`,
        ),
      );
    if (exec.limitMs !== undefined && now - exec.startMs > exec.limitMs)
      this.#kill(exec, new ExecutionTimeLimitError(exec.limitMs));
  }

  #kill(exec: Execution, error: Error): never {
    exec.dead = error;
    throw error;
  }

  /** The bundle-facing proxy of a service object (stable per object). */
  wrap<T extends object>(target: T): T {
    if (!isServiceObject(target)) return target;
    const known = this.#proxies.get(target);
    if (known) return known as T;
    const spec = target[SPEC];
    const kernel = this;
    const proxy: T = new Proxy(target, {
      get(t, prop) {
        if (typeof prop === 'symbol') return prop === SPEC ? undefined : Reflect.get(t, prop);
        if (prop === 'toString' || prop === 'toJSON') return () => spec.name;
        if (prop === 'constructor' || prop.startsWith('_')) return undefined;
        const v: unknown = Reflect.get(t, prop, t);
        if (typeof v === 'function') {
          return (...args: unknown[]) =>
            kernel.invoke(t, proxy, spec, prop, v as (...a: unknown[]) => unknown, args);
        }
        return kernel.exportValue(v);
      },
      set(t, prop, value) {
        if (spec.expando && typeof prop === 'string' && !prop.startsWith('_'))
          return Reflect.set(t, prop, value);
        return true; // Apps Script objects ignore stray assignments.
      },
    });
    this.#proxies.set(target, proxy);
    this.#targets.set(proxy, target);
    return proxy;
  }

  /** The fake object behind a proxy (or the value itself). */
  unwrap<T>(value: T): T {
    if (typeof value === 'object' && value !== null) {
      const t = this.#targets.get(value as object);
      if (t) return t as T;
    }
    return value;
  }

  invoke(
    target: object,
    proxy: object,
    spec: ServiceSpec,
    method: string,
    fn: (...a: unknown[]) => unknown,
    args: unknown[],
  ): unknown {
    let result: unknown;
    try {
      this.enter(`${spec.name}.${method}`, spec.classify(method), method);
      result = fn.apply(
        target,
        args.map((a) => this.importValue(a)),
      );
    } catch (error) {
      throw this.toBundleError(error);
    }
    return result === target ? proxy : this.exportValue(result);
  }

  /** Arguments from the bundle: proxies become their fakes; arrays and plain objects are copied (Dates stay as given). */
  importValue(value: unknown): unknown {
    if (typeof value !== 'object' || value === null) return value;
    if (!Array.isArray(value) && !isPlainObject(value)) return this.unwrap(value);
    return copyToRealm(hostRealm, value, (leaf) => this.unwrap(leaf));
  }

  /** Results for the bundle: arrays, Dates and plain objects are built in the bundle's realm; fakes become proxies. */
  exportValue(value: unknown): unknown {
    if (typeof value !== 'object' || value === null) return value;
    if (isServiceObject(value)) return this.wrap(value);
    return copyToRealm(this.realm, value, (leaf) => (isServiceObject(leaf) ? this.wrap(leaf) : leaf));
  }

  /** A service failure as the bundle sees it; fatal errors pass through untouched. */
  toBundleError(error: unknown): unknown {
    if (isFatal(error)) {
      if (!this.execution.dead) this.execution.dead = error;
      return error;
    }
    if (error instanceof Error) {
      const e = new this.realm.Error(error.message);
      e.name = error instanceof GasError ? 'Exception' : error.name;
      return e;
    }
    return error;
  }
}
