/**
 * Which service calls each execution context may make, and the production error for the others.
 *
 * Verified wording (public reports of production errors):
 * - custom function writing: "You do not have permission to call setValue"
 * - "You do not have permission to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail"
 * - onOpen: "You do not have permission to call ScriptApp.getProjectTriggers. Required permissions: https://www.googleapis.com/auth/script.scriptapp"
 * - onOpen: "You do not have permission to call Ui.showSidebar. Required permissions: https://www.googleapis.com/auth/script.container.ui"
 * - trigger/editor without UI: "Cannot call SpreadsheetApp.getUi() from this context."
 * - alternatives are written "(scopeA || scopeB)" (e.g. DriveApp errors).
 * Not verified (modelled on the above): the wording for Spreadsheet/Properties calls in AuthMode NONE.
 * Custom functions: Lock and Cache "work", HTML can be generated (custom functions guide), so they are allowed.
 */
import { permissionMessage } from './errors';
import type { ExecutionContext } from './execution';
import { requiredScopes } from './scopes';

export type Capability =
  | 'free'
  | 'sheet.read'
  | 'sheet.write'
  | 'ss.active'
  | 'ui.get'
  | 'ui.menu'
  | 'ui.dialog'
  | 'properties'
  | 'properties.document'
  | 'cache'
  | 'cache.document'
  | 'lock'
  | 'lock.document'
  | 'mail'
  | 'triggers'
  | 'session'
  | 'html';

/** "scope" or "(a || b)": how the production error lists the alternatives. */
function scopeText(call: string): string | undefined {
  const req = requiredScopes(call);
  if (req.length === 0) return undefined;
  return req.length === 1 ? req[0] : `(${req.join(' || ')})`;
}

const deny = (call: string): string => permissionMessage(call, scopeText(call));

/**
 * The production error message for a call this context may not make, or undefined when allowed.
 * `scopes` are the manifest's oauthScopes: when given, every call needs one of the scopes its
 * reference page lists (scopes.ts), in every context, after the context's own restrictions.
 */
export function deniedMessage(
  context: ExecutionContext,
  cap: Capability,
  call: string,
  method: string,
  scopes: readonly string[] | undefined,
): string | undefined {
  const byContext = contextDenial(context, cap, call, method);
  if (byContext !== undefined) return byContext;
  const req = requiredScopes(call);
  if (scopes && req.length > 0 && !req.some((s) => scopes.includes(s))) return deny(call);
  return undefined;
}

function contextDenial(
  context: ExecutionContext,
  cap: Capability,
  call: string,
  method: string,
): string | undefined {
  if (cap === 'free' || cap === 'session' || cap === 'html') return undefined;
  switch (context.kind) {
    case 'custom-function':
      if (cap === 'sheet.write') return permissionMessage(method);
      if (
        cap === 'ui.get' ||
        cap === 'ui.menu' ||
        cap === 'ui.dialog' ||
        cap === 'mail' ||
        cap === 'triggers'
      ) {
        return deny(call);
      }
      return undefined;
    case 'simple-trigger':
      if (cap === 'mail' || cap === 'triggers' || cap === 'ui.dialog') return deny(call);
      if (context.authMode === 'NONE') {
        if (cap === 'ui.get' || cap === 'ui.menu' || cap === 'cache' || cap === 'lock') return undefined;
        return deny(call);
      }
      return undefined;
    default:
      if (context.kind === 'time-driven' && cap === 'ui.get')
        return 'Cannot call SpreadsheetApp.getUi() from this context.';
      return undefined;
  }
}
