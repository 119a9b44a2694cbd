/**
 * Writing dates. Thai styles use the BE year, as every office document does; English styles use
 * the CE year an English reader expects.
 *   short  22 พ.ย. 2569                       22 Nov 2026
 *   long   22 พฤศจิกายน 2569                  22 November 2026
 *   full   วันอาทิตย์ที่ 22 พฤศจิกายน พ.ศ. 2569   Sunday 22 November 2026
 *   numeric 22/11/2569                        22/11/2026
 */
import type { Lang } from '../i18n/msg';
import { type Day, weekday, ymdFromDay } from './civil';
import {
  BE_OFFSET,
  EN_MONTHS_LONG,
  EN_WEEKDAYS,
  TH_MONTHS_LONG,
  TH_MONTHS_SHORT,
  TH_WEEKDAYS,
  toThaiDigits,
} from './names';

export const DATE_STYLES = ['short', 'long', 'full', 'numeric'] as const;
export type DateStyle = (typeof DATE_STYLES)[number];

export interface FormatOptions {
  readonly style?: DateStyle;
  readonly lang?: Lang;
  readonly thaiDigits?: boolean;
}

export function formatDate(day: Day, options: FormatOptions = {}): string {
  const { style = 'short', lang = 'th', thaiDigits = false } = options;
  const text = lang === 'en' ? english(day, style) : thai(day, style);
  return thaiDigits ? toThaiDigits(text) : text;
}

/** Two days in the short style, the month and year said once when shared: "8–19 ม.ค. 2572". */
export function formatRange(first: Day, last: Day, lang: Lang = 'th'): string {
  const a = formatDate(first, { lang });
  const b = formatDate(last, { lang });
  const [d1, m1, y1] = a.split(' ');
  const [d2, m2, y2] = b.split(' ');
  if (y1 !== y2) return `${a} – ${b}`;
  if (m1 !== m2) return `${d1} ${m1} – ${b}`;
  return `${d1}–${d2} ${m2} ${y2}`;
}

function thai(day: Day, style: DateStyle): string {
  const { y, m, d } = ymdFromDay(day);
  const be = y + BE_OFFSET;
  switch (style) {
    case 'short':
      return `${d} ${TH_MONTHS_SHORT[m - 1]} ${be}`;
    case 'long':
      return `${d} ${TH_MONTHS_LONG[m - 1]} ${be}`;
    case 'full':
      return `วัน${TH_WEEKDAYS[weekday(day)]}ที่ ${d} ${TH_MONTHS_LONG[m - 1]} พ.ศ. ${be}`;
    case 'numeric':
      return `${d}/${m}/${be}`;
  }
}

function english(day: Day, style: DateStyle): string {
  const { y, m, d } = ymdFromDay(day);
  const month = EN_MONTHS_LONG[m - 1]!;
  switch (style) {
    case 'short':
      return `${d} ${month.slice(0, 3)} ${y}`;
    case 'long':
      return `${d} ${month} ${y}`;
    case 'full':
      return `${EN_WEEKDAYS[weekday(day)]} ${d} ${month} ${y}`;
    case 'numeric':
      return `${d}/${m}/${y}`;
  }
}
