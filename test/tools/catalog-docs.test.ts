import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allProcedures } from '../../src/core/catalog/catalogue';

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
  });

  it('states the rule for calendar days and shows the source of every calendar-day limit', () => {
    const doc = readFileSync(join(root, 'docs/catalogue.md'), 'utf8');
    expect(doc).toContain('## วันทำการหรือวันตามปฏิทิน / Working days or calendar days');
    expect(doc).toContain('ป.พ.พ. มาตรา 193/1, 193/3, 193/8');
    const calendar = allProcedures().flatMap((p) =>
      p.steps.filter(
        (s) =>
          (s.deadline.kind === 'after' || s.deadline.kind === 'before') &&
          s.deadline.unit === 'calendar-days',
      ),
    );
    expect(calendar.length).toBeGreaterThan(10);
    for (const s of calendar) expect(doc).toContain(`Counted so by: ${s.unitSource!.replace(/\|/g, '\\|')}`);
  });
});
