import type { Manual } from '../schema';
import { administratorPerformanceAssessment } from './002/administrator-performance-assessment';
import { annualHrPlan } from './002/annual-hr-plan';
import { areaPersonnelSubcommissionMeeting } from './002/area-personnel-subcommission-meeting';
import { careerPathGuideline } from './002/career-path-guideline';
import { cefrEnglishTraining } from './002/cefr-english-training';
import { ethicsDisciplineGuideline } from './002/ethics-discipline-guideline';
import { manpowerDataAndCommittee } from './002/manpower-data-and-committee';
import { manpowerPlanningGuideline } from './002/manpower-planning-guideline';
import { newTeacherCompetencyProject } from './002/new-teacher-competency-project';
import { officeStaffDevelopmentProject } from './002/office-staff-development-project';
import { officeStaffEthicsAward } from './002/office-staff-ethics-award';
import { outstandingTeacherAdministratorAward } from './002/outstanding-teacher-administrator-award';
import { performanceEvaluationAndUse } from './002/performance-evaluation-and-use';
import { personnelDevelopmentCycle } from './002/personnel-development-cycle';
import { projectProposalApproval } from './002/project-proposal-approval';
import { re5StepsQualityCycle } from './002/re-5-steps-quality-cycle';
import { recruitmentSelectionAppointment } from './002/recruitment-selection-appointment';
import { salaryIncrementRound } from './002/salary-increment-round';
import { schoolAdministratorTransferRound } from './002/school-administrator-transfer-round';
import { BOTH, FILE } from './002/shared';
import { supervisorTransferScreening } from './002/supervisor-transfer-screening';
import { teacherTransferRound } from './002/teacher-transfer-round';
import { wpaCompetencyTraining } from './002/wpa-competency-training';

// Units of the office.
// Roles.
// Deadlines.
// The manual's words for the plan windows (quarter columns of the plan tables, lines 814–848, 899).
// Legal references.
// One file per procedure under 002/, in the manual's order; what they share is in 002/shared.ts.
export const MANUAL_002: Manual = {
  id: '002',
  file: FILE,
  office: {
    th: 'สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาลำปาง ลำพูน',
    en: 'Lampang–Lamphun Secondary Educational Service Area Office',
  },
  unit: BOTH,
  yearBe: 2567,
  procedures: [
    re5StepsQualityCycle,
    manpowerPlanningGuideline,
    recruitmentSelectionAppointment,
    personnelDevelopmentCycle,
    careerPathGuideline,
    performanceEvaluationAndUse,
    ethicsDisciplineGuideline,
    manpowerDataAndCommittee,
    areaPersonnelSubcommissionMeeting,
    teacherTransferRound,
    supervisorTransferScreening,
    schoolAdministratorTransferRound,
    administratorPerformanceAssessment,
    salaryIncrementRound,
    officeStaffEthicsAward,
    outstandingTeacherAdministratorAward,
    wpaCompetencyTraining,
    cefrEnglishTraining,
    newTeacherCompetencyProject,
    officeStaffDevelopmentProject,
    projectProposalApproval,
    annualHrPlan,
  ],
};
