/** Counts every service call as 'Service.method' (e.g. 'Range.getValues'), in order. */
export class CallCounter {
  readonly #counts = new Map<string, number>();
  #sequence: string[] = [];

  record(name: string): void {
    this.#counts.set(name, (this.#counts.get(name) ?? 0) + 1);
    this.#sequence.push(name);
  }

  /** Calls of one name, or of every name starting with `'Service.'` when given `'Service.*'`; all calls without a name. */
  count(name?: string): number {
    if (name === undefined) return this.total();
    if (name.endsWith('.*')) {
      const prefix = name.slice(0, -1);
      let n = 0;
      for (const [k, v] of this.#counts) if (k.startsWith(prefix)) n += v;
      return n;
    }
    return this.#counts.get(name) ?? 0;
  }

  total(): number {
    return this.#sequence.length;
  }

  reset(): void {
    this.#counts.clear();
    this.#sequence = [];
  }

  /** A plain copy of the counts, sorted by name. */
  snapshot(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const k of [...this.#counts.keys()].sort()) out[k] = this.#counts.get(k) ?? 0;
    return out;
  }

  /** The calls in the order they were made. */
  sequence(): readonly string[] {
    return [...this.#sequence];
  }
}
