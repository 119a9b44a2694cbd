/**
 * The Settings tab through the sidebar: read as the run reads it, and written back only when the
 * whole payload is valid (checked at the boundary, inputs.ts). A bad payload changes nothing.
 */
import { bilingual } from '../../core/i18n/msg';
import { readSettings, type Settings, settingsFields } from '../../core/settings';
import type { Spreadsheet } from '../workbook/services';
import { appendRows, bodyRows, ensureTab } from '../workbook/tabs';
import { writeColumnChanges } from '../workbook/write-cells';
import type { SettingsView } from './public';

export function getSettings(ss: Spreadsheet): SettingsView {
  const { settings, problems } = readSettings(bodyRows(ensureTab(ss, 'settings'), 'settings'));
  return { values: settings, fields: settingsFields(), problems };
}

/** `settings` was checked against SettingsSchema at the boundary (inputs.ts). */
export function saveSettings(ss: Spreadsheet, settings: Settings): SettingsView {
  const sheet = ensureTab(ss, 'settings');
  const rows = bodyRows(sheet, 'settings');
  const fields = settingsFields();
  const current = rows.map((r) => r[1]);
  const values = [...current];
  const missing: unknown[][] = [];
  for (const f of fields) {
    const at = rows.findIndex((r) => typeof r[0] === 'string' && r[0].trim().toLowerCase() === f.key);
    if (at >= 0) values[at] = settings[f.name];
    else missing.push([f.key, settings[f.name], bilingual(f.help)]);
  }
  // Only the values that change: the office's own rows and formulas stay as they are.
  writeColumnChanges(sheet, 2, 2, current, values);
  appendRows(sheet, missing);
  return getSettings(ss);
}
