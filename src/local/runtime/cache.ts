/**
 * CacheService: script, document and per-user caches, expiring on the virtual clock.
 *
 * Sources: Cache reference — put(key, value, expirationInSeconds): default 600 s, minimum 1 s,
 * maximum 21600 s; "The maximum length of a key is 250 characters. The maximum amount of data that
 * can be stored per key is 100KB"; production errors "Argument too large: key" / "Argument too
 * large: value". Not modelled: early eviction and the per-cache item cap. Expirations above 21600 s
 * are clamped to 21600 s (behaviour assumed, not verified).
 */
import { type Kernel, SPEC } from './kernel';
import type { Implements } from './types';

export interface CacheLimits {
  readonly keyChars: number;
  readonly valueBytes: number;
  readonly defaultSeconds: number;
  readonly maxSeconds: number;
}

export const DEFAULT_CACHE_LIMITS: CacheLimits = {
  keyChars: 250,
  valueBytes: 100 * 1024,
  defaultSeconds: 600,
  maxSeconds: 21_600,
};

interface Entry {
  readonly value: string;
  readonly expiresAt: number;
}

export class CacheStore {
  readonly entries = new Map<string, Entry>();
}

const cacheSpec = (document: boolean) => ({
  name: 'Cache',
  classify: () => ({
    cost: 'cache' as const,
    capability: document ? ('cache.document' as const) : ('cache' as const),
  }),
});
const CACHE_SPEC = cacheSpec(false);
const DOCUMENT_CACHE_SPEC = cacheSpec(true);

export class CacheImpl
  implements Implements<GoogleAppsScript.Cache.Cache, 'get' | 'getAll' | 'put' | 'putAll' | 'remove'>
{
  readonly [SPEC]: typeof CACHE_SPEC;

  constructor(
    private readonly kernel: Kernel,
    private readonly store: CacheStore,
    private readonly limits: CacheLimits,
    document: boolean,
  ) {
    this[SPEC] = document ? DOCUMENT_CACHE_SPEC : CACHE_SPEC;
  }

  #key(key: unknown): string {
    const k = String(key);
    if (k.length > this.limits.keyChars) this.kernel.fail('Argument too large: key');
    return k;
  }

  #live(key: string): Entry | undefined {
    const e = this.store.entries.get(key);
    if (!e) return undefined;
    if (e.expiresAt <= this.kernel.clock.now()) {
      this.store.entries.delete(key);
      return undefined;
    }
    return e;
  }

  get(key: string): string | null {
    return this.#live(this.#key(key))?.value ?? null;
  }

  getAll(keys: string[]): { [key: string]: string } {
    const out: Record<string, string> = {};
    for (const key of keys) {
      const e = this.#live(this.#key(key));
      if (e) out[String(key)] = e.value;
    }
    return out;
  }

  put(key: string, value: string, expirationInSeconds?: number): void {
    this.putAll({ [this.#key(key)]: value }, expirationInSeconds);
  }

  putAll(values: { [key: string]: unknown }, expirationInSeconds?: number): void {
    const seconds = Math.min(
      Math.max(expirationInSeconds ?? this.limits.defaultSeconds, 1),
      this.limits.maxSeconds,
    );
    const checked = Object.entries(values ?? {}).map(([k, v]) => {
      const value = String(v);
      if (Buffer.byteLength(value, 'utf8') > this.limits.valueBytes)
        this.kernel.fail('Argument too large: value');
      return [this.#key(k), value] as const;
    });
    const expiresAt = this.kernel.clock.now() + seconds * 1000;
    for (const [k, value] of checked) this.store.entries.set(k, { value, expiresAt });
  }

  remove(key: string): void {
    this.store.entries.delete(this.#key(key));
  }
}

export class CacheStores {
  readonly script = new CacheStore();
  readonly document = new CacheStore();
  readonly #users = new Map<string, CacheStore>();

  user(email: string): CacheStore {
    let s = this.#users.get(email);
    if (!s) {
      s = new CacheStore();
      this.#users.set(email, s);
    }
    return s;
  }
}

const CACHE_SERVICE_SPEC = {
  name: 'CacheService',
  classify: (method: string) => ({
    cost: 'cache' as const,
    capability: method === 'getDocumentCache' ? ('cache.document' as const) : ('cache' as const),
  }),
};

export class CacheServiceImpl
  implements Implements<GoogleAppsScript.Cache.CacheService, 'getScriptCache' | 'getUserCache'>
{
  readonly [SPEC] = CACHE_SERVICE_SPEC;

  constructor(
    private readonly kernel: Kernel,
    private readonly stores: CacheStores,
    private readonly limits: CacheLimits,
    private readonly userOf: () => string,
  ) {}

  getScriptCache(): CacheImpl {
    return new CacheImpl(this.kernel, this.stores.script, this.limits, false);
  }

  getUserCache(): CacheImpl {
    return new CacheImpl(this.kernel, this.stores.user(this.userOf()), this.limits, false);
  }
}
