import { defineConfig } from 'vitest/config';

// Date code must not depend on the machine's zone. The core's date suites (fast) run once per zone
// below, chosen for their distance from Bangkok and their DST rules. The formulas through the bundle
// compare every spreadsheet zone with every script zone inside the test; the runtime never reads the
// machine's zone, so they run once, under the zone farthest from both Bangkok and UTC, as a guard.
const ZONES = ['Asia/Bangkok', 'UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'America/St_Johns'];
const DATE_SUITES = ['test/core/dates/**/*.test.ts'];
const BUNDLE_DATE_SUITES = ['test/bundle/formulas*.test.ts'];

export default defineConfig({
  test: {
    // A guard against a hung test, not a speed check: property and browser tests drive the bundle
    // through the vm runtime, and a 2-core CI machine with both cores busy can be many times slower.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    globalSetup: ['test/global-setup.ts'],
    projects: [
      {
        extends: true as const,
        test: {
          name: 'main',
          include: ['test/**/*.test.ts'],
          exclude: [...DATE_SUITES, ...BUNDLE_DATE_SUITES],
        },
      },
      ...ZONES.map((zone) => ({
        extends: true as const,
        test: { name: `tz:${zone}`, include: DATE_SUITES, env: { TZ: zone } },
      })),
      {
        extends: true as const,
        test: {
          name: 'tz:Pacific/Kiritimati bundle',
          include: BUNDLE_DATE_SUITES,
          env: { TZ: 'Pacific/Kiritimati' },
        },
      },
    ],
  },
});
