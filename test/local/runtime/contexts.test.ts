import { describe, expect, it } from 'vitest';
import { BundleError, type ExecutionContext, loadBundle, type Runtime } from '../../../src/local/runtime';

const BUNDLE = `
function attempt(fn) {
  try { return ['ok', fn()]; } catch (e) { return [e.name, e.message, e instanceof Error, String(e)]; }
}
function WRITE() { return attempt(function () { SpreadsheetApp.getActive().getRange('A1').setValue(1); }); }
function NOTE() { return attempt(function () { SpreadsheetApp.getActiveSheet().getRange('A1').setNote('x'); }); }
function INSERT() { return attempt(function () { SpreadsheetApp.getActive().insertSheet('New'); }); }
function MAIL() { return attempt(function () { MailApp.sendEmail('a@example.org', 's', 'b'); }); }
function QUOTA() { return attempt(function () { return MailApp.getRemainingDailyQuota(); }); }
function TRIGGERS() { return attempt(function () { return ScriptApp.getProjectTriggers().length; }); }
function UI() { return attempt(function () { SpreadsheetApp.getUi(); return 'ui'; }); }
function LOCK() { return attempt(function () { var l = LockService.getScriptLock(); return l.tryLock(100); }); }
function HTML() { return attempt(function () { return HtmlService.createHtmlOutput('<b>x</b>').getContent(); }); }
function EMAIL() { return [Session.getActiveUser().getEmail(), Session.getEffectiveUser().getEmail()]; }
function PROPS() { return attempt(function () { return PropertiesService.getDocumentProperties().getProperty('k'); }); }
function ACTIVE() { return attempt(function () { return SpreadsheetApp.getActive().getName(); }); }
function CALLER() { return SpreadsheetApp.getActiveRange().getA1Notation() + '@' + SpreadsheetApp.getActiveSheet().getName(); }
function onOpen(e) {
  var menu = SpreadsheetApp.getUi().createAddonMenu();
  menu.addItem('Open sidebar', 'showSidebar');
  if (e && e.authMode !== ScriptApp.AuthMode.NONE) {
    menu.addItem('Run now', 'runNow');
  }
  menu.addToUi();
  return [e.authMode, PROPS(), ACTIVE(), TRIGGERS()];
}
function SIDEBAR() { return attempt(function () { SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput('x')); }); }
`;

const seed = { sheets: [{ name: 'Cases', values: [['a']] }] };
const load = (): Runtime => loadBundle(BUNDLE, { spreadsheet: seed, user: 'officer@example.org' });
const cf = { kind: 'custom-function' } as const;
/** Result of one of the bundle's attempt(...) wrappers: ['ok', value] or [name, message, instanceof Error, String(e)]. */
const run = (rt: Runtime, context: ExecutionContext, name: string) => rt.callIn(context, name) as unknown[];

describe('custom functions', () => {
  it('refuse writes with the production message', () => {
    const rt = load();
    expect(rt.callIn(cf, 'WRITE')).toEqual([
      'Exception',
      'You do not have permission to call setValue',
      true,
      'Exception: You do not have permission to call setValue',
    ]);
    expect(run(rt, cf, 'NOTE')[1]).toBe('You do not have permission to call setNote');
    expect(run(rt, cf, 'INSERT')[1]).toBe('You do not have permission to call insertSheet');
    expect(rt.spreadsheet.values('Cases', 'A1')).toEqual([['a']]);
  });

  it('refuse services that need authorization', () => {
    const rt = load();
    expect(run(rt, cf, 'MAIL')[1]).toBe(
      'You do not have permission to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail',
    );
    expect(run(rt, cf, 'QUOTA')[1]).toBe(
      'You do not have permission to call MailApp.getRemainingDailyQuota. Required permissions: https://www.googleapis.com/auth/script.send_mail',
    );
    expect(run(rt, cf, 'TRIGGERS')[1]).toBe(
      'You do not have permission to call ScriptApp.getProjectTriggers. Required permissions: https://www.googleapis.com/auth/script.scriptapp',
    );
    // SpreadsheetApp.getUi's reference page lists no scope: the refusal names none.
    expect(run(rt, cf, 'UI')[1]).toBe('You do not have permission to call SpreadsheetApp.getUi');
    expect(rt.outbox).toHaveLength(0);
  });

  it('allow Lock, HTML generation and properties; hide the user’s email', () => {
    const rt = load();
    expect(rt.callIn(cf, 'LOCK')).toEqual(['ok', true]);
    expect(rt.callIn(cf, 'HTML')).toEqual(['ok', '<b>x</b>']);
    expect(rt.callIn(cf, 'PROPS')).toEqual(['ok', null]);
    expect(rt.callIn(cf, 'EMAIL')).toEqual(['', '']);
    expect(rt.callIn({ kind: 'menu' }, 'EMAIL')).toEqual(['officer@example.org', 'officer@example.org']);
  });

  it('see their calling cell as the active range', () => {
    const rt = load();
    expect(rt.callIn({ kind: 'custom-function', cell: 'Cases!C4' }, 'CALLER')).toBe('C4@Cases');
  });
});

describe('simple triggers', () => {
  it('in AuthMode NONE: the add-on menu works, document and authorized services do not', () => {
    const rt = load();
    const [mode, props, active, triggers] = rt.fireSimpleTrigger('onOpen', 'NONE') as string[][];
    expect(mode).toBe('NONE');
    expect(props?.[1]).toBe('You do not have permission to call PropertiesService.getDocumentProperties');
    expect(active?.[1]).toBe(
      'You do not have permission to call SpreadsheetApp.getActive. Required permissions: (https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets)',
    );
    expect(triggers?.[1]).toMatch(/ScriptApp.getProjectTriggers/);
    expect(rt.ui.menus).toEqual([
      {
        caption: 'Kamnot',
        addon: true,
        entries: [{ kind: 'item', caption: 'Open sidebar', functionName: 'showSidebar' }],
      },
    ]);
  });

  it('in AuthMode LIMITED: the document and properties work, mail, triggers and sidebars do not', () => {
    const rt = load();
    const [mode, props, active, triggers] = rt.fireSimpleTrigger('onOpen', 'LIMITED') as string[][];
    expect(mode).toBe('LIMITED');
    expect(props).toEqual(['ok', null]);
    expect(active).toEqual(['ok', 'Untitled spreadsheet']);
    expect(triggers?.[0]).toBe('Exception');
    expect(rt.ui.menus[0]?.entries).toHaveLength(2);
    expect(run(rt, { kind: 'simple-trigger', authMode: 'LIMITED' }, 'SIDEBAR')[1]).toBe(
      'You do not have permission to call Ui.showSidebar. Required permissions: https://www.googleapis.com/auth/script.container.ui',
    );
    expect(rt.callIn({ kind: 'simple-trigger', authMode: 'LIMITED' }, 'EMAIL')).toEqual(['', '']);
  });

  it('does nothing for a trigger the bundle does not define', () => {
    expect(load().fireSimpleTrigger('onEdit')).toBeUndefined();
  });
});

describe('time-driven runs', () => {
  it('have no user interface', () => {
    expect(load().callIn({ kind: 'time-driven' }, 'UI')).toEqual([
      'Exception',
      'Cannot call SpreadsheetApp.getUi() from this context.',
      true,
      'Exception: Cannot call SpreadsheetApp.getUi() from this context.',
    ]);
  });

  it('can be configured to see no active spreadsheet', () => {
    const rt = loadBundle(BUNDLE, { spreadsheet: seed, timeDrivenActiveSpreadsheet: 'null' });
    expect(run(rt, { kind: 'time-driven' }, 'ACTIVE')[0]).toBe('TypeError');
  });
});

describe('manifest scopes', () => {
  it('refuse a service whose scope the manifest lacks', () => {
    const rt = loadBundle(BUNDLE, {
      spreadsheet: seed,
      manifest: {
        timeZone: 'Asia/Bangkok',
        oauthScopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly'],
      },
    });
    expect(run(rt, { kind: 'menu' }, 'MAIL')[1]).toMatch(/MailApp.sendEmail. Required permissions/);
    expect(rt.callIn({ kind: 'menu' }, 'ACTIVE')).toEqual(['ok', 'Untitled spreadsheet']);
  });

  it('errors thrown from a run are BundleErrors', () => {
    const rt = loadBundle('function X() { SpreadsheetApp.getActive().getRange("A1").setValue(1); }', {});
    try {
      rt.callIn(cf, 'X');
      expect.fail('should throw');
    } catch (e) {
      expect(e).toBeInstanceOf(BundleError);
      expect((e as BundleError).name).toBe('Exception');
      expect((e as BundleError).message).toBe('You do not have permission to call setValue');
    }
  });
});
