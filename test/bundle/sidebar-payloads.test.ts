// Every sidebar server function refuses a payload it cannot use with a Thai and English message, before
// any work: a missing, null or malformed argument is never a TypeError half-way through, and nothing
// in the workbook changes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SIDEBAR_INPUTS } from '../../src/gas/sidebar-api/inputs';
import { SIDEBAR_API } from '../../src/gas/sidebar-api/public';
import { office } from './harness';

const SIDEBAR = { kind: 'sidebar' } as const;
const WITH_ARGS = SIDEBAR_API.filter((n) => SIDEBAR_INPUTS[n].args.length > 0);

function refusal(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    const e = error as Error;
    expect(e.name, e.message).not.toBe('TypeError');
    return e.message;
  }
  throw new Error('accepted');
}

describe('sidebar payloads are checked at the boundary', () => {
  it('savePerson with no payload, null, or a person without an email: a message, not a TypeError', () => {
    const runtime = office();
    runtime.callIn(SIDEBAR, 'getPeople');
    const before = runtime.spreadsheet.values('People');
    for (const payload of [[], [null], [{}], [{ name: 'สมชาย', row: null }], ['สมชาย']]) {
      const message = refusal(() => runtime.callIn(SIDEBAR, 'savePerson', ...payload));
      expect(message).toMatch(
        /^ข้อมูลที่แถบข้างส่งมาไม่ถูกต้อง \(savePerson: person.*\/ the sidebar sent invalid input/,
      );
    }
    expect(runtime.spreadsheet.values('People')).toEqual(before);
  });

  it('names the bad field of a payload', () => {
    const runtime = office();
    const message = refusal(() =>
      runtime.callIn(SIDEBAR, 'savePerson', {
        row: null,
        expectEmail: '',
        name: 'สมชาย',
        email: 'somchai@example.org',
        role: '',
        supervisor: '',
        active: 'yes',
        lang: '',
      }),
    );
    expect(message).toContain('savePerson: person.active');
  });

  it('every function that takes arguments refuses junk for each of them, and the workbook stays as it was', () => {
    const runtime = office();
    // Kamnot's own tabs exist before the snapshot (reading a panel may create a missing one).
    for (const name of ['getHome', 'getPeople', 'getHolidays', 'listProcedures', 'buildReport'])
      runtime.callIn(SIDEBAR, name);
    const names = runtime.spreadsheet.sheetNames();
    const before = names.map((n) => runtime.spreadsheet.snapshotSheet(n));
    const junk = fc.oneof(
      fc.constant(undefined),
      fc.constant(null),
      fc.constant({}),
      fc.constant([]),
      fc.string({ maxLength: 5 }).map((s) => `=${s}`),
      fc.double({ noNaN: false }),
      fc.record({ row: fc.string(), email: fc.integer() }),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...WITH_ARGS),
        fc.array(junk, { minLength: 0, maxLength: 5 }),
        (name, args) => {
          const expected = SIDEBAR_INPUTS[name].args.length;
          try {
            runtime.callIn(SIDEBAR, name, ...args);
          } catch (error) {
            const e = error as Error;
            expect(e.name, `${name}(${JSON.stringify(args)}): ${e.message}`).not.toBe('TypeError');
            expect(e.message).toMatch(/ \/ /);
            return;
          }
          // Accepted: only when every argument happens to be valid for the function (trailing
          // undefineds are no arguments at all).
          let given = args.length;
          while (given > 0 && args[given - 1] === undefined) given--;
          expect(given).toBeLessThanOrEqual(expected);
        },
      ),
      { numRuns: 200, seed: 12013 },
    );
    expect(runtime.spreadsheet.sheetNames()).toEqual(names);
    expect(names.map((n) => runtime.spreadsheet.snapshotSheet(n))).toEqual(before);
  });
});
