/** Offline Apps Script runtime: public entry points. */
export { CallCounter } from './calls';
export {
  type CallCosts,
  type CostClass,
  DEFAULT_COSTS,
  DEFAULT_TIME_LIMITS,
  type TimeLimits,
  VirtualClock,
} from './clock';
export {
  createEnvironment,
  DEFAULT_START,
  Environment,
  type GasGlobals,
  type Manifest,
  type Quotas,
  type RuntimeOptions,
} from './environment';
export { ExecutionKilled, ExecutionTimeLimitError, GasError, permissionMessage } from './errors';
export type { AuthModeName, ExecutionContext } from './execution';
export { DEFAULT_MAIL_FAILURE, Faults, type LockKind } from './faults';
export { BundleError, type FireResult, type LoadOptions, loadBundle, Runtime } from './load-bundle';
export { LOCK_TIMEOUT_MESSAGE } from './lock';
export type { LogEntry } from './logger';
export { MAIL_QUOTA_MESSAGE, type SentMail } from './mail';
export { PROPERTY_QUOTA_MESSAGE } from './properties';
export { requiredScopes, SCOPES } from './scopes';
export { SpreadsheetModel } from './spreadsheet/model';
export type { CivilDate, MetadataSeed, SheetSeed, SpreadsheetSeed } from './spreadsheet/seed';
export {
  type CellSnapshot,
  diffSnapshots,
  type MetadataSnapshot,
  type SheetSnapshot,
  type SpreadsheetSnapshot,
  SpreadsheetState,
} from './spreadsheet/state';
export type { MenuRecord, ShownHtml, UiLog } from './spreadsheet/ui';
export { ADDON_INTERVAL, TOO_MANY_ADDON_CLOCK, TOO_MANY_TRIGGERS } from './triggers';
