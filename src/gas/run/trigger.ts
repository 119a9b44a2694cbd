/**
 * The one time-driven trigger: installed from a menu or sidebar action (never from onOpen), idempotent,
 * repaired when missing. Its owner is recorded, because mail goes out under the owner's quota.
 */
type ScriptAppLike = Pick<GoogleAppsScript.Script.ScriptApp, 'getProjectTriggers' | 'newTrigger'>;
type PropertiesLike = Pick<GoogleAppsScript.Properties.Properties, 'setProperty' | 'getProperty'>;

export const HANDLER = 'runHourly';
export const OWNER = 'kamnot.trigger-owner';

export function installHourlyTrigger(
  scriptApp: ScriptAppLike,
  properties: PropertiesLike,
  owner: string,
): 'installed' | 'present' {
  const present = scriptApp.getProjectTriggers().some((t) => t.getHandlerFunction() === HANDLER);
  if (!present) scriptApp.newTrigger(HANDLER).timeBased().everyHours(1).create();
  properties.setProperty(OWNER, owner);
  return present ? 'present' : 'installed';
}
