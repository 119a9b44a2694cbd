/**
 * What a sheet carries besides cells (a link of SheetImpl, see sheet-base.ts): conditional format
 * rules, protections, the filter, named ranges, developer metadata.
 *
 * Source: Sheet reference. The objects themselves: conditional-format.ts, attached.ts,
 * developer-metadata.ts.
 */
import { FilterImpl, NamedRangeImpl, ProtectionImpl, protect } from './attached';
import { ConditionalFormatRuleImpl } from './conditional-format';
import {
  addMetadata,
  DeveloperMetadataFinderImpl,
  type DeveloperMetadataImpl,
  metadataAt,
} from './developer-metadata';
import { RangeImpl } from './range';
import { SheetStructure } from './sheet-structure';

export class SheetAttached extends SheetStructure {
  // ---- conditional formats ----

  getConditionalFormatRules(): ConditionalFormatRuleImpl[] {
    return this._sheet.conditionalFormats.map(
      (m) =>
        new ConditionalFormatRuleImpl({
          condition: m.condition,
          format: m.format,
          ranges: m.ranges.map((g) => {
            const sheet = this._ss.sheetById(g.sheetId) ?? this._sheet;
            return new RangeImpl(this._env, this._ss, sheet, g.row, g.col, g.numRows, g.numCols);
          }),
        }),
    );
  }

  setConditionalFormatRules(rules: ConditionalFormatRuleImpl[]): void {
    this._sheet.conditionalFormats = rules.map((r) => r._toModel());
  }

  clearConditionalFormatRules(): void {
    this._sheet.conditionalFormats = [];
  }

  // ---- protections, filters, named ranges ----

  protect(): ProtectionImpl {
    return protect(this._env, this._ss, this._sheet, 'SHEET', this._sheet.whole());
  }

  getProtections(type: string): ProtectionImpl[] {
    return this._sheet.protections
      .filter((p) => p.type === type)
      .map((p) => new ProtectionImpl(this._env, this._ss, this._sheet, p));
  }

  getFilter(): FilterImpl | null {
    return this._sheet.filter ? new FilterImpl(this._env, this._ss, this._sheet, this._sheet.filter) : null;
  }

  getNamedRanges(): NamedRangeImpl[] {
    return this._ss.namedRanges
      .filter((n) => n.range.sheetId === this._sheet.id)
      .map((n) => new NamedRangeImpl(this._env, this._ss, n));
  }

  // ---- developer metadata ----

  addDeveloperMetadata(key: string, valueOrVisibility?: unknown, visibility?: unknown): this {
    const args = [key, valueOrVisibility, visibility].slice(
      0,
      visibility !== undefined ? 3 : valueOrVisibility !== undefined ? 2 : 1,
    );
    addMetadata(this._env, this._ss, { type: 'SHEET', sheetId: this._sheet.id }, args);
    return this;
  }

  getDeveloperMetadata(): DeveloperMetadataImpl[] {
    return metadataAt(this._env, this._ss, { type: 'SHEET', sheetId: this._sheet.id });
  }

  createDeveloperMetadataFinder(): DeveloperMetadataFinderImpl {
    return new DeveloperMetadataFinderImpl(this._env, this._ss, { kind: 'sheet', sheetId: this._sheet.id });
  }
}
