// Contracts: the services around the spreadsheet as Kamnot uses them (Session, mail, triggers,
// properties, locks, HTML, the menu, Utilities, console), each fact with its source (contract.ts).
import { describe, expect } from 'vitest';
import { createEnvironment, loadBundle, SCOPES } from '../../../src/local/runtime';
import { contract } from './contract';

const ALL = [SCOPES.currentOnly, SCOPES.containerUi, SCOPES.sendMail, SCOPES.scriptApp, SCOPES.email];
const env = (over: Parameters<typeof createEnvironment>[0] = {}) =>
  createEnvironment({
    manifest: { timeZone: 'Asia/Bangkok', oauthScopes: ALL },
    user: 'a@example.org',
    ...over,
  });

describe('Session and User', () => {
  contract(
    ['Session.getActiveUser', 'Session.getEffectiveUser', 'User.getEmail'],
    {
      relies:
        'both need userinfo.email once the manifest lists scopes; the effective user of a time-driven run is the trigger’s owner; the active user’s email is "" in simple triggers',
      sources: [
        'https://developers.google.com/apps-script/reference/base/session#getActiveUser()',
        'https://developers.google.com/apps-script/reference/base/session#getEffectiveUser()',
        'gas-fakes test/testsession.js',
      ],
    },
    () => {
      const e = env();
      expect(e.gas.Session.getActiveUser().getEmail()).toBe('a@example.org');
      expect(
        e.run({ kind: 'simple-trigger', authMode: 'LIMITED' }, () =>
          e.gas.Session.getActiveUser().getEmail(),
        ),
      ).toBe('');
      const narrow = createEnvironment({ manifest: { oauthScopes: [SCOPES.currentOnly] } });
      expect(() => narrow.gas.Session.getEffectiveUser()).toThrow(
        'You do not have permission to call Session.getEffectiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email',
      );
    },
  );

  contract(
    ['Session.getScriptTimeZone'],
    {
      relies:
        'the script’s zone is appsscript.json’s timeZone, needs no scope, and may differ from the spreadsheet’s',
      sources: [
        'https://developers.google.com/apps-script/reference/base/session#getScriptTimeZone()',
        'gas-fakes test/testsession.js',
      ],
    },
    () => {
      const e = env({ spreadsheet: { timeZone: 'UTC' } });
      expect(e.gas.Session.getScriptTimeZone()).toBe('Asia/Bangkok');
      expect(e.gas.SpreadsheetApp.getActive()!.getSpreadsheetTimeZone()).toBe('UTC');
    },
  );
});

describe('MailApp', () => {
  contract(
    ['MailApp.sendEmail', 'MailApp.getRemainingDailyQuota'],
    {
      relies:
        'each recipient counts against the daily quota of the account the script runs as (the trigger owner in a time-driven run), 100 a day on consumer accounts; past it sendEmail throws',
      sources: [
        'https://developers.google.com/apps-script/reference/mail/mail-app#getRemainingDailyQuota()',
        'https://developers.google.com/apps-script/guides/services/quotas',
        'https://developers.google.com/apps-script/reference/base/session#getEffectiveUser()',
      ],
    },
    () => {
      const e = env();
      e.gas.MailApp.sendEmail({ to: 'x@example.org, y@example.org', subject: 's', htmlBody: '<b>b</b>' });
      expect(e.gas.MailApp.getRemainingDailyQuota()).toBe(98);
      e.setUser('b@example.org');
      expect(e.gas.MailApp.getRemainingDailyQuota()).toBe(100);
      e.faults.quota(0);
      expect(() => e.gas.MailApp.sendEmail({ to: 'x@example.org', subject: 's', body: 'b' })).toThrow(
        'Service invoked too many times for one day: email.',
      );
    },
  );
});

describe('ScriptApp and triggers', () => {
  contract(
    [
      'ScriptApp.newTrigger',
      'TriggerBuilder.timeBased',
      'ClockTriggerBuilder.everyHours',
      'ClockTriggerBuilder.create',
      'ScriptApp.getUserTriggers',
      'Trigger.getHandlerFunction',
      'ScriptApp.deleteTrigger',
    ],
    {
      relies:
        'a trigger belongs to the user who created it: getUserTriggers(spreadsheet) lists only the caller’s triggers of this document, and an add-on may have one time-driven trigger per user and document, at most hourly',
      sources: [
        'https://developers.google.com/apps-script/reference/script/script-app#getUserTriggers(Spreadsheet)',
        'https://developers.google.com/apps-script/reference/script/script-app#getProjectTriggers()',
        'https://developers.google.com/workspace/add-ons/concepts/editor-triggers',
      ],
    },
    () => {
      const e = env();
      const ss = e.gas.SpreadsheetApp.getActive()!;
      e.gas.ScriptApp.newTrigger('runHourly').timeBased().everyHours(1).create();
      expect(() => e.gas.ScriptApp.newTrigger('runHourly').timeBased().everyHours(1).create()).toThrow(
        /too many time-based triggers/,
      );
      expect(e.gas.ScriptApp.getUserTriggers(ss).map((t) => t.getHandlerFunction())).toEqual(['runHourly']);
      e.setUser('b@example.org');
      expect(e.gas.ScriptApp.getUserTriggers(ss)).toEqual([]);
      e.gas.ScriptApp.newTrigger('runHourly').timeBased().everyHours(1).create();
      e.gas.ScriptApp.deleteTrigger(e.gas.ScriptApp.getUserTriggers(ss)[0]!);
      expect(e.triggers.triggers.map((t) => t.owner)).toEqual(['a@example.org']);
    },
  );
});

describe('Properties and locks', () => {
  contract(
    [
      'PropertiesService.getDocumentProperties',
      'Properties.getProperty',
      'Properties.setProperty',
      'Properties.deleteProperty',
    ],
    {
      relies:
        'document properties are shared by every user of the document; values are strings, null when absent, at most 9 kB each',
      sources: [
        'https://developers.google.com/apps-script/reference/properties/properties-service#getDocumentProperties()',
        'https://developers.google.com/apps-script/guides/services/quotas',
        'gas-fakes test/teststores.js',
      ],
    },
    () => {
      const e = env();
      e.gas.PropertiesService.getDocumentProperties().setProperty('kamnot.trigger', '{"owner":"a"}');
      e.setUser('b@example.org');
      const props = e.gas.PropertiesService.getDocumentProperties();
      expect(props.getProperty('kamnot.trigger')).toBe('{"owner":"a"}');
      props.deleteProperty('kamnot.trigger');
      expect(props.getProperty('kamnot.trigger')).toBeNull();
      expect(() => props.setProperty('big', 'x'.repeat(10_000))).toThrow(/Argument too large/);
    },
  );

  contract(
    ['LockService.getDocumentLock', 'Lock.tryLock', 'Lock.releaseLock'],
    {
      relies:
        'tryLock returns false after its timeout while another execution holds the document lock; release frees it',
      sources: [
        'https://developers.google.com/apps-script/reference/lock/lock#tryLock(Integer)',
        'gas-fakes test/testlock.js',
      ],
    },
    () => {
      const e = env();
      e.faults.holdLock('document');
      expect(e.gas.LockService.getDocumentLock().tryLock(5_000)).toBe(false);
      e.faults.releaseLock('document');
      const lock = e.gas.LockService.getDocumentLock();
      expect(lock.tryLock(5_000)).toBe(true);
      lock.releaseLock();
      expect(e.gas.LockService.getDocumentLock().tryLock(0)).toBe(true);
    },
  );
});

describe('the editor’s user interface', () => {
  contract(
    ['SpreadsheetApp.getUi', 'Ui.createAddonMenu', 'Menu.addItem', 'Menu.addSeparator', 'Menu.addToUi'],
    {
      relies:
        'createAddonMenu works in AuthMode NONE and puts items under Extensions › the add-on’s name, or a bound script’s project title ("Untitled project" unless named)',
      sources: [
        'https://developers.google.com/apps-script/reference/base/ui#createAddonMenu()',
        'https://developers.google.com/workspace/add-ons/concepts/menus',
      ],
    },
    () => {
      const code =
        "function onOpen(){SpreadsheetApp.getUi().createAddonMenu().addItem('Open','showSidebar').addSeparator().addItem('Help','showHelp').addToUi();}";
      const bound = loadBundle(code, { deployment: 'bound' });
      bound.fireSimpleTrigger('onOpen', 'NONE');
      expect(bound.ui.menus.map((m) => m.caption)).toEqual(['Untitled project']);
      const titled = loadBundle(code, { deployment: 'bound', projectTitle: 'Kamnot' });
      titled.fireSimpleTrigger('onOpen', 'NONE');
      expect(titled.ui.menus[0]).toMatchObject({ caption: 'Kamnot', addon: true });
      expect(titled.ui.menus[0]!.entries.map((x) => x.kind)).toEqual(['item', 'separator', 'item']);
    },
  );

  contract(
    [
      'HtmlService.createHtmlOutputFromFile',
      'HtmlOutput.getContent',
      'HtmlOutput.setContent',
      'HtmlOutput.setTitle',
      'Ui.showSidebar',
    ],
    {
      relies:
        'the project’s HTML file by name; showSidebar needs script.container.ui and is refused in simple triggers',
      sources: [
        'https://developers.google.com/apps-script/reference/html/html-service#createHtmlOutputFromFile(String)',
        'https://developers.google.com/apps-script/reference/base/ui#showSidebar(Object)',
      ],
    },
    () => {
      const e = env({ htmlFiles: { Sidebar: '<p>hi</p>' } });
      const html = e.gas.HtmlService.createHtmlOutputFromFile('Sidebar');
      html.setContent(html.getContent().replace('hi', 'สวัสดี')).setTitle('Kamnot');
      e.gas.SpreadsheetApp.getUi().showSidebar(html);
      expect(e.ui.sidebars.map((s) => [s.title, s.content])).toEqual([['Kamnot', '<p>สวัสดี</p>']]);
      expect(() =>
        e.run({ kind: 'simple-trigger', authMode: 'LIMITED' }, () =>
          e.gas.SpreadsheetApp.getUi().showSidebar(html),
        ),
      ).toThrow(
        /Ui\.showSidebar\. Required permissions: https:\/\/www\.googleapis\.com\/auth\/script\.container\.ui/,
      );
    },
  );
});

describe('Utilities and console', () => {
  contract(
    ['Utilities.formatDate'],
    {
      relies:
        'Java SimpleDateFormat patterns in any zone ("Z" gives +0700, "H" the hour); a service call, priced on the runtime’s clock',
      sources: [
        'https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)',
        'https://docs.oracle.com/javase/8/docs/api/java/text/SimpleDateFormat.html',
        'gas-fakes test/testutilities.js',
      ],
    },
    () => {
      const e = env();
      const at = new Date('2026-11-23T02:00:00Z');
      const before = e.clock.now();
      expect(e.gas.Utilities.formatDate(at, 'Asia/Bangkok', 'Z H d/M/yyyy')).toBe('+0700 9 23/11/2026');
      expect(e.gas.Utilities.formatDate(at, 'America/Los_Angeles', 'Z')).toBe('-0800');
      expect(e.clock.now()).toBeGreaterThan(before);
      expect(e.calls.count('Utilities.formatDate')).toBe(2);
    },
  );

  contract(
    ['Console.warn'],
    {
      relies:
        'console.warn writes to the execution log (Cloud Logging), where an owner sees a run that had nothing to do',
      sources: ['https://developers.google.com/apps-script/guides/logging'],
    },
    () => {
      const e = env();
      (e.globals().console as Console).warn('Kamnot: no spreadsheet');
      expect(e.logs.map((l) => [l.level, l.message])).toEqual([['warn', 'Kamnot: no spreadsheet']]);
    },
  );
});
