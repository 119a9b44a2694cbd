/**
 * The reminder planner's contract (DESIGN.md §4 "Reminders", "Exactly once", "Quota"): evaluated
 * cases and the People tab in, one digest per person per working day out.
 */
import type { Day } from '../dates/civil';
import type { CaseState, DueRange } from '../engine/types';
import type { Lang, Msg } from '../i18n/msg';

/** The register tab a case lives in. */
export interface RegisterRef {
  /** Stable id of the tab (its sheet id): a renamed tab keeps its reminders' identity. */
  readonly key: string;
  /** The tab's name, as shown to people. */
  readonly name: string;
  readonly gid: number;
  readonly procedure: Msg;
}

/** One evaluated case as reminders see it. */
export interface CaseView {
  readonly register: RegisterRef;
  readonly caseId: string;
  /**
   * What the reminder ledger knows the case by: the case id and the day it started, so a case under a
   * reused or copied id is another case. The case id when absent.
   */
  readonly identity?: string;
  /** The office's document number (เลขที่หนังสือรับ), when the register carries one. */
  readonly docNo?: string;
  /** 1-based sheet row, for the link to it. */
  readonly row: number;
  readonly subject: string;
  /** As typed in the register: an email or a name from the People tab. */
  readonly assignee: string;
  readonly step: { readonly id: string; readonly name: Msg } | null;
  readonly due: Day | null;
  /** The due date's bounds when the holiday data does not reach it (`due` is null then). */
  readonly range?: DueRange;
  readonly state: CaseState;
  /** Working days to the due date: 0 on the day, negative when overdue. */
  readonly daysLeft: number | null;
}

/** One row of the People tab: the only source of mail recipients. */
export interface Person {
  readonly name: string;
  readonly email: string;
  readonly role: string;
  /** Email or name of another person; '' for none (the top of the chain). */
  readonly supervisor: string;
  readonly active: boolean;
  /** The language of this person's mail; the workbook's setting when absent. */
  readonly lang?: Lang;
}

export interface ReminderSettings {
  /** The default mail language. */
  readonly lang: Lang;
  /** Whether supervisors get their team's overdue cases. */
  readonly escalation: boolean;
  /** Calendar days between two escalations of the same overdue step. */
  readonly escalationEveryDays: number;
  /** The workbook's URL: the base of every link in a digest. */
  readonly spreadsheetUrl: string;
}

/**
 * 'uncertain': a case whose due date falls in a year with no holiday data and may or may not be late
 * yet: listed so it is not silently dropped, never escalated, never counted as overdue.
 */
export const STAGES = ['due-soon', 'due-today', 'overdue', 'escalation', 'uncertain'] as const;
export type Stage = (typeof STAGES)[number];

/** What identifies a reminder: sent once, whatever happens to the runs that send it. */
export interface ReminderIdentity {
  /** The register's key (sheet id). */
  readonly register: string;
  readonly caseId: string;
  /** The step id; '' when the case names no current step. */
  readonly step: string;
  readonly stage: Stage;
  /** ISO day the reminder is for. */
  readonly day: string;
  /** Escalations only: the supervisor's email, lower case (one case may escalate to several). */
  readonly to?: string;
}

export interface Reminder {
  /** `reminderKey` of the identity: what the `_sent` ledger records. */
  readonly key: string;
  readonly register: string;
  readonly caseId: string;
  readonly step: string;
  readonly stage: Stage;
  readonly day: string;
  /** The recipient's email, from the People tab. */
  readonly to: string;
}

/** A reminder with what the mail shows about it. */
export interface DigestEntry {
  readonly reminder: Reminder;
  readonly case: CaseView;
  /** The person the case is assigned to (for escalations, the supervisor's team member). */
  readonly assignee: Person;
}

/** One register's entries in one section of a digest: the person's own cases, or their team's. */
export interface DigestItem {
  readonly section: 'own' | 'team';
  readonly register: RegisterRef;
  readonly entries: readonly DigestEntry[];
}

/**
 * A case whose due date a calendar change moved (a holiday added or removed mid-year): its assignee's
 * next digest says so, once.
 */
export interface MovedNotice {
  readonly register: RegisterRef;
  readonly caseId: string;
  readonly identity: string;
  readonly step: { readonly id: string; readonly name: Msg } | null;
  readonly subject: string;
  /** As typed in the register: an email or a name from the People tab. */
  readonly assignee: string;
  readonly row: number;
  readonly before: Day;
  readonly after: Day;
  /** What changed in the calendar, in words. */
  readonly why: Msg;
  /** The stages already reminded for the old date: a date moved later does not bring them again. */
  readonly stagesSent: readonly Stage[];
}

export interface PlannedDigest {
  readonly to: Person;
  readonly lang: Lang;
  /** Deterministic from the recipient and the day: one digest per person per day. */
  readonly digestId: string;
  readonly reminders: readonly Reminder[];
  /** Own cases first, then the team's; each grouped by register. */
  readonly items: readonly DigestItem[];
  /** Higher is more urgent: see `urgencyOf`. */
  readonly urgency: number;
  /** The person's cases whose due date a calendar change moved. */
  readonly moved?: readonly MovedNotice[];
}

export interface ReminderPlan {
  readonly digests: readonly PlannedDigest[];
  readonly problems: readonly Msg[];
}
