// The sidebar may call only the public server functions (the table in src/gas/sidebar-api/inputs.ts).
// These find every server call in build/Sidebar.html: `google.script.run.X(` after any
// with…Handler/withUserObject chain, and the typed wrapper's `call("X"`.

const WITH = new Set(['withSuccessHandler', 'withFailureHandler', 'withUserObject']);

/** Server function names the page calls. */
export function calledNames(html) {
  const names = new Set();
  for (const m of html.matchAll(/google\s*\.\s*script\s*\.\s*run\b/g)) {
    let rest = html.slice(m.index + m[0].length);
    for (;;) {
      const step = /^\s*\.\s*([A-Za-z_$][\w$]*)\s*\(/.exec(rest);
      if (!step) break;
      if (!WITH.has(step[1])) {
        names.add(step[1]);
        break;
      }
      // Skip the handler's balanced parentheses.
      let depth = 0;
      let i = step[0].length - 1;
      for (; i < rest.length; i++) {
        if (rest[i] === '(') depth++;
        else if (rest[i] === ')' && --depth === 0) break;
      }
      rest = rest.slice(i + 1);
    }
  }
  for (const m of html.matchAll(/\bcall\(\s*["'`]([A-Za-z_$][\w$]*)["'`]/g)) names.add(m[1]);
  return [...names];
}

/** Problems: each name the page calls that is not public. */
export function checkSidebarCalls(html, allowed) {
  const ok = new Set(allowed);
  return calledNames(html)
    .filter((n) => !ok.has(n))
    .map((n) => `the sidebar calls ${n}, which is not in SIDEBAR_API (src/gas/sidebar-api/public.ts)`);
}
