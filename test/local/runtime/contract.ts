/**
 * A contract test: a fact of real Apps Script that Kamnot relies on, where it comes from, and the test
 * that pins it on the offline runtime. tools/fidelity/ledger.ts reads these calls (literal arguments
 * only) to write docs/apps-script-fidelity.md, one row per method Kamnot calls.
 */
import { it } from 'vitest';

export interface Fact {
  /** What Kamnot relies on, in one sentence. */
  readonly relies: string;
  /** Google's reference page, a public report of production behaviour, or a gas-fakes test file. */
  readonly sources: readonly string[];
}

export function contract(methods: readonly string[], fact: Fact, body: () => void): void {
  it(`${methods.join(', ')}: ${fact.relies}`, body);
}
