/**
 * The hidden `_due` tab: for each register, the day the run last evaluated it and its cases that may
 * need a reminder (due soon, due today, overdue). A workbook too big for one run is evaluated over
 * several; the day's reminders go out once every register has been evaluated that day, from what each
 * run stored here. An entry that cannot be read counts as "not evaluated today": the mail waits for the
 * next evaluation, nothing is sent from a guess.
 */
import * as z from 'zod/mini';
import type { CaseView } from '../../core/reminders/types';
import type { Sheet } from '../workbook/services';
import { bodyRows } from '../workbook/tabs';

export interface DueEntry {
  /** ISO day of the evaluation. */
  readonly day: string;
  readonly views: readonly CaseView[];
  /** The calendar it was counted on (calendar-watch.ts): a later change is compared against it. */
  readonly calendar: string;
}

const text = z.string();
const msg = z.object({ th: text, en: text });
const ViewSchema = z.object({
  register: z.object({ key: text, name: text, gid: z.number(), procedure: msg }),
  caseId: text,
  identity: z.optional(text),
  row: z.number(),
  subject: text,
  assignee: text,
  step: z.nullable(z.object({ id: text, name: msg })),
  due: z.nullable(z.number()),
  range: z.optional(z.object({ earliest: z.number(), latest: z.number() })),
  state: z.enum(['due-soon', 'due-today', 'overdue', 'uncertain']),
  daysLeft: z.nullable(z.number()),
});

/**
 * What a stored case keeps of long text: a cell holds 50,000 characters, a digest line far less. An
 * id cut here is still longer than any id a reminder can carry (MAX_CASE_ID), so it is still reported.
 */
const CUT = 1_000;

function stored(v: CaseView): string {
  const cut = (t: string) => t.slice(0, CUT);
  return JSON.stringify({
    ...v,
    caseId: cut(v.caseId),
    ...(v.identity === undefined ? {} : { identity: cut(v.identity) }),
    subject: cut(v.subject),
    assignee: cut(v.assignee),
    register: { ...v.register, name: cut(v.register.name) },
  });
}

/** Every register's entry (registers with nothing to remind have a row with no case). */
export function readDue(sheet: Sheet): Map<number, DueEntry> {
  const out = new Map<number, { day: string; views: CaseView[]; calendar: string; bad: boolean }>();
  for (const [gid, day, json, calendar] of bodyRows(sheet, 'due')) {
    const id = Number(gid);
    if (!Number.isInteger(id) || typeof day !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(day)) continue;
    const entry = out.get(id) ?? { day, views: [], calendar: String(calendar ?? ''), bad: false };
    if (entry.day !== day) entry.bad = true;
    if (json !== '' && json !== null) {
      try {
        const parsed = ViewSchema.safeParse(JSON.parse(String(json)));
        if (parsed.success) entry.views.push(parsed.data as CaseView);
        else entry.bad = true;
      } catch {
        entry.bad = true;
      }
    }
    out.set(id, entry);
  }
  return new Map(
    [...out]
      .filter(([, e]) => !e.bad)
      .map(([gid, e]) => [gid, { day: e.day, views: e.views, calendar: e.calendar }]),
  );
}

/** Replaces the tab's content with `entries` (one read of its size, one clear, one write). */
export function writeDue(sheet: Sheet, entries: ReadonlyMap<number, DueEntry>): void {
  const rows: unknown[][] = [];
  for (const [gid, e] of entries) {
    if (e.views.length === 0) rows.push([gid, e.day, '', e.calendar]);
    for (const v of e.views) rows.push([gid, e.day, stored(v), e.calendar]);
  }
  const last = sheet.getLastRow();
  if (last > 1) sheet.getRange(2, 1, last - 1, 4).clearContent();
  if (rows.length === 0) return;
  const missing = rows.length + 1 - sheet.getMaxRows();
  if (missing > 0) sheet.insertRowsAfter(sheet.getMaxRows(), missing);
  // Plain text: an ISO day written as a string must stay a string, not become a date.
  const range = sheet.getRange(2, 1, rows.length, 4);
  range.setNumberFormat('@');
  range.setValues(rows);
}
