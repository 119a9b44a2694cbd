/** The sidebar: one tab per panel; Thai by default, English by a toggle; opened at the menu's panel. */
import { loadAdd, renderAdd } from './add-register';
import { loadCheck, renderCheck } from './check';
import { askMine, loadDigestPanel, renderDigestPanel } from './digest-panel';
import { el } from './dom';
import { loadHelp, renderHelp } from './help';
import { loadHome, renderHome } from './home';
import { lang, setLang, tr } from './i18n';
import { loadMyCases, renderMyCases } from './my-cases';
import { loadPeople, renderPeople } from './people';
import { loadProcedures, renderProcedures } from './procedures';
import { loadReport, renderReport } from './report';
import { loadSettings, renderSettings } from './settings';

type PanelId =
  | 'home'
  | 'mine'
  | 'add'
  | 'people'
  | 'procedures'
  | 'report'
  | 'settings'
  | 'digest'
  | 'check'
  | 'help';

const PANELS: Record<
  PanelId,
  { th: string; en: string; load(p: HTMLElement): unknown; render(p: HTMLElement): void }
> = {
  home: { th: 'ภาพรวม', en: 'Home', load: loadHome, render: renderHome },
  mine: { th: 'ของฉัน', en: 'Mine', load: loadMyCases, render: renderMyCases },
  add: { th: 'เพิ่มทะเบียน', en: 'Add', load: loadAdd, render: renderAdd },
  people: { th: 'บุคลากร', en: 'People', load: loadPeople, render: renderPeople },
  procedures: { th: 'กระบวนงาน', en: 'Procedures', load: loadProcedures, render: renderProcedures },
  report: { th: 'รายงาน', en: 'Report', load: loadReport, render: renderReport },
  settings: { th: 'ตั้งค่า', en: 'Settings', load: loadSettings, render: renderSettings },
  digest: { th: 'อีเมลสรุป', en: 'Digest', load: loadDigestPanel, render: renderDigestPanel },
  check: { th: 'ตรวจ', en: 'Check', load: loadCheck, render: renderCheck },
  help: { th: 'วิธีใช้', en: 'Help', load: loadHelp, render: renderHelp },
};
const IDS = Object.keys(PANELS) as PanelId[];

let active: PanelId = 'home';
const loaded = new Set<PanelId>();
const nav = document.getElementById('tabs')!;
const main = document.getElementById('app')!;
const toggle = document.getElementById('lang-toggle') as HTMLButtonElement;
const panels = new Map<PanelId, HTMLElement>();

for (const id of IDS) {
  const panel = el('section', {
    id: `panel-${id}`,
    role: 'tabpanel',
    'aria-labelledby': `tab-${id}`,
    tabindex: '0',
  });
  panel.hidden = true;
  panels.set(id, panel);
  main.append(panel);
  const button = el('button', {
    type: 'button',
    role: 'tab',
    id: `tab-${id}`,
    'aria-controls': `panel-${id}`,
  });
  button.addEventListener('click', () => show(id));
  button.addEventListener('keydown', (event) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    const next = IDS[(IDS.indexOf(id) + step + IDS.length) % IDS.length]!;
    show(next);
    document.getElementById(`tab-${next}`)?.focus();
  });
  nav.append(button);
}

function labels(): void {
  for (const id of IDS) {
    const b = document.getElementById(`tab-${id}`)!;
    b.textContent = tr(PANELS[id].th, PANELS[id].en);
    b.setAttribute('aria-selected', String(id === active));
    b.tabIndex = id === active ? 0 : -1;
  }
  toggle.textContent = lang() === 'th' ? 'English' : 'ภาษาไทย';
  toggle.setAttribute('aria-label', tr('เปลี่ยนภาษาเป็นอังกฤษ', 'Switch to Thai'));
}

function show(id: PanelId): void {
  active = id;
  for (const [pid, panel] of panels) panel.hidden = pid !== id;
  labels();
  const panel = panels.get(id)!;
  if (!loaded.has(id)) {
    loaded.add(id);
    PANELS[id].render(panel);
    void PANELS[id].load(panel);
  }
}

toggle.addEventListener('click', () => {
  setLang(lang() === 'th' ? 'en' : 'th');
  labels();
  for (const id of loaded) PANELS[id].render(panels.get(id)!);
});

// The menu item that opened the sidebar names its panel (server-side, one of a fixed list).
const start = document.body.dataset.start as PanelId | undefined;
if (start === 'digest') askMine();
show(start && start in PANELS ? start : 'home');
