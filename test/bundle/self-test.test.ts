// checkInstallation through build/Code.js in the offline runtime: every check against the faults the
// runtime can inject, the workbook left as it was, the record in _selftest, the guided start.
import { describe, expect, it } from 'vitest';
import { SCOPES } from '../../src/local/runtime';
import { office } from './harness';

type Result = {
  id: string;
  status: string;
  found: { th: string; en: string };
  fix: { th: string; en: string } | null;
};
type View = { report: { results: Result[] } | null; text: string };

const check = (rt: ReturnType<typeof office>) => rt.call('runSelfTest') as View;
const result = (view: View, id: string) => {
  const r = view.report?.results.find((x) => x.id === id);
  if (!r) throw new Error(`no ${id} in ${JSON.stringify(view.report)}`);
  return r;
};
/** A date as Sheets stores it: days since 30 December 1899. */
const serial = (y: number, m: number, d: number) =>
  (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
const SETUP = { name: 'สมศรี', role: 'เจ้าหน้าที่', hour: 8, calendar: 'TH' };

/** A set-up office: the person, the tabs, the hourly check installed by officer@example.org. */
function ready(options: Parameters<typeof office>[0] = {}) {
  const rt = office(options);
  rt.call('runSetup', SETUP);
  return rt;
}

describe('checkInstallation', () => {
  it('on a set-up office: every check ok but the two that need Google, and the summary line', () => {
    const rt = ready();
    const text = rt.call('checkInstallation') as string;
    expect(text.split('\n').at(-1)).toBe(
      'self-test: 11 checks, 9 ok, 0 warnings, 0 failed, 2 need a live Google account',
    );
    const view = rt.call('getSelfTest') as View;
    const statuses = Object.fromEntries(view.report!.results.map((r) => [r.id, r.status]));
    expect(statuses).toEqual({
      deployment: 'ok',
      identity: 'ok',
      scopes: 'ok',
      metadata: 'ok',
      'text-writes': 'ok',
      formulas: 'not-possible',
      builtins: 'ok',
      triggers: 'ok',
      'zone-locale': 'ok',
      mail: 'ok',
      speed: 'not-possible',
    });
    // What setValues did, as found: the plain-text column kept each kind of text; a normal one did not.
    expect(result(view, 'text-writes').found.en).toMatch(
      /22 Nov 2026 → date:2026-11-22; K-1 → string:K-1; =K-1 → formula:=K-1/,
    );
    // The formulas as the code computes them, beside what the sheet did not compute in this run.
    expect(result(view, 'formulas').found.en).toMatch(/=DUEDATE\(C1, 15\) → in code Date "23\/11\/2026"/);
    expect(result(view, 'formulas').found.en).toMatch(/offline runtime never computes formulas/);
    // The menu item said it too, and opened the Check panel.
    expect(rt.ui.toasts.at(-1)?.message).toMatch(/^self-test: 11 checks/);
    expect(rt.ui.sidebars.at(-1)?.content).toContain('data-start="check"');
  });

  it('leaves the workbook as it was: the scratch tab removed, the active tab back, only _selftest written', () => {
    const rt = ready();
    rt.call('runSelfTest');
    rt.spreadsheet.edit('Sheet1', 'A1', [['งานของสำนักงาน']]);
    const before = rt.spreadsheet
      .sheetNames()
      .map((n) => (n === '_selftest' ? n : rt.spreadsheet.snapshotSheet(n)));
    const metadata = rt.spreadsheet.metadata();
    const active = rt.spreadsheet.selection().sheet;
    rt.call('runSelfTest');
    expect(
      rt.spreadsheet.sheetNames().map((n) => (n === '_selftest' ? n : rt.spreadsheet.snapshotSheet(n))),
    ).toEqual(before);
    expect(rt.spreadsheet.metadata()).toEqual(metadata);
    expect(rt.spreadsheet.selection().sheet).toBe(active);
  });

  it('a probe that throws is that check failed with its error; the scratch tab is removed all the same', () => {
    const rt = ready();
    rt.faults.during('Sheet.insertColumnsBefore', () => {
      throw new Error('Service Spreadsheets timed out while accessing document');
    });
    const view = check(rt);
    const metadata = result(view, 'metadata');
    expect(metadata.status).toBe('failed');
    expect(metadata.found.en).toMatch(/the check itself failed: Service Spreadsheets timed out/);
    expect(result(view, 'text-writes').status).toBe('ok');
    expect(rt.spreadsheet.sheetNames().some((n) => n.startsWith('_kamnot_check_'))).toBe(false);
  });

  it('a check killed mid-way leaves its scratch tab; the next check removes it', () => {
    const rt = ready();
    rt.faults.during('Range.getDisplayValues', () => rt.faults.killAfterCalls(1));
    expect(() => rt.call('runSelfTest')).toThrow(/killed/);
    expect(rt.spreadsheet.sheetNames().filter((n) => n.startsWith('_kamnot_check_'))).toHaveLength(1);
    rt.call('runSelfTest');
    expect(rt.spreadsheet.sheetNames().some((n) => n.startsWith('_kamnot_check_'))).toBe(false);
  });

  it('a scope left unticked (granular consent): scopes failed, naming what stops without it', () => {
    const rt = ready();
    rt.faults.untickScope(SCOPES.sendMail, 'officer@example.org');
    const view = check(rt);
    const scopes = result(view, 'scopes');
    expect(scopes.status).toBe('failed');
    expect(scopes.found.en).toMatch(
      /1 not granted or unticked: script\.send_mail \(without it: no reminder goes out/,
    );
    expect(scopes.fix?.en).toMatch(/tick "Select all"/);
    // The mail quota is read with MailApp, which the unticked scope now refuses: that check says why.
    expect(result(view, 'mail').status).toBe('failed');
    expect(result(view, 'mail').found.en).toMatch(
      /You do not have permission to call MailApp\.getRemainingDailyQuota/,
    );
  });

  it('without userinfo.email, who is signed in cannot be known: identity failed with Google’s words', () => {
    const rt = ready();
    rt.faults.untickScope(SCOPES.email);
    const view = check(rt);
    expect(result(view, 'scopes').found.en).toMatch(/userinfo\.email \(without it: the hourly check/);
    expect(result(view, 'identity').status).toBe('failed');
    expect(result(view, 'identity').found.en).toMatch(/Session\.getActiveUser/);
  });

  it('the hourly check owned by another officer: theirs is reported, with their quota after its last run', () => {
    const rt = office({ user: 'boss@example.org' });
    rt.call('runSetup', SETUP);
    rt.faults.quota(37);
    rt.fireTimeDriven(1);
    rt.setUser('officer@example.org');
    const view = check(rt);
    expect(result(view, 'triggers')).toMatchObject({ status: 'ok' });
    expect(result(view, 'triggers').found.en).toMatch(
      /running · owner boss@example\.org · yours: 0 · last run/,
    );
    expect(result(view, 'mail').found.en).toMatch(/^37 left \(after the last run\) for 1 recipient/);
    expect(result(view, 'identity').found.en).toMatch(
      /you: officer@example\.org .* owner: boss@example\.org/,
    );
  });

  it('the owner’s check silent for over 3 hours: a warning and what to press', () => {
    const rt = office({ user: 'boss@example.org' });
    rt.call('runSetup', SETUP);
    rt.fireTimeDriven(1);
    rt.faults.untickScope(SCOPES.scriptApp, 'boss@example.org'); // boss's runs fail from now on
    rt.clock.advance(4 * 3_600_000);
    rt.setUser('officer@example.org');
    const triggers = result(check(rt), 'triggers');
    expect(triggers.status).toBe('warning');
    expect(triggers.found.en).toMatch(/silent for over 3 hours · owner boss@example\.org/);
    expect(triggers.fix?.en).toMatch(/Install the hourly check/);
  });

  it('two triggers of one’s own: a warning to repair', () => {
    const rt = ready();
    rt.gas.ScriptApp.newTrigger('runHourly').timeBased().everyHours(1).create();
    const triggers = result(check(rt), 'triggers');
    expect(triggers.status).toBe('warning');
    expect(triggers.found.en).toMatch(/2 duplicate triggers of yours/);
  });

  it('no hourly check yet: a warning to install it, and the owner’s quota unknown', () => {
    const rt = office();
    const view = check(rt);
    expect(result(view, 'triggers')).toMatchObject({ status: 'warning' });
    expect(result(view, 'triggers').fix?.en).toMatch(/Install the hourly check/);
    expect(result(view, 'mail').status).toBe('not-possible');
  });

  it('a zone or a locale that differs: a warning with the setting to change', () => {
    const zone = result(
      check(ready({ spreadsheet: { timeZone: 'UTC', locale: 'th_TH', sheets: [{ name: 'Sheet1' }] } })),
      'zone-locale',
    );
    expect(zone.status).toBe('warning');
    expect(zone.found.en).toMatch(/the workbook's zone UTC differs from the script's Asia\/Bangkok/);
    expect(zone.fix?.en).toBe('File → Settings → Time zone: (GMT+07:00) Bangkok');
    const locale = result(
      check(
        ready({ spreadsheet: { timeZone: 'Asia/Bangkok', locale: 'en_US', sheets: [{ name: 'Sheet1' }] } }),
      ),
      'zone-locale',
    );
    expect(locale.found.en).toMatch(
      /locale en_US reads the month first: a date typed 1\/11\/2569 becomes 11 January/,
    );
    expect(locale.fix?.en).toBe('File → Settings → Locale: Thailand');
  });

  it('a mail quota of 0: mail failed, the reminders wait for tomorrow', () => {
    const rt = ready();
    rt.faults.quota(0);
    const mail = result(check(rt), 'mail');
    expect(mail.status).toBe('failed');
    expect(mail.found.en).toMatch(/^0 left \(now\): no reminder can go out today/);
  });

  it('an editor add-on whose hourly run gets no spreadsheet: deployment and the hourly check failed', () => {
    const rt = office({ deployment: 'addon', timeDrivenActiveSpreadsheet: 'null' });
    rt.call('runSetup', SETUP);
    expect(result(check(rt), 'deployment').status).toBe('not-possible');
    rt.fireTimeDriven(1);
    const view = check(rt);
    expect(result(view, 'deployment')).toMatchObject({ status: 'failed' });
    expect(result(view, 'deployment').found.en).toMatch(
      /APPS_MARKETPLACE_DOMAIN_ADD_ON.*gives it no workbook/,
    );
    expect(result(view, 'triggers').status).toBe('failed');
  });

  it('the formulas the sheet computes are read back and compared: right is ok, wrong is failed', () => {
    for (const [shown, status] of [
      ['23/11/2026', 'ok'],
      ['24/11/2026', 'failed'],
    ] as const) {
      const rt = ready();
      // Sheets computes the custom functions while the check waits (the runtime has no formula engine).
      rt.faults.during('Range.getDisplayValues', () => {
        const tab = rt.spreadsheet.sheetNames().find((n) => n.startsWith('_kamnot_check_'))!;
        const [d, m, y] = shown.split('/').map(Number) as [number, number, number];
        rt.spreadsheet.setComputed(tab, 'D1', serial(y, m, d));
        rt.spreadsheet.setComputed(tab, 'D2', '22 พฤศจิกายน 2569');
        rt.spreadsheet.setComputed(tab, 'D4', serial(2026, 12, 24));
      });
      const formulas = result(check(rt), 'formulas');
      expect(formulas.status).toBe(status);
      expect(formulas.found.en).toMatch(/in the sheet Date "\d\d\/\d\d\/2026" \d+ ms/);
    }
  });

  it('developer metadata already in the workbook is counted against the budget', () => {
    const rt = ready();
    rt.call('createRegister', '003-resignation-leaving-service');
    const metadata = result(check(rt), 'metadata');
    expect(metadata.status).toBe('ok');
    expect(metadata.found.en).toMatch(/the workbook holds [1-9]\d* items, [1-9]\d* characters/);
  });

  it('the copied report has every check in Thai and English, and _selftest reads back the same report', () => {
    const rt = ready();
    const view = check(rt);
    expect(view.text).toContain('Kamnot — ตรวจความพร้อม / installation check');
    expect(view.text.match(/^\[(ok|warning|failed|not possible here)\] /gm)).toHaveLength(11);
    expect((rt.call('getSelfTest') as View).report).toEqual(view.report);
    expect(rt.spreadsheet.values('_selftest', 'A1:B1')).toEqual([['check', 'status']]);
    expect(rt.spreadsheet.values('_selftest', 'A2:B2')).toEqual([['deployment', 'ok']]);
  });
});

describe('the guided start', () => {
  it('is offered on a workbook with nobody in People and no register, and not after it ran', () => {
    const rt = office();
    expect((rt.call('getHome') as { setupNeeded: boolean }).setupNeeded).toBe(true);
    rt.call('runSetup', SETUP);
    expect((rt.call('getHome') as { setupNeeded: boolean }).setupNeeded).toBe(false);
  });

  it('each step says what it did; run again it repairs and duplicates nothing', () => {
    const rt = office();
    type Steps = { steps: { id: string; status: string }[] };
    const first = rt.call('runSetup', { ...SETUP, hour: 7, calendar: 'TH-SCHOOL' }) as Steps;
    expect(first.steps.map((s) => `${s.id}:${s.status}`)).toEqual([
      'tabs:done',
      'person:done',
      'settings:done',
      'trigger:done',
      'selftest:done',
    ]);
    expect(rt.spreadsheet.values('People', 'A2:F2')).toEqual([
      ['สมศรี', 'officer@example.org', 'เจ้าหน้าที่', '', true, 'th'],
    ]);
    const settings = Object.fromEntries(rt.spreadsheet.values('Settings', 'A2:B20').map((r) => [r[0], r[1]]));
    expect(settings['reminder-hour']).toBe(7);
    expect(settings.calendar).toBe('TH-SCHOOL');
    // Someone deletes the People tab; the set-up again repairs it and changes nothing else.
    const ss = rt.gas.SpreadsheetApp.getActive()!;
    ss.deleteSheet(ss.getSheetByName('People')!);
    const again = rt.call('runSetup', { ...SETUP, hour: 7, calendar: 'TH-SCHOOL' }) as Steps;
    expect(again.steps.map((s) => `${s.id}:${s.status}`)).toEqual([
      'tabs:done',
      'person:done',
      'settings:already',
      'trigger:already',
      'selftest:done',
    ]);
    expect(rt.spreadsheet.values('People', 'A2:B3')).toEqual([
      ['สมศรี', 'officer@example.org'],
      ['', ''],
    ]);
    expect(rt.triggers.triggers.filter((t) => t.handler === 'runHourly')).toHaveLength(1);
  });

  it('a test digest goes to the person running the check, marked as a test, and is not a reminder', () => {
    const rt = ready();
    const sent = rt.call('sendTestDigest') as { sent: boolean; message: string };
    expect(sent.sent).toBe(true);
    expect(rt.outbox).toHaveLength(1);
    expect(rt.outbox[0]!.to).toEqual(['officer@example.org']);
    expect(rt.outbox[0]!.subject).toMatch(/^\[ทดสอบ \/ Test\]/);
    expect(rt.spreadsheet.values('_sent', 'A2:A2')).toEqual([['']]);
    rt.faults.quota(0);
    expect((rt.call('sendTestDigest') as { sent: boolean }).sent).toBe(false);
    expect(rt.outbox).toHaveLength(1);
  });
});
