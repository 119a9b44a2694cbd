/** Settings, the office's own days off, and the digest preview. */

import type { Settings } from '../../../core/settings';
import type { Bilingual } from '../public';

export interface HolidaysView {
  readonly calendar: string;
  /** The years the shipped holidays cover (CE), null for calendar NONE. */
  readonly years: { readonly first: number; readonly last: number } | null;
  /** The office's own days, by date: ISO `date`, and the Holidays tab's `row`. */
  readonly office: readonly { readonly row: number; readonly date: string; readonly name: string }[];
  /** Rows whose date cannot be read (they do not count). */
  readonly unreadable: readonly number[];
}

/**
 * A pasted list of days off, read but not written. `state`: `new` would be added; `in-tab` is already a
 * row of the Holidays tab; `in-calendar` is already one of the workbook calendar's public holidays;
 * `observance` is listed by the calendar pasted but is not a day off (offered, not chosen).
 */
export interface PastedDayView {
  readonly date: string;
  readonly name: string;
  readonly line: number;
  readonly state: 'new' | 'in-tab' | 'in-calendar' | 'observance';
  readonly tentative: boolean;
}

export interface HolidayPastePreview {
  readonly format: 'list' | 'icalendar';
  readonly days: readonly PastedDayView[];
  readonly problems: readonly { readonly line: number; readonly text: string; readonly why: Bilingual }[];
  /** Lines (or events) with no day in them. */
  readonly ignored: number;
}

export interface HolidayPasteAdded {
  readonly view: HolidaysView;
  /** The dates written, in order. */
  readonly added: readonly string[];
}

interface SettingRow {
  readonly name: keyof Settings;
  readonly key: string;
  readonly help: Bilingual;
}

export interface SettingsView {
  readonly values: Settings;
  readonly fields: readonly SettingRow[];
  /** Cells in the Settings tab that were not valid (the default is used for them). */
  readonly problems: readonly Bilingual[];
}

export interface Digest {
  readonly subject: string;
  readonly html: string;
  readonly text: string;
}
