/**
 * Who observes a non-working day.
 * - public: everyone (ราชการ, banks, schools).
 * - government: government offices only (e.g. the Royal Ploughing Ceremony).
 * - school: Ministry of Education teaching units only (Teacher's Day, 16 January).
 * - bank: financial institutions only (listed for completeness; no Kamnot calendar uses it).
 */
export type HolidayCategory = 'public' | 'government' | 'school' | 'bank';

/** How the day is fixed, so a reader knows why the date moves from year to year. */
type HolidayKind =
  | 'fixed' // same civil date every year
  | 'lunar' // Buddhist lunar calendar (Makha, Visakha, Asanha Bucha, Buddhist Lent)
  | 'substitution' // ชดเชย: replaces a holiday that fell on a weekend
  | 'royal-ploughing' // set each year by the Bureau of the Royal Household
  | 'special'; // added by a cabinet resolution for that year only

export interface HolidayEntry {
  /** Civil date, YYYY-MM-DD (CE). */
  readonly date: string;
  readonly th: string;
  readonly en: string;
  readonly category: HolidayCategory;
  readonly kind: HolidayKind;
  /** Where the date comes from: the announcement, or the rule it follows. */
  readonly source: string;
  /** True while the date is a forecast (not yet announced by the cabinet/royal court). */
  readonly provisional?: boolean;
}
