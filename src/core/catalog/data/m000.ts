import type { Manual } from '../schema';
import { adminCorrespondence } from './000/admin-correspondence';
import { coordination } from './000/coordination';
import { groupOperatingPlan } from './000/group-operating-plan';
import { needsBasedTraining } from './000/needs-based-training';
import { nominateStaffExternalTraining } from './000/nominate-staff-external-training';
import { preAcademicStandingDevelopment } from './000/pre-academic-standing-development';
import { schoolDirectorPreAppointmentAssessment } from './000/school-director-pre-appointment-assessment';
import { FILE, UNIT } from './000/shared';
import { staffAdvice } from './000/staff-advice';
import { staffSupervisionMonitoring } from './000/staff-supervision-monitoring';
import { studyLeave } from './000/study-leave';
import { teacherDevelopmentPlan } from './000/teacher-development-plan';
import { teacherHonours } from './000/teacher-honours';
import { workScreeningBeforeSubmission } from './000/work-screening-before-submission';

// One file per procedure under 000/, in the manual's order; what they share is in 000/shared.ts.
export const MANUAL_000: Manual = {
  id: '000',
  file: FILE,
  office: {
    th: 'สำนักงานเขตพื้นที่การศึกษาประถมศึกษาลำพูน เขต 1',
    en: 'Lamphun Primary Educational Service Area Office 1',
  },
  unit: UNIT,
  yearBe: 2566,
  procedures: [
    groupOperatingPlan,
    workScreeningBeforeSubmission,
    staffAdvice,
    staffSupervisionMonitoring,
    coordination,
    needsBasedTraining,
    teacherDevelopmentPlan,
    preAcademicStandingDevelopment,
    nominateStaffExternalTraining,
    schoolDirectorPreAppointmentAssessment,
    teacherHonours,
    studyLeave,
    adminCorrespondence,
  ],
};
