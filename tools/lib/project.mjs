// The Apps Script project's title. A container-bound script's Extensions submenu carries its project's
// title (Ui.createAddonMenu reference), and a bound project made from Sheets is "Untitled project":
// `npm run deploy:create` names it, so officers find Extensions › Kamnot.
export const PROJECT_TITLE = 'Kamnot';
