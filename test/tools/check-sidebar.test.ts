import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SIDEBAR_INPUTS } from '../../src/gas/sidebar-api/inputs';
import { SIDEBAR_API } from '../../src/gas/sidebar-api/public';
// @ts-expect-error: a plain .mjs tool without type declarations
import { calledNames, checkSidebarCalls } from '../../tools/lib/check-sidebar.mjs';

const root = join(__dirname, '../..');

describe('the build check of the server functions the sidebar calls', () => {
  it('makes one global per name of the table in inputs.ts, and no other sidebar global', () => {
    const code = readFileSync(join(root, 'build/Code.js'), 'utf8');
    const stubs = [...code.matchAll(/\nfunction (\w+)\(\) \{\n {2}return Kamnot\.SIDEBAR\.(\w+)\.apply/g)];
    expect(stubs.map((m) => m[1])).toEqual([...SIDEBAR_API]);
    expect(stubs.every((m) => m[1] === m[2])).toBe(true);
    expect(SIDEBAR_API).toEqual(Object.keys(SIDEBAR_INPUTS));
  });

  it('fails a page that calls a function that is not public, however the call is written', () => {
    const pages = [
      '<script>google.script.run.runNow()</script>',
      '<script>google.script.run.withSuccessHandler(function(x){show(x)}).withFailureHandler(e=>fail(e)).installHourly()</script>',
      '<script>google.script.run\n  .withUserObject({a:(1)})\n  .onEdit({})</script>',
      '<script>call("runHourly")</script>',
      "<script>await call('createRegisterTab', id)</script>",
    ];
    for (const page of pages) {
      const problems: string[] = checkSidebarCalls(page, SIDEBAR_API);
      expect(problems, page).toHaveLength(1);
      expect(problems[0]).toMatch(/not in SIDEBAR_API/);
    }
  });

  it('passes public calls and the built page', () => {
    expect(
      checkSidebarCalls(
        'google.script.run.withSuccessHandler(f).getHome(); call("saveSettings", v)',
        SIDEBAR_API,
      ),
    ).toEqual([]);
    const built = readFileSync(join(root, 'build/Sidebar.html'), 'utf8');
    expect(checkSidebarCalls(built, SIDEBAR_API)).toEqual([]);
    expect(new Set(calledNames(built))).toEqual(new Set(SIDEBAR_API));
  });
});
