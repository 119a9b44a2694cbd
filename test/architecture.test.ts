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

function importsOf(source: string): string[] {
  return [...source.matchAll(/^\s*(?:import|export)[^'"]*from\s*['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
}

const GAS_GLOBALS =
  /\b(SpreadsheetApp|MailApp|ScriptApp|PropertiesService|LockService|HtmlService|CacheService|Utilities|Session|Logger|UrlFetchApp|DriveApp)\s*\./;
const NOT_IN_V8 =
  /\b(setTimeout|setInterval|TextEncoder|TextDecoder|new URL\b|URLSearchParams|fetch\(|Intl\.|process\.|require\()/;

describe('architecture', () => {
  const core = filesUnder(join(root, 'src/core'));
  const gas = filesUnder(join(root, 'src/gas'));

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
      const code = source.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(GAS_GLOBALS.exec(code)?.[0], relative(root, file)).toBeUndefined();
      expect(NOT_IN_V8.exec(code)?.[0], relative(root, file)).toBeUndefined();
    }
  });

  it('src/gas imports only src/core and src/gas, and reads no service global', () => {
    for (const file of gas) {
      const source = readFileSync(file, 'utf8');
      for (const spec of importsOf(source)) {
        const target = relative(join(root, 'src'), join(file, '..', spec)).split('/')[0];
        expect(['core', 'gas'], `${relative(root, file)} imports ${spec}`).toContain(target);
      }
      const code = source.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '').replace(/GoogleAppsScript\.[\w.]+/g, '');
      expect(GAS_GLOBALS.exec(code)?.[0], relative(root, file)).toBeUndefined();
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
