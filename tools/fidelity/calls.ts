/**
 * Every Apps Script method Kamnot calls, found by the TypeScript compiler: each call in `src/gas` and
 * `src/main.ts` whose resolved declaration lives in @types/google-apps-script, named `Class.method`
 * (the interface that declares it: `Range.setValues`, `SpreadsheetApp.getUi`), with its call sites.
 * Nothing here is kept by hand: a new call is in the list the moment it is written.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface CallSite {
  readonly file: string;
  readonly line: number;
}

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...tsFiles(path));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

const GAS_TYPES = /[\\/]@types[\\/]google-apps-script[\\/]/;
/** Methods Google documents that @types lacks, declared by Kamnot: calls to them count the same. */
const EXTRA_TYPES = 'src/gas/types/apps-script-extra.d.ts';

/** `Range` for a member of `GoogleAppsScript.Spreadsheet.Range`. */
function ownerName(decl: ts.Declaration): string | undefined {
  const parent = decl.parent;
  if (parent && (ts.isInterfaceDeclaration(parent) || ts.isClassDeclaration(parent)) && parent.name)
    return parent.name.text;
  return undefined;
}

/** The Apps Script methods called from the code that runs in Apps Script, with where. */
export function appsScriptCalls(root: string): Map<string, CallSite[]> {
  const files = [...tsFiles(join(root, 'src/gas')), join(root, 'src/main.ts')];
  const extra = join(root, EXTRA_TYPES);
  const program = ts.createProgram([...files, extra], {
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2020.d.ts'],
    types: ['google-apps-script'],
    typeRoots: [join(root, 'node_modules/@types')],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    resolveJsonModule: true,
  });
  const checker = program.getTypeChecker();
  const calls = new Map<string, CallSite[]>();
  const record = (name: string, source: ts.SourceFile, node: ts.Node) => {
    const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    const sites = calls.get(name) ?? [];
    sites.push({ file: relative(root, source.fileName), line });
    calls.set(name, sites);
  };
  for (const source of program.getSourceFiles()) {
    if (!files.includes(source.fileName)) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
        const decl = checker.getResolvedSignature(node)?.getDeclaration();
        const from = decl?.getSourceFile().fileName;
        if (decl && from && (GAS_TYPES.test(from) || from === extra)) {
          const owner = ownerName(decl);
          if (owner) record(`${owner}.${node.expression.name.text}`, source, node.expression.name);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return new Map([...calls].sort(([a], [b]) => a.localeCompare(b)));
}
