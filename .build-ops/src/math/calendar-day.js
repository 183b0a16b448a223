const millisecondsPerDay = 86_400_000;
/** The day of a year, month (1–12) and day of the month; the caller has checked the date exists. */
export function calendarDay(year, month, dayOfMonth) {
    return Date.UTC(year, month - 1, dayOfMonth) / millisecondsPerDay;
}
/** The year, month (1–12) and day of the month of a day. */
export function dateParts(day) {
    const date = new Date(day * millisecondsPerDay);
    return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, dayOfMonth: date.getUTCDate() };
}
/** Days in a month (1–12) of a year, with 29 in February of a Gregorian leap year. */
export function daysInMonth(year, month) {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
/** The day as YYYY-MM-DD. */
export function isoDate(day) {
    return new Date(day * millisecondsPerDay).toISOString().slice(0, 10);
}
/** The day's calendar month as YYYY-MM, which sorts in time order as text. */
export function yearMonth(day) {
    return isoDate(day).slice(0, 7);
}
/** Every month from `first` to `last` (both YYYY-MM) in order; empty if `last` is before `first`. */
export function monthsBetween(first, last) {
    const months = [];
    let year = Number(first.slice(0, 4));
    let month = Number(first.slice(5, 7));
    for (let text = first; text <= last; text = `${year}-${String(month).padStart(2, "0")}`) {
        months.push(text);
        month = (month % 12) + 1;
        if (month === 1)
            year++;
    }
    return months;
}
/** Day of the week, 0 for Sunday to 6 for Saturday (1 January 1970 was a Thursday). */
export function dayOfWeek(day) {
    return (((day + 4) % 7) + 7) % 7;
}
