import { monthsBetween, yearMonth } from "../math/calendar-day.js";
import { isSmall } from "./small-cell-suppression.js";
/** The reason given to the row that adds up every reason of a month; no real reason can be written so. */
export const allReasons = "(all reasons)";
/**
 * Abstractions as Recommendation 8 asks them to be reviewed: hours lost by calendar month and reason,
 * as a share of the hours the team has, and whether they are regular.
 *
 * - Share of available hours: hours ÷ `availableHoursPerMonth`, the establishment's hours in a month
 *   (offender managers in post × contracted hours in a month). The as-of month holds only the days up
 *   to the as-of date, so its share is understated.
 * - Regular: a member of staff is regularly abstracted in a month if they were abstracted for that
 *   reason in it and in each of the two calendar months before (three consecutive months; one hour in
 *   a month counts). `regularlyAbstracted` counts the staff who ever had such a run. Staff are counted,
 *   never named. Regularity over `(all reasons)` includes annual leave, so most staff will meet it:
 *   read it for reasons such as other duties.
 *
 * Months run from the earliest abstraction to the as-of month. Each month has an `(all reasons)` row,
 * then one row per reason in the extract (alphabetical), zeros included.
 *
 * @param suppressBelow a row about fewer staff than this (but some) is hidden, hours and all; when that
 *   hides exactly one reason in a month, the reason with the fewest hours is hidden too, so that it
 *   cannot be got by subtraction from the month's total. A count of regularly abstracted staff below
 *   this is hidden on its own.
 */
export function abstractionMeasures(abstractions, { asOf, availableHoursPerMonth = null, suppressBelow = 0, }) {
    const reasons = [...new Set(abstractions.map((abstraction) => abstraction.reason))].sort();
    const hours = new Map();
    const monthsAbstracted = new Map(); // reason → staff → month indexes
    let firstMonth = yearMonth(asOf);
    for (const { day, staffNumber, hours: hoursThatDay, reason } of abstractions) {
        const month = yearMonth(day);
        if (month < firstMonth)
            firstMonth = month;
        for (const group of [reason, allReasons]) {
            hours.set(`${month}|${group}`, (hours.get(`${month}|${group}`) ?? 0) + hoursThatDay);
            const staff = monthsAbstracted.get(group) ?? new Map();
            const months = staff.get(staffNumber) ?? new Set();
            months.add(monthIndex(month));
            staff.set(staffNumber, months);
            monthsAbstracted.set(group, staff);
        }
    }
    const rows = monthsBetween(firstMonth, yearMonth(asOf)).flatMap((month) => {
        const index = monthIndex(month);
        const groups = [allReasons, ...reasons].map((reason) => {
            let staffAbstracted = 0;
            let staffRegularlyAbstracted = 0;
            for (const months of monthsAbstracted.get(reason)?.values() ?? []) {
                if (!months.has(index))
                    continue;
                staffAbstracted++;
                if (months.has(index - 1) && months.has(index - 2))
                    staffRegularlyAbstracted++;
            }
            const total = hours.get(`${month}|${reason}`) ?? 0;
            return { reason, hours: total, staffAbstracted, staffRegularlyAbstracted, hidden: isSmall(staffAbstracted, suppressBelow) };
        });
        hideOneMoreIfOneReasonHidden(groups);
        return groups.map(({ reason, hours: total, staffAbstracted, staffRegularlyAbstracted, hidden }) => ({
            month,
            reason,
            hours: hidden ? null : total,
            shareOfAvailableHours: hidden || availableHoursPerMonth === null ? null : total / availableHoursPerMonth,
            staffAbstracted: hidden ? null : staffAbstracted,
            staffRegularlyAbstracted: hidden || isSmall(staffRegularlyAbstracted, suppressBelow) ? null : staffRegularlyAbstracted,
        }));
    });
    const regularlyAbstracted = [allReasons, ...reasons].map((reason) => {
        const staff = [...(monthsAbstracted.get(reason)?.values() ?? [])].filter(hasThreeConsecutiveMonths).length;
        return { reason, staff: isSmall(staff, suppressBelow) ? null : staff };
    });
    return { rows, regularlyAbstracted };
}
/** Months counted from year 0, so that consecutive months differ by one. */
function monthIndex(month) {
    return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}
function hasThreeConsecutiveMonths(months) {
    for (const month of months) {
        if (months.has(month + 1) && months.has(month + 2))
            return true;
    }
    return false;
}
/** Secondary suppression across the reasons of one month, whose hours add up to the shown total. */
function hideOneMoreIfOneReasonHidden(groups) {
    const [total, ...byReason] = groups;
    if (total.hidden || byReason.length < 2 || byReason.filter((group) => group.hidden).length !== 1)
        return;
    const shown = byReason.filter((group) => !group.hidden);
    const smallest = shown.reduce((least, group) => (group.hours < least.hours ? group : least));
    smallest.hidden = true;
}
