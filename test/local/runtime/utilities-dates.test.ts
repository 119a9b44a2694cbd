import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { createEnvironment } from '../../../src/local/runtime';

const env = createEnvironment({ scriptTimeZone: 'Asia/Bangkok' });
const U = env.gas.Utilities;
const at = (iso: string) => new Date(iso);

describe('Utilities.formatDate', () => {
  it('formats the SimpleDateFormat letters Apps Script supports', () => {
    const d = at('2024-01-15T03:04:05.006Z'); // Monday
    expect(U.formatDate(d, 'Asia/Bangkok', 'yyyy-MM-dd HH:mm:ss.SSS Z')).toBe(
      '2024-01-15 10:04:05.006 +0700',
    );
    expect(U.formatDate(d, 'Asia/Bangkok', 'yy M d H XXX')).toBe('24 1 15 10 +07:00');
    expect(U.formatDate(d, 'Asia/Bangkok', 'EEE, d MMM yyyy')).toBe('Mon, 15 Jan 2024');
    expect(U.formatDate(d, 'Asia/Bangkok', 'EEEE d MMMM')).toBe('Monday 15 January');
    expect(U.formatDate(d, 'Asia/Bangkok', 'h:mm a')).toBe('10:04 AM');
    expect(U.formatDate(d, 'Asia/Bangkok', "yyyy'T'HH 'o''clock' ''")).toBe("2024T10 o'clock '");
    expect(U.formatDate(d, 'Asia/Bangkok', 'D w u F')).toBe('15 3 1 3');
    expect(U.formatDate(d, 'UTC', 'HH:mm XXX Z X')).toBe('03:04 Z +0000 Z');
    expect(U.formatDate(d, 'GMT+7', 'HH:mm XXX')).toBe('10:04 +07:00');
  });

  it('follows America/New_York across both DST transitions', () => {
    const ny = (iso: string) => U.formatDate(at(iso), 'America/New_York', 'yyyy-MM-dd HH:mm:ss Z z');
    expect(ny('2024-03-10T06:59:59Z')).toBe('2024-03-10 01:59:59 -0500 EST');
    expect(ny('2024-03-10T07:00:00Z')).toBe('2024-03-10 03:00:00 -0400 EDT');
    expect(ny('2024-11-03T05:30:00Z')).toBe('2024-11-03 01:30:00 -0400 EDT');
    expect(ny('2024-11-03T06:30:00Z')).toBe('2024-11-03 01:30:00 -0500 EST');
  });

  it('handles Pacific/Kiritimati (+14) crossing the date line', () => {
    expect(U.formatDate(at('2024-01-15T12:00:00Z'), 'Pacific/Kiritimati', 'yyyy-MM-dd HH:mm XXX')).toBe(
      '2024-01-16 02:00 +14:00',
    );
  });

  it('fails like Apps Script on a bad argument or pattern', () => {
    expect(() => U.formatDate('2024-01-01' as unknown as Date, 'UTC', 'yyyy')).toThrow(
      "The parameters (String,String,String) don't match the method signature for Utilities.formatDate.",
    );
    expect(() => U.formatDate(at('2024-01-01T00:00:00Z'), 'UTC', 'bb')).toThrow(
      "Illegal pattern character 'b'",
    );
  });

  it('falls back to GMT for an unknown zone id, as Java does', () => {
    expect(U.formatDate(at('2024-01-15T03:04:05Z'), 'Not/AZone', 'HH:mm Z')).toBe('03:04 +0000');
  });
});

describe('Utilities.parseDate', () => {
  it('parses wall-clock text in the given zone', () => {
    expect(U.parseDate('2024-01-15 10:04:05', 'Asia/Bangkok', 'yyyy-MM-dd HH:mm:ss').toISOString()).toBe(
      '2024-01-15T03:04:05.000Z',
    );
    expect(U.parseDate('16/01/2024 02:00', 'Pacific/Kiritimati', 'dd/MM/yyyy HH:mm').toISOString()).toBe(
      '2024-01-15T12:00:00.000Z',
    );
    expect(U.parseDate('Mon, 15 Jan 2024', 'UTC', 'EEE, d MMM yyyy').toISOString()).toBe(
      '2024-01-15T00:00:00.000Z',
    );
    expect(U.parseDate('20240115', 'UTC', 'yyyyMMdd').toISOString()).toBe('2024-01-15T00:00:00.000Z');
    expect(U.parseDate('3:30 PM', 'UTC', 'h:mm a').toISOString()).toBe('1970-01-01T15:30:00.000Z');
  });

  it('resolves DST gaps and overlaps to standard time, like java.util.Calendar', () => {
    expect(U.parseDate('2024-03-10 02:30', 'America/New_York', 'yyyy-MM-dd HH:mm').toISOString()).toBe(
      '2024-03-10T07:30:00.000Z',
    );
    expect(U.parseDate('2024-11-03 01:30', 'America/New_York', 'yyyy-MM-dd HH:mm').toISOString()).toBe(
      '2024-11-03T06:30:00.000Z',
    );
  });

  it('uses an explicit offset in the text over the zone argument', () => {
    expect(U.parseDate('2024-01-15T10:00:00+07:00', 'UTC', "yyyy-MM-dd'T'HH:mm:ssXXX").toISOString()).toBe(
      '2024-01-15T03:00:00.000Z',
    );
  });

  it('is lenient about out-of-range fields and reads two-digit years relative to the virtual now', () => {
    expect(U.parseDate('2024-02-30', 'UTC', 'yyyy-MM-dd').toISOString()).toBe('2024-03-01T00:00:00.000Z');
    expect(U.parseDate('15/01/24', 'UTC', 'dd/MM/yy').getUTCFullYear()).toBe(2024);
    expect(U.parseDate('15/01/60', 'UTC', 'dd/MM/yy').getUTCFullYear()).toBe(1960);
  });

  it('throws Java’s ParseException text on garbage', () => {
    expect(() => U.parseDate('soon', 'UTC', 'yyyy-MM-dd')).toThrow('Unparseable date: "soon"');
  });

  const zones = [
    'Asia/Bangkok',
    'America/New_York',
    'Pacific/Kiritimati',
    'UTC',
    'Europe/London',
    'Australia/Lord_Howe',
  ];
  it('round-trips any instant through format/parse with an offset (property)', () => {
    fc.assert(
      // From 1925: earlier local mean times (Bangkok +06:42:04) have seconds that XXX cannot show.
      fc.property(
        fc.integer({ min: Date.UTC(1925, 0, 1), max: Date.UTC(2100, 0, 1) }),
        fc.constantFrom(...zones),
        (ms, zone) => {
          const pattern = "yyyy-MM-dd'T'HH:mm:ss.SSSXXX";
          const text = U.formatDate(new Date(ms), zone, pattern);
          expect(U.parseDate(text, zone, pattern).getTime()).toBe(ms);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('round-trips wall-clock text in every zone outside the repeated fall-back hour (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2060, 0, 1) }),
        fc.constantFrom(...zones),
        (ms, zone) => {
          const pattern = 'yyyy-MM-dd HH:mm:ss.SSS';
          const text = U.formatDate(new Date(ms), zone, pattern);
          const back = U.parseDate(text, zone, pattern).getTime();
          // Ambiguous wall times come back as the standard-time instant: same text, maybe another instant.
          expect(U.formatDate(new Date(back), zone, pattern)).toBe(text);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('independence from the Node process time zone', () => {
  const saved = process.env.TZ;
  afterEach(() => {
    process.env.TZ = saved;
  });

  it('gives the same results whatever TZ is', () => {
    const run = () => {
      const e = createEnvironment({ scriptTimeZone: 'Asia/Bangkok' });
      const d = new Date('2024-03-10T07:30:00Z');
      return [
        e.gas.Utilities.formatDate(d, 'America/New_York', 'yyyy-MM-dd HH:mm Z'),
        e.gas.Utilities.parseDate('2024-01-15 09:00', 'Asia/Bangkok', 'yyyy-MM-dd HH:mm').toISOString(),
      ];
    };
    const results = ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Bangkok'].map((tz) => {
      process.env.TZ = tz;
      return run();
    });
    for (const r of results) expect(r).toEqual(results[0]);
  });
});
