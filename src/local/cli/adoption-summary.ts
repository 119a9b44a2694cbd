/**
 * The sidebar's adoption proposal as the CLI prints it, for every tab that is not a register yet:
 * the header row, the procedure ranked first (and the next ones), each field's column with the
 * office's own header and how sure Kamnot is, the date cells it cannot read, and what --adopt did.
 */
import { CONFIDENCE_WORDS, confidenceOf } from '../../core/adopt/confidence';
import { bilingual, type Msg } from '../../core/i18n/msg';
import type { AdoptionProposal } from '../../gas/sidebar-api/public';
import type { LeftAlone } from '../xlsx/recognise';
import { type AdoptionOutcome, refusalText, type TabProposal } from './adoption';
import { clip, table } from './table';

export interface ProposalsInput {
  readonly file: string;
  readonly proposals: readonly TabProposal[];
  readonly outcomes: readonly AdoptionOutcome[];
  /** What header recognition said of each tab (its Kamnot column names, when it had some). */
  readonly leftAlone: readonly LeftAlone[];
  readonly adoptAll: boolean;
}

/** Unreadable cells listed per tab before "… N more". */
const MAX_UNREADABLE = 10;

const both = (th: string, en: string, max: number) => `${clip(th, max)} / ${clip(en, max)}`;
const quoteArg = (text: string) => `"${text.replace(/(["\\$`])/g, '\\$1')}"`;

function fieldRows(p: AdoptionProposal): string[][] {
  return p.fields
    .filter((f) => f.column !== null)
    .map((f) => {
      const words = CONFIDENCE_WORDS[confidenceOf(f)];
      return [
        both(f.header.th, f.header.en, 30),
        `${f.column} "${clip(f.columnHeader, 28)}"`,
        `${words.th} / ${words.en} (${f.confidence.toFixed(2)})`,
      ];
    });
}

function outcomeLine(t: TabProposal, input: ProposalsInput): string {
  const outcome = input.outcomes.find((o) => o.tab === t.tab);
  if (outcome && 'adopted' in outcome) {
    const a = outcome.adopted;
    const lines = [
      `  → นำมาใช้แล้วในสำเนาที่ตรวจ: เพิ่ม ${a.added} คอลัมน์, ${a.cases} เรื่อง / ` +
        `adopted in the checked copy: ${a.added} columns added, ${a.cases} cases`,
    ];
    for (const w of a.warnings) lines.push(`    ⚠ ${bilingual(w)}`);
    return lines.join('\n');
  }
  if (outcome && 'refused' in outcome) return `  → นำมาใช้ไม่ได้ / not adopted: ${refusalText(outcome.refused)}`;
  return `  → นำมาใช้ / to adopt: npm start -- --workbook ${quoteArg(input.file)} --adopt ${quoteArg(t.tab)}`;
}

function candidate(t: TabProposal, input: ProposalsInput): string[] {
  const p = t.proposal!;
  const [first, ...next] = p.procedures;
  const lines = [`▸ แท็บ / tab "${t.tab}": หัวตารางแถวที่ / header on row ${p.headerRow}`];
  if (first)
    lines.push(
      `  กระบวนงานที่เสนอ / proposed procedure: ${first.th} / ${first.en} [${first.id}]` +
        ` (คะแนน / score ${first.score})`,
    );
  const then = next.slice(0, 2).filter((n) => n.score > 0);
  if (then.length > 0)
    lines.push(
      `    อันดับถัดไป / next: ${then.map((n) => `${clip(n.th, 40)} [${n.id}] (${n.score})`).join('; ')}`,
    );
  const recognised = input.leftAlone.find((l) => l.tab === t.tab);
  // Header recognition's detail only for the procedure the proposal ranks first (never another one).
  if (recognised?.closest && recognised.closest === first?.id) lines.push(`    ${bilingual(recognised.why)}`);
  const rows = fieldRows(p);
  if (rows.length > 0)
    lines.push(
      ...table(['ช่องของทะเบียน / register field', 'คอลัมน์ / column', 'ความมั่นใจ / confidence'], rows)
        .split('\n')
        .map((l) => `  ${l}`),
    );
  const absent = p.fields.filter((f) => f.column === null);
  if (absent.length > 0)
    lines.push(
      `  ไม่พบในแท็บ (อ่านเป็นว่าง) / not in the tab (read as blank): ${absent
        .map((f) => both(f.header.th, f.header.en, 24))
        .join(', ')}`,
    );
  for (const problem of p.problems) lines.push(`  ⚠ ${bilingual(problem)}`);
  if (p.unreadable.length > 0) {
    lines.push(
      `  ช่องวันที่ที่อ่านไม่ได้ (Kamnot ไม่แก้) / date cells Kamnot cannot read (never changed): ${p.unreadable.length}`,
    );
    for (const u of p.unreadable.slice(0, MAX_UNREADABLE))
      lines.push(`    ${u.cell} "${clip(u.value, 40)}": ${u.problem.th} / ${u.problem.en}`);
    if (p.unreadable.length > MAX_UNREADABLE)
      lines.push(
        `    … อีก ${p.unreadable.length - MAX_UNREADABLE} ช่อง / ${p.unreadable.length - MAX_UNREADABLE} more`,
      );
  }
  lines.push(outcomeLine(t, input));
  return lines;
}

/** The proposals section; '' when every tab is Kamnot's own or a register already. */
export function proposalsText(input: ProposalsInput): string {
  const candidates = input.proposals.filter((t) => t.proposal && t.why === null);
  const others = input.proposals.filter((t) => !t.proposal || t.why !== null);
  const out: string[] = [];
  if (candidates.length > 0) {
    out.push(
      `แท็บที่ยังไม่เป็นทะเบียน: ข้อเสนอของ Kamnot (เหมือน "นำแท็บนี้มาใช้" ในแถบข้าง) / ` +
        `tabs that are not registers yet: Kamnot's proposal (as the sidebar's "Adopt this tab"): ${candidates.length}`,
    );
    for (const t of candidates) out.push(...candidate(t, input));
  }
  if (others.length > 0) {
    out.push(`แท็บที่ไม่ใช่ทะเบียน / tabs that are not registers: ${others.length}`);
    for (const t of others) {
      const refused = input.outcomes.find((o) => o.tab === t.tab && 'refused' in o);
      const why: Msg | null = t.why;
      out.push(`  • "${t.tab}": ${why ? bilingual(why) : ''}`);
      if (refused && 'refused' in refused)
        out.push(`    → นำมาใช้ไม่ได้ / not adopted: ${refusalText(refused.refused)}`);
    }
  }
  return out.join('\n');
}
