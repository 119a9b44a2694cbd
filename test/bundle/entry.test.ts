// The built project as Apps Script sees it: top-level functions with JSDoc, the manifest, the
// menu in AuthMode NONE, the sidebar page.
import { describe, expect, it } from 'vitest';
import { CODE, load, MANIFEST, SIDEBAR } from './harness';

const FORMULAS = ['DUEDATE', 'WORKDAYSBETWEEN', 'THAIDATE', 'FISCALYEAR', 'FISCALQUARTER'];

describe('build/Code.js', () => {
  it('declares every formula as a top-level function with @customfunction JSDoc in Thai and English', () => {
    const runtime = load();
    for (const name of FORMULAS) {
      expect(runtime.has(name), name).toBe(true);
      const doc =
        new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*function ${name}\\(`).exec(CODE)?.[1] ?? '';
      expect(doc, name).toContain('@customfunction');
      expect(doc, name).toMatch(/[\u0e00-\u0e7f]/);
      expect(doc, name).toMatch(/@param|@return/);
    }
  });

  it('has no import/export left and a manifest with V8, Bangkok and exactly the five scopes', () => {
    expect(CODE).not.toMatch(/^\s*(import|export)\s/m);
    expect(MANIFEST.runtimeVersion).toBe('V8');
    expect(MANIFEST.timeZone).toBe('Asia/Bangkok');
    expect(MANIFEST.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/script.send_mail',
      'https://www.googleapis.com/auth/script.scriptapp',
      'https://www.googleapis.com/auth/userinfo.email',
    ]);
  });

  it('onOpen builds the menu in AuthMode NONE, touching no other service', () => {
    const runtime = load();
    runtime.fireSimpleTrigger('onOpen', 'NONE');
    const captions = runtime.ui.menus.map((m) =>
      m.entries.map((e) => (e.kind === 'item' ? e.caption : e.kind)),
    );
    expect(captions).toEqual([
      [
        'เปิด Kamnot / Open Kamnot',
        'เพิ่มทะเบียน / Add a register',
        'ตรวจเดี๋ยวนี้ / Run the check now',
        'ดูตัวอย่างอีเมลสรุปของฉัน / Preview my digest',
        'รายงานสถิติการให้บริการ / Service statistics report',
        'ติดตั้ง/ซ่อมการตรวจทุกชั่วโมง / Install or repair the hourly check',
        'ตรวจความพร้อม / Check this installation',
        'separator',
        'วิธีใช้ / Help',
      ],
    ]);
    const calls = Object.keys(runtime.calls.snapshot());
    const services = calls.filter((name) => !/^(Ui|Menu)\.|^SpreadsheetApp\.getUi$/.test(name));
    expect(services).toEqual([]);
  });

  it('the menu opens the sidebar, a self-contained page that asks the server for Home and writes no HTML from data', () => {
    const runtime = load();
    runtime.fireSimpleTrigger('onOpen', 'NONE');
    runtime.clickMenu('เปิด Kamnot / Open Kamnot');
    expect(runtime.ui.sidebars).toHaveLength(1);
    expect(SIDEBAR).toContain('<script>');
    expect(SIDEBAR).not.toMatch(/<script[^>]+src=/);
    expect(SIDEBAR).toContain('call("getHome")');
    expect(SIDEBAR).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });

  it('each menu item that opens the sidebar opens it at its own panel', () => {
    const runtime = load();
    runtime.fireSimpleTrigger('onOpen', 'NONE');
    const items = [
      ['เปิด Kamnot / Open Kamnot', 'home'],
      ['เพิ่มทะเบียน / Add a register', 'add'],
      ['ดูตัวอย่างอีเมลสรุปของฉัน / Preview my digest', 'digest'],
      ['รายงานสถิติการให้บริการ / Service statistics report', 'report'],
      ['วิธีใช้ / Help', 'help'],
    ] as const;
    for (const [caption] of items) runtime.clickMenu(caption);
    expect(runtime.ui.sidebars.map((s) => /<body data-start="(\w+)">/.exec(s.content)?.[1])).toEqual(
      items.map(([, panel]) => panel),
    );
  });
});
