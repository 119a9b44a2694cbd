/**
 * What every layer asks of a spreadsheet value or address, answered once: is this a Date (from any
 * realm), which letters name a column, and how text is kept from being read as a formula.
 */

/**
 * A Date from any realm: Apps Script's bridge and the offline runtime's vm context hand over Dates whose
 * constructor is not this one, so `instanceof Date` is false for them; their internal tag still says Date.
 */
export function isDateValue(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** The letters of a 1-based column as the sheet shows them: 1 → A, 26 → Z, 27 → AA (below 1 → A). */
export function columnLetters(n1Based: number): string {
  let n = Math.max(1, Math.floor(n1Based));
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** The 1-based column that letters name, either case: "A" → 1, "aa" → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/**
 * Text as a cell must receive it to stay text: Sheets reads a string that starts with =, +, - or @ as a
 * formula, so such text goes in behind an apostrophe (which the sheet shows nowhere).
 */
export function escapeFormula(text: string): string {
  return /^[=+\-@]/.test(text) ? `'${text}` : text;
}

/** The text `escapeFormula` wrote, read back from a cell without its apostrophe. */
export function unescapeFormula(text: string): string {
  return /^'[=+\-@]/.test(text) ? text.slice(1) : text;
}
