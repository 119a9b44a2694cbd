/**
 * Apps Script methods Google's reference documents that @types/google-apps-script 2.0 lacks. Each is
 * an Apps Script call like any other: tools/fidelity/calls.ts counts calls declared here, so each needs
 * its contract test and ledger entry.
 *
 * Source: developers.google.com/apps-script/reference/script/script-app#getAuthorizationInfo(AuthMode,String)
 * and …/authorization-info#getAuthorizedScopes() ("If authorization information is requested for a
 * specified list of scopes, returns the authorized scopes from the specified list").
 */
declare namespace GoogleAppsScript.Script {
  interface AuthorizationInfo {
    getAuthorizedScopes(): string[] | null;
  }
  interface ScriptApp {
    getAuthorizationInfo(authMode: AuthMode, oAuthScopes: string[]): AuthorizationInfo;
  }
}
