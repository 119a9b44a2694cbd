import type { Manual } from '../schema';
import { annualActionPlan } from './004/annual-action-plan';
import { basicEducationDevelopmentPlan } from './004/basic-education-development-plan';
import { groupCorrespondenceCoordinationMeetings } from './004/group-correspondence-coordination-meetings';
import { provincialStrategyIntegration } from './004/provincial-strategy-integration';
import { schoolEstablishmentMergerClosure } from './004/school-establishment-merger-closure';
import { FILE, UNIT } from './004/shared';
import { smallSchoolManagement } from './004/small-school-management';

// One file per procedure under 004/, in the manual's order; what they share is in 004/shared.ts.
export const MANUAL_004: Manual = {
  id: '004',
  file: FILE,
  office: {
    th: 'สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพะเยา เขต 1',
    en: 'Phayao Primary Educational Service Area Office 1',
  },
  unit: UNIT,
  procedures: [
    basicEducationDevelopmentPlan,
    annualActionPlan,
    provincialStrategyIntegration,
    schoolEstablishmentMergerClosure,
    smallSchoolManagement,
    groupCorrespondenceCoordinationMeetings,
  ],
};
