/**
 * A calendar that changes in the middle of the year: the cabinet adds a special holiday at short notice,
 * an office adds or removes one of its own days, the shipped list is updated or the calendar setting
 * changes. Each run keeps a snapshot of the working-day holidays around today; when the next run's
 * differ, every open case's due date is computed under both calendars and the ones that moved are told.
 */
import type { Day } from '../dates/civil';
import { formatDate } from '../dates/format';
import { type Msg, msg } from '../i18n/msg';
import { makeCalendar, type WorkCalendar } from './work-calendar';

/** The holidays (on working weekdays) of a calendar between two days: what due dates near today use. */
export interface CalendarSnapshot {
  readonly name: string;
  readonly from: Day;
  readonly to: Day;
  readonly days: readonly Day[];
  /**
   * The years the calendar covered: a year whose holidays are added later is compared with what the
   * run knew then (no data: a range, not a date that moved). Absent in snapshots stored before.
   */
  readonly years?: WorkCalendar['years'];
}

/** A year back (long cases started then), two years ahead (long standards end then). */
const BACK = 400;
const AHEAD = 800;

export function snapshotOf(calendar: WorkCalendar, today: Day): CalendarSnapshot {
  const from = today - BACK;
  const to = today + AHEAD;
  const days = calendar.holidays.filter((d) => d >= from && d <= to);
  return { name: calendar.name, from, to, days, years: calendar.years };
}

/** Compact text for a document property: the days as base-36 gaps (about 4 characters a holiday). */
export function snapshotText(s: CalendarSnapshot): string {
  let last = s.from;
  const gaps = s.days.map((d) => {
    const gap = (d - last).toString(36);
    last = d;
    return gap;
  });
  const years = s.years ? { y: [s.years.first, s.years.last] } : {};
  return JSON.stringify({ v: 1, n: s.name, f: s.from, t: s.to, d: gaps.join('.'), ...years });
}

/** The snapshot a run stored; null when none was, or it cannot be read (nothing is then told). */
export function readSnapshot(text: string | null): CalendarSnapshot | null {
  if (!text) return null;
  try {
    const o = JSON.parse(text) as {
      v?: unknown;
      n?: unknown;
      f?: unknown;
      t?: unknown;
      d?: unknown;
      y?: unknown;
    };
    if (o.v !== 1 || typeof o.n !== 'string' || !Number.isInteger(o.f) || !Number.isInteger(o.t)) return null;
    if (typeof o.d !== 'string') return null;
    const days: Day[] = [];
    let last = o.f as number;
    for (const gap of o.d === '' ? [] : o.d.split('.')) {
      const n = Number.parseInt(gap, 36);
      if (!Number.isInteger(n) || n < 0) return null;
      last += n;
      days.push(last);
    }
    const y =
      Array.isArray(o.y) && o.y.length === 2 && o.y.every(Number.isInteger) ? (o.y as number[]) : null;
    const years = y ? { years: { first: y[0]!, last: y[1]! } } : {};
    return { name: o.n, from: o.f as number, to: o.t as number, days, ...years };
  } catch {
    return null;
  }
}

export interface CalendarChange {
  /** Holidays in force now that were not before (within both snapshots' days). */
  readonly added: readonly Day[];
  readonly removed: readonly Day[];
  /** The calendar setting itself changed (TH → TH-SCHOOL…). */
  readonly renamed: { readonly from: string; readonly to: string } | null;
}

/** What changed between two snapshots, over the days both cover; null when nothing did. */
export function calendarChange(before: CalendarSnapshot, now: CalendarSnapshot): CalendarChange | null {
  const from = Math.max(before.from, now.from);
  const to = Math.min(before.to, now.to);
  const inside = (d: Day) => d >= from && d <= to;
  const had = new Set(before.days.filter(inside));
  const has = new Set(now.days.filter(inside));
  const added = [...has].filter((d) => !had.has(d)).sort((a, b) => a - b);
  const removed = [...had].filter((d) => !has.has(d)).sort((a, b) => a - b);
  const renamed = before.name === now.name ? null : { from: before.name, to: now.name };
  return added.length + removed.length === 0 && !renamed ? null : { added, removed, renamed };
}

/** The calendar as it was: today's, with the snapshot's holidays in place of today's inside its days. */
export function previousCalendar(current: WorkCalendar, before: CalendarSnapshot): WorkCalendar {
  const outside = current.holidays.filter((d) => d < before.from || d > before.to);
  return makeCalendar(
    before.name,
    [...outside, ...before.days],
    before.years ?? current.years,
    current.weekend,
  );
}

/** Why due dates moved, in words: the days added and removed, named when the Holidays tab names them. */
export function changeWords(change: CalendarChange, nameOf: (day: Day) => string): Msg {
  const list = (days: readonly Day[], lang: 'th' | 'en') =>
    days.map((d) => `${formatDate(d, { lang })}${nameOf(d) ? ` (${nameOf(d)})` : ''}`).join(', ');
  const th: string[] = [];
  const en: string[] = [];
  if (change.renamed) {
    th.push(`เปลี่ยนปฏิทินจาก ${change.renamed.from} เป็น ${change.renamed.to}`);
    en.push(`the calendar changed from ${change.renamed.from} to ${change.renamed.to}`);
  }
  if (change.added.length > 0) {
    th.push(`เพิ่มวันหยุด ${list(change.added, 'th')}`);
    en.push(`holiday added: ${list(change.added, 'en')}`);
  }
  if (change.removed.length > 0) {
    th.push(`ยกเลิกวันหยุด ${list(change.removed, 'th')}`);
    en.push(`holiday removed: ${list(change.removed, 'en')}`);
  }
  return msg(th.join('; '), en.join('; '));
}
