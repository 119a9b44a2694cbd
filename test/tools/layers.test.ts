// Each layer compiles against what its platform has (one tsconfig per layer, `npm run typecheck` is
// `tsc -b`): the code that runs in Apps Script gets ES2020 built-ins only, since Google documents no
// ECMAScript version for its V8 and esbuild lowers syntax but never adds a missing built-in.
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');

function layerOptions(dir: string): ts.CompilerOptions {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    join(root, dir, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!parsed) throw new Error(`no tsconfig in ${dir}`);
  return {
    ...parsed.options,
    composite: false,
    declaration: false,
    emitDeclarationOnly: false,
    noEmit: true,
  };
}

/** Library and @types files parsed once for every probe. */
const parsed = new Map<string, ts.SourceFile | undefined>();

/** The diagnostics of `source` compiled as one file of the layer in `dir`. */
function errorsIn(dir: string, source: string): string[] {
  const options = layerOptions(dir);
  const file = join(root, dir, '__probe__.ts');
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version, ...rest) => {
    if (name === file) return ts.createSourceFile(name, source, version);
    if (!parsed.has(name)) parsed.set(name, read(name, version, ...rest));
    return parsed.get(name);
  };
  const program = ts.createProgram([file], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file?.fileName === file)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '));
}

describe('layers', () => {
  it('src/gas (and src/main.ts) refuse built-ins newer than ES2020', () => {
    const probes = [
      'export const a = [1].at(-1);',
      "export const b = Object.hasOwn({}, 'x');",
      'export const c = structuredClone({});',
      'export const d = [1].findLast((x) => x > 0);',
      "export const e = 'a'.replaceAll('a', 'b');",
    ];
    for (const probe of probes) expect(errorsIn('src/gas', probe), probe).not.toEqual([]);
    expect(errorsIn('src/gas', 'export const ok = [1].flatMap((x) => [x]);')).toEqual([]);
    expect(errorsIn('src/gas', 'export const s = SpreadsheetApp.getActive();')).toEqual([]);
  });

  it('src/core sees no DOM, Node or Apps Script names', () => {
    for (const probe of [
      'export const w = window;',
      'export const p = process.env;',
      'export const s = SpreadsheetApp;',
      'export const a = [1].at(0);',
    ])
      expect(errorsIn('src/core', probe), probe).not.toEqual([]);
  });

  it('src/ui has the DOM; src/local and tools have Node', () => {
    expect(errorsIn('src/ui', 'export const d = document.body;')).toEqual([]);
    expect(
      errorsIn('src/local', "import { readFileSync } from 'node:fs'; export const r = readFileSync;"),
    ).toEqual([]);
    expect(errorsIn('tools', 'export const p = process.argv;')).toEqual([]);
  });
});
