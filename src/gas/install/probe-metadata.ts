/**
 * Developer metadata, live: on a sheet, on a whole column, and following its column when a column is
 * inserted before it (what binds a register to its procedure); and how much the workbook holds.
 */
import type { MetadataSeen } from '../../core/install/workbook';
import { wholeColumns } from '../workbook/register-tab';
import type { Sheet, Spreadsheet } from '../workbook/services';

const KEY = 'kamnot.selftest';

type Finder = GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;

const charsOf = (finder: Finder) =>
  finder.find().reduce((n, md) => n + md.getKey().length + (md.getValue() ?? '').length, 0);

/** How much metadata the workbook holds, before the check adds any. */
export function metadataHeld(ss: Spreadsheet): Pick<MetadataSeen, 'count' | 'chars' | 'busiest'> {
  const all = ss.createDeveloperMetadataFinder().find();
  const chars = all.reduce((n, md) => n + md.getKey().length + (md.getValue() ?? '').length, 0);
  const perSheet = ss.getSheets().map((s) => charsOf(s.createDeveloperMetadataFinder()));
  const onSpreadsheet = chars - perSheet.reduce((a, b) => a + b, 0);
  return { count: all.length, chars, busiest: Math.max(onSpreadsheet, ...perSheet, 0) };
}

/** On the scratch tab: a sheet tag, a column tag on B, then a column inserted before B. */
export function probeMetadata(sheet: Sheet): Pick<MetadataSeen, 'onSheet' | 'onColumn' | 'followsInsert'> {
  sheet.addDeveloperMetadata(KEY, 'sheet');
  const onSheet = sheet.getDeveloperMetadata().some((md) => md.getKey() === KEY && md.getValue() === 'sheet');
  wholeColumns(sheet, 2).addDeveloperMetadata(KEY, 'column');
  const columnOf = () =>
    sheet
      .createDeveloperMetadataFinder()
      .withKey(KEY)
      .find()
      .map((md) => md.getLocation().getColumn())
      .find((c) => c !== null);
  const onColumn = columnOf()?.getColumn() === 2;
  sheet.insertColumnsBefore(2, 1);
  const followsInsert = columnOf()?.getColumn() === 3;
  return { onSheet, onColumn, followsInsert };
}
