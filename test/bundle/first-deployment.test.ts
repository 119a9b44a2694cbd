// What a real office meets on day one (issue 11): one test per fact of Apps Script that the offline
// runtime used to model wrongly, driven through build/Code.js on the corrected model.
import { describe, expect, it } from 'vitest';
import type { Home } from '../../src/gas/sidebar-api/public';
// @ts-expect-error: a plain .mjs tool without type declarations
import { PROJECT_TITLE } from '../../tools/lib/project.mjs';
import { MANIFEST, office } from './harness';

const MENU = { kind: 'menu' } as const;
const SIDEBAR = { kind: 'sidebar' } as const;
const PROCEDURE = '003-resignation-leaving-service';
const A = 'somchai@example.org';
const B = 'malee@example.org';

type Runtime = ReturnType<typeof office>;

function register(runtime: Runtime): string {
  const tab = runtime.callIn(MENU, 'createRegister', PROCEDURE) as string;
  runtime.callIn(SIDEBAR, 'savePerson', {
    row: null,
    expectEmail: '',
    name: 'สมชาย ใจดี',
    email: A,
    role: 'นักทรัพยากรบุคคล',
    supervisor: '',
    active: true,
    lang: '',
  });
  runtime.spreadsheet.edit(tab, 'B2:E3', [
    ['ลาออก ครู ก', A, '1/11/2569', '5/12/2569'],
    ['ลาออก ครู ข', A, '1/11/2569', '19/12/2569'],
  ]);
  return tab;
}

const runs = (runtime: Runtime) =>
  runtime.spreadsheet
    .values('_log')
    .slice(1)
    .filter((r) => String(r[1]).startsWith('run:'));

describe('Session needs userinfo.email once appsscript.json lists its scopes', () => {
  it('ships the scope, so installing the trigger, the hourly run and the sidebar all work', () => {
    expect(MANIFEST.oauthScopes).toContain('https://www.googleapis.com/auth/userinfo.email');
    const runtime = office({ user: A });
    register(runtime);
    runtime.callIn(SIDEBAR, 'installTrigger');
    const [fired] = runtime.fireTimeDriven(1);
    expect(fired?.error?.message).toBeUndefined();
    expect(runs(runtime).at(-1)?.[1]).toBe('run:done');
    expect((runtime.callIn(SIDEBAR, 'getMyCases', '') as { email: string }).email).toBe(A);
  });

  it('without it, the same run fails as Google fails it', () => {
    const scopes = (MANIFEST.oauthScopes as string[]).filter((s) => !s.endsWith('userinfo.email'));
    const runtime = office({ user: A, manifest: { ...MANIFEST, oauthScopes: scopes } });
    expect(() => runtime.callIn(SIDEBAR, 'installTrigger')).toThrow(
      /You do not have permission to call Session\.getEffectiveUser\. Required permissions: https:\/\/www\.googleapis\.com\/auth\/userinfo\.email/,
    );
  });
});

describe('developer metadata goes only on whole columns addressed as such', () => {
  it('creates a register whose every column binding is on a "C:C" column', () => {
    const runtime = office({ user: A });
    const tab = register(runtime);
    const columns = runtime.spreadsheet.metadata().filter((m) => m.key === 'kamnot.column');
    expect(columns.length).toBeGreaterThan(5);
    for (const m of columns) expect(m.location).toMatch(new RegExp(`^COLUMN ${tab}!([A-Z]+):\\1$`));
  });
});

describe('the hourly check belongs to the workbook, not to whoever looks', () => {
  it('a second officer sees the first one’s live check, cannot install a second one, and can take it over', () => {
    const runtime = office({ user: A });
    register(runtime);
    runtime.callIn(SIDEBAR, 'installTrigger');
    runtime.fireTimeDriven(1);
    runtime.setUser(B);
    const home = runtime.callIn(SIDEBAR, 'getHome') as Home;
    expect(home.trigger).toMatchObject({ state: 'running', installed: true, owner: A, mine: false });
    expect(() => runtime.callIn(SIDEBAR, 'installTrigger')).toThrow(
      /ทำงานอยู่แล้ว.*already running.*Take over/s,
    );
    expect(runtime.triggers.triggers.map((t) => t.owner)).toEqual([A]);
    // Taking over is explicit, says what it does, and leaves one check running.
    const taken = runtime.callIn(SIDEBAR, 'takeOverTrigger') as { owner: string; message: string };
    expect(taken.owner).toBe(B);
    expect(taken.message).toMatch(new RegExp(`${A}'s trigger removes itself at its next run`));
    const before = runs(runtime).length;
    runtime.fireTimeDriven(3);
    expect(runtime.triggers.triggers.map((t) => t.owner)).toEqual([B]);
    const after = runs(runtime).slice(before);
    expect(after.map((r) => r[3])).toEqual([B, B]);
    expect((runtime.callIn(SIDEBAR, 'getHome') as Home).trigger).toMatchObject({ owner: B, mine: true });
  });

  it('a check whose owner stopped running can be replaced by another officer', () => {
    const runtime = office({ user: A });
    runtime.callIn(SIDEBAR, 'installTrigger');
    runtime.fireTimeDriven(1);
    runtime.triggers.triggers = []; // A's account left the office: the trigger is gone
    runtime.clock.advance(4 * 3_600_000);
    runtime.setUser(B);
    expect((runtime.callIn(SIDEBAR, 'getHome') as Home).trigger.state).toBe('stale');
    const outcome = runtime.callIn(SIDEBAR, 'installTrigger') as { outcome: string; message: string };
    expect(outcome.outcome).toBe('installed');
    expect(outcome.message).toMatch(/replacing somchai@example\.org's/);
  });

  it('an editor add-on run given no spreadsheet says so on Home instead of skipping in silence', () => {
    const runtime = office({ user: A, deployment: 'addon', timeDrivenActiveSpreadsheet: 'null' });
    runtime.callIn(SIDEBAR, 'installTrigger');
    runtime.fireTimeDriven(1);
    expect(runtime.logs.map((l) => l.message).join('\n')).toMatch(/no spreadsheet/);
    const home = runtime.callIn(SIDEBAR, 'getHome') as Home;
    expect(home.trigger).toMatchObject({ state: 'no-spreadsheet', owner: A });
  });
});

describe('Home shows the trigger owner’s mail quota, not the viewer’s', () => {
  it('after the owner’s run sent mail, another officer sees what the owner has left', () => {
    const runtime = office({ user: A, start: '2026-12-08T07:30:00+07:00' });
    register(runtime);
    runtime.callIn(SIDEBAR, 'installTrigger');
    runtime.fireTimeDriven(2); // 08:30: the day's digests go out under A's quota
    expect(runtime.outbox.length).toBeGreaterThan(0);
    const left = runtime.remainingMailQuota(A);
    expect(left).toBeLessThan(100);
    runtime.setUser(B);
    expect(runtime.remainingMailQuota(B)).toBe(100);
    expect((runtime.callIn(SIDEBAR, 'getHome') as Home).ownerQuota).toBe(left);
  });
});

describe('Kamnot’s text columns are plain text, so a due date in words stays words', () => {
  it('writes "8 ธ.ค. 2569" as text, and the next run changes nothing', () => {
    const runtime = office({ user: A });
    const tab = register(runtime);
    runtime.callIn(MENU, 'runNow');
    const header = runtime.spreadsheet.values(tab, 'A1:Z1')[0]!;
    const due = header.indexOf('ครบกำหนด / Due');
    const cell = runtime.spreadsheet.values(tab)[1]![due];
    expect(typeof cell).toBe('string');
    expect(cell).toMatch(/^\d{1,2} [ก-๙.]+ 25\d\d$/);
    const second = runtime.callIn(MENU, 'runNow') as { changedCells: number };
    expect(second.changedCells).toBe(0);
  });
});

describe('a bound script’s Extensions submenu is named after its project', () => {
  it('the project `npm run deploy:create` makes is titled Kamnot, so the menu is Extensions › Kamnot', () => {
    const runtime = office({ projectTitle: PROJECT_TITLE });
    runtime.fireSimpleTrigger('onOpen', 'NONE');
    expect(runtime.ui.menus.map((m) => [m.caption, m.addon])).toEqual([['Kamnot', true]]);
    const untitled = office();
    untitled.fireSimpleTrigger('onOpen', 'NONE');
    expect(untitled.ui.menus[0]?.caption).toBe('Untitled project');
  });
});

describe('onEdit has no value or oldValue for a paste', () => {
  it('the audit names the pasted cells and their new values, and says the old ones are unknown', () => {
    const runtime = office({ user: A });
    const tab = register(runtime);
    runtime.fireOnEdit(tab, 'B4:C4', [['ลาออก ครู ง', A]]);
    const edits = runtime.spreadsheet
      .values('_log')
      .slice(1)
      .filter((r) => r[1] === 'edit');
    const entry = String(edits.at(-1)?.[2]);
    expect(entry).not.toMatch(/ → $/);
    expect(entry).toMatch(/B4:C4/);
    expect(entry).toMatch(/ลาออก ครู ง/);
    expect(entry).toMatch(/old values unknown/);
  });
});
