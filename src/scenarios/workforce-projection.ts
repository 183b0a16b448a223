/** Staff arriving at the start of one month of the forecast. */
export interface WorkforceHire {
  /** Months from the start of the forecast's first year: 0 is its first month, 12 the first month of the second year. */
  monthIndex: number;
  /** FTE. */
  offenderManagers: number;
  /** FTE. */
  supervisors: number;
}

/** How the staff change, month by month. */
export interface WorkforceAssumptions {
  /** FTE in post at the start of the forecast, all trained. */
  offenderManagersAtStart: number;
  supervisorsAtStart: number;
  hires: readonly WorkforceHire[];
  /** Whole months after arrival before a new offender manager carries a caseload. */
  trainingMonths: number;
  /** Fraction of offender managers leaving in a year, 0 to below 1; leavers are not replaced. */
  offenderManagerAttritionPerYear: number;
  supervisorAttritionPerYear: number;
}

/** The staff of one forecast year. All FTE, expected values (not rounded to whole people). */
export interface WorkforceYear {
  /** At the year end, trainees included. */
  offenderManagersInPost: number;
  /** At the year end, trained: those who carry a caseload. */
  trainedOffenderManagers: number;
  /** At the year end. */
  supervisorsInPost: number;
  /** Mean of the twelve months' in post, trainees included: what the year's pay bill is reckoned on. */
  averageOffenderManagersInPost: number;
  /** Mean of the twelve months' trained offender managers: the year's average effective FTE. */
  averageTrainedOffenderManagers: number;
  averageSupervisorsInPost: number;
}

/**
 * The offender managers and supervisors in post, month by month, over `years` forecast years.
 *
 * - **Hires** join at the start of their month.
 * - **Training lag**: a new offender manager carries no caseload for `trainingMonths` months and then
 *   a full one. Someone arriving at the start of month t counts as trained from the start of month
 *   t + trainingMonths, and at a year end if t + trainingMonths is at or before it. Trainees are
 *   paid and are in post (so they count towards offender managers per supervisor), but carry no cases.
 *   The staff in post at the start are all trained.
 * - **Attrition** is a constant monthly hazard from the yearly rate a: the share still in post after
 *   n months is (1 − a)^(n / 12), so a twelfth of the year's leavers do not go in each month, but a
 *   year keeps exactly 1 − a of a group. Trainees leave at the same rate. Leavers are not replaced;
 *   replacements are hires.
 *
 * FTE "in a month" is counted at its start, after arrivals and before that month's leavers; the year
 * end is after the last month's leavers. Year-end figures are compared with the year-end caseload
 * (the forecast counts the register on the year's last day), so the targets use the **year-end**
 * FTE; the year's averages measure the pay bill and the average effective strength.
 *
 * @example
 * // 10 in post, 10% leave a year: 10 × 0.9 = 9 at the first year end
 * workforceProjection({ offenderManagersAtStart: 10, supervisorsAtStart: 1, hires: [], trainingMonths: 0,
 *   offenderManagerAttritionPerYear: 0.1, supervisorAttritionPerYear: 0 }, 1)[0].offenderManagersInPost; // => 9
 */
export function workforceProjection(assumptions: WorkforceAssumptions, years: number): WorkforceYear[] {
  const { trainingMonths } = assumptions;
  const offenderManagerCohorts: Cohort[] = [
    { size: assumptions.offenderManagersAtStart, arrivalMonth: 0, trainedFromMonth: 0 },
    ...assumptions.hires.map((hire) => ({ size: hire.offenderManagers, arrivalMonth: hire.monthIndex, trainedFromMonth: hire.monthIndex + trainingMonths })),
  ];
  const supervisorCohorts: Cohort[] = [
    { size: assumptions.supervisorsAtStart, arrivalMonth: 0, trainedFromMonth: 0 },
    ...assumptions.hires.map((hire) => ({ size: hire.supervisors, arrivalMonth: hire.monthIndex, trainedFromMonth: hire.monthIndex })),
  ];
  const offenderManagerStaying = staying(assumptions.offenderManagerAttritionPerYear);
  const supervisorStaying = staying(assumptions.supervisorAttritionPerYear);

  return Array.from({ length: years }, (_, year) => {
    const yearEnd = 12 * (year + 1);
    const months = Array.from({ length: 12 }, (_, month) => 12 * year + month);
    // in month m: arrived at or before its start; at the year end: arrived before it
    const inPostAt = (cohorts: Cohort[], stay: Staying, month: number, trainedOnly: boolean, isYearEnd = false) =>
      cohorts.reduce((total, cohort) => {
        const arrived = isYearEnd ? cohort.arrivalMonth < month : cohort.arrivalMonth <= month;
        const present = arrived && (!trainedOnly || cohort.trainedFromMonth <= month);
        return present ? total + cohort.size * stay(month - cohort.arrivalMonth) : total;
      }, 0);
    const average = (cohorts: Cohort[], stay: Staying, trainedOnly: boolean) =>
      months.reduce((total, month) => total + inPostAt(cohorts, stay, month, trainedOnly), 0) / 12;
    return {
      offenderManagersInPost: inPostAt(offenderManagerCohorts, offenderManagerStaying, yearEnd, false, true),
      trainedOffenderManagers: inPostAt(offenderManagerCohorts, offenderManagerStaying, yearEnd, true, true),
      supervisorsInPost: inPostAt(supervisorCohorts, supervisorStaying, yearEnd, false, true),
      averageOffenderManagersInPost: average(offenderManagerCohorts, offenderManagerStaying, false),
      averageTrainedOffenderManagers: average(offenderManagerCohorts, offenderManagerStaying, true),
      averageSupervisorsInPost: average(supervisorCohorts, supervisorStaying, false),
    };
  });
}

/** The staff at the end of one month of the forecast, after that month's leavers. All FTE, expected values. */
export interface WorkforceMonthEnd {
  offenderManagersInPost: number;
  trainedOffenderManagers: number;
  supervisorsInPost: number;
}

/**
 * The staff at every month end of `years` forecast years, by the rules of `workforceProjection`:
 * entry k − 1 is the end of month k (k = 1 to 12 × years), so entry 11 is the first year end and
 * equals that year's `offenderManagersInPost`, `trainedOffenderManagers` and `supervisorsInPost`.
 * Someone arriving at the start of month t is in post at month ends after t, and trained at month ends
 * from t + trainingMonths on; the targets are checked on these figures at every month end.
 */
export function workforceMonthEnds(assumptions: WorkforceAssumptions, years: number): WorkforceMonthEnd[] {
  const offenderManagerStaying = staying(assumptions.offenderManagerAttritionPerYear);
  const supervisorStaying = staying(assumptions.supervisorAttritionPerYear);
  const monthEnds = Array.from({ length: 12 * years }, (): WorkforceMonthEnd => ({ offenderManagersInPost: 0, trainedOffenderManagers: 0, supervisorsInPost: 0 }));
  const add = (arrivalMonth: number, offenderManagers: number, supervisors: number, trainedFromMonth: number) => {
    for (let end = Math.max(1, arrivalMonth + 1); end <= monthEnds.length; end += 1) {
      const monthEnd = monthEnds[end - 1];
      monthEnd.offenderManagersInPost += offenderManagers * offenderManagerStaying(end - arrivalMonth);
      if (trainedFromMonth <= end) monthEnd.trainedOffenderManagers += offenderManagers * offenderManagerStaying(end - arrivalMonth);
      monthEnd.supervisorsInPost += supervisors * supervisorStaying(end - arrivalMonth);
    }
  };
  add(0, assumptions.offenderManagersAtStart, assumptions.supervisorsAtStart, 0);
  for (const hire of assumptions.hires) add(hire.monthIndex, hire.offenderManagers, hire.supervisors, hire.monthIndex + assumptions.trainingMonths);
  return monthEnds;
}

/** People arriving together. Year y ends at month 12 × (y + 1): the start of the next year, before its arrivals. */
interface Cohort {
  size: number;
  arrivalMonth: number;
  trainedFromMonth: number;
}

/** The share of a group still in post after n months. */
type Staying = (months: number) => number;

function staying(attritionPerYear: number): Staying {
  return (months) => (1 - attritionPerYear) ** (months / 12);
}
