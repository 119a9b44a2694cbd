// biome-ignore-all lint: written on purpose the way public Apps Script reminder scripts are written.
/**
 * A naive overdue-reminder script, as an office would paste it into Extensions → Apps Script. The
 * benchmark (tools/bench/naive.ts) runs it in the offline runtime on Kamnot's own benchmark workbook
 * to compare service calls, emails and Apps Script time. It is not part of Kamnot.
 *
 * Modelled on the patterns of public scripts:
 * - googleworkspace/apps-script-samples, gmail/sendingEmails/sendingEmails.gs (`sendEmails2`): one
 *   MailApp.sendEmail per row, then `sheet.getRange(row, col).setValue(EMAIL_SENT)` and
 *   `SpreadsheetApp.flush()` per row so an interrupted run does not send twice;
 * - rei620m/apps_script, overdue_invoice.gs: overdue when the due date `< new Date()` and the status
 *   is not done, one email per overdue row, run by a daily time-driven trigger;
 * - the per-cell `sheet.getRange(i, c).getValue()` loop that guides on the 6-minute limit name as
 *   the usual cause of "Exceeded maximum execution time" (zidooka.com/archives/685; byyours.com
 *   2026/05/15 "Troubleshooting Execution Timeout"): `sendOverdueReminders` reads that way;
 *   `sendOverdueRemindersBatched` reads each sheet with one getDataRange().getValues(), as most of
 *   the public reminder scripts found do, and still sends and flags row by row.
 *
 * The register has no due-date column (Kamnot computes it), so the script does what such scripts
 * do: due = date received + DAYS_ALLOWED calendar days. It is generous where a pasted script
 * usually is not: it skips rows whose assignee is not an email address (instead of dying on
 * "Invalid email"), and takes a year above 2400 for a Buddhist-era year.
 */

var DAYS_ALLOWED = 5; // "ภายใน 5 วัน": after 1 day, the most common step standard in the catalogue
var ID_HEADER = 'รหัสเรื่อง / Case ID'; // A1 of a register tab
var STATUS_HEADER = 'สถานะเรื่อง / Case status';
var FLAG_HEADER = 'แจ้งเตือนแล้ว / Reminded';
var SENT = 'ส่งแล้ว';
var CLOSED = ['ปิดเรื่อง', 'ยกเลิก'];
var COL_ID = 1;
var COL_SUBJECT = 2;
var COL_ASSIGNEE = 3;
var COL_RECEIVED = 4;
var MS_PER_DAY = 24 * 60 * 60 * 1000;

/** Per-cell reads: getRange(row, col).getValue() for every cell the loop looks at. */
function sendOverdueReminders() {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  var sheets = ss.getSheets();
  var today = new Date();
  for (var s = 0; s < sheets.length; s++) {
    var sheet = sheets[s];
    if (sheet.getRange(1, 1).getValue() != ID_HEADER) continue; // not a register
    var lastRow = sheet.getLastRow();
    var lastCol = sheet.getLastColumn();
    var statusCol = 0;
    var flagCol = 0;
    for (var c = 1; c <= lastCol; c++) {
      var header = sheet.getRange(1, c).getValue();
      if (header == STATUS_HEADER) statusCol = c;
      if (header == FLAG_HEADER) flagCol = c;
    }
    if (flagCol == 0) flagCol = addFlagColumn_(sheet, lastCol);
    for (var r = 2; r <= lastRow; r++) {
      var email = sheet.getRange(r, COL_ASSIGNEE).getValue();
      var received = sheet.getRange(r, COL_RECEIVED).getValue();
      var status = sheet.getRange(r, statusCol).getValue();
      var flag = sheet.getRange(r, flagCol).getValue();
      if (CLOSED.indexOf(status) >= 0 || flag == SENT) continue;
      if (!isOverdue_(received, today) || String(email).indexOf('@') < 0) continue;
      var caseId = sheet.getRange(r, COL_ID).getValue();
      var subject = sheet.getRange(r, COL_SUBJECT).getValue();
      remind_(sheet, r, flagCol, email, caseId, subject, received);
    }
  }
}

/** One read per sheet, as most public reminder scripts do; still one email and one flag per row. */
function sendOverdueRemindersBatched() {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  var sheets = ss.getSheets();
  var today = new Date();
  for (var s = 0; s < sheets.length; s++) {
    var sheet = sheets[s];
    var data = sheet.getDataRange().getValues();
    if (data.length == 0 || data[0][0] != ID_HEADER) continue;
    var statusCol = data[0].indexOf(STATUS_HEADER) + 1;
    var flagCol = data[0].indexOf(FLAG_HEADER) + 1;
    if (flagCol == 0) flagCol = addFlagColumn_(sheet, data[0].length);
    for (var i = 1; i < data.length; i++) {
      var row = data[i];
      var email = row[COL_ASSIGNEE - 1];
      if (CLOSED.indexOf(row[statusCol - 1]) >= 0 || row[flagCol - 1] == SENT) continue;
      if (!isOverdue_(row[COL_RECEIVED - 1], today) || String(email).indexOf('@') < 0) continue;
      remind_(sheet, i + 1, flagCol, email, row[COL_ID - 1], row[COL_SUBJECT - 1], row[COL_RECEIVED - 1]);
    }
  }
}

function isOverdue_(received, today) {
  if (received === '' || received === null) return false;
  var start = new Date(received);
  if (isNaN(start.getTime())) return false; // text the script cannot read ("12 พ.ย. 2569")
  if (start.getFullYear() > 2400) start.setFullYear(start.getFullYear() - 543);
  var due = new Date(start.getTime() + DAYS_ALLOWED * MS_PER_DAY);
  return due < today;
}

function remind_(sheet, row, flagCol, email, caseId, subject, received) {
  var body = [
    'เรื่อง ' + subject + ' (' + caseId + ')',
    'รับเรื่องเมื่อ ' + received + ' เกินกำหนด ' + DAYS_ALLOWED + ' วันแล้ว',
    'แท็บ: ' + sheet.getName() + ' แถวที่ ' + row,
  ].join('\n');
  MailApp.sendEmail(email, 'เตือน: เรื่องเกินกำหนด ' + caseId, body);
  sheet.getRange(row, flagCol).setValue(SENT);
  SpreadsheetApp.flush(); // as the sample does: the flag is saved even if the run dies next
}

function addFlagColumn_(sheet, lastCol) {
  if (lastCol >= sheet.getMaxColumns()) sheet.insertColumnAfter(lastCol);
  sheet.getRange(1, lastCol + 1).setValue(FLAG_HEADER);
  return lastCol + 1;
}
