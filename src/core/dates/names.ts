/** Month and weekday names as Thai offices and English readers write them. */
export const TH_MONTHS_LONG = [
  'มกราคม',
  'กุมภาพันธ์',
  'มีนาคม',
  'เมษายน',
  'พฤษภาคม',
  'มิถุนายน',
  'กรกฎาคม',
  'สิงหาคม',
  'กันยายน',
  'ตุลาคม',
  'พฤศจิกายน',
  'ธันวาคม',
] as const;

export const TH_MONTHS_SHORT = [
  'ม.ค.',
  'ก.พ.',
  'มี.ค.',
  'เม.ย.',
  'พ.ค.',
  'มิ.ย.',
  'ก.ค.',
  'ส.ค.',
  'ก.ย.',
  'ต.ค.',
  'พ.ย.',
  'ธ.ค.',
] as const;

export const EN_MONTHS_LONG = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Sunday first, as `weekday()` numbers them. */
export const TH_WEEKDAYS = ['อาทิตย์', 'จันทร์', 'อังคาร', 'พุธ', 'พฤหัสบดี', 'ศุกร์', 'เสาร์'] as const;
export const EN_WEEKDAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

/** BE = CE + 543. */
export const BE_OFFSET = 543;

const THAI_ZERO = 0x0e50;

export function toThaiDigits(text: string): string {
  return text.replace(/[0-9]/g, (c) => String.fromCharCode(THAI_ZERO + Number(c)));
}

export function fromThaiDigits(text: string): string {
  return text.replace(/[\u0e50-\u0e59]/g, (c) => String(c.charCodeAt(0) - THAI_ZERO));
}

/** Month number (1..12) for a Thai or English month word, dots and spaces ignored; null if unknown. */
export function monthFromWord(word: string): number | null {
  const key = word.replace(/[.\s]/g, '').toLowerCase();
  if (key === '') return null;
  return MONTH_KEYS.get(key) ?? null;
}

const MONTH_KEYS: Map<string, number> = (() => {
  const keys = new Map<string, number>();
  for (let i = 0; i < 12; i++) {
    const en = EN_MONTHS_LONG[i]!.toLowerCase();
    for (const k of [TH_MONTHS_LONG[i]!, TH_MONTHS_SHORT[i]!.replace(/\./g, ''), en, en.slice(0, 3)])
      keys.set(k, i + 1);
  }
  keys.set('sept', 9);
  return keys;
})();
