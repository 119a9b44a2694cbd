// What Apps Script V8 cannot run. Checked on the code with strings, comments and regular expressions
// blanked out, so a Thai message that mentions "fetch" or a "#gid=" link is not a false alarm.

const FORBIDDEN = [
  [/(^|[^.\w$])import(?![\w$])\s*(?:[\w$*{"']|\()/, 'an import statement or import()'],
  [/(^|[^.\w$])export\s*(?:[{*]|default\b|const\b|let\b|var\b|function\b|class\b)/, 'an export statement'],
  [/(^|[^.\w$])require\s*\(/, 'require('],
  [/(^|[^.\w$])process\s*\./, 'process.'],
  [/(^|[^.\w$])#[A-Za-z_$][\w$]*/, 'a private class member (#name)'],
  [/[{;}]\s*static\s+[\w$#[]+\s*(?:=|;|\})/, 'a static class field'],
  [
    /(^|[^.\w$])(setTimeout|setInterval|setImmediate|queueMicrotask|TextEncoder|TextDecoder|structuredClone)\b/,
    'an API Apps Script V8 lacks',
  ],
  [/(^|[^.\w$])fetch\s*\(/, 'fetch() (use UrlFetchApp)'],
  [/(^|[^.\w$])URL(?:SearchParams)?\s*[.(]|new\s+URL\b/, 'URL (Apps Script V8 has no URL class)'],
];

export function checkAppsScriptCode(code) {
  const stripped = blankLiterals(code);
  const problems = [];
  for (const [pattern, what] of FORBIDDEN) {
    const match = pattern.exec(stripped);
    if (match)
      problems.push(
        `${what}: …${stripped.slice(Math.max(0, match.index - 30), match.index + 40).replace(/\s+/g, ' ')}…`,
      );
  }
  return problems;
}

/** Replaces the insides of strings, template literals, comments and regex literals with spaces. */
export function blankLiterals(code) {
  let out = '';
  let i = 0;
  let last = ''; // last significant character, to tell a regex from a division
  while (i < code.length) {
    const c = code[i];
    const next = code[i + 1];
    if (c === '/' && next === '/') {
      const end = code.indexOf('\n', i);
      i = end === -1 ? code.length : end;
      continue;
    }
    if (c === '/' && next === '*') {
      const end = code.indexOf('*/', i + 2);
      i = end === -1 ? code.length : end + 2;
      out += ' ';
      continue;
    }
    if (
      c === '"' ||
      c === "'" ||
      c === '`' ||
      (c === '/' && (last === '' || '(,=:[!&|?{};+-*%<>~^'.includes(last) || afterKeyword(out)))
    ) {
      const end = skipLiteral(code, i, c);
      out += c + ' '.repeat(Math.max(0, end - i - 2)) + c;
      i = end;
      last = c;
      continue;
    }
    out += c;
    if (!/\s/.test(c)) last = c;
    i++;
  }
  return out;
}

// After these words a slash starts a regular expression (`return/^a/.test(x)` in minified code),
// never a division.
const REGEX_AFTER =
  /(?:^|[^\w$.])(?:return|typeof|instanceof|in|of|new|delete|void|throw|case|do|else|yield|await)\s*$/;

function afterKeyword(out) {
  return REGEX_AFTER.test(out.slice(-16));
}

function skipLiteral(code, start, quote) {
  let i = start + 1;
  let inClass = false;
  while (i < code.length) {
    const c = code[i];
    if (c === '\\') {
      i += 2;
      continue;
    }
    if (quote === '/') {
      if (c === '[') inClass = true;
      else if (c === ']') inClass = false;
      else if (c === '/' && !inClass) {
        i++;
        while (/[a-z]/i.test(code[i] ?? '')) i++;
        return i;
      }
    } else if (c === quote) {
      return i + 1;
    } else if (quote === '`' && c === '$' && code[i + 1] === '{') {
      // Template expressions are rare in the bundle; treat the rest up to the closing backtick as text.
    }
    i++;
  }
  return i;
}
