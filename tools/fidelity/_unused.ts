import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
const root = '/work/wt/i11';
function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...tsFiles(path));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}
const files = [...tsFiles(join(root, 'src')), ...tsFiles(join(root, 'test')), ...tsFiles(join(root, 'tools'))].filter(f => !f.includes('/src/ui/'));
const program = ts.createProgram(files, { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'], types: ['google-apps-script', 'node'], typeRoots: [join(root, 'node_modules/@types')], strict: true, noEmit: true, skipLibCheck: true });
const checker = program.getTypeChecker();
const used = new Set<string>();
const GAS = /@types[\\/]google-apps-script/;
const RT = /src[\\/]local[\\/]runtime[\\/]/;
const owner = (d: ts.Declaration) => { const p = d.parent; return p && (ts.isClassDeclaration(p) || ts.isInterfaceDeclaration(p)) && p.name ? p.name.text : undefined; };
for (const sf of program.getSourceFiles()) {
  if (!files.includes(sf.fileName)) continue;
  const visit = (n: ts.Node) => {
    if (ts.isPropertyAccessExpression(n)) {
      const sym = checker.getSymbolAtLocation(n.name);
      for (const d of sym?.declarations ?? []) {
        const o = owner(d);
        if (!o) continue;
        const f = d.getSourceFile().fileName;
        if (GAS.test(f)) used.add(`${o}.${n.name.text}`);
        if (RT.test(f) && !(RT.test(sf.fileName) && o === owner(d))) used.add(`${o.replace(/Impl$/, '')}.${n.name.text}`);
      }
      // also via apparent type for unions/proxies
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
}
// implemented: public methods of *Impl classes + base classes in runtime
const impl = new Map<string, Set<string>>();
for (const sf of program.getSourceFiles()) {
  if (!RT.test(sf.fileName)) continue;
  sf.forEachChild((n) => {
    if (ts.isClassDeclaration(n) && n.name) {
      const cls = n.name.text.replace(/Impl$/, '').replace(/^(Range|Sheet)(Base|Values|Formats|NotesAndValidation|Attached|Ranges|Structure)$/, '$1');
      const set = impl.get(cls) ?? new Set();
      for (const m of n.members) if ((ts.isMethodDeclaration(m)) && m.name && ts.isIdentifier(m.name) && !m.name.text.startsWith('_') && !(ts.getCombinedModifierFlags(m) & ts.ModifierFlags.Private) ) set.add(m.name.text);
      impl.set(cls, set);
    }
  });
}
for (const [cls, ms] of impl) {
  const unused = [...ms].filter((m) => !used.has(`${cls}.${m}`));
  if (unused.length) console.log(cls, ':', unused.join(' '));
}
