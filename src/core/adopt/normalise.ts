/**
 * Header text as offices type it, reduced to something comparable: Thai spacing and zero-width
 * characters vary between copies of the same form, ำ is sometimes typed as ํ + า, digits come in
 * Thai or Arabic, and the leading "วันที่" / "Date" says only that the column holds dates.
 */
import { fromThaiDigits } from '../dates/names';

export interface NormalHeader {
  readonly raw: string;
  /** Lower case, Arabic digits, punctuation as spaces, single spaces. */
  readonly text: string;
  /** `text` without spaces. */
  readonly compact: string;
  /** `compact` with a leading date word removed; `compact` itself when nothing is left. */
  readonly key: string;
  /** The header names a date ("วันที่…", "ว/ด/ป", "… date"). */
  readonly dateHint: boolean;
  /** The header says "done" (เสร็จ, completed…). */
  readonly doneHint: boolean;
  /** The header says "due" (กำหนด, ภายใน, deadline…). */
  readonly dueHint: boolean;
  /** "ขั้นตอนที่ 3", "Step 3": the step's number, 1-based. */
  readonly stepNumber: number | null;
  /** `key` without the words for date, done and due: what is left to compare with a step's name. */
  readonly stepKey: string;
}

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const PUNCTUATION = /[.,:;()[\]{}"'“”‘’*#\-–—_/\\|!?<>+=~`^%&@]/g;
const DATE_PREFIX = /^(?:วันเดือนปี|วดป|วันที่|วัน|dateof|dated|date)/;
const DATE_SUFFIX = /date$/;
const TH_DONE = /แล้วเสร็จ|เสร็จสิ้น|เสร็จ/;
const EN_DONE = /\b(?:completed?|completion|finished|done)\b/;
const TH_DUE = /ครบกำหนด|กำหนด|ภายใน|เส้นตาย/;
const EN_DUE = /\b(?:deadline|due|target)\b/;
const STEP_NUMBER = /(?:ขั้นตอนที่|ขั้นตอน|ขั้นที่|ขั้น|step|stage)\s*(\d{1,2})/;
// Words that say "date", "done", "due" or "from/to" but nothing about which step: dropped before comparing.
const TH_NOISE = /แล้วเสร็จ|เสร็จสิ้น|เสร็จ|ครบกำหนด|กำหนด|ภายใน|วันที่|วัน|เมื่อ|แล้ว|การดำเนินการ|ดำเนินการ|ตั้งแต่|ถึง|จาก/g;
const EN_NOISE =
  /\b(?:completed?|completion|finished|done|deadline|due|target|date|dated|when|on|of|the|by)\b/g;

/** Text any cell can hold → the comparable form; never throws. */
export function normaliseText(raw: string): string {
  let text = raw
    .normalize('NFC')
    .replace(ZERO_WIDTH, '')
    .replace(/\u0e4d\u0e32/g, '\u0e33');
  text = fromThaiDigits(text).toLowerCase();
  if (text.trim() === '#') text = 'no';
  return text.replace(PUNCTUATION, ' ').replace(/\s+/g, ' ').trim();
}

// Everyday abbreviations in step headers, spelled out the way the manuals write them.
const ABBREVIATIONS: readonly (readonly [RegExp, string])[] = [
  [/ผอ(?=\s|$)/g, 'ผู้อำนวยการ'],
  [/ผบ(?=\s|$)/g, 'ผู้บังคับบัญชา'],
];

export function normaliseHeader(raw: string): NormalHeader {
  let text = normaliseText(raw);
  for (const [from, to] of ABBREVIATIONS) text = text.replace(from, to);
  const compact = text.replace(/ /g, '');
  const stripped = compact.replace(DATE_PREFIX, '');
  const key = (stripped === compact ? compact.replace(DATE_SUFFIX, '') : stripped) || compact;
  // "ขั้นที่ 2", "Step 2": a short header; "… the criteria of step 1" in a long one names no column.
  const step = length(text) <= 30 ? STEP_NUMBER.exec(text) : null;
  // "กำหนดส่งแล้วเสร็จ" is a due date, "เสร็จ: … ภายในเวลาที่กำหนด" a done date: the first word decides.
  const done = firstIndex(text, TH_DONE, EN_DONE);
  const due = firstIndex(text, TH_DUE, EN_DUE);
  return {
    raw,
    text,
    compact,
    key,
    dateHint: /วันที่|^วัน|วดป|วันเดือนปี/.test(compact) || /\bdated?\b/.test(text),
    doneHint: done >= 0 && (due < 0 || done < due),
    dueHint: due >= 0 && (done < 0 || due < done),
    stepNumber: step ? Number(step[1]) : null,
    stepKey: stepText(text.replace(STEP_NUMBER, '')),
  };
}

function firstIndex(text: string, ...patterns: RegExp[]): number {
  const found = patterns.map((p) => text.search(p)).filter((i) => i >= 0);
  return found.length ? Math.min(...found) : -1;
}

/** Normalised text without the words that name no step: what a header and a step name are compared on. */
export function stepText(text: string): string {
  return normaliseText(text).replace(EN_NOISE, '').replace(TH_NOISE, '').replace(/ /g, '');
}

// Ranking compares every header with every word of every procedure: the same few hundred texts.
const TRIGRAM_CACHE = new Map<string, ReadonlySet<string>>();
const TRIGRAM_CACHE_SIZE = 4000;

/** Character trigrams of a compact text: Thai is written without spaces between words. */
function trigrams(compact: string): ReadonlySet<string> {
  let grams = TRIGRAM_CACHE.get(compact);
  if (!grams) {
    if (TRIGRAM_CACHE.size >= TRIGRAM_CACHE_SIZE) TRIGRAM_CACHE.clear();
    grams = gramsOf(compact);
    TRIGRAM_CACHE.set(compact, grams);
  }
  return grams;
}

function gramsOf(compact: string): Set<string> {
  const chars = [...compact];
  const grams = new Set<string>();
  if (chars.length < 3) {
    if (chars.length > 0) grams.add(chars.join(''));
    return grams;
  }
  for (let i = 0; i + 3 <= chars.length; i++) grams.add(chars.slice(i, i + 3).join(''));
  return grams;
}

/** Dice coefficient of two texts' trigrams, 0..1. */
export function dice(a: string, b: string): number {
  const ga = trigrams(a);
  const gb = trigrams(b);
  if (ga.size === 0 || gb.size === 0) return 0;
  let shared = 0;
  for (const g of ga) if (gb.has(g)) shared++;
  return (2 * shared) / (ga.size + gb.size);
}

/** Share of `part`'s trigrams found in `whole`, 0..1: how much of a short header a long name covers. */
export function containment(part: string, whole: string): number {
  const gp = trigrams(part);
  if (gp.size === 0) return 0;
  const gw = trigrams(whole);
  let shared = 0;
  for (const g of gp) if (gw.has(g)) shared++;
  return shared / gp.size;
}

/** Length in code points: Thai vowels and tone marks are characters of their own. */
export function length(text: string): number {
  return [...text].length;
}
