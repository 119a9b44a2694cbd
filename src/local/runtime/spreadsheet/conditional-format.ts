/**
 * Conditional format rules and their builder (SpreadsheetApp.newConditionalFormatRule()).
 * Source: ConditionalFormatRuleBuilder / BooleanCondition references. Rules are stored on the sheet
 * with their ranges and move with inserted/deleted rows like other attached ranges. Only boolean
 * conditions are modelled (no gradients); nothing is rendered.
 */
import { SPEC } from '../kernel';
import type { Implements } from '../types';
import { builderSpec } from './env';
import type { GridRange } from './grid-range';
import type { ConditionalFormatModel, ConditionModel } from './model';
import type { RangeImpl } from './range';

type CFR = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
type CFRB = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
type BC = GoogleAppsScript.Spreadsheet.BooleanCondition;

type Format = ConditionalFormatModel['format'];

const BC_SPEC = builderSpec('BooleanCondition');
const CFR_SPEC = builderSpec('ConditionalFormatRule');
const CFRB_SPEC = builderSpec('ConditionalFormatRuleBuilder');

export class BooleanConditionImpl implements Implements<BC, 'getCriteriaType' | 'getCriteriaValues'> {
  readonly [SPEC] = BC_SPEC;
  constructor(
    private readonly condition: ConditionModel,
    private readonly format: Format,
  ) {}

  getCriteriaType(): string {
    return this.condition.type;
  }

  getCriteriaValues(): unknown[] {
    return [...this.condition.values];
  }

  getBackground(): string | null {
    return this.format.background ?? null;
  }
}

interface RuleParts {
  readonly condition: ConditionModel | null;
  readonly format: Format;
  readonly ranges: readonly RangeImpl[];
}

export class ConditionalFormatRuleImpl
  implements Implements<CFR, 'copy' | 'getBooleanCondition' | 'getRanges'>
{
  readonly [SPEC] = CFR_SPEC;
  constructor(readonly _parts: RuleParts) {}

  copy(): ConditionalFormatRuleBuilderImpl {
    return new ConditionalFormatRuleBuilderImpl(this._parts);
  }

  getBooleanCondition(): BooleanConditionImpl | null {
    return this._parts.condition ? new BooleanConditionImpl(this._parts.condition, this._parts.format) : null;
  }

  getRanges(): RangeImpl[] {
    return [...this._parts.ranges];
  }

  /** The model stored on a sheet. */
  _toModel(): ConditionalFormatModel {
    return {
      condition: this._parts.condition,
      format: this._parts.format,
      ranges: this._parts.ranges.map((r): GridRange => r._grid()),
    };
  }
}

export class ConditionalFormatRuleBuilderImpl
  implements
    Implements<
      CFRB,
      | 'build'
      | 'copy'
      | 'getBooleanCondition'
      | 'getRanges'
      | 'setBackground'
      | 'setFontColor'
      | 'setRanges'
      | 'whenCellNotEmpty'
      | 'whenFormulaSatisfied'
    >
{
  readonly [SPEC] = CFRB_SPEC;
  #p: RuleParts;

  constructor(parts?: RuleParts) {
    this.#p = parts ?? { condition: null, format: {}, ranges: [] };
  }

  #when(type: string, values: unknown[]): ConditionalFormatRuleBuilderImpl {
    this.#p = { ...this.#p, condition: { type, values } };
    return this;
  }

  #format(f: Format): ConditionalFormatRuleBuilderImpl {
    this.#p = { ...this.#p, format: { ...this.#p.format, ...f } };
    return this;
  }

  build(): ConditionalFormatRuleImpl {
    return new ConditionalFormatRuleImpl(this.#p);
  }

  copy(): ConditionalFormatRuleBuilderImpl {
    return new ConditionalFormatRuleBuilderImpl(this.#p);
  }

  getBooleanCondition(): BooleanConditionImpl | null {
    return this.#p.condition ? new BooleanConditionImpl(this.#p.condition, this.#p.format) : null;
  }

  getRanges(): RangeImpl[] {
    return [...this.#p.ranges];
  }

  setBackground(color: string | null): ConditionalFormatRuleBuilderImpl {
    return this.#format({ background: color ?? undefined });
  }

  setFontColor(color: string | null): ConditionalFormatRuleBuilderImpl {
    return this.#format({ fontColor: color ?? undefined });
  }

  setRanges(ranges: RangeImpl[]): ConditionalFormatRuleBuilderImpl {
    this.#p = { ...this.#p, ranges: [...ranges] };
    return this;
  }

  whenCellNotEmpty(): ConditionalFormatRuleBuilderImpl {
    return this.#when('CELL_NOT_EMPTY', []);
  }

  whenFormulaSatisfied(formula: string): ConditionalFormatRuleBuilderImpl {
    return this.#when('CUSTOM_FORMULA', [formula]);
  }
}
