/**
 * Type-level bridge between @types/google-apps-script and the fakes: `Implements<GasInterface, K>`
 * is the interface's methods K with every GAS class in parameters and results replaced by the fake
 * that stands for it, so `class RangeImpl implements Implements<Range, 'getValues' | …>` makes the
 * compiler check each faked signature against the real one. (For overloaded methods TypeScript
 * checks the last overload.) GAS enums are modelled as their member names (strings), which compare
 * with `===` like the real enum values do.
 */
import type { CacheImpl } from './cache';
import type { HtmlOutputImpl, HtmlTemplateImpl } from './html';
import type { LockImpl } from './lock';
import type { PropertiesImpl } from './properties';
import type { UserImpl } from './session';
import type { FilterImpl, NamedRangeImpl, ProtectionImpl } from './spreadsheet/attached';
import type {
  BooleanConditionImpl,
  ConditionalFormatRuleBuilderImpl,
  ConditionalFormatRuleImpl,
} from './spreadsheet/conditional-format';
import type { DataValidationBuilderImpl, DataValidationImpl } from './spreadsheet/data-validation';
import type {
  DeveloperMetadataFinderImpl,
  DeveloperMetadataImpl,
  DeveloperMetadataLocationImpl,
} from './spreadsheet/developer-metadata';
import type { RangeImpl } from './spreadsheet/range';
import type { RangeListImpl } from './spreadsheet/range-list';
import type { SheetImpl } from './spreadsheet/sheet';
import type { SpreadsheetImpl } from './spreadsheet/spreadsheet';
import type { MenuImpl, UiImpl } from './spreadsheet/ui';
import type {
  ClockTriggerBuilderImpl,
  SpreadsheetTriggerBuilderImpl,
  TriggerBuilderImpl,
  TriggerImpl,
} from './triggers';

type IsAny<T> = 0 extends 1 & T ? true : false;
/** Exact type identity (tells `number` from a numeric enum, which `number` is assignable to). */
type Same<A, B> = (<G>() => G extends A ? 1 : 2) extends <G>() => G extends B ? 1 : 2 ? true : false;

/** GAS type → fake, most specific first (builders are structurally supersets of what they build). */
type FakeTable = [
  [GoogleAppsScript.Spreadsheet.Range, RangeImpl],
  [GoogleAppsScript.Spreadsheet.RangeList, RangeListImpl],
  [GoogleAppsScript.Spreadsheet.Sheet, SheetImpl],
  [GoogleAppsScript.Spreadsheet.Spreadsheet, SpreadsheetImpl],
  [GoogleAppsScript.Spreadsheet.DataValidationBuilder, DataValidationBuilderImpl],
  [GoogleAppsScript.Spreadsheet.DataValidation, DataValidationImpl],
  [GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder, ConditionalFormatRuleBuilderImpl],
  [GoogleAppsScript.Spreadsheet.ConditionalFormatRule, ConditionalFormatRuleImpl],
  [GoogleAppsScript.Spreadsheet.BooleanCondition, BooleanConditionImpl],
  [GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder, DeveloperMetadataFinderImpl],
  [GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation, DeveloperMetadataLocationImpl],
  [GoogleAppsScript.Spreadsheet.DeveloperMetadata, DeveloperMetadataImpl],
  [GoogleAppsScript.Spreadsheet.Protection, ProtectionImpl],
  [GoogleAppsScript.Spreadsheet.NamedRange, NamedRangeImpl],
  [GoogleAppsScript.Spreadsheet.Filter, FilterImpl],
  [GoogleAppsScript.Base.Ui, UiImpl],
  [GoogleAppsScript.Base.Menu, MenuImpl],
  [GoogleAppsScript.HTML.HtmlTemplate, HtmlTemplateImpl],
  [GoogleAppsScript.HTML.HtmlOutput, HtmlOutputImpl],
  [GoogleAppsScript.Lock.Lock, LockImpl],
  [GoogleAppsScript.Script.Trigger, TriggerImpl],
  [GoogleAppsScript.Script.ClockTriggerBuilder, ClockTriggerBuilderImpl],
  [GoogleAppsScript.Script.SpreadsheetTriggerBuilder, SpreadsheetTriggerBuilderImpl],
  [GoogleAppsScript.Script.TriggerBuilder, TriggerBuilderImpl],
  [GoogleAppsScript.Base.User, UserImpl],
  [GoogleAppsScript.Cache.Cache, CacheImpl],
  [GoogleAppsScript.Properties.Properties, PropertiesImpl],
];

declare const NO_FAKE: unique symbol;
type NoFake = typeof NO_FAKE;

type Lookup<T, Table extends readonly unknown[]> = Table extends readonly [
  readonly [infer G, infer F],
  ...infer Rest,
]
  ? T extends G
    ? F
    : Lookup<T, Rest>
  : NoFake;

type FakeOne<T> =
  Lookup<T, FakeTable> extends infer L
    ? [L] extends [NoFake]
      ? T extends number
        ? Same<T, number> extends true
          ? T
          : string
        : T extends readonly (infer U)[]
          ? Fake<U>[]
          : T
      : L
    : never;

/** The fake standing for GAS type T (distributes over unions, recurses into arrays; enums become strings). */
type Fake<T> = IsAny<T> extends true ? T : T extends unknown ? FakeOne<T> : never;

type FakeArgs<A extends unknown[]> = { [I in keyof A]: Fake<A[I]> };

/** The methods K of GAS interface T, with GAS classes replaced by their fakes. */
export type Implements<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => infer R ? (...args: FakeArgs<A>) => Fake<R> : Fake<T[P]>;
};
