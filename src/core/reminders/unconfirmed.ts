/**
 * Reminders a run left unconfirmed (intent written, then the run died) are treated as sent. Each such
 * digest must be named once in the log, whenever the next run happens: the mail stage reports the
 * ones not yet reported and writes a 'noted' row for them, which ledgerView ignores.
 */
import { type Msg, msg } from '../i18n/msg';
import type { LedgerRow, LedgerView } from './ledger';

const NOTED = 'noted';

/** `key|digest` of a ledger row marked noted, whether given as the sheet's cells or as a row object. */
function notedKey(raw: unknown): string | null {
  let cells: readonly unknown[] = [];
  if (Array.isArray(raw)) cells = raw;
  else if (raw && typeof raw === 'object') {
    const row = raw as Partial<LedgerRow>;
    cells = [row.key, '', row.digestId, row.status];
  }
  return String(cells[3] ?? '').toLowerCase() === NOTED ? `${String(cells[0])}|${String(cells[2])}` : null;
}

export function unconfirmedToReport(
  view: LedgerView,
  rawRows: readonly unknown[],
): { messages: Msg[]; noted: LedgerRow[] } {
  const alreadyNoted = new Set(rawRows.map(notedKey).filter((k) => k !== null));
  const byDigest = new Map<string, LedgerRow[]>();
  for (const row of view.unconfirmed) {
    if (alreadyNoted.has(`${row.key}|${row.digestId}`)) continue;
    byDigest.set(row.digestId, [...(byDigest.get(row.digestId) ?? []), row]);
  }
  const messages: Msg[] = [];
  const noted: LedgerRow[] = [];
  for (const rows of byDigest.values()) {
    const { to, at } = rows[0]!;
    const day = at.slice(0, 10);
    messages.push(
      msg(
        `การส่งแจ้งเตือน ${rows.length} รายการถึง ${to} วันที่ ${day} หยุดกลางคัน ไม่ทราบว่าส่งถึงหรือไม่: จะไม่ส่งซ้ำ โปรดสอบถามผู้รับ`,
        `a run stopped while sending ${rows.length} reminder(s) to ${to} on ${day}: they may or may not have arrived and will not be sent again; check with the recipient`,
      ),
    );
    for (const row of rows) noted.push({ ...row, status: NOTED as LedgerRow['status'] });
  }
  return { messages, noted };
}
