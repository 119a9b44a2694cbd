/** The page's words, Thai first; English by the toggle. */
import { type Lang, pick } from '../core/i18n/msg';

export type { Lang };

let current: Lang = 'th';

export function lang(): Lang {
  return current;
}

export function setLang(next: Lang): void {
  current = next;
  document.documentElement.lang = next;
}

export function tr(th: string, en: string): string {
  return current === 'en' ? en : th;
}

/** A bilingual value from the server, in the page's language. */
export function pickText(m: { th: string; en: string }): string {
  return pick(m, current);
}
