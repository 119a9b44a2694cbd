// The fidelity ledger (docs/apps-script-fidelity.md) is generated from the code: every Apps Script
// method src/gas and src/main.ts call needs a fact with a source and a contract test, and the
// manifest's scopes must cover those calls, each scope needed by at least one of them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type LedgerEntry, ledger, renderLedger } from '../../tools/fidelity/ledger';

const root = join(__dirname, '../..');
let entries: LedgerEntry[] = [];

// The compiler reads every source file once: slow on a loaded machine.
beforeAll(() => {
  entries = ledger(root);
});

describe('the fidelity ledger', () => {
  it('names every Apps Script method Kamnot calls, each with a source and a contract test', () => {
    expect(entries.length).toBeGreaterThan(100);
    const missing = entries.filter((e) => !e.contracts.some((c) => c.sources.length > 0 && c.relies !== ''));
    expect(missing.map((e) => e.method)).toEqual([]);
  });

  it('docs/apps-script-fidelity.md is what the code and the contract tests say (npm run fidelity)', () => {
    const stale = 'docs/apps-script-fidelity.md is stale: run npm run fidelity';
    expect(readFileSync(join(root, 'docs/apps-script-fidelity.md'), 'utf8'), stale).toBe(
      renderLedger(root, entries),
    );
  });

  it('appsscript.json lists enough scopes for every call, and none that no call needs', () => {
    const scopes: string[] = JSON.parse(readFileSync(join(root, 'appsscript.json'), 'utf8')).oauthScopes;
    const uncovered = entries.filter((e) => e.scopes.length > 0 && !e.scopes.some((s) => scopes.includes(s)));
    expect(uncovered.map((e) => `${e.method} needs ${e.scopes.join(' or ')}`)).toEqual([]);
    const unneeded = scopes.filter(
      (scope) => !entries.some((e) => e.scopes.filter((s) => scopes.includes(s)).join() === scope),
    );
    expect(unneeded).toEqual([]);
  });
});
