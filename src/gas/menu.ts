/** The add-on menu. Built in onOpen, which may run in AuthMode.NONE: it touches nothing but the Ui. */
type UiLike = Pick<GoogleAppsScript.Base.Ui, 'createAddonMenu'>;

export function buildMenu(ui: UiLike): void {
  ui.createAddonMenu()
    .addItem('เปิด Kamnot / Open Kamnot', 'showSidebar')
    .addItem('เพิ่มทะเบียน / Add a register', 'showAddRegister')
    .addItem('ตรวจเดี๋ยวนี้ / Run the check now', 'runNow')
    .addItem('ดูตัวอย่างอีเมลสรุปของฉัน / Preview my digest', 'showMyDigest')
    .addItem('รายงานสถิติการให้บริการ / Service statistics report', 'showReport')
    .addItem('ติดตั้ง/ซ่อมการตรวจทุกชั่วโมง / Install or repair the hourly check', 'installHourly')
    .addItem('ตรวจความพร้อม / Check this installation', 'checkInstallation')
    .addSeparator()
    .addItem('วิธีใช้ / Help', 'showHelp')
    .addToUi();
}
