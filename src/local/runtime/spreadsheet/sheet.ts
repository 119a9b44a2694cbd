/**
 * Sheet: one tab of the spreadsheet.
 *
 * SheetImpl is a chain of classes, one file per area of the Sheet reference:
 * - sheet-base.ts: identity (name, id, index, tab colour), size, showing and hiding the sheet;
 * - sheet-ranges.ts: getRange (A1 and numeric), the data range, the active range;
 * - sheet-structure.ts: inserting/deleting rows and columns, frozen rows/columns, sizes, hidden
 *   rows/columns;
 * - sheet-attached.ts: conditional formats, protections, filter, named ranges, developer metadata;
 * - this file: appending, clearing and sorting contents, and the check of the whole surface
 *   against the real Sheet's signatures.
 *
 * Source: Sheet reference. appendRow growing the sheet when the row does not fit, and sort leaving
 * frozen rows in place, are modelled.
 */
import type { Implements } from '../types';
import { signatureMessage } from '../utilities/utilities';
import { SheetAttached } from './sheet-attached';

export { duplicateSheetName } from './sheet-base';
export { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT } from './sheet-structure';

type SH = GoogleAppsScript.Spreadsheet.Sheet;

export class SheetImpl
  extends SheetAttached
  implements
    Implements<
      SH,
      | 'activate'
      | 'addDeveloperMetadata'
      | 'appendRow'
      | 'clear'
      | 'clearConditionalFormatRules'
      | 'clearContents'
      | 'clearFormats'
      | 'clearNotes'
      | 'createDeveloperMetadataFinder'
      | 'deleteColumn'
      | 'deleteColumns'
      | 'deleteRow'
      | 'deleteRows'
      | 'getActiveCell'
      | 'getActiveRange'
      | 'getColumnWidth'
      | 'getConditionalFormatRules'
      | 'getCurrentCell'
      | 'getDataRange'
      | 'getDeveloperMetadata'
      | 'getFilter'
      | 'getFrozenColumns'
      | 'getFrozenRows'
      | 'getIndex'
      | 'getLastColumn'
      | 'getLastRow'
      | 'getMaxColumns'
      | 'getMaxRows'
      | 'getName'
      | 'getNamedRanges'
      | 'getParent'
      | 'getProtections'
      | 'getRange'
      | 'getRangeList'
      | 'getRowHeight'
      | 'getSheetId'
      | 'getSheetName'
      | 'getSheetValues'
      | 'getTabColor'
      | 'getType'
      | 'hideColumns'
      | 'hideRows'
      | 'hideSheet'
      | 'insertColumnAfter'
      | 'insertColumnBefore'
      | 'insertColumns'
      | 'insertColumnsAfter'
      | 'insertColumnsBefore'
      | 'insertRowAfter'
      | 'insertRowBefore'
      | 'insertRows'
      | 'insertRowsAfter'
      | 'insertRowsBefore'
      | 'isColumnHiddenByUser'
      | 'isRowHiddenByUser'
      | 'isSheetHidden'
      | 'protect'
      | 'setActiveRange'
      | 'setActiveSelection'
      | 'setColumnWidth'
      | 'setColumnWidths'
      | 'setConditionalFormatRules'
      | 'setFrozenColumns'
      | 'setFrozenRows'
      | 'setName'
      | 'setRowHeight'
      | 'setTabColor'
      | 'showColumns'
      | 'showRows'
      | 'showSheet'
      | 'sort'
      | 'autoResizeColumns'
    >
{
  /** Writes a row after the last row with content, growing the sheet if needed. */
  appendRow(rowContents: unknown[]): SheetImpl {
    if (!Array.isArray(rowContents))
      this._fail(signatureMessage('SpreadsheetApp.Sheet.appendRow', [rowContents]));
    const row = this._sheet.lastRow() + 1;
    if (row > this._sheet.maxRows) this._ss.insert(this._sheet, 'ROWS', this._sheet.maxRows + 1, 1);
    if (rowContents.length > this._sheet.maxColumns)
      this._ss.insert(
        this._sheet,
        'COLUMNS',
        this._sheet.maxColumns + 1,
        rowContents.length - this._sheet.maxColumns,
      );
    if (rowContents.length > 0) this._range(row, 1, 1, rowContents.length)._write([rowContents]);
    return this;
  }

  // ---- clearing, sorting ----

  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): SheetImpl {
    this._range(1, 1, this._sheet.maxRows, this._sheet.maxColumns).clear(options);
    return this;
  }

  clearContents(): SheetImpl {
    return this.clear({ contentsOnly: true });
  }

  clearFormats(): SheetImpl {
    return this.clear({ formatOnly: true });
  }

  clearNotes(): SheetImpl {
    this._range(1, 1, this._sheet.maxRows, this._sheet.maxColumns).clearNote();
    return this;
  }

  sort(columnPosition: number, ascending = true): SheetImpl {
    const first = this._sheet.frozenRows + 1;
    const last = this._sheet.lastRow();
    if (last >= first)
      this._range(first, 1, last - first + 1, Math.max(1, this._sheet.lastColumn()))._sortRows(
        columnPosition,
        ascending,
      );
    return this;
  }
}
