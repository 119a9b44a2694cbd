/**
 * The report as a document in one language: titled blocks of text and tables. The Report tab
 * (grid.ts) and the print view (html.ts) both lay out these same blocks, so they never disagree.
 */
import { formatDate } from '../dates/format';
import { BE_OFFSET } from '../dates/names';
import { type Lang, type Msg, pick } from '../i18n/msg';
import { STATE_LABELS } from '../register/computed';
import type { CaseLine, ReportModel, Tally } from './model';
import { monthName, periodLabel } from './periods';
import { W } from './words';

/** A rate 0…1 (null: nothing finished), shown as a percentage. */
interface Rate {
  readonly rate: number | null;
}
export type DocCell = string | number | Rate;

export type Block =
  | { readonly kind: 'title' | 'subtitle' | 'heading' | 'subheading' | 'note'; readonly text: string }
  | {
      readonly kind: 'table';
      readonly head: readonly string[];
      readonly rows: readonly (readonly DocCell[])[];
      /** The last row is a total. */
      readonly total?: boolean;
      /** Columns of long text (names, subjects): left-aligned and allowed to wrap. */
      readonly textColumns: number;
    }
  /** The print view starts a new sheet of paper here; the tab just leaves a blank row. */
  | { readonly kind: 'break' };

export interface DocumentOptions {
  readonly lang: Lang;
  readonly office: string;
  /** The assessment's item number for the year (ITA), from Settings; '' for none. */
  readonly itaItem: string;
  readonly scope: Msg;
}

const rateOf = (within: number, finished: number): Rate => ({
  rate: finished > 0 ? within / finished : null,
});

export function reportDocument(model: ReportModel, options: DocumentOptions): Block[] {
  const { lang } = options;
  const t = (m: Msg) => pick(m, lang);
  const date = (day: number | null) => (day === null ? '—' : formatDate(day, { lang }));
  const fy = model.request.fiscalYear;
  const tallyCells = (x: Tally): DocCell[] => [
    x.received,
    x.finished,
    x.within,
    x.late,
    x.open - x.overdue,
    x.overdue,
    x.cancelled,
    rateOf(x.within, x.finished),
  ];
  const named = (r: { readonly register: ReportModel['registers'][number]['register'] }) => {
    const procedure = t(r.register.procedure);
    return r.register.name === procedure ? procedure : `${r.register.name} (${procedure})`;
  };
  const tallyHead = [W.received, W.finished, W.within, W.late, W.onTrack, W.overdue, W.cancelled, W.rate].map(
    t,
  );
  const blocks: Block[] = [
    { kind: 'title', text: options.office.trim() || t(W.noOffice) },
    { kind: 'title', text: t(W.title) },
    {
      kind: 'subtitle',
      text: `${t(W.fiscalYear(fy, fy - BE_OFFSET))} · ${t(W.period)}: ${t(periodLabel(fy, model.request.period))}`,
    },
    {
      kind: 'subtitle',
      text: `${t(W.scope)}: ${t(options.scope)} · ${t(W.asOf(formatDate(model.asOf, { lang: 'th', style: 'long' }), formatDate(model.asOf, { lang: 'en', style: 'long' })))}`,
    },
    { kind: 'heading', text: t(W.summary) },
    {
      kind: 'table',
      head: [t(W.register), ...tallyHead],
      rows: [
        ...model.registers.map((r) => [named(r), ...tallyCells(r.tally)]),
        [t(W.total), ...tallyCells(model.total)],
      ],
      total: true,
      textColumns: 1,
    },
    { kind: 'heading', text: t(W.steps) },
  ];
  for (const r of model.registers) {
    blocks.push({ kind: 'subheading', text: named(r) });
    blocks.push({
      kind: 'table',
      head: [W.step, W.standard, W.finished, W.within, W.late, W.open, W.median, W.p90, W.allowed].map(t),
      rows: r.steps.map((s, i) => [
        `${i + 1}. ${t(s.name)}`,
        t(s.standard),
        s.finished,
        s.within,
        s.late,
        s.overdue > 0 ? `${s.open} (${s.overdue})` : String(s.open),
        days(s.tookMedian),
        days(s.tookP90),
        days(s.allowedMedian),
      ]),
      textColumns: 2,
    });
  }
  blocks.push(
    { kind: 'heading', text: t(W.breakdown) },
    {
      kind: 'table',
      head: [t(W.period), ...tallyHead],
      rows: model.breakdown.map((b) => [t(b.label), ...tallyCells(b.tally)]),
      textColumns: 1,
    },
    { kind: 'break' },
    { kind: 'heading', text: t(W.service(options.itaItem.trim())) },
    { kind: 'subtitle', text: t(W.fiscalYear(fy, fy - BE_OFFSET)) },
  );
  for (const r of model.registers) {
    const sum = r.months.reduce(
      (a, m) => ({
        received: a.received + m.received,
        finished: a.finished + m.finished,
        within: a.within + m.within,
      }),
      { received: 0, finished: 0, within: 0 },
    );
    blocks.push(
      { kind: 'subheading', text: `${t(r.register.procedure)} — ${t(W.unitOf(r.register.procedure.unit))}` },
      {
        kind: 'table',
        head: [W.month, W.serviceReceived, W.serviceFinished, W.serviceWithin, W.servicePercent].map(t),
        rows: [
          ...r.months.map((m) => [
            t(monthName(fy, m.month)),
            m.received,
            m.finished,
            m.within,
            rateOf(m.within, m.finished),
          ]),
          [t(W.total), sum.received, sum.finished, sum.within, rateOf(sum.within, sum.finished)],
        ],
        total: true,
        textColumns: 1,
      },
    );
  }
  blocks.push({ kind: 'break' }, { kind: 'heading', text: t(W.exceptions) });
  blocks.push(...caseTable(model.exceptions, lang, date));
  blocks.push({ kind: 'heading', text: t(W.notes) });
  for (const d of W.definitions) blocks.push({ kind: 'note', text: t(d) });
  if (model.uncounted.noStart > 0) blocks.push({ kind: 'note', text: t(W.noStart(model.uncounted.noStart)) });
  if (model.uncounted.closedNoDate > 0)
    blocks.push({ kind: 'note', text: t(W.closedNoDate(model.uncounted.closedNoDate)) });
  blocks.push({ kind: 'note', text: t(W.source) });
  return blocks;
}

/** Every case of the period: the Report tab's last section (the print view stops at the exceptions). */
export function caseListBlocks(model: ReportModel, lang: Lang): Block[] {
  const date = (day: number | null) => (day === null ? '—' : formatDate(day, { lang }));
  return [{ kind: 'heading', text: pick(W.cases, lang) }, ...caseTable(model.cases, lang, date, true)];
}

function caseTable(
  lines: readonly CaseLine[],
  lang: Lang,
  date: (day: number | null) => string,
  withRow = false,
): Block[] {
  const t = (m: Msg) => pick(m, lang);
  if (lines.length === 0) return [{ kind: 'note', text: t(W.none) }];
  const head = [
    W.register,
    W.docNo,
    W.caseId,
    W.subject,
    W.assignee,
    W.receivedOn,
    W.finishedOn,
    W.waitingOn,
    W.due,
    W.state,
  ];
  return [
    {
      kind: 'table',
      head: [...head.map(t), ...(withRow ? [t(W.row)] : [])],
      rows: lines.map((l) => [
        l.register,
        l.docNo || '—',
        l.caseId || '—',
        l.subject,
        l.assignee || '—',
        date(l.received),
        date(l.finished),
        l.step ? t(l.step) : '—',
        date(l.due),
        t(STATE_LABELS[l.state]),
        ...(withRow ? [l.row] : []),
      ]),
      textColumns: 5,
    },
  ];
}

function days(n: number | null): DocCell {
  return n === null ? '—' : n;
}
