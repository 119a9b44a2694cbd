// DESIGN.md §3: a pure core, adapters that take services as parameters, src/local never bundled.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Every module a file names: `import … from`, `export … from`, `import '…'` and `import('…')`. */
function importsOf(source: string): string[] {
  return [
    ...source.matchAll(/^\s*(?:import|export)[^'"]*from\s*['"]([^'"]+)['"]/gm),
    ...source.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm),
    ...source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1]!);
}

/** The `import type … from` specifiers: erased by the compiler, so they put no code in a bundle. */
function typeImportsOf(source: string): Set<string> {
  return new Set(
    [...source.matchAll(/^\s*(?:import|export)\s+type\s[^'"]*from\s*['"]([^'"]+)['"]/gm)].map((m) => m[1]!),
  );
}

/** The top folder under the repository a relative specifier lands in ("src/core", "test"…), or the package. */
function layerOf(file: string, spec: string): string {
  if (!spec.startsWith('.')) return spec;
  const parts = relative(root, join(file, '..', spec)).split('/');
  return parts[0] === 'src' && parts.length > 2 ? `src/${parts[1]}` : parts[0]!;
}

const withoutComments = (source: string) => source.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');

const GAS_GLOBALS =
  /\b(SpreadsheetApp|MailApp|ScriptApp|PropertiesService|LockService|HtmlService|CacheService|Utilities|Session|Logger|UrlFetchApp|DriveApp)\s*\./;
const NOT_IN_V8 =
  /\b(setTimeout|setInterval|TextEncoder|TextDecoder|new URL\b|URLSearchParams|fetch\(|Intl\.|process\.|require\()/;

describe('architecture', () => {
  const core = filesUnder(join(root, 'src/core'));
  const gas = filesUnder(join(root, 'src/gas'));
  const ui = filesUnder(join(root, 'src/ui'));
  const local = filesUnder(join(root, 'src/local'));

  it('src/core imports only src/core (and zod/mini), names no Apps Script service, uses no API V8 lacks', () => {
    expect(core.length).toBeGreaterThan(10);
    for (const file of core) {
      const source = readFileSync(file, 'utf8');
      for (const spec of importsOf(source)) {
        const ok =
          spec === 'zod/mini' ||
          (spec.startsWith('.') &&
            relative(join(root, 'src/core'), join(file, '..', spec)).split('/')[0] !== '..');
        expect(ok, `${relative(root, file)} imports ${spec}`).toBe(true);
      }
      // Not even in a comment: a core comment that names a service invites the call into the core.
      expect(GAS_GLOBALS.exec(source)?.[0], relative(root, file)).toBeUndefined();
      expect(NOT_IN_V8.exec(withoutComments(source))?.[0], relative(root, file)).toBeUndefined();
    }
  });

  it('src/gas imports only src/core and src/gas, and reads no service global', () => {
    for (const file of gas) {
      const source = readFileSync(file, 'utf8');
      for (const spec of importsOf(source)) {
        const target = relative(join(root, 'src'), join(file, '..', spec)).split('/')[0];
        expect(['core', 'gas'], `${relative(root, file)} imports ${spec}`).toContain(target);
      }
      const code = withoutComments(source).replace(/GoogleAppsScript\.[\w.]+/g, '');
      expect(GAS_GLOBALS.exec(code)?.[0], relative(root, file)).toBeUndefined();
    }
  });

  it('src/ui imports only src/ui and src/core, and the server contract only as types', () => {
    expect(ui.length).toBeGreaterThan(10);
    for (const file of ui) {
      const source = readFileSync(file, 'utf8');
      const typeOnly = typeImportsOf(source);
      for (const spec of importsOf(source)) {
        const layer = layerOf(file, spec);
        // The page and the server share one contract (public.ts): its types, never its code.
        const ok =
          layer === 'src/ui' ||
          layer === 'src/core' ||
          (typeOnly.has(spec) && spec.endsWith('/gas/sidebar-api/public'));
        expect(ok, `${relative(root, file)} imports ${spec}`).toBe(true);
      }
      // The page runs in the browser: google.script.run is its only way to the server.
      expect(GAS_GLOBALS.exec(withoutComments(source))?.[0], relative(root, file)).toBeUndefined();
    }
  });

  it('the sidebar page bundle holds only src/ui and src/core: no Node, no package, no adapter', async () => {
    const result = await esbuild.build({
      entryPoints: [join(root, 'src/ui/sidebar.ts')],
      bundle: true,
      write: false,
      metafile: true,
      format: 'iife',
      platform: 'browser',
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((p) => p.startsWith('src/ui/'))).toBe(true);
    expect(inputs.filter((p) => !p.startsWith('src/ui/') && !p.startsWith('src/core/'))).toEqual([]);
  });

  it('src/local imports src/core, src/gas, src/local, Node built-ins and its packages, never src/ui', () => {
    expect(local.length).toBeGreaterThan(10);
    const packages = new Set(['exceljs', 'jszip']);
    for (const file of local) {
      for (const spec of importsOf(readFileSync(file, 'utf8'))) {
        const layer = layerOf(file, spec);
        const ok =
          ['src/core', 'src/gas', 'src/local'].includes(layer) ||
          spec.startsWith('node:') ||
          packages.has(spec);
        expect(ok, `${relative(root, file)} imports ${spec}`).toBe(true);
      }
    }
  });

  it('nothing in src imports test/ or tools/, and every import stays inside the repository', () => {
    for (const file of filesUnder(join(root, 'src'))) {
      for (const spec of importsOf(readFileSync(file, 'utf8'))) {
        if (!spec.startsWith('.')) continue;
        const layer = layerOf(file, spec);
        expect(layer === 'src' || layer.startsWith('src/'), `${relative(root, file)} imports ${spec}`).toBe(
          true,
        );
      }
    }
  });

  it('the Apps Script bundle contains nothing from src/local', async () => {
    const result = await esbuild.build({
      entryPoints: [join(root, 'src/main.ts')],
      bundle: true,
      write: false,
      metafile: true,
      format: 'iife',
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((p) => p.startsWith('src/core/'))).toBe(true);
    expect(inputs.filter((p) => p.startsWith('src/local/'))).toEqual([]);
  });
});
