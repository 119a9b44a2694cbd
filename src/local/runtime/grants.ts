/**
 * The scopes each account has granted the script (granular consent).
 *
 * Sources: "Authorization scopes" guide (developers.google.com/apps-script/concepts/scopes): "Granular
 * OAuth permissions allow users to authorize specific scopes, and scripts should be designed to handle
 * these permissions using requireScopes or getAuthorizationInfo"; AuthorizationInfo reference ("Some
 * script executions can start without a user's consent to all required scopes used by the script";
 * getAuthorizedScopes: "If authorization information is requested for a specified list of scopes,
 * returns the authorized scopes from the specified list"); Google Workspace Updates, 8 January 2025,
 * "Granular OAuth consent in Google Apps Script IDE executions" (the consent screen lets a user tick
 * some scopes and not others, rolled out to the IDE first and to triggers and add-ons "in the future").
 * Modelled, not verified: a call whose scope the account did not grant fails with the same "You do not
 * have permission to call X. Required permissions: …" as a scope missing from the manifest (the
 * stricter reading: nothing runs on a scope nobody granted).
 */
export class ScopeGrants {
  readonly #unticked = new Map<string, Set<string>>();
  /** Scopes unticked for every account (fault injection without a user). */
  readonly #everyone = new Set<string>();

  /** `manifest` is appsscript.json's oauthScopes: every account granted all of them unless unticked. */
  constructor(readonly manifest: readonly string[] | undefined) {}

  /** The scopes `user` granted; undefined when the manifest names none (nothing is enforced). */
  granted(user: string): readonly string[] | undefined {
    if (!this.manifest) return undefined;
    const off = this.#unticked.get(user);
    return this.manifest.filter((s) => !this.#everyone.has(s) && !off?.has(s));
  }

  /** `user` (or every account) left `scope` unticked on the consent screen. */
  untick(scope: string, user?: string): void {
    if (user === undefined) {
      this.#everyone.add(scope);
      return;
    }
    const set = this.#unticked.get(user) ?? new Set<string>();
    set.add(scope);
    this.#unticked.set(user, set);
  }

  /** `user` (or everyone) authorised again with every scope ticked. */
  grantAll(user?: string): void {
    if (user === undefined) {
      this.#everyone.clear();
      this.#unticked.clear();
    } else this.#unticked.delete(user);
  }
}
