import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../../src/core/dates/civil';
import {
  dayFromInstant,
  fixedOffset,
  instantFromDay,
  minutesFromZ,
  type OffsetAt,
} from '../../../src/core/dates/zone';

/** Offsets from Intl, as the offline runtime's Utilities.formatDate gives them. */
function intlOffset(zone: string): OffsetAt {
  const format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
  return (ms) => {
    const name = format.formatToParts(new Date(ms)).find((p) => p.type === 'timeZoneName')!.value;
    return name === 'GMT' ? 0 : minutesFromZ(name.slice(3));
  };
}

describe('instants and civil dates', () => {
  it('reads local midnight in Bangkok as that day', () => {
    const bangkok = fixedOffset(7 * 60);
    const midnight = Date.UTC(2026, 10, 21, 17, 0); // 2026-11-22 00:00 +07
    expect(dayFromInstant(midnight, bangkok)).toBe(dayFromYmd(2026, 11, 22));
    expect(instantFromDay(dayFromYmd(2026, 11, 22), bangkok)).toBe(midnight);
  });

  it('parses the Z offsets Utilities.formatDate prints', () => {
    expect(minutesFromZ('+0700')).toBe(420);
    expect(minutesFromZ('-0330')).toBe(-210);
    expect(minutesFromZ('+05:45')).toBe(345);
  });

  for (const zone of [
    'Asia/Bangkok',
    'America/New_York',
    'America/Santiago',
    'Pacific/Kiritimati',
    'Asia/Kathmandu',
    'Europe/London',
  ]) {
    it(`round-trips day → midnight instant → day in ${zone}, across DST changes`, () => {
      const offsetAt = intlOffset(zone);
      fc.assert(
        fc.property(fc.integer({ min: dayFromYmd(2000, 1, 1), max: dayFromYmd(2040, 12, 31) }), (day) => {
          const instant = instantFromDay(day, offsetAt);
          expect(dayFromInstant(instant, offsetAt)).toBe(day);
          expect(dayFromInstant(instant - 1, offsetAt)).toBe(day - 1);
        }),
        { numRuns: 300 },
      );
    });
  }
});
