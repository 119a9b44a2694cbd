import { afterEach, describe, expect, it } from 'vitest';
import { loadBundle } from '../../../src/local/runtime';

const BUNDLE = `
function SETTERS() {
  var d = new Date(Date.UTC(2024, 0, 15, 20, 0));   // 16 Jan 03:00 in Bangkok
  var local = [d.getFullYear(), d.getMonth(), d.getDate(), d.getDay(), d.getHours()];
  d.setHours(0, 0, 0, 0);                            // local midnight
  var midnight = d.getTime();
  d.setDate(d.getDate() + 20);                       // rolls into February
  return [local, midnight, d.getTime(), d.getMonth()];
}
function PARSE() {
  return [Date.parse('Jan 15, 2024 10:00'), Date.parse('2024-01-15T10:00:00Z'), Date.parse('2024-01-15T10:00:00+07:00'),
    Date.parse('Mon Jan 15 2024 10:00:00 GMT+0700 (Indochina Time)'), isNaN(Date.parse('garbage'))];
}
function MISC() {
  class Civil extends Date {}
  var c = new Civil(2024, 1, 29);
  return [typeof Date(), c instanceof Date, c.getDate(), Object.prototype.toString.call(c), JSON.stringify(new Date(0)),
    new Date(99, 0, 1).getFullYear(), new Date(NaN).toString(), new Date(2024, 0, 15).toLocaleDateString('en-GB'),
    new Date(0).toDateString(), new Date(0).toTimeString()];
}
function DST() {
  var gap = new Date(2024, 2, 10, 2, 30);    // does not exist in New York
  var twice = new Date(2024, 10, 3, 1, 30);  // happens twice
  return [gap.toISOString(), twice.toISOString(), twice.getTimezoneOffset()];
}
`;

const saved = process.env.TZ;
afterEach(() => {
  process.env.TZ = saved;
});

describe('the bundle’s Date follows the script time zone', () => {
  for (const tz of ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles']) {
    it(`local-time methods and setters (process TZ ${tz})`, () => {
      process.env.TZ = tz;
      const rt = loadBundle(BUNDLE, { manifest: { timeZone: 'Asia/Bangkok' } });
      expect(rt.call('SETTERS')).toEqual([
        [2024, 0, 16, 2, 3],
        Date.UTC(2024, 0, 15, 17),
        Date.UTC(2024, 1, 4, 17),
        1,
      ]);
      expect(rt.call('PARSE')).toEqual([
        Date.UTC(2024, 0, 15, 3),
        Date.UTC(2024, 0, 15, 10),
        Date.UTC(2024, 0, 15, 3),
        Date.UTC(2024, 0, 15, 3),
        true,
      ]);
      expect(rt.call('MISC')).toEqual([
        'string',
        true,
        29,
        '[object Date]',
        '"1970-01-01T00:00:00.000Z"',
        1999,
        'Invalid Date',
        '15/01/2024',
        'Thu Jan 01 1970',
        '07:00:00 GMT+0700 (Indochina Time)',
      ]);
    });
  }

  it('resolves DST gaps and repeats as ECMAScript does', () => {
    const rt = loadBundle(BUNDLE, { manifest: { timeZone: 'America/New_York' } });
    expect(rt.call('DST')).toEqual(['2024-03-10T07:30:00.000Z', '2024-11-03T05:30:00.000Z', 240]);
  });
});
