/**
 * Any catalogue deadline written as Procedures-tab rule text, in the tab's grammar, so a catalogue
 * procedure can be copied into the tab and an office rule shown back the way it was typed:
 * `parseRule(formatRule(d))` gives `d` again, in either language.
 */
import type { Anchor, CalendarPoint, Deadline, Procedure } from '../catalog/schema';
import { EN_MONTHS_LONG, TH_MONTHS_SHORT } from '../dates/names';
import type { Lang } from '../i18n/msg';
import { stepNoOf } from './ids';
import type { FieldLabel } from './parse-rule';
import { unitText, WORDS } from './rule-words';

/** How ids in a rule are written back: step ids as numbers, field ids as their names. */
export interface RuleNames {
  stepNo(stepId: string): number | null;
  fieldLabel(fieldId: string): FieldLabel;
}

export function namesOf(procedure: Procedure): RuleNames {
  return {
    stepNo: (id) => stepNoOf(procedure, id),
    fieldLabel: (id) => {
      const f = procedure.fields.find((x) => x.id === id);
      return f ? { th: f.th, en: f.en === f.th ? null : f.en } : { th: id, en: null };
    },
  };
}

function labelText(label: FieldLabel): string {
  return label.en && label.en !== label.th ? `[${label.th} / ${label.en}]` : `[${label.th}]`;
}

export function formatRule(deadline: Deadline, names: RuleNames, lang: Lang = 'th'): string {
  const th = lang === 'th';
  switch (deadline.kind) {
    case 'none':
      return WORDS.none[lang];
    case 'manual':
      return WORDS.manual[lang];
    case 'after': {
      const amount = deadline.nMin === undefined ? `${deadline.n}` : `${deadline.nMin}-${deadline.n}`;
      const unit = unitText(deadline.unit, deadline.nMin === undefined ? deadline.n : 2, lang);
      const anchor = anchorText(deadline.from, names, lang);
      return th
        ? `${amount} ${unit} ${WORDS.after.th}${anchor}`
        : `${amount} ${unit} ${WORDS.after.en} ${anchor}`;
    }
    case 'before': {
      const unit = unitText(deadline.unit, deadline.n, lang);
      return `${deadline.n} ${unit} ${WORDS.before[lang]} ${labelText(names.fieldLabel(deadline.field))}`;
    }
    case 'calendar':
      return pointText(deadline.at, names, lang);
  }
}

function anchorText(anchor: Anchor, names: RuleNames, lang: Lang): string {
  switch (anchor.type) {
    case 'start':
      return WORDS.start[lang];
    case 'previous':
      return WORDS.previous[lang];
    case 'step':
      return `${WORDS.step[lang]}${names.stepNo(anchor.step) ?? anchor.step}`;
    case 'field':
      return `${lang === 'th' ? ' ' : ''}${labelText(names.fieldLabel(anchor.field))}`;
  }
}

const monthName = (m: number, lang: Lang) => (lang === 'th' ? TH_MONTHS_SHORT : EN_MONTHS_LONG)[m - 1]!;

function pointText(at: CalendarPoint, names: RuleNames, lang: Lang): string {
  const th = lang === 'th';
  switch (at.type) {
    case 'day-of-month':
      return th ? `ภายในวันที่ ${at.day} ของทุกเดือน` : `by day ${at.day} of every month`;
    case 'annual':
      return th
        ? `ภายในวันที่ ${at.day} ${monthName(at.month, lang)} ของทุกปี`
        : `by ${at.day} ${monthName(at.month, lang)} every year`;
    case 'month-end': {
      const list = monthsText(at.months, lang);
      return th ? `ภายในเดือน ${list}` : `within ${list}`;
    }
    case 'quarter-end':
      // With both a quarter and a field the engine uses the quarter, so that is what is written.
      if (at.quarter !== undefined) return th ? `ภายในไตรมาส ${at.quarter}` : `by the end of Q${at.quarter}`;
      if (at.field !== undefined) {
        const label = labelText(names.fieldLabel(at.field));
        return th ? `ภายในไตรมาสตาม ${label}` : `by the end of the quarter in ${label}`;
      }
      return th ? 'ภายในสิ้นไตรมาส' : 'by the end of the quarter';
  }
}

/** A run of consecutive months (wrapping past December) as "ต.ค.-ธ.ค.", anything else as a list. */
function monthsText(months: readonly number[], lang: Lang): string {
  const run = months.length > 1 && months.every((m, i) => i === 0 || m === (months[i - 1]! % 12) + 1);
  if (run && months.length <= 12) {
    return `${monthName(months[0]!, lang)}-${monthName(months[months.length - 1]!, lang)}`;
  }
  return months.map((m) => monthName(m, lang)).join(', ');
}
