/**
 * A pasted iCalendar file (RFC 5545), as Google's holiday calendars write it (checked against
 * published exports): all-day events (DTSTART;VALUE=DATE, DTEND the day after the last one), lines
 * folded at 75 octets, text escaped (\, \; \n \\). An observance (not a day off) says so in its
 * DESCRIPTION ("Observance" and how to hide observances in Google Calendar, in the calendar's
 * language); a day off's never names Google. A timed event is read on the date its own zone writes
 * (TZID, or floating); a UTC time is read in Thai time (UTC+7, no daylight saving). A repeating event
 * (RRULE) gives its first day only, and says so.
 */
import { type Day, dayFromYmd, isoFromDay, isValidYmd } from '../dates/civil';
import { type Msg, msg } from '../i18n/msg';
import { MAX_SPAN_DAYS, type PastedDay, type PastedList, type PasteProblem } from './paste-types';

interface Property {
  readonly name: string;
  readonly params: Readonly<Record<string, string>>;
  readonly value: string;
  readonly line: number;
}

/** Unfolds continuation lines (CRLF or LF, then a space or a tab), keeping each property's first line. */
function unfold(raw: string): Property[] {
  const out: { text: string; line: number }[] = [];
  raw.split(/\r\n|\r|\n/).forEach((text, i) => {
    if ((text.startsWith(' ') || text.startsWith('\t')) && out.length > 0) {
      out[out.length - 1]!.text += text.slice(1);
    } else out.push({ text, line: i + 1 });
  });
  const props: Property[] = [];
  for (const { text, line } of out) {
    const m = /^([A-Za-z0-9-]+)((?:;[^:;]+=(?:"[^"]*"|[^:;]*))*):(.*)$/.exec(text);
    if (!m) continue;
    const params: Record<string, string> = {};
    for (const p of m[2]!.split(';').slice(1)) {
      const eq = p.indexOf('=');
      params[p.slice(0, eq).toUpperCase()] = p.slice(eq + 1).replace(/^"|"$/g, '');
    }
    props.push({ name: m[1]!.toUpperCase(), params, value: m[3]!, line });
  }
  return props;
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

export function readICalendar(raw: string): PastedList {
  const days = new Map<string, PastedDay>();
  const problems: PasteProblem[] = [];
  let ignored = 0;
  let event: Property[] | null = null;
  for (const p of unfold(raw)) {
    if (p.name === 'BEGIN' && p.value.toUpperCase() === 'VEVENT') event = [];
    else if (p.name === 'END' && p.value.toUpperCase() === 'VEVENT' && event) {
      const read = readEvent(event);
      if (read === null) ignored++;
      else if ('why' in read) problems.push(read);
      else {
        for (const d of read.days) if (!days.has(d.date)) days.set(d.date, d);
        if (read.problem) problems.push(read.problem);
      }
      event = null;
    } else if (event) event.push(p);
  }
  return {
    format: 'icalendar',
    days: [...days.values()].sort((a, b) => a.date.localeCompare(b.date)),
    problems,
    ignored,
  };
}

function readEvent(
  props: readonly Property[],
): { days: PastedDay[]; problem: PasteProblem | null } | PasteProblem | null {
  const get = (name: string) => props.find((p) => p.name === name);
  const start = get('DTSTART');
  const summary = unescapeText(get('SUMMARY')?.value ?? '').trim();
  if (!start) return null;
  if ((get('STATUS')?.value ?? '').toUpperCase() === 'CANCELLED') return null;
  const label = summary || 'วันหยุด';
  const bad = (why: Msg): PasteProblem => ({
    line: start.line,
    text: `${summary} ${start.value}`.trim(),
    why,
  });
  const begin = eventDay(start);
  if (begin === null) return bad(msg(`อ่านวันที่ไม่ได้: ${start.value}`, `cannot read the date ${start.value}`));
  const first = begin.day;
  let last = first;
  const end = get('DTEND');
  const duration = get('DURATION');
  if (end) {
    const e = eventDay(end);
    if (e === null) return bad(msg(`อ่านวันสิ้นสุดไม่ได้: ${end.value}`, `cannot read the end ${end.value}`));
    // DTEND is not part of the event: a date, or midnight, ends the day before.
    last = Math.max(first, e.midnight ? e.day - 1 : e.day);
  } else if (duration) {
    const m = /^P(?:(\d+)W|(\d+)D)/.exec(duration.value);
    if (m) last = first + (m[1] ? Number(m[1]) * 7 : Number(m[2])) - 1;
    last = Math.max(first, last);
  }
  if (last - first + 1 > MAX_SPAN_DAYS) {
    return bad(
      msg(
        `เหตุการณ์ยาว ${last - first + 1} วัน: ไม่ใช่วันหยุด`,
        `an event of ${last - first + 1} days is not a day off`,
      ),
    );
  }
  const description = unescapeText(get('DESCRIPTION')?.value ?? '');
  const observance = /google/i.test(description) || /^\s*observance/i.test(description);
  const tentative = /tentative|อาจเปลี่ยน|ยังไม่แน่นอน/i.test(`${summary}\n${description}`);
  const name = label.replace(/\s*\((?:tentative|ยังไม่แน่นอน)\)\s*/gi, ' ').trim() || label;
  const days: PastedDay[] = [];
  for (let d = first; d <= last; d++)
    days.push({ date: isoFromDay(d), name, line: start.line, observance, tentative });
  const problem = get('RRULE')
    ? bad(
        msg(
          'เหตุการณ์ที่เกิดซ้ำ: อ่านเฉพาะครั้งแรก ให้เพิ่มปีอื่นเอง',
          'a repeating event: only its first day is read; add the other years yourself',
        ),
      )
    : null;
  return { days, problem };
}

/**
 * The civil day of a DTSTART/DTEND, and whether it starts at midnight there: a date as written; a time
 * on its own zone's date (TZID, or floating); a UTC time in Thai time.
 */
function eventDay(p: Property): { day: Day; midnight: boolean } | null {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/.exec(p.value.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isValidYmd(y, mo, d)) return null;
  const day = dayFromYmd(y, mo, d);
  if (m[4] === undefined) return { day, midnight: true };
  let seconds = Number(m[4]) * 3600 + Number(m[5]) * 60 + Number(m[6]);
  if (m[7] && !p.params.TZID) seconds += THAI_OFFSET_SECONDS;
  return { day: day + Math.floor(seconds / 86_400), midnight: seconds % 86_400 === 0 };
}

const THAI_OFFSET_SECONDS = 7 * 3600;
