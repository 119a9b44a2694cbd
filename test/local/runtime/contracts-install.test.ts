// Contracts: what the installation check (checkInstallation) relies on — authorisation and granular
// consent, how the script is installed, the locale, deleting its scratch tab, displayed values and
// waiting — each fact with its source (contract.ts).
import { describe, expect } from 'vitest';
import { createEnvironment, SCOPES } from '../../../src/local/runtime';
import { contract } from './contract';

const ALL = [SCOPES.currentOnly, SCOPES.containerUi, SCOPES.sendMail, SCOPES.scriptApp, SCOPES.email];
const env = (over: Parameters<typeof createEnvironment>[0] = {}) =>
  createEnvironment({
    manifest: { timeZone: 'Asia/Bangkok', oauthScopes: ALL },
    user: 'a@example.org',
    ...over,
  });

describe('authorisation', () => {
  contract(
    [
      'ScriptApp.getAuthorizationInfo',
      'AuthorizationInfo.getAuthorizationStatus',
      'AuthorizationInfo.getAuthorizedScopes',
    ],
    {
      relies:
        'asked with a list of scopes, getAuthorizedScopes returns those of the list the account granted; a scope left unticked on the consent screen (granular consent) is missing there, the status is REQUIRED, and calls that need it fail; it needs no scope itself',
      sources: [
        'https://developers.google.com/apps-script/reference/script/script-app#getAuthorizationInfo(AuthMode,String)',
        'https://developers.google.com/apps-script/reference/script/authorization-info',
        'https://developers.google.com/apps-script/concepts/scopes',
        'https://workspaceupdates.googleblog.com/2025/01/granular-oauth-consent-in-google-apps-script.html',
      ],
    },
    () => {
      const e = env();
      const full = e.gas.ScriptApp.AuthMode.FULL;
      const ask = (scopes: string[]) =>
        (
          e.gas.ScriptApp as unknown as {
            getAuthorizationInfo(
              m: unknown,
              s: string[],
            ): GoogleAppsScript.Script.AuthorizationInfo & {
              getAuthorizedScopes(): string[];
            };
          }
        ).getAuthorizationInfo(full, scopes);
      const all = ask(ALL);
      expect(all.getAuthorizedScopes()).toEqual(ALL);
      expect(String(all.getAuthorizationStatus())).toBe('NOT_REQUIRED');
      e.faults.untickScope(SCOPES.sendMail, 'a@example.org');
      const some = ask(ALL);
      expect(some.getAuthorizedScopes()).toEqual(ALL.filter((s) => s !== SCOPES.sendMail));
      expect(String(some.getAuthorizationStatus())).toBe('REQUIRED');
      expect(() => e.gas.MailApp.getRemainingDailyQuota()).toThrow(
        'You do not have permission to call MailApp.getRemainingDailyQuota. Required permissions: https://www.googleapis.com/auth/script.send_mail',
      );
      // Another account granted everything: its grants are its own.
      e.setUser('b@example.org');
      expect(ask(ALL).getAuthorizedScopes()).toEqual(ALL);
      expect(e.gas.MailApp.getRemainingDailyQuota()).toBe(100);
    },
  );

  contract(
    ['ScriptApp.getInstallationSource'],
    {
      relies:
        'NONE when the script is not running as an add-on (a container-bound script); APPS_MARKETPLACE_DOMAIN_ADD_ON for an add-on a domain administrator installed; it needs no scope',
      sources: [
        'https://developers.google.com/apps-script/reference/script/script-app#getInstallationSource()',
        'https://developers.google.com/apps-script/reference/script/installation-source',
      ],
    },
    () => {
      expect(String(env({ deployment: 'bound' }).gas.ScriptApp.getInstallationSource())).toBe('NONE');
      const addOn = env({ deployment: 'addon', installationSource: 'APPS_MARKETPLACE_DOMAIN_ADD_ON' });
      expect(String(addOn.gas.ScriptApp.getInstallationSource())).toBe('APPS_MARKETPLACE_DOMAIN_ADD_ON');
      const narrow = env({ deployment: 'bound', manifest: { oauthScopes: [SCOPES.currentOnly] } });
      expect(String(narrow.gas.ScriptApp.getInstallationSource())).toBe('NONE');
    },
  );
});

describe('the workbook', () => {
  contract(
    ['Spreadsheet.getSpreadsheetLocale'],
    {
      relies:
        'the workbook’s locale code (File → Settings → Locale), by which typed dates are read: en_US reads 1/11/2569 month first, th_TH day first',
      sources: [
        'https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSpreadsheetLocale()',
        'https://support.google.com/docs/answer/58515',
      ],
    },
    () => {
      for (const [locale, day] of [
        ['en_US', '2569-01-11'],
        ['th_TH', '2569-11-01'],
      ] as const) {
        const e = env({ spreadsheet: { timeZone: 'Asia/Bangkok', locale, sheets: [{ name: 'S' }] } });
        const ss = e.gas.SpreadsheetApp.getActive()!;
        expect(ss.getSpreadsheetLocale()).toBe(locale);
        const cell = ss.getSheetByName('S')!.getRange('A1');
        cell.setValue('1/11/2569');
        expect(e.gas.Utilities.formatDate(cell.getValue() as Date, 'Asia/Bangkok', 'yyyy-MM-dd')).toBe(day);
      }
    },
  );

  contract(
    ['Spreadsheet.deleteSheet'],
    {
      relies: 'deletes the sheet with its cells and its developer metadata; deleting the last sheet fails',
      sources: [
        'https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#deleteSheet(Sheet)',
        'https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.developerMetadata',
      ],
    },
    () => {
      const e = env({ spreadsheet: { sheets: [{ name: 'Keep' }] } });
      const ss = e.gas.SpreadsheetApp.getActive()!;
      const scratch = ss.insertSheet('scratch');
      scratch.addDeveloperMetadata('k', 'v');
      scratch.getRange('B:B').addDeveloperMetadata('k', 'col');
      ss.deleteSheet(scratch);
      expect(ss.getSheets().map((s) => s.getName())).toEqual(['Keep']);
      expect(ss.createDeveloperMetadataFinder().withKey('k').find()).toHaveLength(0);
      expect(() => ss.deleteSheet(ss.getSheetByName('Keep')!)).toThrow();
    },
  );

  contract(
    ['Range.getDisplayValues'],
    {
      relies:
        'what each cell shows as text, after its number format (a date in dd/mm/yyyy shows 23/11/2026), while getValues gives the Date',
      sources: [
        'https://developers.google.com/apps-script/reference/spreadsheet/range#getDisplayValues()',
        'gas-fakes test/testsheets.js',
      ],
    },
    () => {
      const e = env({ spreadsheet: { timeZone: 'Asia/Bangkok', sheets: [{ name: 'S' }] } });
      const range = e.gas.SpreadsheetApp.getActive()!.getSheetByName('S')!.getRange('A1:A2');
      range.setNumberFormat('dd/mm/yyyy');
      range.setValues([['2026-11-23'], ['ข้อความ']]);
      expect(range.getDisplayValues()).toEqual([['23/11/2026'], ['ข้อความ']]);
      expect(range.getValues()[0]![0]).toBeInstanceOf(Date);
    },
  );
});

describe('Utilities', () => {
  contract(
    ['Utilities.sleep'],
    {
      relies:
        'waits the given milliseconds, at most 300,000, and the time counts against the execution’s limit',
      sources: ['https://developers.google.com/apps-script/reference/utilities/utilities#sleep(Integer)'],
    },
    () => {
      const e = env();
      const t0 = e.clock.now();
      e.gas.Utilities.sleep(500);
      expect(e.clock.now() - t0).toBeGreaterThanOrEqual(500);
      expect(() => e.gas.Utilities.sleep(300_001)).toThrow();
      expect(() => e.run({ kind: 'custom-function' }, () => e.gas.Utilities.sleep(31_000))).toThrow();
    },
  );
});
