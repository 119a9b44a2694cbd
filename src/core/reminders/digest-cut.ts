/**
 * Which rows a digest shows when a person has too many to read (or to send: Apps Script caps a mail
 * body at 200 KB). What needs doing today always fits: every case due today or due soon is shown
 * (up to MAX_URGENT, far beyond any office's day). Overdue cases and the team's escalations fill
 * what is left of MAX_ROWS, the longest overdue first as planned, and never fewer than MIN_LATE of
 * them. What is cut is counted per register, so the mail can say "and 711 more in this register"
 * with a link to the tab.
 */
import type { DigestEntry, DigestItem, Stage } from './types';
import { noStages } from './words';

/** Rows in all when few cases are due today or soon. */
export const MAX_ROWS = 80;
/** Cases due today or soon shown however many there are, up to this (the mail-size guard). */
export const MAX_URGENT = 200;
/** Overdue rows shown even beside many cases due today or soon. */
export const MIN_LATE = 10;

export interface DigestCut {
  /** The entries each item shows, in the planned order. */
  readonly shown: ReadonlyMap<DigestItem, readonly DigestEntry[]>;
  /** What each item leaves out, by stage (only items that leave something out). */
  readonly hidden: ReadonlyMap<DigestItem, Readonly<Record<Stage, number>>>;
  readonly shownCount: number;
  readonly total: number;
}

const isUrgent = (e: DigestEntry) => e.reminder.stage === 'due-today' || e.reminder.stage === 'due-soon';

export function cutDigest(items: readonly DigestItem[]): DigestCut {
  const all = items.flatMap((item) => item.entries.map((entry) => ({ item, entry })));
  const keep = new Set<DigestEntry>();
  for (const { entry } of all.filter((x) => isUrgent(x.entry)).slice(0, MAX_URGENT)) keep.add(entry);
  const lateBudget = Math.max(MIN_LATE, MAX_ROWS - keep.size);
  for (const { entry } of all.filter((x) => !isUrgent(x.entry)).slice(0, lateBudget)) keep.add(entry);
  const shown = new Map<DigestItem, DigestEntry[]>();
  const hidden = new Map<DigestItem, Record<Stage, number>>();
  for (const item of items) {
    shown.set(
      item,
      item.entries.filter((e) => keep.has(e)),
    );
    const left = item.entries.filter((e) => !keep.has(e));
    if (left.length === 0) continue;
    const counts = noStages();
    for (const e of left) counts[e.reminder.stage]++;
    hidden.set(item, counts);
  }
  return { shown, hidden, shownCount: keep.size, total: all.length };
}
