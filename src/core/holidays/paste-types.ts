/** What a pasted list of days off reads as (see paste.ts). */
import type { Msg } from '../i18n/msg';

export interface PastedDay {
  /** YYYY-MM-DD (CE). */
  readonly date: string;
  readonly name: string;
  /** The line of the pasted text it came from (1-based; an event's DTSTART line). */
  readonly line: number;
  /** A calendar's observance: listed in the calendar, but not a day off. */
  readonly observance: boolean;
  /** The source says the date may still change. */
  readonly tentative: boolean;
}

export interface PasteProblem {
  readonly line: number;
  readonly text: string;
  readonly why: Msg;
}

export interface PastedList {
  readonly format: 'list' | 'icalendar';
  /** By date, each date once (the first mention wins). */
  readonly days: readonly PastedDay[];
  /** What looked like a date but could not be read, or was read only in part. */
  readonly problems: readonly PasteProblem[];
  /** Lines (list) or events (iCalendar) with no day in them: prose, headings, cancelled events. */
  readonly ignored: number;
}

/** More than this in one stretch is not a holiday: refused rather than listed day by day. */
export const MAX_SPAN_DAYS = 31;
