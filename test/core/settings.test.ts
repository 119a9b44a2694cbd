import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readSettings, settingsRows } from '../../src/core/settings';

describe('settings from the Settings tab', () => {
  it('starts from rows that read back as the defaults', () => {
    expect(readSettings(settingsRows())).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('reads values as officers type them', () => {
    const { settings, problems } = readSettings([
      ['reminder-hour', '๙'],
      ['escalation', 'ไม่'],
      ['language', 'en'],
      ['calendar', 'th-school'],
      ['plain-days', 'calendar-days'],
      ['due-soon-fraction', 0.5],
    ]);
    expect(problems).toEqual([]);
    expect(settings).toMatchObject({
      reminderHour: 9,
      escalation: false,
      lang: 'en',
      calendar: 'TH-SCHOOL',
      plainDays: 'calendar-days',
      dueSoonFraction: 0.5,
    });
  });

  it('keeps the default for a bad value and says which', () => {
    const { settings, problems } = readSettings([
      ['reminder-hour', 25],
      ['calendar', 'US'],
      ['unknown-key', 1],
      [null, 2],
    ]);
    expect(settings.reminderHour).toBe(8);
    expect(settings.calendar).toBe('TH');
    expect(problems.map((p) => p.en)).toEqual([
      'setting reminder-hour = "25" is not valid; the default is used',
      'setting calendar = "US" is not valid; the default is used',
    ]);
  });
});
