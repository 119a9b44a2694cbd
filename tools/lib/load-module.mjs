// Loads a TypeScript module of src/ into the build's Node process: bundled by esbuild into a temporary
// ES module, imported, then deleted. The build uses it to read what the code itself declares (the
// catalogue, the sidebar's public functions) instead of parsing source text.
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

let n = 0;

export async function loadModule(entry, cacheDir) {
  await mkdir(cacheDir, { recursive: true });
  const outfile = join(cacheDir, `module-${process.pid}-${Date.now()}-${n++}.mjs`);
  await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile,
    logLevel: 'warning',
  });
  try {
    return await import(pathToFileURL(outfile).href);
  } finally {
    await rm(outfile, { force: true });
  }
}
