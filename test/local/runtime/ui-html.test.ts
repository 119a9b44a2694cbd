import { describe, expect, it } from 'vitest';
import { createEnvironment, loadBundle } from '../../../src/local/runtime';

const BUNDLE = `
function onOpen(e) {
  var ui = SpreadsheetApp.getUi();
  ui.createAddonMenu()
    .addItem('เปิดแถบด้านข้าง', 'showSidebar')
    .addSeparator()
    .addSubMenu(ui.createMenu('Tools').addItem('Run now', 'runNow'))
    .addToUi();
}
function include(name) { return HtmlService.createHtmlOutputFromFile(name).getContent(); }
function showSidebar() {
  var t = HtmlService.createTemplateFromFile('Sidebar');
  t.officer = '<Somchai & co>';
  var html = t.evaluate().setTitle('Kamnot').setWidth(300);
  SpreadsheetApp.getUi().showSidebar(html);
  return html.getContent();
}
function runNow() {
  var ui = SpreadsheetApp.getUi();
  var answer = ui.alert('Run now?', 'This sends reminders.', ui.ButtonSet.YES_NO);
  if (answer !== ui.Button.YES) return 'cancelled';
  SpreadsheetApp.getActive().toast('Done', 'Kamnot', 3);
  return 'ran';
}
function MISSING() { return HtmlService.createHtmlOutputFromFile('Nope'); }
`;

const htmlFiles = {
  Sidebar:
    '<h1>สวัสดี <?= officer ?></h1><?!= include("Style") ?><? for (var i = 0; i < 2; i++) { ?><i><?= i ?></i><? } ?>',
  'Style.html': '<style>b{}</style>',
};

describe('Ui', () => {
  it('records menus, sidebars, alerts and toasts; clickMenu runs an item', () => {
    const rt = loadBundle(BUNDLE, { htmlFiles, addonName: 'Kamnot' });
    rt.fireSimpleTrigger('onOpen', 'NONE');
    expect(rt.ui.menus).toEqual([
      {
        caption: 'Kamnot',
        addon: true,
        entries: [
          { kind: 'item', caption: 'เปิดแถบด้านข้าง', functionName: 'showSidebar' },
          { kind: 'separator' },
          {
            kind: 'submenu',
            menu: {
              caption: 'Tools',
              addon: false,
              entries: [{ kind: 'item', caption: 'Run now', functionName: 'runNow' }],
            },
          },
        ],
      },
    ]);
    const content = rt.clickMenu('เปิดแถบด้านข้าง');
    expect(content).toBe('<h1>สวัสดี &lt;Somchai &amp; co&gt;</h1><style>b{}</style><i>0</i><i>1</i>');
    expect(rt.ui.sidebars).toEqual([
      expect.objectContaining({ kind: 'sidebar', title: 'Kamnot', width: 300, content }),
    ]);
    rt.ui.answers.push('NO');
    expect(rt.clickMenu('Run now')).toBe('cancelled');
    expect(rt.clickMenu('Run now')).toBe('ran'); // unscripted: the first button of the set (YES)
    expect(rt.ui.alerts.map((a) => [a.title, a.answer])).toEqual([
      ['Run now?', 'NO'],
      ['Run now?', 'YES'],
    ]);
    expect(rt.ui.toasts).toEqual([
      expect.objectContaining({ message: 'Done', title: 'Kamnot', timeoutSeconds: 3 }),
    ]);
  });

  it('reports a missing HTML file with the production message', () => {
    const rt = loadBundle(BUNDLE, { htmlFiles });
    expect(() => rt.call('MISSING')).toThrow('No HTML file named Nope was found.');
  });
});

describe('HtmlService from Node', () => {
  it('builds outputs and templates with enums', () => {
    const env = createEnvironment();
    const hs = env.gas.HtmlService;
    const out = hs
      .createHtmlOutput('<p>a</p>')
      .append('<p>b</p>')
      .appendUntrusted('<script>')
      .setTitle('T')
      .setWidth(420)
      .setHeight(200);
    out.setXFrameOptionsMode(hs.XFrameOptionsMode.ALLOWALL).setSandboxMode(hs.SandboxMode.IFRAME);
    expect(out.getContent()).toBe('<p>a</p><p>b</p>&lt;script&gt;');
    expect([out.getTitle(), out.getWidth(), out.getHeight()]).toEqual(['T', 420, 200]);
    const t = hs.createTemplate('<?= a + 1 ?>');
    t.a = 41;
    expect(t.evaluate().getContent()).toBe('42');
    expect(t.getRawContent()).toBe('<?= a + 1 ?>');
  });
});
