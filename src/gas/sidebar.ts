/** Opening the sidebar page (build/Sidebar.html), at the panel a menu item asked for. */
type HtmlServiceLike = Pick<GoogleAppsScript.HTML.HtmlService, 'createHtmlOutputFromFile'>;
type UiLike = Pick<GoogleAppsScript.Base.Ui, 'showSidebar'>;

export type StartPanel = 'home' | 'add' | 'digest' | 'report' | 'check' | 'help';

export function openSidebar(html: HtmlServiceLike, ui: UiLike, panel: StartPanel): void {
  const output = html.createHtmlOutputFromFile('Sidebar').setTitle('Kamnot กำหนด');
  // The panel name is one of the StartPanel constants, never user text: safe to put in the page.
  output.setContent(output.getContent().replace('<body>', `<body data-start="${panel}">`));
  ui.showSidebar(output);
}
