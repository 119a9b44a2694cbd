/**
 * RangeList: several ranges of one sheet, here only to be selected (Sheet.getRangeList + activate),
 * which is how the sidebar shows a register's overdue rows. Source: RangeList reference — activate()
 * selects every range and makes the last one the active range.
 */
import { SPEC } from '../kernel';
import type { Implements } from '../types';
import { sheetsSpec } from './env';
import type { SpreadsheetModel } from './model';
import type { RangeImpl } from './range';

const RANGE_LIST_SPEC = sheetsSpec('RangeList');

export class RangeListImpl
  implements Implements<GoogleAppsScript.Spreadsheet.RangeList, 'activate' | 'getRanges'>
{
  readonly [SPEC] = RANGE_LIST_SPEC;

  constructor(
    private readonly ss: SpreadsheetModel,
    private readonly ranges: readonly RangeImpl[],
  ) {}

  getRanges(): RangeImpl[] {
    return [...this.ranges];
  }

  activate(): this {
    for (const r of this.ranges) r.activate();
    this.ss.selection = this.ranges.map((r) => r._grid());
    return this;
  }
}
