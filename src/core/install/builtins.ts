/**
 * The JavaScript built-ins Kamnot's code relies on beyond plain ES5, each with a probe that runs it.
 * Apps Script's V8 is meant to have all of them (ES2020); a missing one would fail one feature in
 * production, so the check names it. Each probe builds its own input: a syntax the engine lacks
 * throws inside the probe (new RegExp), not when the bundle loads.
 */
export interface BuiltinProbe {
  readonly name: string;
  /** Where Kamnot uses it. */
  readonly usedBy: string;
  readonly probe: () => boolean;
}

export const BUILTINS: readonly BuiltinProbe[] = [
  {
    name: 'RegExp \\p{…} with the u flag',
    usedBy: 'report print view (CSS escaping)',
    probe: () => /[\p{L}\p{M}]/u.test('ก่'),
  },
  {
    name: 'Array.prototype.flatMap',
    usedBy: 'catalogue, reminders, register rows',
    probe: () => [1, 2].flatMap((x) => [x, x]).length === 4,
  },
  {
    name: 'Object.fromEntries',
    usedBy: 'settings, the sidebar table',
    probe: () => Object.fromEntries([['a', 1]]).a === 1,
  },
  { name: 'String.prototype.padStart', usedBy: 'dates shown', probe: () => '7'.padStart(2, '0') === '07' },
  {
    name: 'String.prototype.codePointAt',
    usedBy: 'report print view',
    probe: () => 'ก'.codePointAt(0) === 0x0e01,
  },
  {
    name: 'Map, Set and WeakMap',
    usedBy: 'the run, the ledger, memoised zone offsets',
    probe: () =>
      new Map([[1, 2]]).get(1) === 2 && new Set([1, 1]).size === 1 && new WeakMap().has({}) === false,
  },
  {
    name: 'Number.isInteger and Math.trunc',
    usedBy: 'date arithmetic',
    probe: () => Number.isInteger(3) && !Number.isInteger(3.5) && Math.trunc(-3.5) === -3,
  },
  {
    name: 'Date.UTC before 1970 and after 2100',
    usedBy: 'civil dates (BE years typed as CE)',
    probe: () =>
      new Date(Date.UTC(1900, 0, 1)).getUTCDay() === 1 &&
      new Date(Date.UTC(3112, 10, 1)).getUTCFullYear() === 3112,
  },
  {
    name: 'String.prototype.localeCompare',
    usedBy: 'sorting names and dates in the sidebar',
    probe: () => 'a'.localeCompare('b') < 0,
  },
  {
    name: 'Number.prototype.toLocaleString("en-US")',
    usedBy: 'a limit named in a Procedures message',
    probe: () => (30000).toLocaleString('en-US') === '30,000',
  },
  {
    name: 'JSON.parse of Thai text',
    usedBy: 'the catalogue, stored procedures, the trigger record',
    probe: () => JSON.parse('{"t":"\\u0e01\\u0e33\\u0e2b\\u0e19\\u0e14"}').t === 'กำหนด',
  },
];

/** The names of the built-ins whose probe failed or threw. */
export function missingBuiltins(probes: readonly BuiltinProbe[] = BUILTINS): string[] {
  return probes
    .filter((b) => {
      try {
        return !b.probe();
      } catch {
        return true;
      }
    })
    .map((b) => b.name);
}
