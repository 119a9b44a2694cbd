/** A user-visible text: Thai first (the default language), English second. */
export interface Msg {
  readonly th: string;
  readonly en: string;
}

export type Lang = 'th' | 'en';

export function msg(th: string, en: string): Msg {
  return { th, en };
}

/** "Thai / English" in one line: used where the reader's language is not known (cell errors, logs). */
export function bilingual(m: Msg): string {
  return `${m.th} / ${m.en}`;
}

export function pick(m: Msg, lang: Lang): string {
  return lang === 'en' ? m.en : m.th;
}

/** A "Thai / English" line (what `bilingual` made) back into its two texts; one text for both when it has no " / ". */
export function splitBilingual(line: string): Msg {
  const at = line.indexOf(' / ');
  return at < 0 ? { th: line, en: line } : { th: line.slice(0, at), en: line.slice(at + 3) };
}
