/**
 * The check as text: the `_selftest` tab's rows (machine-readable columns first, then the Thai and
 * English words) and the plain text an officer copies to whoever supports them. Reading the tab back
 * gives the report again, so the panel shows the last check without running one.
 */
import type { Msg } from '../i18n/msg';
import {
  CHECK_IDS,
  type CheckId,
  type CheckResult,
  type CheckStatus,
  type SelfTestReport,
  STATUS_WORDS,
  summaryLine,
} from './types';

export const SELFTEST_HEADERS = [
  'check',
  'status',
  'at',
  'by',
  'version',
  'data (JSON)',
  'ตรวจอะไร',
  'What',
  'พบว่า',
  'Found',
  'ต้องทำ',
  'To do',
];

export function selfTestRows(r: SelfTestReport): string[][] {
  return r.results.map((c) => [
    c.id,
    c.status,
    r.at,
    r.by,
    r.version,
    JSON.stringify(c.data ?? {}),
    c.title.th,
    c.title.en,
    c.found.th,
    c.found.en,
    c.fix?.th ?? '',
    c.fix?.en ?? '',
  ]);
}

const STATUSES = new Set<string>(Object.keys(STATUS_WORDS));
const IDS = new Set<string>(CHECK_IDS);

/** The report the tab holds, or null when it holds none Kamnot can read (never checked, or edited). */
export function reportFromRows(rows: readonly (readonly unknown[])[]): SelfTestReport | null {
  const results: CheckResult[] = [];
  let head: { at: string; by: string; version: string } | null = null;
  for (const row of rows) {
    const cells = row.map((v) => (typeof v === 'string' ? v : String(v ?? '')));
    const [id = '', status = '', at = '', by = '', version = '', json = '', tTh = '', tEn = ''] = cells;
    const [fTh = '', fEn = '', xTh = '', xEn = ''] = cells.slice(8);
    if (!IDS.has(id) || !STATUSES.has(status)) continue;
    head ??= { at, by, version };
    let data: CheckResult['data'];
    try {
      data = JSON.parse(json || '{}');
    } catch {
      data = {};
    }
    results.push({
      id: id as CheckId,
      status: status as CheckStatus,
      title: { th: tTh, en: tEn },
      found: { th: fTh, en: fEn },
      fix: xTh || xEn ? { th: xTh, en: xEn } : null,
      ...(data && Object.keys(data).length > 0 ? { data } : {}),
    });
  }
  return head && results.length > 0 ? { ...head, results } : null;
}

const both = (label: Msg, text: Msg) => [`  ${label.th}: ${text.th}`, `  ${label.en}: ${text.en}`];

/** What the "copy the report" button copies: every check in Thai and English, then the summary line. */
export function reportText(r: SelfTestReport, workbook: string): string {
  const lines = [
    'Kamnot — ตรวจความพร้อม / installation check',
    `สมุดงาน / workbook: ${workbook}`,
    `เมื่อ / at: ${r.at} · โดย / by: ${r.by || '?'} · รุ่น / version: ${r.version}`,
    '',
  ];
  for (const c of r.results) {
    const s = STATUS_WORDS[c.status];
    lines.push(`[${s.en}] ${c.title.th} / ${c.title.en} (${s.th})`);
    lines.push(...both({ th: 'พบว่า', en: 'Found' }, c.found));
    if (c.fix) lines.push(...both({ th: 'ต้องทำ', en: 'To do' }, c.fix));
    lines.push('');
  }
  lines.push(summaryLine(r.results));
  return lines.join('\n');
}
