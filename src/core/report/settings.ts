/**
 * The report's own settings, kept in the Settings tab with the others (key / value / help): the
 * office's name for the report's title, and the integrity and transparency assessment's (ITA) item
 * number for the service statistics, which changes from year to year (O8–O11 in the 2568 national
 * list, O10–O12 in OBEC's school version): a value the office types, never code.
 */
import { type Msg, msg } from '../i18n/msg';

export interface ReportSettings {
  readonly officeName: string;
  readonly itaItem: string;
}

const REPORT_SETTINGS: readonly {
  readonly name: keyof ReportSettings;
  readonly key: string;
  readonly help: Msg;
}[] = [
  {
    name: 'officeName',
    key: 'office-name',
    help: msg('ชื่อหน่วยงานบนหัวรายงาน', "The office's name on the report"),
  },
  {
    name: 'itaItem',
    key: 'ita-item',
    help: msg(
      'ข้อการประเมิน ITA ของปีนี้สำหรับสถิติการให้บริการ เช่น O11',
      "This year's ITA item number for the service statistics, e.g. O11",
    ),
  },
];

/** The Settings tab's rows (key, value, …): text values, trimmed and on one line; '' when absent. */
export function readReportSettings(rows: readonly (readonly unknown[])[]): ReportSettings {
  const byKey = new Map<string, unknown>();
  for (const row of rows) if (typeof row[0] === 'string') byKey.set(row[0].trim().toLowerCase(), row[1]);
  const text = (key: string) => {
    const v = byKey.get(key);
    return v === null || v === undefined ? '' : String(v).replace(/\s+/g, ' ').trim();
  };
  return { officeName: text('office-name'), itaItem: text('ita-item') };
}

/** The rows a Settings tab lacks: key, '' (for the office to fill), help. */
export function missingReportRows(rows: readonly (readonly unknown[])[]): [string, string, string][] {
  const present = new Set(rows.map((r) => (typeof r[0] === 'string' ? r[0].trim().toLowerCase() : '')));
  return REPORT_SETTINGS.filter((s) => !present.has(s.key)).map((s) => [
    s.key,
    '',
    `${s.help.th} / ${s.help.en}`,
  ]);
}
