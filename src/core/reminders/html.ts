/** Escaping for mail HTML: every value that comes from a sheet goes through `escapeHtml`. */

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text and attribute values alike: all five characters, so a value is safe in either place. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/**
 * The link to a case's row: the workbook URL from the settings plus two numbers, nothing from a cell.
 * Null when the URL is not https (no `javascript:` link can come out of a setting) or a number is off.
 */
export function rowLink(spreadsheetUrl: string, gid: number, row: number): string | null {
  const base = workbookLink(spreadsheetUrl);
  if (!base || !Number.isSafeInteger(gid) || gid < 0 || !Number.isSafeInteger(row) || row < 1) return null;
  return `${base}#gid=${gid}&range=A${row}`;
}

/** The workbook URL without its fragment (`…/edit#gid=0` → `…/edit`); null when not plain https. */
export function workbookLink(spreadsheetUrl: string): string | null {
  const base = spreadsheetUrl.trim().split('#')[0]!;
  return /^https:\/\/[^\s"'<>\\`]+$/i.test(base) ? base : null;
}

/** The link to a register tab: the workbook URL plus its sheet id; null as rowLink. */
export function tabLink(spreadsheetUrl: string, gid: number): string | null {
  const base = workbookLink(spreadsheetUrl);
  if (!base || !Number.isSafeInteger(gid) || gid < 0) return null;
  return `${base}#gid=${gid}`;
}
