import type { Manual } from '../schema';
import { academicStandingAdministrator } from './003/academic-standing-administrator';
import { academicStandingTeacher } from './003/academic-standing-teacher';
import { administratorTransfer } from './003/administrator-transfer';
import { certificationLetter } from './003/certification-letter';
import { dailyAttendanceSignIn } from './003/daily-attendance-sign-in';
import { disciplinaryAction } from './003/disciplinary-action';
import { disciplinaryAppeal } from './003/disciplinary-appeal';
import { governmentIdCard } from './003/government-id-card';
import { grievance } from './003/grievance';
import { honoursRecognition } from './003/honours-recognition';
import { leaveRequest } from './003/leave-request';
import { manpowerPlanning } from './003/manpower-planning';
import { newTeacherIntensivePreparation } from './003/new-teacher-intensive-preparation';
import { performanceEvaluation } from './003/performance-evaluation';
import { personnelGroupHeadDuties } from './003/personnel-group-head-duties';
import { personnelGroupManagement } from './003/personnel-group-management';
import { personnelGroupSecretariat } from './003/personnel-group-secretariat';
import { personnelRecordsMaintenance } from './003/personnel-records-maintenance';
import { professionalStandardsEthics } from './003/professional-standards-ethics';
import { resignationLeavingService } from './003/resignation-leaving-service';
import { resignationPoliticalOffice } from './003/resignation-political-office';
import { royalDecorations } from './003/royal-decorations';
import { salaryStepIncrease } from './003/salary-step-increase';
import { serviceRecordCopyRequest } from './003/service-record-copy-request';
import { FILE, UNIT } from './003/shared';
import { staffAllocationRecruitmentAppointment } from './003/staff-allocation-recruitment-appointment';
import { staffDevelopment } from './003/staff-development';
import { teacherTransferTrs } from './003/teacher-transfer-trs';
import { teacherTransferTrsCalendar } from './003/teacher-transfer-trs-calendar';
import { teachingLicenceRenewal } from './003/teaching-licence-renewal';
import { wageStepIncreasePermanentEmployees } from './003/wage-step-increase-permanent-employees';

// Seed 003: Khlong Chanuan Witthaya School, personnel administration group, AY 2568.
// Shared values are consts so that the bundle carries each text once.
// Roles. The tables name two people: the head of the group and its secretary (the officer).
// One file per procedure under 003/, in the manual's order; what they share is in 003/shared.ts.
export const MANUAL_003: Manual = {
  id: '003',
  file: FILE,
  office: {
    th: 'โรงเรียนคลองฉนวนวิทยา สพม.สุราษฎร์ธานี ชุมพร',
    en: 'Khlong Chanuan Witthaya School (Surat Thani–Chumphon Secondary ESA)',
  },
  unit: UNIT,
  yearBe: 2568,
  procedures: [
    personnelGroupManagement,
    personnelGroupHeadDuties,
    personnelGroupSecretariat,
    manpowerPlanning,
    staffAllocationRecruitmentAppointment,
    resignationLeavingService,
    resignationPoliticalOffice,
    teacherTransferTrs,
    teacherTransferTrsCalendar,
    administratorTransfer,
    salaryStepIncrease,
    wageStepIncreasePermanentEmployees,
    dailyAttendanceSignIn,
    leaveRequest,
    performanceEvaluation,
    disciplinaryAction,
    disciplinaryAppeal,
    grievance,
    academicStandingTeacher,
    academicStandingAdministrator,
    honoursRecognition,
    professionalStandardsEthics,
    royalDecorations,
    personnelRecordsMaintenance,
    serviceRecordCopyRequest,
    teachingLicenceRenewal,
    governmentIdCard,
    certificationLetter,
    staffDevelopment,
    newTeacherIntensivePreparation,
  ],
};
