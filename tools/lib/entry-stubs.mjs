// Top-level function declarations for the exports of the entry module. Apps Script only sees (and
// Sheets only autocompletes) plain `function NAME()` declarations at the top level, with their JSDoc.

/** Exported functions of the entry module's source, with their JSDoc and parameter names. */
export function exportedFunctions(source) {
  const found = [];
  const pattern = /(\/\*\*(?:(?!\*\/)[\s\S])*\*\/\s*)?export function ([A-Za-z_$][\w$]*)\s*\(([^)]*)\)/g;
  for (const match of source.matchAll(pattern)) {
    const params = match[3]
      .split(',')
      .map((p) => p.trim().split(/[?:=\s]/)[0])
      .filter(Boolean);
    found.push({ name: match[2], params, jsdoc: (match[1] ?? '').trim() });
  }
  return found;
}

export function stubsFor(functions, globalName) {
  return functions
    .map(({ name, params, jsdoc }) => {
      const list = params.join(', ');
      return `${jsdoc ? `${jsdoc}\n` : ''}function ${name}(${list}) {\n  return ${globalName}.${name}(${list});\n}\n`;
    })
    .join('\n');
}

/** One global per public sidebar function, calling into the entry's typed SIDEBAR object. */
export function sidebarStubs(names, objectPath) {
  return names
    .map(
      (name) =>
        `/** Sidebar server function (src/gas/sidebar-api/public.ts). */\nfunction ${name}() {\n  return ${objectPath}.${name}.apply(null, arguments);\n}\n`,
    )
    .join('\n');
}
