/** The fixture tabs, what an officer would map in each, and the People list they name. */
import type { Fixture } from './fixture-shape';
import { LEAVE, STUDY_LEAVE } from './tabs-leave';
import { CERTIFICATION, ID_CARD, RESIGNATION_EN } from './tabs-requests';

export { cellDate, type Fixture } from './fixture-shape';
export { CERTIFICATION, ID_CARD, LEAVE, STUDY_LEAVE };

export const FIXTURES: readonly Fixture[] = [LEAVE, STUDY_LEAVE, CERTIFICATION, RESIGNATION_EN, ID_CARD];

export const PEOPLE = {
  names: ['มาลี รักงาน', 'ปรีชา ขยัน', 'มาลี', 'ปรีชา'],
  emails: ['somsri@lamphun1.go.th', 'anan@lamphun1.go.th', 'nok@school.ac.th', 'lek@school.ac.th'],
};
