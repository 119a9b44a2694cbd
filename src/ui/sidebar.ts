/** The sidebar: Home, Add a register, Settings, Digest preview; Thai by default, English by a toggle. */
import { loadAdd, renderAdd } from './add-register';
import { loadDigestPanel, renderDigestPanel } from './digest-panel';
import { el } from './dom';
import { loadHome, renderHome } from './home';
import { lang, setLang, tr } from './i18n';
import { loadSettings, renderSettings } from './settings';

type PanelId = 'home' | 'add' | 'settings' | 'digest';

const PANELS: Record<
  PanelId,
  { th: string; en: string; load(p: HTMLElement): unknown; render(p: HTMLElement): void }
> = {
  home: { th: 'ภาพรวม', en: 'Home', load: loadHome, render: renderHome },
  add: { th: 'เพิ่มทะเบียน', en: 'Add', load: loadAdd, render: renderAdd },
  settings: { th: 'ตั้งค่า', en: 'Settings', load: loadSettings, render: renderSettings },
  digest: { th: 'อีเมลสรุป', en: 'Digest', load: loadDigestPanel, render: renderDigestPanel },
};

let active: PanelId = 'home';
const loaded = new Set<PanelId>();
const nav = document.getElementById('tabs')!;
const main = document.getElementById('app')!;
const toggle = document.getElementById('lang-toggle') as HTMLButtonElement;
const panels = new Map<PanelId, HTMLElement>();

for (const id of Object.keys(PANELS) as PanelId[]) {
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
    const ids = Object.keys(PANELS) as PanelId[];
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    const next = ids[(ids.indexOf(id) + step + ids.length) % ids.length]!;
    show(next);
    document.getElementById(`tab-${next}`)?.focus();
  });
  nav.append(button);
}

function labels(): void {
  for (const id of Object.keys(PANELS) as PanelId[]) {
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

show('home');
