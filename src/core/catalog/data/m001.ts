import type { Manual } from '../schema';
import { honouringTeachersAndPersonnel } from './001/honouring-teachers-and-personnel';
import { perfEvalEsaDeputyDirector } from './001/perf-eval-esa-deputy-director';
import { perfEvalEsaDirector } from './001/perf-eval-esa-director';
import { perfEvalSchoolDeputyDirector } from './001/perf-eval-school-deputy-director';
import { perfEvalSchoolDirector } from './001/perf-eval-school-director';
import { perfEvalSupervisor } from './001/perf-eval-supervisor';
import { professionalStandardsEthicsDevelopment } from './001/professional-standards-ethics-development';
import { researchAndNetworkBuilding } from './001/research-and-network-building';
import { FILE, UNIT } from './001/shared';
import { studyLeaveAbroad } from './001/study-leave-abroad';
import { studyLeaveDomesticPartTime } from './001/study-leave-domestic-part-time';
import { studyLeaveDomesticRegularTypeA } from './001/study-leave-domestic-regular-type-a';
import { studyLeaveDomesticRegularTypeB } from './001/study-leave-domestic-regular-type-b';
import { studyLeaveDomesticSummer } from './001/study-leave-domestic-summer';
import { studyLeaveExtension } from './001/study-leave-extension';
import { studyLeaveReturnToDuty } from './001/study-leave-return-to-duty';
import { teacherDevelopmentPlan } from './001/teacher-development-plan';
import { trainingResearchVisitAbroad } from './001/training-research-visit-abroad';
import { trainingResearchVisitDomestic } from './001/training-research-visit-domestic';

// Manual 001: Udon Thani Primary ESA 1, teacher development group (no year printed).
// Line numbers refer to seeds/001_62f234584c2bf03b.txt. The standards tables (section ๙) print plain "วัน".
// ---------------------------------------------------------------- 1-year evaluations (chapters ๑-๕)
/** ESA director and deputy: table rows ๒-๖ (lines 175-179, 279-283), row ๕ split into its two rounds. */
/** School director, deputy school director and supervisor: table rows ๒-๔ (e.g. lines 363-365). */
// ---------------------------------------------------------------- study leave (chapter ๘)
/** Table rows ๒-๓ of type B, part-time and summer (e.g. lines 1068-1069). */
// ---------------------------------------------------------------- training (chapter ๙)
// One file per procedure under 001/, in the manual's order; what they share is in 001/shared.ts.
export const MANUAL_001: Manual = {
  id: '001',
  file: FILE,
  office: {
    th: 'สำนักงานเขตพื้นที่การศึกษาประถมศึกษาอุดรธานี เขต ๑',
    en: 'Udon Thani Primary Educational Service Area Office 1',
  },
  unit: UNIT,
  procedures: [
    perfEvalEsaDirector,
    perfEvalEsaDeputyDirector,
    perfEvalSchoolDirector,
    perfEvalSchoolDeputyDirector,
    perfEvalSupervisor,
    researchAndNetworkBuilding,
    honouringTeachersAndPersonnel,
    professionalStandardsEthicsDevelopment,
    studyLeaveDomesticRegularTypeA,
    studyLeaveDomesticRegularTypeB,
    studyLeaveDomesticPartTime,
    studyLeaveDomesticSummer,
    studyLeaveAbroad,
    studyLeaveExtension,
    studyLeaveReturnToDuty,
    trainingResearchVisitDomestic,
    trainingResearchVisitAbroad,
    teacherDevelopmentPlan,
  ],
};
