/** Offline Apps Script runtime: public entry points. */
export { CallCounter } from './calls';
export { DEFAULT_COSTS, DEFAULT_TIME_LIMITS, VirtualClock } from './clock';
export { createEnvironment, Environment } from './environment';
export { ExecutionKilled, ExecutionTimeLimitError } from './errors';
export type { ExecutionContext } from './execution';
export { BundleError, type FireResult, type LoadOptions, loadBundle, Runtime } from './load-bundle';
export type { SentMail } from './mail';
export { SCOPES } from './scopes';
export type { SheetSeed, SpreadsheetSeed } from './spreadsheet/seed';
export { diffSnapshots, type SpreadsheetSnapshot } from './spreadsheet/state';
