// The built bundle: its size, DUEDATE over 100,000 cells in one call, and a cold start (a fresh
// global scope, as Apps Script makes for every execution: evaluate the bundle + first call).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { manuals } from '../../src/core/catalog/catalogue';
import { loadBundle } from '../../src/local/runtime';
import { section } from './report';
import { best, line } from './timing';

const CELLS = 100_000;
const ZONE = 'Asia/Bangkok';

export function benchBundle(root: string): void {
  section('bundle: build/Code.js, its cold start, DUEDATE over 100,000 cells (calendar TH)');
  const code = readFileSync(join(root, 'build/Code.js'));
  const raw = code.length / 1024;
  const gzip = gzipSync(code).length / 1024;
  // The catalogue ships inside Code.js as one JSON string (parsed on first use); the rest is code.
  const catalogue = Buffer.byteLength(JSON.stringify(JSON.stringify(manuals()))) / 1024;
  line('bundle: build/Code.js, all', `${raw.toFixed(1)} KB`);
  line(
    'bundle: …code without the catalogue string',
    `${(raw - catalogue).toFixed(1)} KB`,
    '< 250 KB',
    raw - catalogue < 250,
  );
  line('bundle: …catalogue JSON string (5 manuals, Thai text)', `${catalogue.toFixed(1)} KB`);
  line('bundle: gzip, all', `${gzip.toFixed(1)} KB`);

  const text = code.toString('utf8');
  const cold = best(5, () => {
    const runtime = loadBundle(text, { spreadsheetTimeZone: ZONE, scriptTimeZone: ZONE });
    runtime.callIn({ kind: 'custom-function' }, 'DUEDATE', '22/11/2569', 15);
  });
  line('cold start: fresh context, load + first DUEDATE', `${cold.toFixed(1)} ms`, '< 30 ms', cold < 30);

  // 2,000 distinct receipt dates over three years, as a register would have, in a 100,000 × 1 range.
  const first = Date.UTC(2025, 0, 1, -7);
  const starts = Array.from({ length: CELLS }, (_, i) => [new Date(first + (i % 1100) * 86_400_000)]);
  const counts = Array.from({ length: CELLS }, (_, i) => [1 + (i % 30)]);
  const runtime = loadBundle(text, { spreadsheetTimeZone: ZONE, scriptTimeZone: ZONE, persistGlobals: true });
  const total = best(3, () => {
    const out = runtime.callIn({ kind: 'custom-function' }, 'DUEDATE', starts, counts) as unknown[][];
    if (out.length !== CELLS) throw new Error('DUEDATE returned the wrong shape');
  });
  // The bundle alone: arguments already in the script's realm, the result left there, as in Apps
  // Script, where the copying is Sheets' work and not the script's.
  const context = runtime.context as unknown as { DUEDATE: (...args: unknown[]) => unknown[][] };
  const realmStarts = runtime.toContext(starts);
  const realmCounts = runtime.toContext(counts);
  const alone = best(3, () => {
    runtime.kernel.run({ kind: 'custom-function' }, () => context.DUEDATE(realmStarts, realmCounts));
  });
  const script = join(root, 'tools/bench/bundle-main-context.mjs');
  const main = Number(
    execFileSync(process.execPath, [script, join(root, 'build/Code.js'), String(CELLS)], {
      encoding: 'utf8',
    }),
  );
  line('DUEDATE: 100,000 cells, bundle in a V8 global', `${main.toFixed(0)} ms`, '< 300 ms', main < 300);
  line('DUEDATE: per 1,000 cells, bundle in a V8 global', `${(main / (CELLS / 1000)).toFixed(2)} ms`);
  line('DUEDATE: 100,000 cells, bundle in the vm runtime', `${alone.toFixed(0)} ms`);
  line('DUEDATE: …plus the runtime copying the range in/out', `${total.toFixed(0)} ms`);
  line('ratio: vm runtime / V8 global', `${(alone / main).toFixed(1)}×`);
}
