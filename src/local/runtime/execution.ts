/**
 * Execution contexts that behave differently in production.
 *
 * Sources: Apps Script "Custom functions in Google Sheets" guide (read-only Spreadsheet access, no
 * services needing authorization, 30 s); "Simple triggers" restrictions (no services that require
 * authorization, 30 s, AuthMode NONE for add-ons not yet used in the document); ScriptApp.AuthMode
 * reference (NONE / CUSTOM_FUNCTION / LIMITED / FULL).
 */
import type { TimeLimits } from './clock';

export type AuthModeName = 'NONE' | 'CUSTOM_FUNCTION' | 'LIMITED' | 'FULL';

export type ExecutionContext =
  /** A formula such as =DUEDATE(A2) being computed; `cell` is the calling cell, e.g. "Cases!D2". */
  | { readonly kind: 'custom-function'; readonly cell?: string }
  /** onOpen / onEdit / onInstall run by Sheets without asking for authorization. */
  | { readonly kind: 'simple-trigger'; readonly authMode: 'NONE' | 'LIMITED' }
  /** An installed clock trigger: full authorization, no user interface. */
  | { readonly kind: 'time-driven' }
  /** A menu item clicked by the user. */
  | { readonly kind: 'menu' }
  /** `google.script.run` from the sidebar. */
  | { readonly kind: 'sidebar' };

export function timeLimitOf(context: ExecutionContext, limits: TimeLimits): number {
  if (context.kind === 'custom-function') return limits.customFunctionMs;
  if (context.kind === 'simple-trigger') return limits.simpleTriggerMs;
  return limits.executionMs;
}

/** One run of an entry point. */
export class Execution {
  /** Set when the run was killed or ran out of time: every later service call rethrows it. */
  dead: Error | undefined;

  constructor(
    readonly id: number,
    readonly context: ExecutionContext,
    readonly startMs: number,
    /** Undefined for the ambient execution used when fakes are called outside any run. */
    readonly limitMs: number | undefined,
  ) {}
}
