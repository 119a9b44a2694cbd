import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');

describe('npm run catalog', () => {
  it('writes build/catalog.json and a docs/catalogue.md identical to the committed one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kamnot-catalog-'));
    execFileSync(process.execPath, [join(root, 'tools/run.mjs'), 'tools/catalog.ts'], {
      cwd: dir,
      env: { ...process.env, KAMNOT_ROOT: root },
    });
    const json = JSON.parse(readFileSync(join(dir, 'build/catalog.json'), 'utf8'));
    expect(json.version).toBe(1);
    expect(json.manuals).toHaveLength(5);
    const fresh = readFileSync(join(dir, 'docs/catalogue.md'), 'utf8');
    const committed = readFileSync(join(root, 'docs/catalogue.md'), 'utf8');
    expect(fresh === committed, 'docs/catalogue.md is stale: run npm run catalog and commit it').toBe(true);
  }, 60_000);
});
