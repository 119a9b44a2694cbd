import { describe, expect, it } from 'vitest';
import { createEnvironment, ExecutionKilled, loadBundle } from '../../../src/local/runtime';

const BUNDLE = `
function install() {
  ScriptApp.getProjectTriggers().forEach(function (t) { ScriptApp.deleteTrigger(t); });
  var t = ScriptApp.newTrigger('runHourly').timeBased().everyHours(1).create();
  return [t.getHandlerFunction(), t.getEventType(), t.getTriggerSource(), t.getUniqueId().length > 0];
}
function runHourly(e) {
  var props = PropertiesService.getScriptProperties();
  var n = Number(props.getProperty('runs') || 0) + 1;
  props.setProperty('runs', String(n));
  var ui;
  try { SpreadsheetApp.getUi(); ui = 'ui'; } catch (err) { ui = err.message; }
  return [n, e.authMode, e.triggerUid.length > 0, new Date().toISOString(), ui, Session.getEffectiveUser().getEmail()];
}
function FAILS() { throw new Error('boom'); }
`;

describe('ScriptApp triggers', () => {
  it('installs one hourly trigger and fires it on the virtual clock', () => {
    const rt = loadBundle(BUNDLE, { start: '2025-01-06T02:00:00Z', user: 'owner@x.org' });
    expect(rt.call('install')).toEqual(['runHourly', 'CLOCK', 'CLOCK', true]);
    expect(rt.call('install')).toEqual(['runHourly', 'CLOCK', 'CLOCK', true]); // deleting first keeps one
    expect(rt.triggers.triggers).toHaveLength(1);
    const runs = rt.fireTimeDriven(3);
    expect(runs.map((r) => r.ok)).toEqual([true, true, true]);
    // Hourly from the moment of creation (install() itself took a few virtual ms).
    const created = rt.triggers.triggers[0]?.createdAt ?? 0;
    expect(runs.map((r) => r.at - created)).toEqual([3_600_000, 7_200_000, 10_800_000]);
    expect(new Date(runs[0]?.at ?? 0).toISOString()).toMatch(/^2025-01-06T03:00:00/);
    expect(runs[2]?.value).toEqual([
      3,
      'FULL',
      true,
      expect.stringMatching(/^2025-01-06T05:00:00/),
      'Cannot call SpreadsheetApp.getUi() from this context.',
      'owner@x.org',
    ]);
  });

  it('applies the add-on limits with the production messages', () => {
    const env = createEnvironment({ deployment: 'addon' });
    const app = env.gas.ScriptApp;
    expect(() => app.newTrigger('f').timeBased().everyMinutes(5).create()).toThrow(
      'The recurrence interval for an Add-on trigger must be at least one hour.',
    );
    app.newTrigger('f').timeBased().everyHours(1).create();
    expect(() => app.newTrigger('g').timeBased().everyHours(2).create()).toThrow(
      'This add-on has created too many time-based triggers in this document for this Google user account.',
    );
    const ss = env.gas.SpreadsheetApp.getActive();
    app.newTrigger('edited').forSpreadsheet(ss).onEdit().create();
    expect(app.getUserTriggers(ss).map((t) => t.getEventType())).toEqual(['CLOCK', 'ON_EDIT']);
    env.setUser('someone.else@x.org');
    expect(app.getProjectTriggers()).toHaveLength(0);
    app.newTrigger('f').timeBased().everyHours(1).create(); // per user
  });

  it('lets a bound script have up to 20 triggers and more frequent ones', () => {
    const app = createEnvironment({ deployment: 'bound' }).gas.ScriptApp;
    for (let i = 0; i < 20; i++) app.newTrigger(`f${i}`).timeBased().everyMinutes(5).create();
    expect(() => app.newTrigger('x').timeBased().everyHours(1).create()).toThrow(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
    const [first] = app.getProjectTriggers();
    if (first) app.deleteTrigger(first);
    app.newTrigger('x').timeBased().everyHours(1).create();
  });

  it('keeps firing after a failed run and reports it', () => {
    const rt = loadBundle(BUNDLE, {});
    rt.services.ScriptApp.newTrigger('FAILS').timeBased().everyHours(1).create();
    const runs = rt.fireTimeDriven(2);
    expect(runs.map((r) => [r.ok, r.error?.message])).toEqual([
      [false, 'boom'],
      [false, 'boom'],
    ]);
    expect(() => rt.fireTimeDriven(1, { handler: 'nope' })).toThrow(/no time-driven trigger/);
  });

  it('a killed hourly run does not stop the next one', () => {
    const rt = loadBundle(BUNDLE, {});
    rt.call('install');
    rt.faults.killAfterCalls(2);
    const [killed, next] = rt.fireTimeDriven(2);
    expect(killed?.ok).toBe(false);
    expect(killed?.error).toBeInstanceOf(ExecutionKilled);
    expect(next?.ok).toBe(true);
    const value = next?.value as unknown[] | undefined;
    expect(value?.[0]).toBe(1); // the killed run never saved its count
  });
});
