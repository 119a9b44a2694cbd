// The sidebar's server functions from the built bundle: settings validation, Home, the catalogue.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { checkedArgs } from '../../src/gas/sidebar-api/inputs';
import { office } from './harness';

const SIDEBAR = { kind: 'sidebar' } as const;

describe('saveSettings', () => {
  it('saves a whole valid set, and getSettings reads it back as the run reads it', () => {
    const runtime = office();
    const saved = runtime.callIn(SIDEBAR, 'saveSettings', {
      ...DEFAULT_SETTINGS,
      reminderHour: 10,
      escalation: false,
      calendar: 'TH-SCHOOL',
    }) as { values: typeof DEFAULT_SETTINGS };
    expect(saved.values).toMatchObject({ reminderHour: 10, escalation: false, calendar: 'TH-SCHOOL' });
    const rows = runtime.spreadsheet.values('Settings');
    expect(rows.find((r) => r[0] === 'reminder-hour')?.[1]).toBe(10);
    expect(rows.find((r) => r[0] === 'escalation')?.[1]).toBe(false);
    expect(runtime.callIn(SIDEBAR, 'getSettings')).toMatchObject({ values: saved.values, problems: [] });
  });

  it.each([
    ['an hour out of range', { ...DEFAULT_SETTINGS, reminderHour: 24 }, /reminderHour/],
    ['a fraction as text', { ...DEFAULT_SETTINGS, dueSoonFraction: '0.5' }, /dueSoonFraction/],
    ['an unknown calendar', { ...DEFAULT_SETTINGS, calendar: 'US' }, /calendar/],
    ['a formula as the language', { ...DEFAULT_SETTINGS, lang: '=IMPORTXML(1)' }, /lang/],
    ['an unknown key', { ...DEFAULT_SETTINGS, extra: 1 }, /invalid settings/],
    ['a missing key', { reminderHour: 9 }, /escalation/],
    ['not an object', 'reminder-hour=9', /invalid settings/],
  ])('refuses %s in Thai and English and changes nothing', (_what, payload, field) => {
    const runtime = office();
    runtime.callIn(SIDEBAR, 'getSettings');
    const before = runtime.spreadsheet.values('Settings');
    expect(() => runtime.callIn(SIDEBAR, 'saveSettings', payload)).toThrow(
      /^ค่าตั้งไม่ถูกต้อง: .* \/ invalid settings: /,
    );
    expect(() => checkedArgs('saveSettings', [payload])).toThrow(field);
    expect(runtime.spreadsheet.values('Settings')).toEqual(before);
  });
});

describe('getHome and listCatalogue', () => {
  it('gives JSON-safe values only (google.script.run turns a result holding a Date into null)', () => {
    const runtime = office();
    const tab = runtime.callIn({ kind: 'menu' }, 'createRegister', '003-resignation-leaving-service');
    runtime.callIn({ kind: 'menu' }, 'runNow');
    const home = runtime.callIn(SIDEBAR, 'getHome') as Record<string, unknown>;
    expect(JSON.parse(JSON.stringify(home))).toEqual(home);
    expect(home).toMatchObject({
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      holidayYears: { first: 2024, last: 2028, nextYearMissing: false },
      trigger: { installed: false, owner: '' },
      lastRun: { status: 'done', shown: expect.stringMatching(/^8\/12\/2569 09:3\d$/) },
      registers: [{ name: tab, open: 0, dueSoon: 0, overdue: 0 }],
    });
    const catalogue = runtime.callIn(SIDEBAR, 'listCatalogue') as {
      procedures: { id: string; steps: { rule: { th: string; en: string } }[] }[];
    }[];
    expect(catalogue.map((m) => m.procedures.length).reduce((a, b) => a + b)).toBeGreaterThan(50);
    const step = catalogue
      .flatMap((m) => m.procedures)
      .find((p) => p.id === '003-resignation-leaving-service')!.steps[0]!;
    expect(step.rule.th).toMatch(/[\u0e00-\u0e7f]/);
    expect(JSON.parse(JSON.stringify(catalogue))).toEqual(catalogue);
  });
});
