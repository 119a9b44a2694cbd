// npm run catalog: writes build/catalog.json (the whole catalogue, for people and tools) and
// docs/catalogue.md (a Thai/English listing from the same data, to read beside the manuals).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { branchesOf, optionOf } from '../src/core/catalog/branches';
import { manuals } from '../src/core/catalog/catalogue';
import { describeDeadline } from '../src/core/catalog/describe';
import type { Manual, Procedure } from '../src/core/catalog/schema';

const root = process.cwd();
const list = manuals();

mkdirSync(join(root, 'build'), { recursive: true });
writeFileSync(
  join(root, 'build/catalog.json'),
  `${JSON.stringify({ version: 1, manuals: list }, null, 1)}\n`,
);

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function procedureSection(p: Procedure): string {
  const lines = [
    `### ${p.th}`,
    `*${p.en}* — \`${p.id}\`${p.checklist ? ' — รายการตรวจสอบ / checklist' : ''}`,
    '',
    `- แหล่งที่มา / Source: ${p.source.file}, ${p.source.section}${p.source.lines ? `, lines ${p.source.lines[0]}–${p.source.lines[1]}` : ''}`,
    `- หนึ่งเรื่อง / One case: ${p.caseIs.th} / ${p.caseIs.en}`,
  ];
  if (p.fields.length > 0)
    lines.push(`- ข้อมูลของเรื่อง / Case fields: ${p.fields.map((f) => `${f.th} / ${f.en}`).join('; ')}`);
  if (p.recurrence) lines.push(`- เกิดซ้ำ / Recurs: ${p.recurrence.type}`);
  for (const b of branchesOf(p))
    lines.push(
      `- กรณี (เลือกในทะเบียน) / Branch (chosen in the register): ${b.th} / ${b.en}: ${b.options.map((o) => `${o.th} / ${o.en}`).join('; ')}`,
    );
  if (p.legal.length > 0) lines.push(`- กฎหมาย/ระเบียบ / Legal: ${p.legal.join('; ')}`);
  if (p.forms.length > 0) lines.push(`- แบบฟอร์ม / Forms: ${p.forms.join('; ')}`);
  lines.push(
    '',
    '| # | ขั้นตอน / Step | ผู้รับผิดชอบ / Role | คู่มือ / Manual | กฎของ Kamnot / Kamnot rule |',
    '|---|---|---|---|---|',
  );
  const branches = branchesOf(p);
  p.steps.forEach((s, i) => {
    const rule = describeDeadline(s.deadline, p);
    const option = branches.find((b) => b.id === s.branch)?.options.find((o) => o.id === optionOf(s));
    const flags = [
      s.optional ? 'ไม่บังคับ / optional' : '',
      option ? `กรณี / case: ${option.th} / ${option.en}` : '',
    ]
      .filter(Boolean)
      .join(', ');
    const source = s.unitSource ? `<br>ที่มาของการนับ / Counted so by: ${cell(s.unitSource)}` : '';
    const effort = s.effortMinutes !== undefined ? ` (${s.effortMinutes} นาที / min)` : '';
    lines.push(
      `| ${i + 1} | ${cell(s.th)}<br>*${cell(s.en)}*${flags ? `<br>${flags}` : ''} | ${cell(s.role.th)} | ${cell(s.words ?? '—')}${effort} | ${cell(rule.th)}<br>*${cell(rule.en)}*${source} |`,
    );
  });
  if (p.notes.length > 0) lines.push('', ...p.notes.map((n) => `> ${cell(n)}`));
  return lines.join('\n');
}

function manualSection(m: Manual): string {
  const steps = m.procedures.reduce((n, p) => n + p.steps.length, 0);
  return [
    `## ${m.id} — ${m.office.th}`,
    `*${m.office.en}* · ${m.unit.th} / ${m.unit.en}${m.yearBe ? ` · พ.ศ. ${m.yearBe}` : ''} · ${m.procedures.length} procedures, ${steps} steps · \`seeds/${m.file}\``,
    ...m.procedures.map(procedureSection),
  ].join('\n\n');
}

/** The rule for units, as the schema states it (src/core/catalog/schema.ts, UnitSchema). */
const UNIT_RULE = [
  '## วันทำการหรือวันตามปฏิทิน / Working days or calendar days',
  '',
  'กฎที่ใช้กับทุกขั้นตอนของทุกคู่มือ / The rule applied to every step of every manual:',
  '',
  '- **วันทำการ / working days** — the manual says วันทำการ.',
  '- **วันตามปฏิทิน / calendar days** — a limit that a law, regulation or rule binding people outside the office sets (the manual quotes, restates or cites it), or that the manual itself says or implies is counted on the calendar (a period it glosses in months: "180 วัน (ประมาณ 6 เดือน)"). It is counted as the law counts periods: the first day is not counted, and a period that ends on a non-working day ends on the next working day (ป.พ.พ. มาตรา 193/1, 193/3, 193/8). Each such step names its source below, under "ที่มาของการนับ / Counted so by".',
  '- **วัน (ตามการตั้งค่า) / days (as the office counts them)** — every other plain "วัน": the office\'s own time standard (the standards table\'s เวลาดำเนินงาน or ระยะเวลาที่ใช้), counted as the workbook setting says (default: working days).',
  '- **สัปดาห์, เดือน / weeks, months** — calendar weeks and months; **ชั่วโมง / hours** — clock hours, so calendar time (48 hours from a Friday end on Sunday, so on Monday).',
  '',
  "Where a manual offers alternatives (กรณี), the register has a column to choose one; only the chosen alternative's steps get due dates. The re-audit of every procedure is in [catalogue-audit.md](catalogue-audit.md).",
];

const totalProcedures = list.reduce((n, m) => n + m.procedures.length, 0);
const totalSteps = list.reduce((n, m) => n + m.procedures.reduce((k, p) => k + p.steps.length, 0), 0);
const doc = [
  '# แคตตาล็อกขั้นตอนงาน / The procedure catalogue',
  '',
  `Generated by \`npm run catalog\` from \`src/core/catalog/data/\`: ${list.length} manuals, ${totalProcedures} procedures, ${totalSteps} steps. Do not edit by hand.`,
  '',
  '"คู่มือ / Manual" is the manual\'s own Thai wording; "กฎของ Kamnot" is how Kamnot counts it.',
  '',
  ...UNIT_RULE,
  '',
  ...list.map(manualSection),
  '',
].join('\n');
mkdirSync(join(root, 'docs'), { recursive: true });
writeFileSync(join(root, 'docs/catalogue.md'), doc);
console.log(
  `wrote build/catalog.json and docs/catalogue.md: ${list.length} manuals, ${totalProcedures} procedures, ${totalSteps} steps`,
);
