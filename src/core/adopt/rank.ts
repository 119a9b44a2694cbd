/**
 * Which catalogue procedure a tab most likely tracks, so the sidebar can suggest one. Every
 * register has a subject, a start date and an assignee, so those say nothing: what counts is the
 * procedure's own words (its fields, its steps) in the headers, and its name in the tab's title.
 */
import type { Procedure } from '../catalog/schema';
import { type Msg, msg } from '../i18n/msg';
import type { AnalyseOptions, TabAnalysis } from './analyse';
import type { Grid } from './grid';
import { containment, normaliseText } from './normalise';
import { proposeFields } from './propose';
import { officeKindOf } from './score';
import { dateShare } from './sniff';
import { asAnalysis } from './validate';

export interface RankedProcedure {
  readonly procedureId: string;
  readonly name: Msg;
  readonly score: number;
  readonly reasons: readonly Msg[];
}

// Words of every register's title that name no procedure: the kind of book, the year, the unit.
const TITLE_NOISE =
  /ทะเบียนคุม|ทะเบียน|บัญชีคุม|สมุดคุม|บัญชี|ติดตาม|ปีงบประมาณ|ปีการศึกษา|ประจำปี|พศ|สพป|สพม|เขต|\b(?:register|tracker|tracking|log|book|fy|fiscal|year)\b|\d+/g;

function titleKey(text: string, units: readonly string[] = []): string {
  let key = normaliseText(text).replace(TITLE_NOISE, ' ').replace(/\s+/g, '');
  for (const unit of units) if (unit.length >= 6) key = key.split(unit).join('');
  return key;
}

/**
 * How much the tab's titles and the procedure's names share, 0..1. The office's unit ("กลุ่มพัฒนาครู
 * และบุคลากรทางการศึกษา") is taken out of the titles first: it heads every register of that unit.
 */
function titleFit(titles: readonly string[], p: Procedure): number {
  const names = [p.th, p.en, p.caseIs.th, p.caseIs.en]
    .map((n) => titleKey(n))
    .filter((n) => [...n].length >= 3);
  let best = 0;
  for (const title of titles) {
    if ([...title].length < 3) continue;
    for (const name of names)
      best = Math.max(best, (containment(name, title) + containment(title, name)) / 2);
  }
  return best;
}

/**
 * Procedures ordered by how well the tab fits them, best first; `limit` of them (all by default).
 * Ties keep the catalogue's order.
 */
export function rankProcedures(
  tab: TabAnalysis | Grid,
  procedures: readonly Procedure[],
  options: AnalyseOptions & { readonly limit?: number } = {},
): RankedProcedure[] {
  const analysis = asAnalysis(tab, options);
  const office = analysis.columns.map(officeKindOf);
  const units = [...new Set(procedures.flatMap((p) => [p.unit.th, p.unit.en].map((u) => titleKey(u))))];
  // The tab's titles are the same for every procedure: their keys are made once.
  const titles = analysis.titles.map((t) => titleKey(t, units));
  const ranked = procedures.map((p, order) => {
    const proposal = proposeFields(analysis, p);
    const specific = proposal.fields.filter((f) => f.specific && f.column !== null);
    const fieldScore = specific.reduce((sum, f) => sum + f.confidence, 0);
    const title = titleFit(titles, p);
    // A date column this procedure has no place for is evidence against it.
    const used = new Set(proposal.fields.flatMap((f) => (f.column === null ? [] : [f.column])));
    const strayDates = analysis.columns.filter(
      (c) =>
        !used.has(c.index) &&
        (office[c.index]?.score ?? 0) < 0.35 &&
        c.values.filled > 0 &&
        dateShare(c.values) >= 0.6,
    ).length;
    const score = Math.round((fieldScore + 2 * title - 0.15 * strayDates) * 1000) / 1000;
    const reasons: Msg[] = [];
    if (title >= 0.3)
      reasons.push(msg('ชื่อแท็บหรือหัวเรื่องตรงกับชื่องาน', 'the tab title matches the procedure name'));
    if (specific.length) {
      reasons.push(
        msg(
          `หัวคอลัมน์ตรงกับช่องหรือขั้นตอนของงานนี้ ${specific.length} คอลัมน์: ${specific.map((f) => f.header.th).join(', ')}`,
          `${specific.length} headers match this procedure's fields or steps: ${specific.map((f) => f.header.en).join(', ')}`,
        ),
      );
    }
    return { procedureId: p.id, name: msg(p.th, p.en), score, reasons, order };
  });
  ranked.sort((a, b) => b.score - a.score || a.order - b.order);
  const limit = options.limit ?? ranked.length;
  return ranked.slice(0, Math.max(0, limit)).map(({ order: _, ...r }) => r);
}
