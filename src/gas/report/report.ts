/**
 * The report on demand: what the sidebar offers, the Report tab, and the print view's page. The ask
 * comes from the sidebar (or the menu, the CLI) and is checked here, at the trust boundary.
 */
import * as z from 'zod/mini';
import { isoFromDay } from '../../core/dates/civil';
import { fiscalYearBe } from '../../core/dates/fiscal';
import { BE_OFFSET } from '../../core/dates/names';
import { type Lang, type Msg, msg } from '../../core/i18n/msg';
import { caseListBlocks, reportDocument } from '../../core/report/document';
import { reportGrid } from '../../core/report/grid';
import { reportHtml } from '../../core/report/html';
import { buildReport, type ReportModel, type Scope, type Tally } from '../../core/report/model';
import { periodFromKey, periodLabel } from '../../core/report/periods';
import { W } from '../../core/report/words';
import type { UtilitiesLike } from '../date-io';
import type { ReportBuilt, ReportLine, ReportOptions } from '../sidebar-api/views/report';
import type { Spreadsheet } from '../workbook/services';
import { collectReport, type ReportData } from './collect';
import { writeReportTab } from './write';

export interface ReportServices {
  readonly spreadsheet: Spreadsheet;
  readonly utilities: UtilitiesLike;
  readonly now: number;
}

/** A report asked for (checked at the sidebar's boundary, inputs.ts); anything missing takes its default. */
export const ReportAskSchema = z.strictObject({
  fiscalYear: z.optional(z.number().check(z.int(), z.minimum(2400), z.maximum(2800))),
  period: z.optional(z.string().check(z.maxLength(40))),
  scope: z.optional(z.string().check(z.maxLength(400))),
  lang: z.optional(z.enum(['th', 'en'])),
  thaiDigits: z.optional(z.boolean()),
});
export type ReportAskInput = z.output<typeof ReportAskSchema>;

interface Ask {
  readonly fiscalYear: number;
  readonly period: NonNullable<ReturnType<typeof periodFromKey>>;
  readonly scope: Scope;
  readonly lang: Lang;
  readonly thaiDigits: boolean;
}

const refuse = (th: string, en: string) => new Error(`${th} / ${en}`);

/** The ask, checked; anything missing takes its default (this fiscal year, the whole year, the office). */
function readAsk(a: ReportAskInput, data: ReportData): Ask {
  const period = periodFromKey(a.period ?? 'year');
  if (!period) throw refuse(`ไม่รู้จักช่วงเวลา "${a.period}"`, `unknown period "${a.period}"`);
  const scopeText = a.scope ?? 'office';
  let scope: Scope;
  if (scopeText === 'office') scope = { kind: 'office' };
  else if (scopeText.startsWith('unit:')) scope = { kind: 'unit', unit: scopeText.slice(5) };
  else if (scopeText.startsWith('person:')) scope = { kind: 'person', email: scopeText.slice(7) };
  else throw refuse(`ไม่รู้จักขอบเขต "${scopeText}"`, `unknown scope "${scopeText}"`);
  return {
    fiscalYear: a.fiscalYear ?? fiscalYearBe(data.context.today),
    period,
    scope,
    lang: a.lang ?? data.context.settings.lang,
    thaiDigits: a.thaiDigits ?? false,
  };
}

function scopeLabel(scope: Scope, data: ReportData): Msg {
  if (scope.kind === 'office') return W.office;
  if (scope.kind === 'unit') {
    const unit = data.registers.find((r) => r.procedure.unit.th === scope.unit)?.procedure.unit;
    return W.unit(unit ?? msg(scope.unit, scope.unit));
  }
  const email = scope.email.trim().toLowerCase();
  const person = data.people.find((p) => p.email.trim().toLowerCase() === email);
  return W.person(person ? `${person.name} <${person.email}>` : scope.email);
}

function model(data: ReportData, ask: Ask): ReportModel {
  const { context } = data;
  return buildReport(
    { fiscalYear: ask.fiscalYear, period: ask.period, scope: ask.scope },
    data.registers,
    data.rows,
    data.people,
    context.engine,
    context.today,
  );
}

export function reportOptions(s: ReportServices): ReportOptions {
  const data = collectReport(s.spreadsheet, s.utilities, s.now);
  const units = new Map<string, Msg>();
  for (const r of data.registers) units.set(r.procedure.unit.th, r.procedure.unit);
  return {
    fiscalYears: data.fiscalYears,
    currentYear: fiscalYearBe(data.context.today),
    units: [...units.values()].map((u) => ({ th: u.th, en: u.en })),
    people: data.people
      .filter((p) => p.email.trim() !== '')
      .map((p) => ({ email: p.email.trim(), name: p.name })),
    officeName: data.settings.officeName,
    itaItem: data.settings.itaItem,
  };
}

const line = (name: string, t: Tally): ReportLine => ({
  name,
  ...t,
  rate: t.finished > 0 ? t.within / t.finished : null,
});

/** Builds the Report tab and says what it holds. */
export function buildReportTab(s: ReportServices, payload: ReportAskInput): ReportBuilt {
  const data = collectReport(s.spreadsheet, s.utilities, s.now);
  const ask = readAsk(payload, data);
  const m = model(data, ask);
  const scope = scopeLabel(ask.scope, data);
  const options = { lang: ask.lang, office: data.settings.officeName, itaItem: data.settings.itaItem, scope };
  const sheet = writeReportTab(
    s.spreadsheet,
    reportGrid([...reportDocument(m, options), ...caseListBlocks(m, ask.lang)]),
  );
  return {
    tab: sheet.getName(),
    gid: sheet.getSheetId(),
    period: periodLabel(ask.fiscalYear, ask.period),
    scope,
    asOf: isoFromDay(m.asOf),
    registers: m.registers.map((r) => line(r.register.name, r.tally)),
    total: line('', m.total),
    exceptions: m.exceptions.length,
  };
}

/** The print view's page for the ask, and the dialog's title. */
export function reportPrintPage(
  s: ReportServices,
  payload: ReportAskInput,
): { readonly html: string; readonly title: string } {
  const data = collectReport(s.spreadsheet, s.utilities, s.now);
  const ask = readAsk(payload, data);
  const m = model(data, ask);
  const scope = scopeLabel(ask.scope, data);
  const office = data.settings.officeName;
  const blocks = reportDocument(m, { lang: ask.lang, office, itaItem: data.settings.itaItem, scope });
  const pick = (x: Msg) => (ask.lang === 'en' ? x.en : x.th);
  const fy = pick(W.fiscalYear(ask.fiscalYear, ask.fiscalYear - BE_OFFSET));
  const title = `${pick(W.title)} · ${fy}`;
  const header = [office, fy, pick(periodLabel(ask.fiscalYear, ask.period))]
    .filter((x) => x.trim())
    .join(' · ');
  return { html: reportHtml(blocks, { lang: ask.lang, thaiDigits: ask.thaiDigits, header, title }), title };
}
