/** The catalogue as the sidebar browses it: manuals → procedures → steps with the rule in words. */
import { manuals } from '../../core/catalog/catalogue';
import { describeDeadline } from '../../core/catalog/describe';
import type { CatalogueManual } from './public';

export function listCatalogue(): CatalogueManual[] {
  return manuals().map((m) => ({
    id: m.id,
    office: { th: m.office.th, en: m.office.en },
    unit: { th: m.unit.th, en: m.unit.en },
    procedures: m.procedures.map((p) => ({
      id: p.id,
      th: p.th,
      en: p.en,
      unit: { th: p.unit.th, en: p.unit.en },
      source: { file: p.source.file, section: p.source.section },
      steps: p.steps.map((s) => ({
        th: s.th,
        en: s.en,
        words: s.words ?? '',
        rule: describeDeadline(s.deadline, p),
      })),
    })),
  }));
}
