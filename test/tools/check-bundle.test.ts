import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs tool without type declarations
import { blankLiterals, checkAppsScriptCode } from '../../tools/lib/check-bundle.mjs';
// @ts-expect-error: a plain .mjs tool without type declarations
import { exportedFunctions, stubsFor } from '../../tools/lib/entry-stubs.mjs';

describe('the Apps Script compatibility check of build/Code.js', () => {
  it.each([
    ['import { a } from "b";', /import/],
    ['import*as b from"b";', /import/],
    ['const m = import("x");', /import/],
    ['export const a = 1;', /export/],
    ['var fs = require("fs");', /require/],
    ['if (process.env.X) {}', /process/],
    ['class A { #secret = 1; }', /private/],
    ['class A { static count = 0; }', /static/],
    ['setTimeout(f, 10);', /lacks/],
    ['const u = new URL(x);', /URL/],
    ['const e = new TextEncoder();', /lacks/],
    ['fetch("x");', /fetch/],
  ])('rejects %s', (code, what) => {
    const problems: string[] = checkAppsScriptCode(code);
    expect(problems.join('\n')).toMatch(what);
  });

  it('ignores the same words inside strings, comments and regular expressions', () => {
    const code = [
      'var a = "import x from y; require( process. #gid=1 fetch(";',
      "var b = 'setTimeout(';",
      '// new URL(x)',
      'var c = /#REF!|import /g;',
      'var d = UrlFetchApp.fetch(u); var e = x / y / z;',
      'function importProcedure(t) { return t; } var imports = importProcedure(1);',
      // Minified: a regex right after `return`, holding a quote, then a string that says "import it".
      `function f(t){return/^https:[^\\s"'<>]+$/i.test(t)?t:null} var g = \`update Kamnot to import it\`;`,
      // Minified code puts a regular expression right after a keyword.
      'function f(e){return/"/.test(e)?"import x":typeof/\'/}',
    ].join('\n');
    expect(checkAppsScriptCode(code)).toEqual([]);
    expect(blankLiterals('"abc"').length).toBe(5);
  });

  it('reads a regular expression after return (minified code has no space) without losing its place', () => {
    // The backtick inside the regex must not open a template that swallows the code after it.
    const code = 'function f(t){return/^https:[^`]+$/i.test(t)}var a=`x`;import("y");';
    expect(checkAppsScriptCode(code).join('\n')).toMatch(/import/);
    expect(blankLiterals('return/a`b/.test(x);var q=1').endsWith('var q=1')).toBe(true);
  });
});

describe('top-level stubs for the entry module', () => {
  it('keeps JSDoc and parameter names, drops types and defaults', () => {
    const source =
      '/**\n * Doc.\n * @customfunction\n */\nexport function DUEDATE(start: unknown, days?: number, unit = "x") {}\nexport function onOpen() {}\n' +
      '// export function commented(a) {}\nconst s = "export function inString(b) {}";\nfunction local(c = ")") {}\n' +
      'export function withDefault(e: { a: string } = { a: ")" }) {}';
    const fns = exportedFunctions(source);
    expect(fns.map((f: { name: string }) => f.name)).toEqual(['DUEDATE', 'onOpen', 'withDefault']);
    expect(fns[2].params).toEqual(['e']);
    expect(stubsFor(fns, 'K')).toContain(
      '@customfunction\n */\nfunction DUEDATE(start, days, unit) {\n  return K.DUEDATE(start, days, unit);\n}',
    );
  });
});
