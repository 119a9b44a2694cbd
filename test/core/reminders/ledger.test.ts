import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReminderKey, reminderKey } from '../../../src/core/reminders/keys';
import {
  EMPTY_LEDGER,
  type LedgerRow,
  lastEscalationDay,
  ledgerCellsOf,
  ledgerRowFromCells,
  ledgerView,
  statusOf,
} from '../../../src/core/reminders/ledger';
import { STAGES } from '../../../src/core/reminders/types';
import { iso } from './fixtures';

const K = reminderKey({
  register: '1001',
  caseId: 'C-1',
  step: 'check',
  stage: 'overdue',
  day: '2026-11-23',
});
const row = (status: string, atText: string, extra: Partial<LedgerRow> = {}) =>
  ({ key: K, to: 'somchai@esa.go.th', digestId: 'D1', status, at: atText, ...extra }) as LedgerRow;
const T = (s: number) => `2026-11-23T01:00:0${s}.000Z`;

describe('reminder keys', () => {
  it('start with the day, so a key in a cell never starts a formula, and round-trip', () => {
    expect(K).toBe('2026-11-23|overdue|1001|C-1|check');
    const tricky = {
      register: 'a|b',
      caseId: '\\|x\\',
      step: '',
      stage: 'escalation',
      day: '2026-01-02',
      to: 'b@x.th',
    } as const;
    expect(parseReminderKey(reminderKey(tricky))).toEqual(tricky);
    expect(reminderKey({ ...tricky, to: ' B@X.TH ' })).toBe(reminderKey(tricky));
  });

  it('any identity round-trips; other text is not a key', () => {
    fc.assert(
      fc.property(
        fc.record({
          register: fc.string(),
          caseId: fc.string(),
          step: fc.string(),
          stage: fc.constantFrom(...STAGES),
          to: fc.emailAddress(),
        }),
        (id) => {
          const clean = {
            ...id,
            register: id.register.trim(),
            caseId: id.caseId.trim(),
            step: id.step.trim(),
          };
          const parsed = parseReminderKey(reminderKey({ ...id, day: '2026-11-23' }));
          const { to, ...rest } = clean;
          expect(parsed).toEqual(
            id.stage === 'escalation'
              ? { ...clean, to: to.toLowerCase(), day: '2026-11-23' }
              : { ...rest, day: '2026-11-23' },
          );
        },
      ),
    );
    for (const bad of ['', 'x', '2026-11-23|late|a|b|c', '2026-11-23|overdue|a|b', 'a\\b|c']) {
      expect(parseReminderKey(bad)).toBeNull();
    }
  });
});

describe('the _sent ledger', () => {
  it('intent then sent: sent; intent then failed: may be retried', () => {
    expect(statusOf(ledgerView([row('intent', T(0)), row('sent', T(1))]), K)).toBe('sent');
    expect(statusOf(ledgerView([row('intent', T(0)), row('failed', T(1))]), K)).toBe('failed');
    expect(statusOf(ledgerView([]), K)).toBeUndefined();
  });

  it('an intent with no outcome after it is unconfirmed: counted as delivered, reported', () => {
    const view = ledgerView([row('intent', T(0))]);
    expect(statusOf(view, K)).toBe('unconfirmed');
    expect(view.delivered.has('D1')).toBe(true);
    expect(view.unconfirmed).toEqual([row('intent', T(0))]);
    // a retry after a failure that died before its outcome
    const retry = ledgerView([row('intent', T(0)), row('failed', T(1)), row('intent', T(2))]);
    expect(statusOf(retry, K)).toBe('unconfirmed');
    // an outcome of another digest says nothing about this one
    expect(statusOf(ledgerView([row('intent', T(2)), row('failed', T(3), { digestId: 'D0' })]), K)).toBe(
      'unconfirmed',
    );
    // an unreadable time cannot show the outcome came after: stay on the safe side
    expect(statusOf(ledgerView([row('intent', 'soon'), row('failed', T(1))]), K)).toBe('unconfirmed');
  });

  it('reads rows in any order: times decide, not positions', () => {
    const rows = [row('intent', T(0)), row('failed', T(1)), row('intent', T(2)), row('sent', T(3))];
    const failedOnly = rows.slice(0, 2);
    fc.assert(
      fc.property(
        fc.shuffledSubarray(rows, { minLength: 4 }),
        fc.shuffledSubarray(failedOnly, { minLength: 2 }),
        (all, two) => {
          expect(statusOf(ledgerView(all), K)).toBe('sent');
          expect(statusOf(ledgerView(two), K)).toBe('failed');
        },
      ),
    );
    // offsets are honoured: 08:00+07:00 is after 00:59Z
    expect(
      statusOf(
        ledgerView([row('failed', '2026-11-23T08:00:00+07:00'), row('intent', '2026-11-23T00:59:00Z')]),
        K,
      ),
    ).toBe('failed');
  });

  it('ignores blank and garbage rows and never throws', () => {
    const garbage: unknown[] = [
      null,
      undefined,
      3,
      'x',
      {},
      [],
      ['', '', '', '', ''],
      [K, 'a@x.th', 'D1', 'maybe', T(0)],
      { key: '   ', status: 'sent' },
      { key: K, status: 42 },
      { key: { evil: true }, status: 'sent' },
    ];
    const view = ledgerView([...garbage, row('intent', T(0)), row('failed', T(1))]);
    expect(view.ignored).toBe(garbage.length);
    expect(statusOf(view, K)).toBe('failed');
    fc.assert(
      fc.property(fc.array(fc.anything()), (rows) => {
        expect(() => ledgerView(rows)).not.toThrow();
      }),
    );
  });

  it('reads rows as sheet cells, status in any case, a date the sheet made of the time', () => {
    const cells = ledgerCellsOf(row('sent', T(1), { note: 'ok' }));
    expect(ledgerRowFromCells(cells)).toEqual(row('sent', T(1), { note: 'ok' }));
    expect(ledgerRowFromCells([K, 'a@x.th', 'D1', ' Sent ', new Date(Date.UTC(2026, 10, 23, 1))])).toEqual({
      key: K,
      to: 'a@x.th',
      digestId: 'D1',
      status: 'sent',
      at: '2026-11-23T01:00:00.000Z',
    });
    expect(statusOf(ledgerView([[K, 'a', 'D1', 'intent', T(0)]]), K)).toBe('unconfirmed');
  });

  it('keeps the last escalation day per register, case, step and supervisor (sent or unconfirmed)', () => {
    const esc = (day: string, to: string) =>
      reminderKey({ register: '1001', caseId: 'C-1', step: 'check', stage: 'escalation', day, to });
    const view = ledgerView([
      { key: esc('2026-11-26', 'boss@x.th'), to: 'boss@x.th', digestId: 'a', status: 'sent', at: T(0) },
      { key: esc('2026-12-03', 'boss@x.th'), to: 'boss@x.th', digestId: 'b', status: 'intent', at: T(0) },
      { key: esc('2026-12-10', 'boss@x.th'), to: 'boss@x.th', digestId: 'c', status: 'failed', at: T(0) },
      {
        key: esc('2026-12-01', 'Director@x.th'),
        to: 'director@x.th',
        digestId: 'd',
        status: 'sent',
        at: T(0),
      },
    ]);
    const thread = { register: '1001', caseId: 'C-1', step: 'check' };
    expect(lastEscalationDay(view, { ...thread, to: 'BOSS@x.th' })).toBe(iso('2026-12-03'));
    expect(lastEscalationDay(view, { ...thread, to: 'director@x.th' })).toBe(iso('2026-12-01'));
    expect(lastEscalationDay(view, { ...thread, step: 'sign', to: 'boss@x.th' })).toBeNull();
    expect(lastEscalationDay(EMPTY_LEDGER, { ...thread, to: 'boss@x.th' })).toBeNull();
  });
});
