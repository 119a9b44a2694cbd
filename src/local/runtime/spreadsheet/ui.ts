/**
 * Ui and Menu of the Sheets editor, recording what was shown instead of drawing it.
 * Sources: Ui / Menu references — createAddonMenu() puts items under Extensions › <name>: "If the
 * script is running as an add-on, the sub-menu name matches the add-on's name in the web store; if
 * the script is bound to the document directly, the sub-menu name matches the name of the script"
 * (a new bound project is "Untitled project");
 * alert/prompt return the button pressed (here: the next scripted answer, else the first button
 * of the set); showSidebar/showModalDialog take an HtmlOutput.
 */
import type { HtmlOutputImpl } from '../html';
import { SPEC } from '../kernel';
import type { Implements } from '../types';

type UI = GoogleAppsScript.Base.Ui;
type M = GoogleAppsScript.Base.Menu;

export type MenuEntry =
  | { readonly kind: 'item'; readonly caption: string; readonly functionName: string }
  | { readonly kind: 'separator' }
  | { readonly kind: 'submenu'; readonly menu: MenuRecord };

export interface MenuRecord {
  readonly caption: string;
  readonly addon: boolean;
  readonly entries: readonly MenuEntry[];
}

export interface ShownHtml {
  readonly kind: 'sidebar' | 'modal' | 'modeless';
  readonly title: string;
  readonly content: string;
  readonly width: number;
  readonly height: number;
  readonly at: number;
}

export interface AlertRecord {
  readonly kind: 'alert' | 'prompt';
  readonly title: string;
  readonly prompt: string;
  readonly buttons: string;
  readonly answer: string;
  readonly text?: string;
}

export interface ToastRecord {
  readonly message: string;
  readonly title: string;
  readonly timeoutSeconds: number | null;
  readonly at: number;
}

/** Everything the user would have seen. */
export class UiLog {
  /** Menus currently in the menu bar (the last addToUi of each caption wins). */
  menus: MenuRecord[] = [];
  readonly shown: ShownHtml[] = [];
  readonly alerts: AlertRecord[] = [];
  readonly toasts: ToastRecord[] = [];
  /** Scripted answers for the next alerts/prompts: a Button name, or { button, text } for prompts. */
  readonly answers: (string | { button: string; text: string })[] = [];

  get sidebars(): ShownHtml[] {
    return this.shown.filter((s) => s.kind === 'sidebar');
  }

  get dialogs(): ShownHtml[] {
    return this.shown.filter((s) => s.kind !== 'sidebar');
  }

  /** Finds a menu item by caption (in any menu or submenu). */
  findItem(caption: string): { caption: string; functionName: string } | undefined {
    const search = (entries: readonly MenuEntry[]): { caption: string; functionName: string } | undefined => {
      for (const e of entries) {
        if (e.kind === 'item' && e.caption === caption) return e;
        if (e.kind === 'submenu') {
          const found = search(e.menu.entries);
          if (found) return found;
        }
      }
      return undefined;
    };
    for (const m of this.menus) {
      const found = search(m.entries);
      if (found) return found;
    }
    return undefined;
  }
}

const BUTTON = Object.freeze({ CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' });
const BUTTON_SET = Object.freeze({
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
});
const FIRST_BUTTON: Record<string, string> = {
  OK: 'OK',
  OK_CANCEL: 'OK',
  YES_NO: 'YES',
  YES_NO_CANCEL: 'YES',
};

const UI_SPEC = {
  name: 'Ui',
  classify: (m: string) => ({
    cost: 'ui' as const,
    capability: m === 'createMenu' || m === 'createAddonMenu' ? ('ui.menu' as const) : ('ui.dialog' as const),
  }),
};
const MENU_SPEC = { name: 'Menu', classify: () => ({ cost: 'ui' as const, capability: 'ui.menu' as const }) };

export class MenuImpl implements Implements<M, 'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'> {
  readonly [SPEC] = MENU_SPEC;
  readonly _entries: MenuEntry[] = [];

  constructor(
    private readonly log: UiLog,
    readonly _caption: string,
    readonly _addon: boolean,
  ) {}

  _record(): MenuRecord {
    return { caption: this._caption, addon: this._addon, entries: [...this._entries] };
  }

  addItem(caption: string, functionName: string): MenuImpl {
    this._entries.push({ kind: 'item', caption: String(caption), functionName: String(functionName) });
    return this;
  }

  addSeparator(): MenuImpl {
    this._entries.push({ kind: 'separator' });
    return this;
  }

  addSubMenu(menu: MenuImpl): MenuImpl {
    this._entries.push({ kind: 'submenu', menu: menu._record() });
    return this;
  }

  addToUi(): void {
    const record = this._record();
    this.log.menus = [
      ...this.log.menus.filter((m) => m.caption !== record.caption || m.addon !== record.addon),
      record,
    ];
  }
}

export class UiImpl
  implements Implements<UI, 'createAddonMenu' | 'createMenu' | 'showModalDialog' | 'showSidebar'>
{
  readonly [SPEC] = UI_SPEC;
  readonly Button = BUTTON;
  readonly ButtonSet = BUTTON_SET;

  constructor(
    private readonly log: UiLog,
    private readonly addonName: string,
    private readonly now: () => number,
  ) {}

  createMenu(caption: string): MenuImpl {
    return new MenuImpl(this.log, String(caption), false);
  }

  createAddonMenu(): MenuImpl {
    return new MenuImpl(this.log, this.addonName, true);
  }

  #answer(buttons: string): { button: string; text: string } {
    const next = this.log.answers.shift();
    if (next === undefined) return { button: FIRST_BUTTON[buttons] ?? 'OK', text: '' };
    return typeof next === 'string' ? { button: next, text: '' } : next;
  }

  /** alert(prompt) | alert(prompt, buttons) | alert(title, prompt, buttons). */
  alert(a: string, b?: string, c?: string): string {
    const [title, prompt, buttons] =
      c !== undefined ? [a, b ?? '', c] : b !== undefined && b in FIRST_BUTTON ? ['', a, b] : ['', a, 'OK'];
    const { button } = this.#answer(buttons);
    this.log.alerts.push({ kind: 'alert', title, prompt, buttons, answer: button });
    return button;
  }

  #show(kind: ShownHtml['kind'], html: HtmlOutputImpl, title?: string): void {
    this.log.shown.push({
      kind,
      title: title ?? html.getTitle(),
      content: html.getContent(),
      width: html.getWidth(),
      height: html.getHeight(),
      at: this.now(),
    });
  }

  showSidebar(userInterface: HtmlOutputImpl): void {
    this.#show('sidebar', userInterface);
  }

  /** A dialog over the sheet, with the title given (Ui reference, showModalDialog). */
  showModalDialog(userInterface: HtmlOutputImpl, title: string): void {
    this.#show('modal', userInterface, title);
  }
}
