/**
 * Days off pasted as text, read before anything is written: a list as a news item or the cabinet's
 * announcement prints it (paste-list.ts), or the text of an iCalendar file such as the one Google's
 * public Thai holiday calendar exports (paste-icalendar.ts). Nothing is fetched: the office pastes
 * what it has. Every date of a list goes through ../dates/parse.ts, so a pasted date reads exactly as
 * a typed one, and an ambiguous one is refused.
 */
import { fail, ok, type Result } from '../i18n/error';
import { msg } from '../i18n/msg';
import { readICalendar } from './paste-icalendar';
import { readList } from './paste-list';
import type { PastedList } from './paste-types';

export type { PastedDay, PastedList } from './paste-types';

/** A pasted text longer than this is refused whole (a year of holidays is a few kilobytes). */
const MAX_PASTE_CHARS = 200_000;

export function readPastedHolidays(text: string): Result<PastedList> {
  const raw = String(text ?? '');
  if (raw.length > MAX_PASTE_CHARS) {
    return fail(
      msg(
        `ข้อความยาวเกินไป (เกิน ${MAX_PASTE_CHARS} ตัวอักษร)`,
        `the text is too long (over ${MAX_PASTE_CHARS} characters)`,
      ),
    );
  }
  if (raw.trim() === '') return fail(msg('ยังไม่ได้วางข้อความ', 'nothing was pasted'));
  const list = /^\s*BEGIN:(VCALENDAR|VEVENT)\s*$/im.test(raw) ? readICalendar(raw) : readList(raw);
  return ok(list);
}
