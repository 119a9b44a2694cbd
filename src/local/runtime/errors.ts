/**
 * Errors of the offline runtime.
 *
 * Sources: Apps Script V8 surfaces service failures as `Exception: <message>` (name "Exception"),
 * e.g. "Exception: You do not have permission to call setValue" (seen in many public reports).
 * A killed or over-time execution cannot be caught by the script in production; here the bundle
 * can technically catch the JS error, so the kernel marks the execution dead and re-throws at the
 * call boundary (see kernel.ts).
 */

/** A service failure. The kernel rethrows it inside the bundle as the bundle realm's `Error` named "Exception". */
export class GasError extends Error {
  override name = 'Exception';
}

/** An execution was stopped by fault injection (killAfterCalls / killAt). */
export class ExecutionKilled extends Error {
  override name = 'ExecutionKilled';
}

/** The execution passed its time limit (30 s for custom functions and simple triggers, 360 s otherwise). */
export class ExecutionTimeLimitError extends Error {
  override name = 'ExecutionTimeLimitError';
  constructor(readonly limitMs: number) {
    super('Exceeded maximum execution time');
  }
}

/** True for the errors that end an execution and must not be swallowed by the bundle. */
export function isFatal(error: unknown): error is ExecutionKilled | ExecutionTimeLimitError {
  return error instanceof ExecutionKilled || error instanceof ExecutionTimeLimitError;
}

/** "You do not have permission to call X[. Required permissions: scope]" — the production wording. */
export function permissionMessage(call: string, scopes?: string): string {
  return scopes
    ? `You do not have permission to call ${call}. Required permissions: ${scopes}`
    : `You do not have permission to call ${call}`;
}
