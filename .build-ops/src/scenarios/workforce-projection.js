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
export function workforceProjection(assumptions, years) {
    const { trainingMonths } = assumptions;
    const offenderManagerCohorts = [
        { size: assumptions.offenderManagersAtStart, arrivalMonth: 0, trainedFromMonth: 0 },
        ...assumptions.hires.map((hire) => ({ size: hire.offenderManagers, arrivalMonth: hire.monthIndex, trainedFromMonth: hire.monthIndex + trainingMonths })),
    ];
    const supervisorCohorts = [
        { size: assumptions.supervisorsAtStart, arrivalMonth: 0, trainedFromMonth: 0 },
        ...assumptions.hires.map((hire) => ({ size: hire.supervisors, arrivalMonth: hire.monthIndex, trainedFromMonth: hire.monthIndex })),
    ];
    const offenderManagerStaying = staying(assumptions.offenderManagerAttritionPerYear);
    const supervisorStaying = staying(assumptions.supervisorAttritionPerYear);
    return Array.from({ length: years }, (_, year) => {
        const yearEnd = 12 * (year + 1);
        const months = Array.from({ length: 12 }, (_, month) => 12 * year + month);
        // in month m: arrived at or before its start; at the year end: arrived before it
        const inPostAt = (cohorts, stay, month, trainedOnly, isYearEnd = false) => cohorts.reduce((total, cohort) => {
            const arrived = isYearEnd ? cohort.arrivalMonth < month : cohort.arrivalMonth <= month;
            const present = arrived && (!trainedOnly || cohort.trainedFromMonth <= month);
            return present ? total + cohort.size * stay(month - cohort.arrivalMonth) : total;
        }, 0);
        const average = (cohorts, stay, trainedOnly) => months.reduce((total, month) => total + inPostAt(cohorts, stay, month, trainedOnly), 0) / 12;
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
function staying(attritionPerYear) {
    return (months) => (1 - attritionPerYear) ** (months / 12);
}
