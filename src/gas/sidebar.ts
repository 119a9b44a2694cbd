/** Opening the sidebar page (build/Sidebar.html). */
type HtmlServiceLike = Pick<GoogleAppsScript.HTML.HtmlService, 'createHtmlOutputFromFile'>;
type UiLike = Pick<GoogleAppsScript.Base.Ui, 'showSidebar'>;

export function openSidebar(html: HtmlServiceLike, ui: UiLike): void {
  ui.showSidebar(html.createHtmlOutputFromFile('Sidebar').setTitle('Kamnot กำหนด'));
}
