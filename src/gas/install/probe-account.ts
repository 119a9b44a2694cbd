/** The account and the deployment, live: who, which scopes, which kind of deployment, the hourly check, mail. */
import { deploymentVerdict, identityVerdict, mailVerdict, triggersVerdict } from '../../core/install/account';
import { KAMNOT_SCOPE_URLS, scopesVerdict } from '../../core/install/scopes';
import type { CheckResult } from '../../core/install/types';
import { canReceive } from '../../core/reminders/people';
import { HANDLER, readHeartbeat, readRecord, triggerStatus } from '../run/trigger';
import { readPeople, TAB } from '../workbook/tabs';
import type { CheckServices } from './services';

export function checkIdentity(s: CheckServices): CheckResult {
  return identityVerdict({
    active: s.activeUser(),
    effective: s.effectiveUser(),
    owner: readRecord(s.properties)?.owner ?? '',
  });
}

export function checkScopes(s: CheckServices): CheckResult {
  const info = s.scriptApp.getAuthorizationInfo(s.authModeFull, [...KAMNOT_SCOPE_URLS]);
  return scopesVerdict(info.getAuthorizedScopes(), String(info.getAuthorizationStatus()) === 'REQUIRED');
}

export function checkDeployment(s: CheckServices): CheckResult {
  return deploymentVerdict({
    source: String(s.scriptApp.getInstallationSource()),
    lastRun: readHeartbeat(s.properties)?.status ?? '',
  });
}

export function checkTriggers(s: CheckServices): CheckResult {
  const me = s.effectiveUser();
  const mine = s.scriptApp
    .getUserTriggers(s.spreadsheet)
    .filter((t) => t.getHandlerFunction() === HANDLER).length;
  const record = readRecord(s.properties);
  const beat = readHeartbeat(s.properties);
  const status = triggerStatus(record, beat, s.clock(), { email: me, mine: mine > 0 });
  const zone = s.spreadsheet.getSpreadsheetTimeZone();
  return triggersVerdict({
    state: status.state,
    owner: record?.owner ?? '',
    me,
    mine,
    last: beat
      ? { shown: s.utilities.formatDate(new Date(beat.at), zone, 'yyyy-MM-dd HH:mm'), status: beat.status }
      : null,
  });
}

export function checkMail(s: CheckServices): CheckResult {
  const owner = readRecord(s.properties)?.owner ?? '';
  const viewerIsOwner = owner !== '' && owner === s.effectiveUser();
  const people = s.spreadsheet.getSheetByName(TAB.people);
  const recipients = people ? readPeople(people).people.filter(canReceive).length : 0;
  return mailVerdict({
    ownerQuota: viewerIsOwner
      ? s.mail.getRemainingDailyQuota()
      : owner === ''
        ? null
        : (readHeartbeat(s.properties)?.quota ?? null),
    viewerIsOwner,
    recipients,
  });
}
