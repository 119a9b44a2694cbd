// npm run fidelity: writes docs/apps-script-fidelity.md from the code and the contract tests.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ledger, renderLedger } from './ledger';

const root = process.cwd();
writeFileSync(join(root, 'docs/apps-script-fidelity.md'), renderLedger(root));
const entries = ledger(root);
const missing = entries.filter((e) => !e.contracts.some((c) => c.sources.length > 0));
console.log(
  `wrote docs/apps-script-fidelity.md: ${entries.length} methods, ${entries.length - missing.length} with a source and a contract test`,
);
if (missing.length > 0) console.log(`without a contract: ${missing.map((e) => e.method).join(', ')}`);
