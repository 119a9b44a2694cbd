/**
 * The Report tab, written on demand: cleared, then the whole report as one block (values, then its
 * number formats, weights and shading, one call each), whatever the number of registers or cases.
 */
import type { ReportGrid } from '../../core/report/grid';
import type { Sheet, Spreadsheet } from '../workbook/services';
import { TAB } from '../workbook/tabs';

export function writeReportTab(ss: Spreadsheet, grid: ReportGrid): Sheet {
  const sheet = ss.getSheetByName(TAB.report) ?? ss.insertSheet(TAB.report);
  sheet.clear();
  const rows = grid.values.length;
  const width = grid.width;
  if (sheet.getMaxColumns() < width)
    sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
  if (sheet.getMaxRows() < rows) sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
  const range = sheet.getRange(1, 1, rows, width);
  // Formats first: a number written into a cell formatted as a percentage shows as one.
  range.setNumberFormats(grid.formats);
  range.setValues(grid.values);
  range.setFontWeights(grid.weights);
  range.setBackgrounds(grid.backgrounds);
  grid.columnWidths.forEach((px, i) => {
    sheet.setColumnWidth(i + 1, px);
  });
  return sheet;
}
