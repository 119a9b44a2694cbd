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
