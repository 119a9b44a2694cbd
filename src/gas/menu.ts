/** The add-on menu. Built in onOpen, which may run in AuthMode.NONE: it touches nothing but the Ui. */
type UiLike = Pick<GoogleAppsScript.Base.Ui, 'createAddonMenu'>;

export function buildMenu(ui: UiLike): void {
  ui.createAddonMenu().addItem('เปิด Kamnot / Open Kamnot', 'showSidebar').addToUi();
}
