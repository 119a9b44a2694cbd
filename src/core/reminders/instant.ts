/**
 * ISO instants as the ledger's `at` column holds them ("2026-11-23T01:00:00.000Z", with an offset or
 * none), turned into milliseconds so that rows compare by time, not by their order in the sheet.
 */
import { dayFromYmd, isValidYmd } from '../dates/civil';

const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** Milliseconds since 1970-01-01T00:00Z; null when the text is not an ISO instant. No zone = UTC. */
export function instantMs(text: string): number | null {
  const m = INSTANT.exec(text.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [h, mi, s] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  if (!isValidYmd(y, mo, d) || h > 23 || mi > 59 || s > 60) return null;
  const ms = Number(`${m[7] ?? ''}000`.slice(0, 3));
  let offset = 0;
  const zone = m[8];
  if (zone && zone.toUpperCase() !== 'Z') {
    const digits = zone.slice(1).replace(':', '');
    const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0);
    offset = (zone[0] === '-' ? -1 : 1) * minutes;
  }
  return ((dayFromYmd(y, mo, d) * 24 + h) * 60 + mi - offset) * 60_000 + s * 1000 + ms;
}
