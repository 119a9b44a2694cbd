/**
 * A cell's value as the office wrote it, for messages: a date cell as d/m/yyyy with its BE year (a
 * year Sheets took for CE when "10/10/2569" was typed stays 2569), text as typed (one line, cut
 * short), TRUE/FALSE as the sheet shows them. Never a JS Date string ("Tue Oct 10 2569 …").
 */
import { isDateValue } from '../cells';
import { ymdFromDay } from '../dates/civil';
import { BE_OFFSET } from '../dates/names';
import { dayFromInstant, type OffsetAt } from '../dates/zone';

const MAX = 60;

export function shownValue(value: unknown, offsetAt: OffsetAt): string {
  if (isDateValue(value)) {
    const ms = value.getTime();
    if (Number.isNaN(ms)) return '#NUM!';
    const { y, m, d } = ymdFromDay(dayFromInstant(ms, offsetAt));
    return `${d}/${m}/${y >= 2400 ? y : y + BE_OFFSET}`;
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value === null || value === undefined) return '';
  const text = String(value).replace(/\s+/g, ' ').trim();
  return [...text].length > MAX ? `${[...text].slice(0, MAX - 1).join('')}…` : text;
}
