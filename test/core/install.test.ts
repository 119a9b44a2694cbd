// The installation check's verdicts, pure: each status and the one thing to do, from what a probe saw.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mailVerdict, triggersVerdict } from '../../src/core/install/account';
import { BUILTINS, missingBuiltins } from '../../src/core/install/builtins';
import { builtinsVerdict, formulasVerdict, speedVerdict } from '../../src/core/install/computation';
import { reportFromRows, reportText, selfTestRows } from '../../src/core/install/record';
import { KAMNOT_SCOPE_URLS, KAMNOT_SCOPES, scopesVerdict } from '../../src/core/install/scopes';
import { type SelfTestReport, summaryLine } from '../../src/core/install/types';
import { metadataVerdict, textWritesVerdict, zoneLocaleVerdict } from '../../src/core/install/workbook';

const manifest = JSON.parse(readFileSync(join(__dirname, '../../appsscript.json'), 'utf8'));

describe('scopes', () => {
  it('the table is exactly the manifest’s scopes, each with what it is for and what stops without it', () => {
    expect(KAMNOT_SCOPE_URLS).toEqual(manifest.oauthScopes);
    for (const s of KAMNOT_SCOPES) expect(s.why.th && s.why.en && s.without.th && s.without.en).toBeTruthy();
  });

  it('names every missing scope with what stops, from the table', () => {
    const granted = KAMNOT_SCOPE_URLS.filter((u) => !u.endsWith('send_mail') && !u.endsWith('scriptapp'));
    const v = scopesVerdict(granted, true);
    expect(v.status).toBe('failed');
    for (const s of KAMNOT_SCOPES.filter((x) => !granted.includes(x.url))) {
      expect(v.found.en).toContain(s.without.en);
      expect(v.found.th).toContain(s.without.th);
    }
    expect(scopesVerdict(KAMNOT_SCOPE_URLS, false).status).toBe('ok');
    expect(scopesVerdict(null, true).status).toBe('warning');
  });
});

describe('built-ins', () => {
  it('all present in this engine; a probe that is false or throws is named', () => {
    expect(missingBuiltins()).toEqual([]);
    const probes = [
      ...BUILTINS.slice(0, 2),
      { name: 'false one', usedBy: 'x', probe: () => false },
      {
        name: 'throwing one',
        usedBy: 'y',
        probe: () => {
          throw new SyntaxError('Invalid regular expression');
        },
      },
    ];
    expect(missingBuiltins(probes)).toEqual(['false one', 'throwing one']);
    expect(builtinsVerdict(['false one']).status).toBe('failed');
  });
});

describe('speed', () => {
  const t = { tab: 'ทะเบียน', rows: 2000, columns: 20, ms: 800 };
  it('a clock that does not move is not a measurement; a slow bulk read is a warning', () => {
    const base = { bulk: t, lookups: { n: 2000, ms: 900 }, loadMs: 40, catalogueMs: 30 };
    expect(speedVerdict({ ...base, clockMoves: false }).status).toBe('not-possible');
    expect(speedVerdict({ ...base, clockMoves: true }).status).toBe('ok');
    const slow = speedVerdict({ ...base, clockMoves: true, bulk: { ...t, ms: 12_000 } });
    expect(slow.status).toBe('warning');
    expect(slow.fix?.en).toMatch(/Bangkok/);
  });
});

describe('the workbook', () => {
  it('zone and locale: Thai and Bangkok are ok; another day-first locale still gets the Thai advice', () => {
    expect(
      zoneLocaleVerdict({ spreadsheetZone: 'Asia/Bangkok', scriptZone: 'Asia/Bangkok', locale: 'th_TH' })
        .status,
    ).toBe('ok');
    const de = zoneLocaleVerdict({
      spreadsheetZone: 'Asia/Bangkok',
      scriptZone: 'Asia/Bangkok',
      locale: 'de_DE',
    });
    expect(de.status).toBe('warning');
    expect(de.found.en).toMatch(/may be read otherwise/);
    const both = zoneLocaleVerdict({ spreadsheetZone: 'UTC', scriptZone: 'Asia/Bangkok', locale: 'en_US' });
    expect(both.fix?.en).toBe(
      'File → Settings → Time zone: (GMT+07:00) Bangkok, and File → Settings → Locale: Thailand',
    );
  });

  it('text: a plain-text column that changed a value fails', () => {
    const ok = { text: 'K-1', plain: 'string:K-1', normal: 'string:K-1' };
    expect(textWritesVerdict([ok]).status).toBe('ok');
    expect(
      textWritesVerdict([ok, { text: '22/11/2569', plain: 'date:2569-11-22', normal: 'date:2569-11-22' }])
        .status,
    ).toBe('failed');
  });

  it('metadata: broken binding fails, a location near the budget warns', () => {
    const seen = { onSheet: true, onColumn: true, followsInsert: true, count: 40, chars: 900, busiest: 600 };
    expect(metadataVerdict(seen).status).toBe('ok');
    expect(metadataVerdict({ ...seen, followsInsert: false }).found.en).toMatch(/following its column/);
    expect(metadataVerdict({ ...seen, busiest: 25_000 }).status).toBe('warning');
  });
});

describe('the hourly check and mail', () => {
  it('each state of the workbook’s check', () => {
    const base = { owner: 'a@x.org', me: 'a@x.org', mine: 1, last: null };
    expect(triggersVerdict({ ...base, state: 'running' }).status).toBe('ok');
    expect(triggersVerdict({ ...base, state: 'missing', mine: 0 }).status).toBe('warning');
    expect(triggersVerdict({ ...base, state: 'no-spreadsheet' }).status).toBe('failed');
    expect(triggersVerdict({ ...base, state: 'running', mine: 3 }).found.en).toMatch(/3 duplicate/);
  });

  it('quota: 0 fails, fewer than the recipients warns, unknown cannot be judged', () => {
    expect(mailVerdict({ ownerQuota: 0, viewerIsOwner: true, recipients: 3 }).status).toBe('failed');
    expect(mailVerdict({ ownerQuota: 2, viewerIsOwner: false, recipients: 3 }).status).toBe('warning');
    expect(mailVerdict({ ownerQuota: null, viewerIsOwner: false, recipients: 3 }).status).toBe(
      'not-possible',
    );
    expect(mailVerdict({ ownerQuota: 1500, viewerIsOwner: true, recipients: 3 }).status).toBe('ok');
  });
});

describe('formulas', () => {
  const f = {
    formula: '=DUEDATE(C1, 15)',
    expected: '23/11/2026',
    code: { type: 'Date', shown: '23/11/2026', ms: 3 },
  };
  it('a wrong date in the code or the sheet fails; a sheet that did not compute is not possible here', () => {
    expect(
      formulasVerdict([{ ...f, sheet: { type: 'Date', shown: '23/11/2026', ms: 900 } }], 900).status,
    ).toBe('ok');
    expect(formulasVerdict([{ ...f, sheet: { type: 'string', shown: '#NAME?', ms: 900 } }], 900).status).toBe(
      'failed',
    );
    expect(formulasVerdict([{ ...f, sheet: null }], 6000).status).toBe('not-possible');
  });
});

describe('the record', () => {
  const report: SelfTestReport = {
    at: '2026-12-08T02:30:00.000Z',
    by: 'a@x.org',
    version: '0.1.0',
    results: [
      mailVerdict({ ownerQuota: 0, viewerIsOwner: true, recipients: 3 }),
      builtinsVerdict([]),
      speedVerdict({
        clockMoves: false,
        bulk: { tab: 'T', rows: 1, columns: 1, ms: 1 },
        lookups: { n: 2000, ms: 2 },
        loadMs: 0,
        catalogueMs: 0,
      }),
    ],
  };

  it('the _selftest rows read back as the same report; rows Kamnot did not write are ignored', () => {
    const rows = selfTestRows(report);
    expect(reportFromRows(rows)).toEqual(report);
    expect(reportFromRows([['อะไรก็ได้', 'ok'], ...rows])).toEqual(report);
    expect(reportFromRows([['mail', 'maybe']])).toBeNull();
  });

  it('the copied text: each check in both languages, its fix, and the summary line last', () => {
    const text = reportText(report, 'ทะเบียนงานบุคคล');
    expect(text).toContain('[failed] โควตาอีเมลของเจ้าของการตรวจ / The check owner’s mail quota (ใช้ไม่ได้)');
    expect(text).toContain('  To do: make the office');
    expect(text.split('\n').at(-1)).toBe(summaryLine(report.results));
    expect(summaryLine(report.results)).toBe(
      'self-test: 3 checks, 1 ok, 0 warnings, 1 failed, 1 need a live Google account',
    );
  });
});
