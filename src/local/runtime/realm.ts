/**
 * A "realm" is the set of JS intrinsics a value belongs to. A `node:vm` context has its own
 * `Date`, `Array`, `Error`…: `new Date() instanceof Date` is false across realms. Values the bundle
 * receives must be built with the bundle's constructors, and values it hands back are copied into
 * the host's before tests look at them (Node's vm docs, "Timeout interactions…"/"realms").
 */
import { runInThisContext } from 'node:vm';
import { isDateValue } from '../../core/cells';

export interface Realm {
  readonly Date: DateConstructor;
  readonly Error: ErrorConstructor;
  readonly Array: ArrayConstructor;
  readonly Object: ObjectConstructor;
  /** Evaluates sloppy-mode source in the realm's global scope (used by HTML templates). */
  readonly evaluate: (source: string) => unknown;
}

export const hostRealm: Realm = {
  Date,
  Error,
  Array,
  Object,
  // Host-side evaluation of HTML template code (sloppy mode, global scope), as Apps Script evaluates scriptlets.
  evaluate: (source) => runInThisContext(source),
};

const tagOf = (v: unknown): string => Object.prototype.toString.call(v);

/** An object literal from any realm (prototype is some realm's Object.prototype, or null). */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v) || tagOf(v) !== '[object Object]') return false;
  const proto = Object.getPrototypeOf(v) as object | null;
  if (proto === null) return true;
  const protoProto = Object.getPrototypeOf(proto) as object | null;
  return protoProto === null && typeof (proto as { hasOwnProperty?: unknown }).hasOwnProperty === 'function';
}

/**
 * Deep-copies arrays, Dates and plain objects into `realm`. Anything else (primitives, functions,
 * service objects) is passed through `leaf`, identity by default. Cycles are preserved.
 */
export function copyToRealm(realm: Realm, value: unknown, leaf: (v: unknown) => unknown = (v) => v): unknown {
  const seen = new Map<object, unknown>();
  const visit = (v: unknown): unknown => {
    if (typeof v !== 'object' || v === null) return leaf(v);
    const done = seen.get(v);
    if (done !== undefined) return done;
    if (Array.isArray(v)) {
      const out = new realm.Array<unknown>();
      seen.set(v, out);
      for (const item of v) out.push(visit(item));
      return out;
    }
    if (isDateValue(v)) {
      const out = new realm.Date(v.getTime());
      seen.set(v, out);
      return out;
    }
    if (isPlainObject(v)) {
      const out = new realm.Object() as Record<string, unknown>;
      seen.set(v, out);
      for (const key of Object.keys(v)) out[key] = visit(v[key]);
      return out;
    }
    return leaf(v);
  };
  return visit(value);
}
