import { describe, expect, it } from 'vitest';
import {
  CallCounter,
  createEnvironment,
  ExecutionTimeLimitError,
  VirtualClock,
} from '../../../src/local/runtime';

describe('VirtualClock', () => {
  it('starts at the given instant and only moves forward', () => {
    const c = new VirtualClock(Date.UTC(2025, 0, 1));
    expect(c.now()).toBe(Date.UTC(2025, 0, 1));
    c.advance(1500);
    expect(c.now()).toBe(Date.UTC(2025, 0, 1) + 1500);
    expect(() => c.advance(-1)).toThrow(RangeError);
    c.advanceTo(0);
    expect(c.now()).toBe(Date.UTC(2025, 0, 1) + 1500);
  });
});

describe('CallCounter', () => {
  it('counts by name, by service prefix and in total', () => {
    const calls = new CallCounter();
    calls.record('Range.getValues');
    calls.record('Range.getValues');
    calls.record('Sheet.getRange');
    expect(calls.count('Range.getValues')).toBe(2);
    expect(calls.count('Range.*')).toBe(2);
    expect(calls.count()).toBe(3);
    expect(calls.snapshot()).toEqual({ 'Range.getValues': 2, 'Sheet.getRange': 1 });
    expect(calls.sequence()).toEqual(['Range.getValues', 'Range.getValues', 'Sheet.getRange']);
    calls.reset();
    expect(calls.total()).toBe(0);
  });
});

describe('service calls on the clock', () => {
  it('counts every call and charges its cost', () => {
    const env = createEnvironment({ spreadsheet: { sheets: [{ name: 'S', values: [[1, 2]] }] } });
    const t0 = env.clock.now();
    const values = env.gas.SpreadsheetApp.getActive().getSheetByName('S')?.getRange('A1:B1').getValues();
    expect(values).toEqual([[1, 2]]);
    expect(env.calls.snapshot()).toEqual({
      'Range.getValues': 1,
      'Sheet.getRange': 1,
      'Spreadsheet.getSheetByName': 1,
      'SpreadsheetApp.getActive': 1,
    });
    expect(env.clock.now() - t0).toBe(20);
    env.gas.PropertiesService.getScriptProperties().setProperty('a', 'b');
    expect(env.clock.now() - t0).toBe(22);
  });

  it('uses configured costs', () => {
    const env = createEnvironment({
      costs: { byCall: { 'Range.getValues': 100 }, byClass: { 'spreadsheet-read': 1 } },
    });
    const t0 = env.clock.now();
    env.gas.SpreadsheetApp.getActiveSheet().getRange('A1').getValues();
    expect(env.clock.now() - t0).toBe(102);
  });

  it('stops an execution that passes its limit, even if the code catches the error', () => {
    const env = createEnvironment();
    const run = () =>
      env.run({ kind: 'custom-function' }, () => {
        for (let i = 0; i < 100_000; i++) {
          try {
            env.gas.SpreadsheetApp.getActive();
          } catch {
            // swallowed, as a careless bundle might
          }
        }
        return 'finished';
      });
    expect(run).toThrow(ExecutionTimeLimitError);
    expect(env.calls.count('SpreadsheetApp.getActive')).toBe(6001);
  });
});
