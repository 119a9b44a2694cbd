import { calendarNamed } from '../../../src/core/calendar/calendars';
import type { Deadline, Procedure, Step } from '../../../src/core/catalog/schema';
import { type Day, dayFromIso } from '../../../src/core/dates/civil';
import type { CaseInput, EngineSettings } from '../../../src/core/engine/types';

export const iso = (text: string): Day => dayFromIso(text)!;

export const SETTINGS: EngineSettings = {
  calendar: calendarNamed('TH'),
  plainDays: 'workdays',
  dueSoonWorkdays: 2,
  dueSoonFraction: 0.75,
};

const ROLE = { id: 'officer', th: 'เจ้าหน้าที่', en: 'officer' };

export function step(id: string, deadline: Deadline, extra: Partial<Step> = {}): Step {
  return { id, th: id, en: id, role: ROLE, deadline, ...extra };
}

export function procedure(steps: Step[], fields: Procedure['fields'] = []): Procedure {
  return {
    id: 'test-procedure',
    th: 'ทดสอบ',
    en: 'test',
    manual: 'office',
    unit: { th: 'กลุ่ม', en: 'group' },
    source: { file: 'test', section: 'test' },
    caseIs: { th: 'หนึ่งเรื่อง', en: 'one request' },
    fields,
    legal: [],
    forms: [],
    steps,
    notes: [],
  };
}

export function caseOf(partial: Partial<CaseInput>): CaseInput {
  return { start: null, done: {}, due: {}, fields: {}, holds: [], status: 'active', ...partial };
}
