/**
 * The ids Kamnot derives from what an office types in the Procedures tab. Register columns are keyed
 * by these ids (`done:step-3`, `field:f-…`), so each one depends only on what identifies the thing
 * (a step's number, a date column's Thai name), never on wording that may be polished later.
 */
import type { Role } from '../catalog/schema';
import { fromThaiDigits } from '../dates/names';

/** Office procedures' ids start with this; catalogue ids start with a manual number (`003-…`). */
export const OFFICE_PREFIX = 'office-';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const THAI = /[\u0e00-\u0e7f]/;

/** cyrb53: a 53-bit string hash in base 36. Same result in Node and Apps Script, no crypto API. */
export function hash36(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** "Leave Request", "office.leave_request" → "leave-request"; "" when the text cannot be an id. */
export function slug(text: string): string {
  const s = fromThaiDigits(text)
    .trim()
    .toLowerCase()
    .replace(/[\s._/]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  return ID.test(s) ? s : '';
}

/** Whitespace collapsed: the form in which names are compared and hashed. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function stepIdFor(no: number): string {
  return `step-${no}`;
}

export { stepNoOf } from '../catalog/step-number';

/** A date column's id from its Thai name: an ASCII name gives a readable slug, Thai a hash. */
export function fieldIdFor(label: string): string {
  return slug(label) || `f-${hash36(squash(label))}`;
}

/**
 * "Thai / English" split at the first " / " after which no Thai is written, so a Thai name that
 * itself holds a slash ("ผอ.สพท. / หัวหน้าส่วนราชการ") stays whole.
 */
export function splitThEn(text: string): { th: string; en: string | null } {
  const parts = text.split(' / ');
  for (let i = 1; i < parts.length; i++) {
    const en = parts.slice(i).join(' / ').trim();
    const th = parts.slice(0, i).join(' / ').trim();
    if (th !== '' && en !== '' && !THAI.test(en) && THAI.test(th)) return { th, en };
  }
  return { th: text.trim(), en: null };
}

/** The roles escalation knows, found from the words offices use; others get a stable hashed id. */
const KNOWN_ROLES: readonly [RegExp, string, string][] = [
  [/รองผู้อำนวยการ|รอง\s*ผอ|deputy/i, 'deputy-director', 'Deputy director'],
  [
    /ผู้อำนวยการกลุ่ม|ผอ\.?\s*กลุ่ม|หัวหน้ากลุ่ม|group director|head of (the )?group/i,
    'group-director',
    'Group director',
  ],
  [/^(ผู้อำนวยการ|ผอ\.)|^director/i, 'director', 'Director'],
  [/^เจ้าหน้าที่|^นักทรัพยากรบุคคล|officer/i, 'officer', 'Officer'],
  [/คณะกรรมการ|committee/i, 'committee', 'Committee'],
  [/สถานศึกษา|โรงเรียน|school/i, 'school', 'School'],
  [/ผู้ยื่น|ผู้ขอ|ผู้ประสงค์|applicant/i, 'applicant', 'Applicant'],
];

const DEFAULT_ROLE: Role = { id: 'officer', th: 'เจ้าหน้าที่ผู้รับผิดชอบ', en: 'Responsible officer' };

/** The English a role gets when the office types only Thai. */
export function defaultRoleEn(th: string): string {
  return KNOWN_ROLES.find(([re]) => re.test(th))?.[2] ?? th;
}

/** "เจ้าหน้าที่กลุ่มบุคคล / Personnel officer" → a role; blank → the case's responsible officer. */
export function roleFor(text: string): Role {
  const { th, en } = splitThEn(squash(text));
  if (th === '') return DEFAULT_ROLE;
  const known = KNOWN_ROLES.find(([re]) => re.test(th));
  return { id: known?.[1] ?? (slug(th) || `role-${hash36(th)}`), th, en: en ?? defaultRoleEn(th) };
}
