/** The Report panel's server side: the options, the Report tab, and the print view in a dialog. */
import { type ReportAskInput, type ReportServices, reportPrintPage } from '../report/report';

export type HtmlLike = Pick<GoogleAppsScript.HTML.HtmlService, 'createHtmlOutput'>;
export type DialogUi = Pick<GoogleAppsScript.Base.Ui, 'showModalDialog'>;

/** A dialog as wide as an A4 page on screen (210 mm ≈ 794 px) with room for the print button. */
const WIDTH = 880;
const HEIGHT = 680;

export function showReportPrint(
  s: ReportServices,
  html: HtmlLike,
  ui: DialogUi,
  payload: ReportAskInput,
): string {
  const page = reportPrintPage(s, payload);
  ui.showModalDialog(html.createHtmlOutput(page.html).setWidth(WIDTH).setHeight(HEIGHT), page.title);
  return page.title;
}
