// Runs a TypeScript entry (the CLI, benchmarks, generators) on Node without a separate TS runner:
// esbuild bundles it to node_modules/.cache/kamnot/ and we import the result. Arguments pass through.
import { rmSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [entry, ...rest] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node tools/run.mjs <file.ts> [args…]');
  process.exit(2);
}
const cache = join(root, 'node_modules/.cache/kamnot');
await mkdir(cache, { recursive: true });
// One file per entry path and process: two entries named main.ts, or two runs at once, never
// import each other's half-written bundle. Removed when the process ends.
const name = relative(root, resolve(root, entry)).replace(/[\\/]/g, '_').replace(/\.ts$/, '');
const outfile = join(cache, `${name}.${process.pid}.mjs`);
process.on('exit', () => rmSync(outfile, { force: true }));
await esbuild.build({
  entryPoints: [resolve(root, entry)],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'inline',
  logLevel: 'warning',
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
});
process.argv = [process.argv[0], outfile, ...rest];
await import(pathToFileURL(outfile).href);
