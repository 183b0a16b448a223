/**
 * The plain numbers the staffing model computes with: the workload standards and the force's profile
 * with their sources stripped (`valuesOf` in `inputs/sourced-value.ts`). Scenarios change these values,
 * not the files, so every function here takes them as arguments.
 */

/** Risk levels of ARMS / RM2000, in the order reports list them. */
export const riskLevels = ["veryHigh", "high", "medium", "low"] as const;
export type RiskLevel = (typeof riskLevels)[number];

/**
 * How a person in the community is managed: one of the four risk levels under active management, or
 * `lowReactive`, low risk under reactive management (APP: low risk for at least three years and not under
 * a court order; no routine home visits).
 */
export const managementGroups = ["veryHigh", "high", "medium", "low", "lowReactive"] as const;
export type ManagementGroup = (typeof managementGroups)[number];

/** The recurring work one person in a management group needs, each as a number a year. */
export interface RiskLevelWork {
  /** Home visits a year (each made by `homeVisit.staffPerVisit` staff). */
  visitsPerYear: number;
  /** ARMS assessments or reassessments a year. */
  armsAssessmentsPerYear: number;
  /** Reviews of the risk management plan a year. */
  riskManagementPlanReviewsPerYear: number;
  /** Intelligence checks (Police National Database and others) a year. */
  intelligenceChecksPerYear: number;
}

/** How long the work takes, and how often, by management group. */
export interface WorkloadStandardValues {
  riskLevels: Readonly<Record<ManagementGroup, RiskLevelWork>>;
  homeVisit: {
    /** Staff who go on each visit; APP says two. */
    staffPerVisit: number;
    /** Hours each member of staff spends on one visit, with travel and recording. */
    hoursPerVisit: number;
  };
  armsAssessment: { hoursEach: number };
  riskManagementPlanReview: { hoursEach: number };
  intelligenceCheck: { minutesEach: number };
  /** The lighter work for a person in custody (record upkeep, prison liaison, release planning), all in. */
  custody: { hoursPerPersonPerYear: number };
  /** Unscheduled, responsive work as a fraction added on top of the scheduled community hours (0.2 = 20% more). */
  responsiveWork: { allowanceShare: number };
  /** Supervisor time to review each piece of work within one month (Recommendation 8). */
  supervisorReview: {
    minutesPerArmsAssessment: number;
    minutesPerRiskManagementPlanReview: number;
    minutesPerVisit: number;
  };
  /** The work each person joining the register, and each release from custody, brings once; missing in older files. */
  oneOffWork?: OneOffWorkValues;
}

/**
 * Offender-manager hours of the work done once for each person who joins the register and for each release
 * from custody, on top of the recurring work the yearly rates count (`oneOffWorkHours` says why it is extra).
 * A home visit takes the hours given for each of `homeVisit.staffPerVisit` staff.
 */
export interface OneOffWorkValues {
  onJoiningTheRegister: {
    firstArmsAssessmentHours: number;
    firstHomeVisitHoursPerStaff: number;
    initialRiskManagementPlanHours: number;
  };
  onReleaseFromCustody: {
    homeVisitHoursPerStaff: number;
    riskManagementPlanReviewHours: number;
    armsReviewHours: number;
  };
}

/** Working time of one full-time equivalent (FTE); the shares are fractions of contracted time. */
export interface WorkingTimeValues {
  contractedHoursPerWeek: number;
  leaveShare: number;
  trainingShare: number;
  sicknessShare: number;
  /** Time taken away to other duties. */
  abstractionShare: number;
}

/** What a force's profile says about its caseload and its staff. */
export interface ForceValues {
  /** Share of the community caseload at each risk level; adds up to 1. */
  riskMix: Readonly<Record<RiskLevel, number>>;
  /** Share of the low-risk caseload under reactive management, 0 to 1. */
  reactiveShareOfLowRisk: number;
  /**
   * People on the register who are in custody, held at this number in every year: the caseload history's
   * latest custody figure where it gives one, else the profile's `peopleInCustody` (`custodyFigure`).
   */
  peopleInCustody: number;
  /** `trainingMonths`: whole months before a new offender manager carries a caseload; missing is 0. */
  offenderManagers: { inPost: number; costPerFte: number; trainingMonths?: number };
  supervisors: {
    inPost: number;
    costPerFte: number;
    /** Fraction of a supervisor's available hours that can go to reviewing ARMS assessments, RMPs and visits. */
    shareOfTimeForReviews: number;
  };
  workingTime: WorkingTimeValues;
  targets: {
    maxCaseloadPerOffenderManager: number;
    /** Span of control; APP suggests at most ten. */
    maxOffenderManagersPerSupervisor: number;
  };
}
