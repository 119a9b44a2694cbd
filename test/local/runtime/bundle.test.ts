import { describe, expect, it } from 'vitest';
import { BundleError, ExecutionTimeLimitError, loadBundle } from '../../../src/local/runtime';

const BUNDLE = `
var counter = 0;
function F(d) { return d.getTime(); }
function KINDS(grid) {
  return grid.map(function (row) {
    return row.map(function (v) { return v instanceof Date ? 'date:' + v.getTime() : typeof v; });
  });
}
function H(ms) { return [[new Date(ms), 1], ['a', true]]; }
function ISARRAY(x) { return [Array.isArray(x), x instanceof Array, x[0] instanceof Array]; }
function GLOBALS() {
  return ['require', 'process', 'setTimeout', 'setInterval', 'URL', 'TextEncoder', 'TextDecoder', 'fetch', 'Buffer',
    'module', 'exports', 'global', 'structuredClone', 'queueMicrotask']
    .map(function (n) { return n + ':' + typeof globalThis[n]; });
}
function SERVICES() {
  return ['SpreadsheetApp', 'Utilities', 'Session', 'PropertiesService', 'CacheService', 'LockService', 'MailApp',
    'ScriptApp', 'HtmlService', 'Logger', 'console']
    .map(function (n) { return n + ':' + typeof globalThis[n]; });
}
function NOW() { return Date.now() === new Date().getTime() ? Date.now() : -1; }
function LOCAL() {
  var d = new Date(2024, 0, 15, 9, 30);
  return [d.getTime(), d.getHours(), String(d), d.getTimezoneOffset(), new Date('2024-01-15T09:30').getTime(),
    new Date('2024-01-15').getTime(), new Intl.DateTimeFormat('en-US', { hour: 'numeric', hourCycle: 'h23' }).format(d)];
}
function INC() { counter++; return counter; }
function READ() { return SpreadsheetApp.getActive().getSheetByName('Cases').getRange('A1:B2').getValues(); }
function INFO() {
  var ss = SpreadsheetApp.getActive();
  return [ss.getSpreadsheetTimeZone(), Session.getScriptTimeZone(), ss.getId().length > 20, ss.getName(), String(ss.getActiveSheet())];
}
function THROWS() { throw new TypeError('bad input'); }
function LOOP() { for (;;) {} }
function SLOWREAD() {
  var r = SpreadsheetApp.getActive().getRange('Cases!A1');
  for (var i = 0; i < 100000; i++) { try { r.getValue(); } catch (e) { /* swallowed */ } }
  return 'finished';
}
function LOG() { Logger.log('n=%s', 3); console.log('hello', 1); console.warn('careful'); }
`;

const seed = {
  name: 'Register',
  timeZone: 'Asia/Bangkok',
  sheets: [
    {
      name: 'Cases',
      values: [
        ['id', { date: '2024-01-15' }],
        [7, true],
      ],
    },
  ],
};
const load = (options = {}) =>
  loadBundle(BUNDLE, { manifest: { timeZone: 'Asia/Bangkok' }, spreadsheet: seed, ...options });

describe('loadBundle: values across the vm boundary', () => {
  it('passes Node Dates in and gets plain values out', () => {
    const rt = load();
    expect(rt.call('F', new Date('2024-01-15T00:00:00Z'))).toBe(Date.UTC(2024, 0, 15));
  });

  it('passes 2-D arrays with Dates in, as the bundle realm’s Arrays and Dates', () => {
    const rt = load();
    expect(
      rt.call('KINDS', [
        [new Date(5), 1],
        ['x', false],
      ]),
    ).toEqual([
      ['date:5', 'number'],
      ['string', 'boolean'],
    ]);
    expect(rt.call('ISARRAY', [[1]])).toEqual([true, true, true]);
  });

  it('returns ordinary Node arrays and Dates', () => {
    const rt = load();
    const out = rt.call('H', 86_400_000) as unknown[][];
    expect(Array.isArray(out)).toBe(true);
    expect(out[0]?.[0]).toBeInstanceOf(Date);
    expect(out).toEqual([
      [new Date(86_400_000), 1],
      ['a', true],
    ]);
  });

  it('exposes toContext/fromContext for tests that talk to the context directly', () => {
    const rt = load({ persistGlobals: true });
    const v = rt.toContext([new Date(1)]);
    expect(Object.getPrototypeOf(v) === Array.prototype).toBe(false); // the bundle realm's Array
    expect(rt.fromContext(v)).toEqual([new Date(1)]);
  });
});

describe('loadBundle: the global scope is Apps Script’s', () => {
  it('has no Node globals', () => {
    expect(load().call('GLOBALS')).toEqual([
      'require:undefined',
      'process:undefined',
      'setTimeout:undefined',
      'setInterval:undefined',
      'URL:undefined',
      'TextEncoder:undefined',
      'TextDecoder:undefined',
      'fetch:undefined',
      'Buffer:undefined',
      'module:undefined',
      'exports:undefined',
      'global:undefined',
      'structuredClone:undefined',
      'queueMicrotask:undefined',
    ]);
  });

  it('has the Apps Script services', () => {
    expect((load().call('SERVICES') as string[]).every((s) => s.endsWith(':object'))).toBe(true);
  });

  it('runs on the virtual clock and in the script time zone, whatever the process TZ', () => {
    const rt = load({ start: '2025-03-01T00:00:00Z', costs: { byClass: { utility: 0 } } });
    expect(rt.call('NOW')).toBe(Date.UTC(2025, 2, 1));
    const local = rt.call('LOCAL') as unknown[];
    expect(local[0]).toBe(Date.UTC(2024, 0, 15, 2, 30));
    expect(local[1]).toBe(9);
    expect(local[2]).toBe('Mon Jan 15 2024 09:30:00 GMT+0700 (Indochina Time)');
    expect(local[3]).toBe(-420);
    expect(local[4]).toBe(Date.UTC(2024, 0, 15, 2, 30));
    expect(local[5]).toBe(Date.UTC(2024, 0, 15));
    expect(local[6]).toBe('09');
  });

  it('evaluates the script afresh for every execution, like Apps Script', () => {
    const rt = load();
    expect(rt.call('INC')).toBe(1);
    expect(rt.call('INC')).toBe(1);
    const persistent = load({ persistGlobals: true });
    persistent.call('INC');
    expect(persistent.call('INC')).toBe(2);
  });

  it('reads the spreadsheet and reports time zones', () => {
    const rt = load();
    expect(rt.callIn({ kind: 'custom-function' }, 'READ')).toEqual([
      ['id', new Date('2024-01-14T17:00:00Z')],
      [7, true],
    ]);
    expect(rt.call('INFO')).toEqual(['Asia/Bangkok', 'Asia/Bangkok', true, 'Register', 'Sheet']);
    expect(rt.calls.count('Range.getValues')).toBe(1);
  });

  it('reports a missing function and bundle errors as host errors', () => {
    const rt = load();
    expect(() => rt.call('NOPE')).toThrow('Script function not found: NOPE');
    let caught: unknown;
    try {
      rt.call('THROWS');
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(BundleError);
    expect((caught as BundleError).name).toBe('TypeError');
    expect((caught as BundleError).message).toBe('bad input');
  });

  it('stops a pure-JS infinite loop with the real-time guard', () => {
    const rt = load({ realTimeoutMs: 100 });
    expect(() => rt.call('LOOP')).toThrow(/timed out/);
  });

  it('ends a custom function after 30 s of virtual time even if the bundle swallows the error', () => {
    const rt = load();
    expect(() => rt.callIn({ kind: 'custom-function' }, 'SLOWREAD')).toThrow(ExecutionTimeLimitError);
    // 5 ms per read: the 6,000th read crosses 30 s.
    expect(rt.calls.count('Range.getValue')).toBe(5999);
    // The next execution starts with a fresh limit.
    expect(rt.callIn({ kind: 'custom-function' }, 'READ')).toHaveLength(2);
  });

  it('captures Logger and console output', () => {
    const rt = load();
    rt.call('LOG');
    expect(rt.logs.map((l) => [l.source, l.level, l.message])).toEqual([
      ['Logger', 'log', 'n=3'],
      ['console', 'log', 'hello 1'],
      ['console', 'warn', 'careful'],
    ]);
  });
});
