/**
 * PropertiesService: script, document and per-user stores of strings.
 *
 * Sources: Apps Script quotas page ("Properties value size 9 kB / val", "Properties total storage
 * 500 kB / property store"); production errors "You have exceeded the property storage quota.
 * Please remove some properties and try again." and "Argument too large: value" (the latter as
 * reported for Apps Script storage limits; its use for properties is not verified).
 * getProperty/getProperties return copies, never a live view (Properties guide).
 */
import { type Kernel, SPEC, uniformSpec } from './kernel';
import type { Implements } from './types';

export interface PropertyLimits {
  readonly valueBytes: number;
  readonly storeBytes: number;
}

export const DEFAULT_PROPERTY_LIMITS: PropertyLimits = { valueBytes: 9 * 1024, storeBytes: 500 * 1024 };

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

const PROPERTY_QUOTA_MESSAGE =
  'You have exceeded the property storage quota. Please remove some properties and try again.';

/** The data of one store, shared by every Properties object that reads it. */
export class PropertyStore {
  readonly data = new Map<string, string>();

  size(): number {
    let n = 0;
    for (const [k, v] of this.data) n += bytes(k) + bytes(v);
    return n;
  }
}

const PROPERTIES_SPEC = uniformSpec('Properties', 'properties', 'properties');
const DOCUMENT_PROPERTIES_SPEC = uniformSpec('Properties', 'properties', 'properties.document');

export class PropertiesImpl
  implements
    Implements<
      GoogleAppsScript.Properties.Properties,
      'getProperty' | 'getProperties' | 'getKeys' | 'setProperty' | 'setProperties' | 'deleteProperty'
    >
{
  readonly [SPEC]: typeof PROPERTIES_SPEC;

  constructor(
    private readonly kernel: Kernel,
    private readonly store: PropertyStore,
    private readonly limits: PropertyLimits,
    documentScoped: boolean,
  ) {
    this[SPEC] = documentScoped ? DOCUMENT_PROPERTIES_SPEC : PROPERTIES_SPEC;
  }

  getProperty(key: string): string | null {
    return this.store.data.get(String(key)) ?? null;
  }

  getProperties(): { [key: string]: string } {
    return Object.fromEntries(this.store.data);
  }

  getKeys(): string[] {
    return [...this.store.data.keys()];
  }

  setProperty(key: string, value: string): PropertiesImpl {
    this.#write(new Map([[String(key), String(value)]]), false);
    return this;
  }

  setProperties(properties: { [key: string]: string }, deleteAllOthers = false): PropertiesImpl {
    const entries = new Map(Object.entries(properties ?? {}).map(([k, v]) => [String(k), String(v)]));
    this.#write(entries, deleteAllOthers);
    return this;
  }

  deleteProperty(key: string): PropertiesImpl {
    this.store.data.delete(String(key));
    return this;
  }

  #write(entries: Map<string, string>, replace: boolean): void {
    for (const [key, value] of entries) {
      if (key === '') this.kernel.fail('Invalid argument: key');
      if (bytes(value) > this.limits.valueBytes) this.kernel.fail('Argument too large: value');
    }
    const next = new Map(replace ? [] : this.store.data);
    for (const [k, v] of entries) next.set(k, v);
    let total = 0;
    for (const [k, v] of next) total += bytes(k) + bytes(v);
    if (total > this.limits.storeBytes) this.kernel.fail(PROPERTY_QUOTA_MESSAGE);
    this.store.data.clear();
    for (const [k, v] of next) this.store.data.set(k, v);
  }
}

const PROPERTIES_SERVICE_SPEC = {
  name: 'PropertiesService',
  classify: (method: string) => ({
    cost: 'properties' as const,
    capability:
      method === 'getDocumentProperties' ? ('properties.document' as const) : ('properties' as const),
  }),
};

/** All property stores of the project. */
export class PropertyStores {
  readonly script = new PropertyStore();
  readonly document = new PropertyStore();
  readonly #users = new Map<string, PropertyStore>();

  user(email: string): PropertyStore {
    let s = this.#users.get(email);
    if (!s) {
      s = new PropertyStore();
      this.#users.set(email, s);
    }
    return s;
  }
}

export class PropertiesServiceImpl
  implements
    Implements<
      GoogleAppsScript.Properties.PropertiesService,
      'getScriptProperties' | 'getDocumentProperties' | 'getUserProperties'
    >
{
  readonly [SPEC] = PROPERTIES_SERVICE_SPEC;

  constructor(
    private readonly kernel: Kernel,
    private readonly stores: PropertyStores,
    private readonly limits: PropertyLimits,
    /** Whose user store a call sees (custom functions see the spreadsheet owner's). */
    private readonly userOf: () => string,
  ) {}

  getScriptProperties(): PropertiesImpl {
    return new PropertiesImpl(this.kernel, this.stores.script, this.limits, false);
  }

  getDocumentProperties(): PropertiesImpl {
    return new PropertiesImpl(this.kernel, this.stores.document, this.limits, true);
  }

  getUserProperties(): PropertiesImpl {
    return new PropertiesImpl(this.kernel, this.stores.user(this.userOf()), this.limits, false);
  }
}
