// Top-level function declarations for the exports of the entry module. Apps Script only sees (and
// Sheets only autocompletes) plain `function NAME()` declarations at the top level, with their JSDoc.
import ts from 'typescript';

/**
 * Exported functions of the entry module's source, with their JSDoc and parameter names, read by the
 * TypeScript compiler's parser (so a comment, a string or a default value can never be mistaken for one).
 */
export function exportedFunctions(source) {
  const file = ts.createSourceFile('main.ts', source, ts.ScriptTarget.ES2020, true, ts.ScriptKind.TS);
  const found = [];
  for (const node of file.statements) {
    if (!ts.isFunctionDeclaration(node) || !node.name) continue;
    if (!node.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
    const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
    const jsdoc =
      docs.length > 0 ? source.slice(docs[docs.length - 1].pos, docs[docs.length - 1].end).trim() : '';
    found.push({ name: node.name.text, params: node.parameters.map((p) => p.name.getText(file)), jsdoc });
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
