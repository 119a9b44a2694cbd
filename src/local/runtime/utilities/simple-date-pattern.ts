/**
 * The SimpleDateFormat pattern language, shared by formatting (simple-date-format.ts) and parsing
 * (simple-date-parse.ts): letters G y Y M L w W D d F E u a H k K h m s S z Z X, runs of one letter
 * as one field, quoted text with '' for a quote.
 *
 * Source: Java SE SimpleDateFormat (the error texts are Java's).
 */
export type Token =
  | { readonly kind: 'field'; readonly letter: string; readonly count: number }
  | { readonly kind: 'text'; readonly text: string };

const LETTERS = 'GyYMLwWDdFEuaHkKhmsSzZX';

/** Raised for a bad pattern or an unparseable string; the service turns it into an Exception. */
export class DateFormatError extends Error {}

export function tokenize(pattern: string): Token[] {
  const out: Token[] = [];
  const pushText = (t: string) => {
    const last = out[out.length - 1];
    if (last && last.kind === 'text') out[out.length - 1] = { kind: 'text', text: last.text + t };
    else out.push({ kind: 'text', text: t });
  };
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i] as string;
    if (c === "'") {
      if (pattern[i + 1] === "'") {
        pushText("'");
        i += 2;
        continue;
      }
      let j = i + 1;
      let text = '';
      for (;;) {
        if (j >= pattern.length) throw new DateFormatError('Unterminated quote');
        if (pattern[j] === "'") {
          if (pattern[j + 1] === "'") {
            text += "'";
            j += 2;
            continue;
          }
          break;
        }
        text += pattern[j];
        j++;
      }
      pushText(text);
      i = j + 1;
      continue;
    }
    if (/[A-Za-z]/.test(c)) {
      if (!LETTERS.includes(c)) throw new DateFormatError(`Illegal pattern character '${c}'`);
      let j = i;
      while (pattern[j] === c) j++;
      if (c === 'X' && j - i > 3) throw new DateFormatError(`invalid ISO 8601 format: length=${j - i}`);
      out.push({ kind: 'field', letter: c, count: j - i });
      i = j;
      continue;
    }
    pushText(c);
    i++;
  }
  return out;
}
