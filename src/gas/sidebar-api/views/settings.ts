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

export interface SettingRow {
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
