/**
 * Tab names Excel accepts. Sheets allows 100 characters and Kamnot names a register after its
 * procedure (often longer than 31); Excel allows 31, none of  [ ] : * ? / \  and no leading or
 * trailing apostrophe. Names are cut on a character boundary (a Thai vowel or tone mark stays with
 * its consonant) and kept unique. The original names go into the `_kamnot` sheet.
 */

const EXCEL_NAME_MAX = 31;

const MARK = /\p{M}/u;

/** `text` cut to at most `max` UTF-16 units without separating a mark from its base. */
export function cutName(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max;
  while (cut > 0 && MARK.test(text[cut] ?? '')) cut--;
  return text.slice(0, cut).trimEnd();
}

function clean(name: string): string {
  const base = name
    .replace(/[[\]:*?/\\]/g, ' ')
    .replace(/^'+|'+$/g, '')
    .trim();
  // "History" is reserved by Excel.
  return base === '' || /^history$/i.test(base) ? `${base || 'Sheet'} 1`.trim() : base;
}

/** One Excel name per sheet name, in order, unique case-insensitively as Excel requires. */
export function excelSheetNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const base = clean(name);
    let candidate = cutName(base, EXCEL_NAME_MAX);
    for (let i = 2; taken.has(candidate.toLowerCase()); i++) {
      const suffix = ` (${i})`;
      candidate = `${cutName(base, EXCEL_NAME_MAX - suffix.length)}${suffix}`;
    }
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}
