/**
 * Reading a deadline rule as an officer types it in the Procedures tab, Thai or English, Thai digits
 * or Arabic: "15 วันทำการ หลังเริ่ม", "5 working days after step 2", "30 วันตามปฏิทิน ก่อน [วันขอลาออก]",
 * "ภายในวันที่ 5 ของทุกเดือน", "กรอกเอง". Date columns are named in [brackets] (or, after "ก่อน"/"before",
 * by whatever follows). Every failure is one bilingual message that shows what would be read.
 */
import type { CalendarPoint, Deadline, Unit } from '../catalog/schema';
import { daysInMonth } from '../dates/civil';
import { fromThaiDigits, monthFromWord } from '../dates/names';
import { type Msg, msg } from '../i18n/msg';
import { fieldIdFor, splitThEn, squash, stepIdFor } from './ids';
import {
  AFTER_WORD,
  ANCHOR_TAIL,
  BEFORE_WORD,
  DATE_LIKE,
  IMMEDIATELY,
  LEADING_FILLER,
  leadingUnit,
  MANUAL_WORDS,
  NONE_WORDS,
  PREVIOUS_ANCHOR,
  RULE_EXAMPLES,
  START_ANCHOR,
  STEP_ANCHOR,
} from './rule-words';

/** A date column named in a rule: `[วันขอลาออก]` or `[วันขอลาออก / requested date]`. */
export interface FieldLabel {
  readonly th: string;
  readonly en: string | null;
}

/** How names in a rule become ids: the tab numbers steps, and names date columns. */
export interface RuleRefs {
  stepId(no: number): string;
  fieldId(label: FieldLabel, type: 'date' | 'quarter'): string;
}

const TAB_REFS: RuleRefs = { stepId: stepIdFor, fieldId: (label) => fieldIdFor(label.th) };

export type RuleProblemCode =
  | 'unparsable'
  | 'missing-unit'
  | 'unknown-unit'
  | 'unknown-anchor'
  | 'not-whole'
  | 'bad-range'
  | 'bad-date';

export type RuleResult =
  | { readonly ok: true; readonly deadline: Deadline; readonly stepRef: number | null }
  | { readonly ok: false; readonly code: RuleProblemCode; readonly message: Msg };

const MAX_N = 9999;
const HOLE = '§'; // stands for a [bracketed] name while the rest is matched

const fail = (code: RuleProblemCode, th: string, en: string): RuleResult => ({
  ok: false,
  code,
  message: msg(th, en),
});

export function parseRule(raw: string, refs: RuleRefs = TAB_REFS): RuleResult {
  const labels: FieldLabel[] = [];
  if (/[[\]]/.test(raw.replace(/\[[^[\]]*\]/g, ''))) return unparsable(raw);
  const text = squash(
    fromThaiDigits(
      raw.replace(/\[([^[\]]*)\]/g, (_, label: string) => {
        labels.push(splitThEn(squash(label)));
        return ` ${HOLE} `;
      }),
    )
      .replace(/\u0e4d\u0e32/g, '\u0e33') // "ทํา" typed as nikhahit + sara aa
      .replace(/[\u2013\u2014\u2212]/g, '-'),
  )
    .replace(/^["'“”]+|["'“”]+$/g, '')
    .replace(/\s*\.+$/, ''); // a closing full stop; month words read the same without their dots
  if (labels.some((l) => l.th === '')) return unparsable(raw);
  const label = (): FieldLabel | null => (labels.length === 1 ? labels[0]! : null);

  if (NONE_WORDS.test(text)) return done({ kind: 'none' });
  if (MANUAL_WORDS.test(text)) return done({ kind: 'manual' });
  const point = calendarPoint(text, label, refs);
  if (point) return 'ok' in point ? point : done({ kind: 'calendar', at: point });

  const immediately = IMMEDIATELY.exec(text);
  if (immediately)
    return period(raw, 0, undefined, 'workdays', text.slice(immediately[0].length), label, refs);
  const leadBefore = /^ก่อน\s*(?=\d)/.exec(text);
  let rest = text.slice(leadBefore ? leadBefore[0].length : 0).replace(LEADING_FILLER, '');
  const amount = /^(\d+(?:\.\d+)?)(?:\s*(?:-|ถึง|to)\s*(\d+(?:\.\d+)?))?\s*/i.exec(rest);
  if (!amount) return unparsable(raw);
  rest = rest.slice(amount[0].length);
  const low = Number(amount[1]);
  const high = amount[2] === undefined ? low : Number(amount[2]);
  if (![low, high].every((n) => Number.isInteger(n) && n <= MAX_N)) {
    return fail(
      'not-whole',
      `จำนวน "${amount[0].trim()}" ต้องเป็นจำนวนเต็ม 0–${MAX_N}`,
      `the amount "${amount[0].trim()}" must be a whole number 0–${MAX_N}`,
    );
  }
  if (low > high)
    return fail(
      'bad-range',
      `ช่วง ${low}-${high}: ตัวแรกต้องไม่มากกว่าตัวหลัง`,
      `range ${low}-${high} runs backwards`,
    );
  const unit = leadingUnit(rest);
  if (!unit) {
    const word = /^[^\s§]+/.exec(rest)?.[0] ?? '';
    if (word === '' || AFTER_WORD.test(rest) || BEFORE_WORD.test(rest))
      return fail(
        'missing-unit',
        `"${raw.trim()}": ขาดหน่วย เช่น ${high} วันทำการ`,
        `"${raw.trim()}": the unit is missing, e.g. ${high} workdays`,
      );
    return unknownUnit(word);
  }
  // Thai runs words together: "วันราชการ" is not "วัน" + "ราชการ" unless what follows is a joining word.
  const after = rest.slice(unit.length);
  if (/^[\u0e00-\u0e7f]/.test(after) && !AFTER_WORD.test(after) && !BEFORE_WORD.test(after))
    return unknownUnit(rest.slice(0, unit.length) + (/^[^\s§]+/.exec(after)?.[0] ?? ''));
  rest = after.trim();
  const nMin = amount[2] === undefined ? undefined : low;
  const before = BEFORE_WORD.exec(rest);
  if (leadBefore || before) {
    if (nMin !== undefined)
      return fail(
        'bad-range',
        'ระยะเวลาล่วงหน้า ("ก่อน") เป็นช่วงไม่ได้: ใส่จำนวนเดียว',
        'a lead time ("before") cannot be a range: give one number',
      );
    const target = rest.slice(before ? before[0].length : 0).trim();
    const field = fieldOf(target, label);
    if (!field) return unparsable(raw);
    return done({ kind: 'before', n: high, unit: unit.unit, field: refs.fieldId(field, 'date') });
  }
  return period(raw, high, nMin, unit.unit, rest, label, refs);
}

/** "after <anchor>", or nothing: a period counts from the previous step unless it says otherwise. */
function period(
  raw: string,
  n: number,
  nMin: number | undefined,
  unit: Unit,
  rest: string,
  label: () => FieldLabel | null,
  refs: RuleRefs,
): RuleResult {
  const base = { kind: 'after' as const, n, unit, ...(nMin === undefined ? {} : { nMin }) };
  const trimmed = rest.trim();
  if (trimmed === '') return done({ ...base, from: { type: 'previous' } });
  const joined = AFTER_WORD.exec(trimmed);
  if (!joined) return unparsable(raw);
  const anchor = trimmed.slice(joined[0].length).replace(ANCHOR_TAIL, '').trim();
  if (START_ANCHOR.test(anchor)) return done({ ...base, from: { type: 'start' } });
  if (PREVIOUS_ANCHOR.test(anchor)) return done({ ...base, from: { type: 'previous' } });
  const step = STEP_ANCHOR.exec(anchor);
  if (step) {
    const no = Number(step[1]);
    return { ok: true, deadline: { ...base, from: { type: 'step', step: refs.stepId(no) } }, stepRef: no };
  }
  if (anchor.includes(HOLE) || DATE_LIKE.test(anchor)) {
    const field = fieldOf(anchor, label);
    if (field) return done({ ...base, from: { type: 'field', field: refs.fieldId(field, 'date') } });
  }
  return fail(
    'unknown-anchor',
    `นับจาก "${anchor}" ไม่รู้จัก: ใช้ เริ่ม, ขั้นก่อนหน้า, ขั้นที่ N หรือชื่อคอลัมน์วันที่ใน [วงเล็บ]`,
    `counting from "${anchor}" is not known: use start, previous step, step N or a date column in [brackets]`,
  );
}

/** A date column: the bracketed name, or plain words ("ของวันที่ …" and "of …" dropped). */
function fieldOf(text: string, label: () => FieldLabel | null): FieldLabel | null {
  const t = text.replace(/^(?:ของ|of)\s*/i, '').trim();
  if (/^(?:(?:วันที่|the date|date)\s*)?§$/i.test(t)) return label();
  if (t === '' || t.includes(HOLE)) return null;
  return { th: t, en: null };
}

const MONTH = '([^\\d\\s][^\\d]*?)';

// Built once: a rule is parsed for every row of the Procedures tab on every edit and run.
const ANNUAL_TH = new RegExp(
  `^(?:ภายใน|by|on)?\\s*(?:วันที่)?\\s*(\\d+)\\s*${MONTH}\\s*(?:ของ)?\\s*(?:ทุกปี|every year|each year|annually)$`,
  'i',
);
const ANNUAL_EN = new RegExp(
  `^(?:by|on)?\\s*${MONTH}\\s+(\\d+)(?:st|nd|rd|th)?,?\\s*(?:every year|each year|annually)$`,
  'i',
);
const QUARTER_LEAD = /^(?:ภายใน|by)?\s*(?:สิ้น)?\s*(?:the\s+)?(?:end\s+of\s+)?(?:the\s+)?(?:fiscal\s+)?/i
  .source;
const QUARTER_N = new RegExp(
  `${QUARTER_LEAD}(?:ไตรมาส(?:ที่)?|quarter|q)\\s*(\\d+)(?:\\s*(?:ของปีงบประมาณ|of the fiscal year))?$`,
  'i',
);
const QUARTER_FIELD = new RegExp(
  `${QUARTER_LEAD}(?:ไตรมาส|quarter)(?:\\s*(?:ตาม|in|given in|from|of)\\s*(§))?$`,
  'i',
);

/** The calendar shapes; `null` when the text is not one, a failure when it is one but wrong. */
function calendarPoint(
  text: string,
  label: () => FieldLabel | null,
  refs: RuleRefs,
): CalendarPoint | RuleResult | null {
  let m =
    /^(?:ภายใน|by|on)?\s*(?:วันที่|day|the)\s*(\d+)(?:st|nd|rd|th)?\s*(?:ของ|of)?\s*(?:ทุกเดือน|every month|each month)$/i.exec(
      text,
    );
  if (m) {
    const day = Number(m[1]);
    if (day < 1 || day > 31) return badDate(`${day}`);
    return { type: 'day-of-month', day };
  }
  m = ANNUAL_TH.exec(text) ?? ANNUAL_EN.exec(text);
  if (m) {
    const [dayText, word] = /^\d/.test(m[1]!) ? [m[1]!, m[2]!] : [m[2]!, m[1]!];
    const month = monthFromWord(word);
    if (month !== null) {
      const day = Number(dayText);
      if (day < 1 || day > daysInMonth(2024, month)) return badDate(`${day} ${word}`);
      return { type: 'annual', month, day };
    }
  }
  m = /^(?:ภายใน|within|in|during|by the end of)\s*(?:เดือน|(?:the\s+)?month\s+of)?\s*([^\d].*)$/i.exec(text);
  if (m) {
    const months = monthList(m[1]!);
    if (months) return { type: 'month-end', months };
  }
  m = QUARTER_N.exec(text);
  if (m) {
    const q = Number(m[1]);
    if (q < 1 || q > 4) return fail('bad-date', `ไตรมาส ${q} ไม่มี (1–4)`, `there is no quarter ${q} (1–4)`);
    return { type: 'quarter-end', quarter: q };
  }
  m = QUARTER_FIELD.exec(text);
  if (m) {
    const field = m[1] ? label() : null;
    if (m[1] && !field) return null;
    return field ? { type: 'quarter-end', field: refs.fieldId(field, 'quarter') } : { type: 'quarter-end' };
  }
  return null;
}

/** "ต.ค.", "ต.ค.-ธ.ค." (a run, wrapping past December), "ต.ค., ธ.ค." (a list). Null if any word is no month. */
function monthList(text: string): number[] | null {
  const months: number[] = [];
  for (const item of text.split(/\s*(?:,|และ|\band\b)\s*/i)) {
    const run = /^(.+?)\s*(?:-|ถึง|\bto\b)\s*(.+)$/i.exec(item);
    const from = monthFromWord(run ? run[1]! : item);
    const to = run ? monthFromWord(run[2]!) : from;
    if (from === null || to === null) return null;
    for (let k = from; ; k = (k % 12) + 1) {
      months.push(k);
      if (k === to) break;
    }
  }
  return months.length > 0 ? months : null;
}

function done(deadline: Deadline): RuleResult {
  return { ok: true, deadline, stepRef: null };
}

function unknownUnit(word: string): RuleResult {
  return fail(
    'unknown-unit',
    `หน่วย "${word}" ไม่รู้จัก: ใช้ วันทำการ, วัน, วันตามปฏิทิน, สัปดาห์, เดือน หรือ ชั่วโมง`,
    `unknown unit "${word}": use workdays, days, calendar days, weeks, months or hours`,
  );
}

function badDate(text: string): RuleResult {
  return fail('bad-date', `วันที่ "${text}" ไม่มีในปฏิทิน`, `"${text}" is not a date of the calendar`);
}

function unparsable(raw: string): RuleResult {
  return fail(
    'unparsable',
    `อ่านกำหนดเวลา "${raw.trim()}" ไม่ออก: เขียนเช่น ${RULE_EXAMPLES.th.slice(0, 5).join(' · ')} · กรอกเอง · ไม่มีกำหนด`,
    `cannot read the rule "${raw.trim()}": write e.g. ${RULE_EXAMPLES.en.slice(0, 5).join(' · ')} · manual · none`,
  );
}
