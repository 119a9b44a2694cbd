// Builds the Apps Script project into build/: Code.js (one IIFE bundle plus a top-level function per
// export of src/main.ts, with its JSDoc), Sidebar.html (script and style inlined), appsscript.json.
// Fails when the output holds anything Apps Script V8 cannot run.
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { checkAppsScriptCode } from './lib/check-bundle.mjs';
import { checkSidebarCalls } from './lib/check-sidebar.mjs';
import { exportedFunctions, sidebarStubs, stubsFor } from './lib/entry-stubs.mjs';
import { loadModule } from './lib/load-module.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'build');
const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
const cache = join(root, 'node_modules/.cache/kamnot');
/** The sidebar's public functions, from the table that declares them (src/gas/sidebar-api/inputs.ts). */
const api = (await loadModule(join(root, 'src/gas/sidebar-api/public.ts'), cache)).SIDEBAR_API;

// ES2020 is what Apps Script V8 runs; class fields are lowered so no `#private`/`static` field survives.
const common = {
  bundle: true,
  format: 'iife',
  target: 'es2020',
  supported: {
    'class-field': false,
    'class-private-field': false,
    'class-static-field': false,
    'class-private-method': false,
  },
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  charset: 'utf8',
  write: false,
  logLevel: 'warning',
  define: { KAMNOT_VERSION: JSON.stringify(pkg.version) },
};

/**
 * The catalogue (hundreds of procedures' Thai text) would otherwise be an object literal that every
 * execution, including each custom-function call, evaluates at load. As a JSON string parsed on first
 * use, a formula call pays only for scanning the string.
 */
const lazyCatalogue = {
  name: 'lazy-catalogue',
  setup(build) {
    build.onLoad({ filter: /src[\\/]core[\\/]catalog[\\/]manuals\.ts$/ }, async (args) => {
      const { loadManuals } = await loadModule(args.path, cache);
      const json = JSON.stringify(loadManuals());
      return {
        loader: 'js',
        contents: `let manuals = null;\nexport function loadManuals() { return manuals || (manuals = JSON.parse(${JSON.stringify(json)})); }\n`,
      };
    });
  },
};

async function buildCode() {
  const entry = join(root, 'src/main.ts');
  const result = await esbuild.build({
    ...common,
    entryPoints: [entry],
    globalName: 'Kamnot',
    // Local names only (exports and the global stubs keep theirs): a smaller bundle to load on every
    // execution, custom-function calls included (sizes in the README's benchmarks). The
    // page keeps its names, since the sidebar check reads its typed call("NAME") wrapper.
    minifyIdentifiers: true,
    plugins: [lazyCatalogue],
  });
  const functions = exportedFunctions(await readFile(entry, 'utf8'));
  // KAMNOT_LOADED_AT: the first statement Apps Script runs, so the installation check can time loading.
  const header = `// Kamnot ${pkg.version}: built by tools/build.mjs from src/. Do not edit.\nvar KAMNOT_LOADED_AT = Date.now();\n`;
  return (
    header + stubsFor(functions, 'Kamnot') + sidebarStubs(api, 'Kamnot.SIDEBAR') + result.outputFiles[0].text
  );
}

async function buildSidebar() {
  const js = await esbuild.build({ ...common, entryPoints: [join(root, 'src/ui/sidebar.ts')] });
  const css = await esbuild.build({
    ...common,
    entryPoints: [join(root, 'src/ui/sidebar.css')],
    loader: { '.css': 'css' },
  });
  const page = await readFile(join(root, 'src/ui/sidebar.html'), 'utf8');
  // A literal "</script" inside the script would close the tag early.
  const script = js.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
  return page.replace('/*INLINE_CSS*/', () => css.outputFiles[0].text).replace('/*INLINE_JS*/', () => script);
}

const code = await buildCode();
const problems = checkAppsScriptCode(code);
if (problems.length > 0) {
  console.error(`build/Code.js would not run on Apps Script V8:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
const sidebar = await buildSidebar();
const mainSource = await readFile(join(root, 'src/main.ts'), 'utf8');
const exported = new Set(exportedFunctions(mainSource).map((f) => f.name));
const sidebarProblems = [
  ...checkSidebarCalls(sidebar, api),
  ...(/export const SIDEBAR\b/.test(mainSource) ? [] : ['src/main.ts does not export SIDEBAR']),
  ...api
    .filter((n) => exported.has(n))
    .map((n) => `${n} is both a SIDEBAR_API name and an export of src/main.ts: one global per name`),
];
if (sidebarProblems.length > 0) {
  console.error(`build/Sidebar.html:\n- ${sidebarProblems.join('\n- ')}`);
  process.exit(1);
}
await mkdir(out, { recursive: true });
await writeFile(join(out, 'Code.js'), code);
await writeFile(join(out, 'Sidebar.html'), sidebar);
await copyFile(join(root, 'appsscript.json'), join(out, 'appsscript.json'));
console.log(
  `built build/Code.js (${(code.length / 1024).toFixed(0)} KB chars), build/Sidebar.html, build/appsscript.json`,
);
