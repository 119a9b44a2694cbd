/**
 * A person's name the way Thai offices write it, reduced to what identifies the person: "น.ส.กนกพร
 * ใจดี", "นางสาว กนกพร  ใจดี" and "กนกพร ใจดี" are one person; so are "ว่าที่ ร.ต.สมชาย รักงาน" and
 * "ว่าที่ร้อยตรีสมชาย รักงาน", "ดร.ประเสริฐ" and "นายประเสริฐ", "ผอ.วิไลวรรณ" and "นางวิไลวรรณ".
 * Titles, ranks, academic titles and the positions offices put before a name are dropped, then
 * every space; Latin letters compare without case. The same reduction is applied to both sides, so
 * a name that merely starts like a title ("นายิกา", "คุณากร") is never cut: a title is dropped only
 * when what follows it can begin a word (a consonant, a leading vowel, a Latin letter or a space).
 */

// Longest first, so "นางสาว" wins over "นาง" and "ว่าที่ร้อยตรี" over "ว่าที่".
const THAI_TITLES = [
  'ว่าที่ร้อยตรีหญิง',
  'ว่าที่ร้อยโทหญิง',
  'ว่าที่ร้อยเอกหญิง',
  'ว่าที่ร้อยตรี',
  'ว่าที่ร้อยโท',
  'ว่าที่ร้อยเอก',
  'ว่าที่ร.ต.หญิง',
  'ว่าที่ร.ต.',
  'ว่าที่ร.ท.',
  'ว่าที่ร.อ.',
  'ว่าที่',
  'ร.ต.หญิง',
  'ร.ต.',
  'ร.ท.',
  'ร.อ.',
  'พ.ต.',
  'พ.ท.',
  'พ.อ.',
  'จ.ส.อ.',
  'ส.อ.',
  'ส.ท.',
  'ส.ต.',
  'จ.ส.ต.',
  'ด.ต.',
  'นางสาว',
  'น.ส.',
  'นส.',
  'นาง',
  'นาย',
  'เด็กชาย',
  'เด็กหญิง',
  'ด.ช.',
  'ด.ญ.',
  'ผศ.ดร.',
  'รศ.ดร.',
  'ศ.ดร.',
  'ผศ.',
  'รศ.',
  'ศ.',
  'ดร.',
  'รองผู้อำนวยการ',
  'รองผอ.',
  'ผู้อำนวยการ',
  'ผอ.กลุ่มฯ',
  'ผอ.กลุ่ม',
  'ผอ.',
  'ศึกษานิเทศก์',
  'ศน.',
  'คุณครู',
  'ครู',
  'อาจารย์',
  'อ.',
  'คุณ',
  'พระครู',
  'พระ',
];
const LATIN_TITLES = ['mrs', 'mr', 'ms', 'miss', 'dr', 'khun', 'kru', 'ajarn'];

/** What may follow a title: a Thai consonant or leading vowel, a Latin letter, a digit. */
const WORD_START = /^[\u0e01-\u0e2e\u0e40-\u0e44A-Za-z0-9]/;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;

/** The spellings a keyboard gives one name: NFC, no zero-width characters, ำ typed as ํ + า. */
export function cleanName(text: string): string {
  return text
    .normalize('NFC')
    .replace(ZERO_WIDTH, '')
    .replace(/\u0e4d\u0e32/g, '\u0e33')
    .replace(/\s+/g, ' ')
    .trim();
}

function dropTitle(text: string): string | null {
  // Spaces inside a title ("ว่าที่ ร.ต.", "ผศ. ดร.", "น. ส.") are how people type it.
  for (const title of THAI_TITLES) {
    let i = 0;
    let j = 0;
    while (i < title.length && j < text.length) {
      if (text[j] === ' ') {
        j++;
        continue;
      }
      if (text[j] !== title[i]) break;
      i++;
      j++;
    }
    if (i < title.length) continue;
    const rest = text.slice(j).trimStart();
    if (rest !== '' && (text[j] === ' ' || title.endsWith('.') || WORD_START.test(rest))) return rest;
  }
  const latin = /^([A-Za-z]+)\.?\s+(?=\S)/.exec(text);
  if (latin && LATIN_TITLES.includes(latin[1]!.toLowerCase())) return text.slice(latin[0].length);
  return null;
}

/**
 * The name without titles, positions and spaces, Latin letters in lower case; '' for a blank name.
 * A position written after the name in brackets ("กนกพร ใจดี (ครู)") is dropped too.
 */
export function looseNameKey(name: string): string {
  let text = cleanName(name).replace(/\s*[([][^)\]]*[)\]]\s*$/, '');
  for (let guard = 0; guard < 5; guard++) {
    const rest = dropTitle(text);
    if (rest === null) break;
    text = rest;
  }
  return text.replace(/ /g, '').toLowerCase();
}
