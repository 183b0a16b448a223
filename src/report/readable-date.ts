const monthNames = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];

/** `2026-03-31` as `31 March 2026`, the way a UK report writes a date. */
export function readableDate(isoDate: string): string {
  const [year, month, day] = isoDate.split("-");
  return `${Number(day)} ${monthNames[Number(month) - 1]} ${year}`;
}

/** The year of a `YYYY-MM-DD` date, as a number: the label of a year in charts and summaries. */
export function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}

/** `2026-03-31` as `31 March`: the day every year of a series ends on, for an axis title. */
export function dayAndMonth(isoDate: string): string {
  return readableDate(isoDate).replace(/ \d+$/, "");
}
